# The gc module's settings, statistics and introspection.
import gc

print(gc.garbage, gc.callbacks)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(900, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for bad in ((), (1, 2, 3, 4)):
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    gc.set_threshold("x")
except TypeError as e:
    print("TypeError:", e)

print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE,
      gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)

counts = gc.get_count()
print(type(counts).__name__, len(counts), all(isinstance(n, int) for n in counts))
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats][0])


class Plain:
    pass


class Empty:
    __slots__ = ()


class WithSlot:
    __slots__ = ("a",)


samples = [None, 7, 2.5, 1j, "s", b"b", True, (), ([],),
           {}, {"a": 1}, {"a": []}, [], set(), object(), Plain(), Plain,
           Empty(), WithSlot(), int, gc, bytearray(b"x"), len]
print([gc.is_tracked(x) for x in samples])

p = Plain()
p.x = 1
print(gc.get_referents([1, 2, 3]), gc.get_referents((4, 5)))
print(gc.get_referents({"k": "v", "j": "w"}), gc.get_referents({1: "one"}))
print(gc.get_referents(p))
print(gc.get_referents([1], (2,)))
print(gc.get_referents(42))
