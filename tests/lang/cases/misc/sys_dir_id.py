import sys
class A:
    x = 1
    def m(self): pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith("__")], [n for n in dir(A) if not n.startswith("__")])
def f():
    z = 1; w = 2
    return dir()
print(f())
print("modules" in dir(sys), "version_info" in dir(sys))
print(id(a) == id(a), id(a) != id(A()), type(id(a)).__name__)
print(__debug__)
print(sys.version_info >= (3, 6), sys.version_info[0], sys.version_info.major, sys.version_info[:2])
print(sys.version_info)
import os
print("os" in sys.modules, sys.modules["sys"] is sys)
class D:
    def __dir__(self): return ["b", "a"]
print(dir(D()))
