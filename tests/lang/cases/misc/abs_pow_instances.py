# abs() and three-argument pow() on instances of Python classes and of
# int/float subclasses, and pow()'s ValueErrors.
class A:
    def __pow__(self, o, m=None): return ('pw', o, m)
    def __abs__(self): return 'absA'
class B: pass
class C:
    def __pow__(self, o, m=None): return NotImplemented
    def __rpow__(self, o, m=None): return 'rpow'
print(pow(A(), 2, 3), pow(A(), 2), abs(A()))
for f in (lambda: pow(B(), 2, 3), lambda: pow(C(), 2, 3), lambda: pow(2, C(), 3), lambda: pow(2, C()), lambda: abs(B()), lambda: pow(2, 3, A())):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class I(int):
    def __abs__(self): return 'myabs'
class J(int): pass
class F(float): pass
print(abs(I(-3)), abs(J(-3)), type(abs(J(-3))), abs(F(-2.5)), type(abs(F(-2.5))))
print(pow(J(2), 3, 5), pow(2, J(3), 5), pow(2, 3, J(5)), pow(J(2), J(3)), pow(True, 2, 5), pow(2, 10, 1000))
for f in (lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 5), lambda: pow(2, 3, 0), lambda: abs('x')):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
