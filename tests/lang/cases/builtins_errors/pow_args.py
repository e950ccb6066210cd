# pow()'s operand errors: three operands are named in a list, two with
# "and"; the count errors are PyArg_UnpackTuple's.
from argcheck import t

for src in ["pow('a', 'b', 'c')", "pow(2, 3, 'x')", "pow('x', 2, 3)", "pow(2, 'x', 3)", "pow(2.0, 2, 5)",
            "pow(2, 2.0, 5)", "pow(2, 2, 5.0)", "pow([], [], [])", "pow(2, 3, None)", "pow(None, 2, 3)",
            "pow('a', 'b', None)", "pow(2, -1, 5)", "pow(2, 3, 0)", "pow(2)", "pow(1, 2, 3, 4)", "pow(x=1)"]:
    t(src)
