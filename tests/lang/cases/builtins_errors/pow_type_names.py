# Three-operand pow()'s TypeError names each operand's type as 3.6's
# tp_name does: module-qualified for types written in C there.
import array
import datetime
from argcheck import t

for src in ["pow(datetime.date(2000, 1, 1), 1, 2)", "pow(1, array.array('b'), None)",
            "pow(1, 2, datetime.timedelta(1))", "pow(True, None, 3)", "pow(1.5, 2, 3)",
            "pow(type('C', (), {})(), 1, 2)"]:
    t(src, globals())
