# bool is a subclass of int: int's methods, slot wrappers and protocol
# functions take True and False as 1 and 0; &, | and ^ of two bools stay
# bools.
import math
import operator

print(True.__index__(), True.__int__(), True.__add__(1), False.__float__(), True.__neg__())
print(True.__and__(True), True.__or__(False), False.__xor__(True), True.__or__(2), True.__rand__(3))
print(type(True.__or__(False)).__name__, type(True.__or__(2)).__name__, type(True.__and__(1.5)).__name__)
print(True & True, True | 2, True ^ True, 2 & True, True + True, -True, ~True, +False)
print(bool.__mro__, bool.__bases__, bool.__base__, isinstance(True, int), issubclass(bool, int))
print(sorted(set(dir(int)) - set(dir(bool))))
print(True.bit_length(), True.to_bytes(2, 'big'), int.__add__(True, 2), repr(True), str(False))
print(hash(True), True == 1, {1: 'a'}[True], True.real, True.imag, True.numerator, True.denominator, True.conjugate())
print(True.__lt__(2), True.__eq__(1), True.__ne__(2), True.__gt__(0), True.__mul__(3), True.__rsub__(5))
print(True.__truediv__(2), True.__pow__(2), True.__lshift__(3), True.__floordiv__(1), True.__mod__(1))
print(format(True, 'd'), format(True), format(False, '>6'), '%d %s %r %x' % (True, True, True, True), f'{True:>5}|{False:03d}')
print(round(True), round(True, 2), abs(True), abs(False), divmod(True, 1), pow(True, 2), pow(True, 5, 3))
print(operator.index(True), [1, 2][True], 'abc'[False:True], True.__hash__(), True.__bool__(), int(True), float(True), float(False))
print(True.__round__(), True.__round__(-1), True.__trunc__(), math.floor(True), math.ceil(False))
print(True.__format__(''), True.__format__('d'), True.__format__('>4'), True.__floor__(), True.__ceil__(), True.__getnewargs__())
print(True.__sizeof__() == (1).__sizeof__(), int.__index__(True), int.__int__(True), int.__float__(False))
print(complex(True), sum([True, True, False]), max(True, 0), sorted([True, 0, False, 2]))
print(math.sqrt(True), math.factorial(True), math.gcd(True, 4), True << 2, 8 >> True)
print((15).__round__(), (15).__round__(-1), (25).__round__(-1), (-25).__round__(-1), (2 ** 70).__round__(-20))
print((1).__getnewargs__(), (2 ** 70).__getnewargs__(), (0).__sizeof__(), (1).__sizeof__(), (2 ** 60).__sizeof__(), (2 ** 100).__sizeof__())
for bad in ['(15).__round__(None)', '(15).__round__(1.5)', '(15).__round__(1, 2)', '(15).__round__(ndigits=1)',
            '(1).__getnewargs__(1)', '(1).__sizeof__(1)', 'int.__round__(1.5)', 'int.__round__()', 'True.nope',
            '(2 ** 70).__round__(None)', '(2 ** 70).__round__(1, 2)']:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
