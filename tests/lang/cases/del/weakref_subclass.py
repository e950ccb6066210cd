# Classes derived from weakref.ref: extra state, an overridden
# __call__, and the callback receiving the derived reference.
import gc
import weakref


class Target:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return "Target(%r)" % self.tag


class TaggedRef(weakref.ref):
    def __init__(self, obj, callback=None, note="none"):
        self.note = note
        self.calls = 0
        super().__init__(obj, callback)

    def __call__(self):
        self.calls += 1
        return super().__call__()


t = Target("first")
r = TaggedRef(t, note="memo")
print(r(), r.note, r.calls, isinstance(r, weakref.ref), type(r).__name__)
plain = weakref.ref(t)
print(plain is r, plain == r, hash(plain) == hash(r))
print(weakref.getweakrefcount(t), weakref.getweakrefs(t)[0] is plain)

got = []
r2 = TaggedRef(t, lambda ref: got.append((type(ref).__name__, ref is r2, ref.note)), note="cb")
print(r2.__callback__ is not None, r is not r2)
del t
gc.collect()
print(got, r(), r2(), plain())


class Bare(weakref.ref):
    pass


u = Target("bare")
b = Bare(u)
print(b() is u, weakref.ref(u) is not b)
for args in ((), (u, None, 3)):
    try:
        TaggedRef(*args[:3]) if len(args) < 3 else Bare(*args)
    except TypeError as e:
        print("TypeError:", e)
