# Go-made properties read from their class are descriptors (getset or
# member), property's own __get__ takes the owner as optional, property
# fields are read-only, and a class's __name__/__qualname__ cannot be
# deleted; slot wrappers have a __qualname__.
for d in (complex.real, complex.imag, float.real, int.real, int.imag, OSError.errno):
    print(repr(d), type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__)
print(complex.real is complex.real, complex.real.__get__(3+4j), float.real.__get__(2.5), int.imag.__get__(7))
for d, obj in ((complex.real, 1j), (float.real, 1.0)):
    try:
        d.__set__(obj, 3)
    except AttributeError as e:
        print("AttributeError:", e)
e = OSError(2, 'gone')
print(OSError.errno.__get__(e), OSError.strerror.__get__(e))
print(int.__add__.__qualname__, str.lower.__qualname__, object.__init__.__qualname__)

class C(object):
    def getx(self):
        return self.__x
    def setx(self, value):
        self.__x = value
    def delx(self):
        del self.__x
    x = property(getx, setx, delx, doc="I'm the x property.")
a = C()
print(repr(C.x.__get__).split(" at ")[0])
C.x.__set__(a, 100)
print(C.x.__get__(a), C.x.__get__(a, C), C.x.__get__(None, C) is C.x, property.__get__(C.x, a))
C.x.__delete__(a)
print(hasattr(a, "x"))
raw = C.__dict__['x']
for attr in "fget", "fset", "fdel":
    try:
        setattr(raw, attr, 42)
    except AttributeError as msg:
        print("AttributeError:", msg)
raw.__doc__ = 42
print(raw.__doc__)
class X:
    pass
for n in ('__qualname__', '__name__'):
    try:
        delattr(X, n)
    except TypeError as e:
        print("TypeError:", e)
print(X.__name__, X.__qualname__)
