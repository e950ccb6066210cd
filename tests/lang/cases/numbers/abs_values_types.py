# abs() of ints (int64's edge -2**63 included), floats, bools, complex and
# subclasses, with its result type; the int and float answers skip gpython's
# call (vm/install.go).
import math
class I(int): pass
class F(float): pass
for v in [5, -5, 0, -0.0, -2.5, float('-inf'), float('nan'), -2**63, -2**63+1, 2**63, -2**100, True, False, I(-3), F(-1.5), -3j, 3+4j]:
    r = abs(v)
    print(repr(r), type(r).__name__)
for bad in ['x', None, [1]]:
    try: abs(bad)
    except TypeError as e: print(e)
