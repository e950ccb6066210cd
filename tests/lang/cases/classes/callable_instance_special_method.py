class CallableObj:
    def __init__(self, tag): self.tag = tag
    def __call__(self, *args):
        print("called", self.tag, [type(a).__name__ for a in args])
        return 3

class Desc:
    def __init__(self, fn): self.fn = fn
    def __get__(self, inst, owner):
        print("get", type(inst).__name__, owner.__name__)
        return lambda *a: self.fn(inst, *a)

class C:
    __getitem__ = CallableObj("getitem")
    __len__ = CallableObj("len")
    __call__ = CallableObj("call")
    __iter__ = CallableObj("iter")
    __contains__ = Desc(lambda self, x: x == 1)
    __add__ = Desc(lambda self, o: ("add", o))
    method = CallableObj("method")

c = C()
print(c[1], len(c), c(5), c.method(1), C.method(1))
print(1 in c, 2 in c, c + 4)
try:
    iter(c)
except TypeError as e:
    print("TE", e)
print(sorted([3, 1, 2], key=CallableObj("key")))
print(list(map(CallableObj("map"), [1, 2])))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TE", e)
