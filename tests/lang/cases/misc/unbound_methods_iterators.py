for name in ["lower", "upper", "strip", "split", "startswith", "replace", "join", "encode", "title", "count", "find"]:
    try:
        f = getattr(str, name)
        args = {"startswith": ("ab", "a"), "replace": ("ab", "a", "c"), "join": (",", ["a"]), "count": ("aa", "a"), "find": ("ab", "b")}.get(name, ("Ab c",))
        print(name, f(*args))
    except Exception as e:
        print(name, "ERR", type(e).__name__, e)
print(list(map(str.upper, ["a", "b"])))
class B:
    def __iter__(self): return self
    def __next__(self): return 5
class C(B): pass
print(next(C()))
def g(): pass
g.__doc__ = "doc"
print(g.__doc__)

def gen():
    try:
        yield 1
    except ValueError as e:
        print("got", e.args)
        yield 2
g = gen(); next(g)
print(g.throw(ValueError, ValueError("x", 1)))
class Desc:
    def __get__(self, inst, owner):
        return ("desc", inst is None, owner.__name__)
class D:
    x = Desc()
print(D.x, D().x)
class M(type): pass
class A(metaclass=M):
    b = 1
class B(A): pass
print(getattr(B, "b", "MISSING"), getattr(B, "__mro__", ())[0].__name__, hasattr(B, "b"))
s = "héllo" * 3
print(list(s)[:6], len([c for c in s]), "".join(reversed(s))[:3])
print(next(iter(C())), next(iter([]), "dflt"))
