import warnings
warnings.simplefilter('always')
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# a lone surrogate: float() and complex() read their text as UTF-8
t(lambda: float('\uD8F0'))
t(lambda: float('1\uD8F0'))
t(lambda: complex('\uD8F0'))
t(lambda: int('\uD8F0'))
# __float__ giving a float subclass: its value, with a warning
class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2*value)
    def __float__(self):
        return self
t(lambda: float(Foo3(21)))
class F5:
    def __float__(self):
        return Foo3(5)
t(lambda: float(F5()))
class F6:
    def __float__(self):
        return 5
t(lambda: float(F6()))
# float.fromhex: one sign at most
for s in ['++inf', '+-inf', '--0x1p0', '0x1p0', ' -0x1p0 ', '-+0x1p0',
          '+nan', '--nan', 'infinity', '-Infinity', '0x1_0p0', '-0x.8']:
    t(lambda: float.fromhex(s))
# 0 divided by a negative int too large for a float is -0.0
t(lambda: 0 / -(10**300))
t(lambda: 0 / -3)
t(lambda: 0 / (10**400))
t(lambda: (10**400) / -(10**400))
# complex subclasses convert through __complex__
class complex0(complex):
    def __complex__(self):
        return 42j
t(lambda: complex(complex0(1j)))
class complex1(complex):
    def __new__(cls, value=0j):
        return complex.__new__(cls, 2*value)
    def __complex__(self):
        return self
t(lambda: complex(complex1(1j)))
class complex2(complex):
    def __complex__(self):
        return None
t(lambda: complex(complex2(1j)))
class C3:
    def __complex__(self):
        return complex0(3j)
t(lambda: complex(C3()))
class Plain(complex):
    pass
t(lambda: complex(Plain(2+3j)))
