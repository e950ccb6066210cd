# __del__ running inside an except block, during unwinding, and making
# another object with __del__.
import sys
class A:
    def __init__(self, n): self.n = n
    def __del__(self):
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        print("del", self.n, sys.exc_info()[0])
try:
    raise KeyError("k")
except KeyError:
    x = A(1)
    del x
    print("handler sees", sys.exc_info()[0].__name__)
def f():
    y = A(2)
    raise RuntimeError("out")
try:
    f()
except RuntimeError as e:
    print("caught", e)
class B:
    def __del__(self):
        print("B del makes C")
        global c
        c = C()
class C:
    def __del__(self):
        print("C del")
b = B()
del b
print("c is", type(c).__name__)
