# sys.intern and sys.getsizeof (sizes of 64-bit CPython 3.6)
import sys
print(sys.intern('abc'), sys.intern('a' + 'bc') == 'abc')
for e in ["sys.intern(1)", "sys.intern()", "sys.intern(b'x')"]:
    try:
        print(eval(e))
    except Exception as x:
        print(type(x).__name__, x)
class A:
    def __sizeof__(self): return 100
class B: pass
class S:
    __slots__ = ('a', 'b')
values = [0, 1, 2**30, 2**64, -2**60, True, False, 1.5, 1j, None, '', 'abc', '\xe9',
          '\u1234', '\U0001f600', b'', b'abc', (), (1, 2), [], [1, 2, 3], {}, {1: 2},
          dict.fromkeys(range(8)), set(), set(range(10)), frozenset(range(30)),
          bytearray(), bytearray(b'ab'), range(3), object(), A(), B(), S()]
for o in values:
    print(type(o).__name__, sys.getsizeof(o))
print(sys.getsizeof(A(), 5), sys.getsizeof(1, 5))
class C:
    def __sizeof__(self): return -1
class D:
    def __sizeof__(self): return 'x'
class F:
    def __sizeof__(self): raise TypeError('no')
for o in [C(), D(), F()]:
    try:
        print(sys.getsizeof(o))
    except Exception as x:
        print(type(x).__name__, x)
print(sys.getsizeof(F(), 'default'))
