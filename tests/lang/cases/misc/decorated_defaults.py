def deco(f):
    print("decorating", f.__name__, f.__defaults__, f.__kwdefaults__)
    return f
def deco2(tag):
    def wrap(f):
        f.tag = tag
        return f
    return wrap
@deco
def f(a, b=2, *, c=3):
    return a, b, c
print(f(1), f(1, c=5))
@deco2("t")
@deco
def g(x: int = 1) -> int:
    return x
print(g(), g.tag, sorted(g.__annotations__.items()))
class C:
    @classmethod
    def make(cls, v=None):
        return cls, v
    @staticmethod
    def s(a, b=10):
        return a + b
    @property
    def p(self):
        return 5
print(C.make(), C.make(3)[1], C.s(1), C().s(1, 2), C().p)
print(list(map(lambda x=3: x * 2, [1, 2])), (lambda a, b=1: a + b)(1))
import keyword
print(keyword.iskeyword("def"), keyword.iskeyword("print"), len(keyword.kwlist))
