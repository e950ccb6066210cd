class A(Exception): pass
class B(A): pass
class C(B): pass
try:
    raise C("deep")
except B as e:
    print("caught as B:", type(e).__name__, [k.__name__ for k in type(e).__mro__])
