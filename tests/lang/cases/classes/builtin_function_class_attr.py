# A built-in function stored in a class is no descriptor: an instance's
# attribute is the function itself, called without the instance.
import sys, os, math
class A:
    p = print
    l = len
    f = sys.is_finalizing
    s = math.sqrt
    o = os.getpid
a = A()
a.p("hi", flush=True)
print(a.l([1, 2]), a.f(), A.p, a.p, a.l, a.s(4.0), a.o() == os.getpid())
print(A.__dict__['p'] is print, a.p is print)
class B(A):
    pass
B().p("sub", 1, sep="-")
print(getattr(B(), 'l')("abc"))
