# decimal.Decimal is a type written in C in CPython 3.6: its slots bind
# as method-wrappers, its values take int operands through their own
# reflected methods, and round(), divmod(), pow() with a modulus,
# math.trunc/floor/ceil, complex() and format() reach its methods.
import math
import sys
from decimal import Decimal
from fractions import Fraction

d = Decimal('-5')
print(type(d.__add__).__name__)
print(type(d.quantize).__name__, type(Decimal.quantize).__name__)
print(Decimal.__mro__, Decimal.__name__, Decimal.__qualname__, Decimal.__module__)
for e in ["4 / d", "2**70 / d", "4 - d", "4 // d", "divmod(4, d)", "divmod(d, 3)",
          "pow(Decimal(3), 2, 5)", "pow(Decimal(3), Decimal(2), Decimal(5))",
          "d.__round__()", "round(d)", "round(Decimal('2.675'), 2)",
          "d.__divmod__(3)", "d.__pow__(2)", "d.__format__('.2f')",
          "math.trunc(Decimal('-1.6'))", "math.floor(Decimal('-1.6'))", "math.ceil(Decimal('-1.6'))",
          "complex(Decimal(1))", "Decimal(0) < Fraction(1, 3)", "Fraction(1, 3) > Decimal(0)",
          "sys.getsizeof(Decimal(1))", "sys.getsizeof(Decimal(10**1000))",
          "Decimal(1).foo", "1.5 + d"]:
    try:
        r = eval(e)
        print(e, '->', repr(r), type(r).__name__)
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)

class M(Decimal):
    pass

m = M('1.25')
m.x = 3
print(type(m).__name__, m, repr(m), m + 1, m.quantize(Decimal('0.1')), m.x, vars(m))
print(str(m), '{}'.format(m), M.__mro__[1:])
try:
    d.x = 1
except AttributeError as e:
    print(e)
