# gc.collect() counts the objects of the cycles it freed (an instance
# with attributes and its __dict__), runs gc.callbacks around the
# collection, and reports an exception from one of them.
import gc

gc.collect()
print("clean:", gc.collect())


class Cell:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


a = Cell("self-loop")
a.me = a
print("alive:", gc.collect())
del a
print("one cycle:", gc.collect())

b, c = Cell("b"), Cell("c")
b.peer, c.peer = c, b
del b, c
print("two in a cycle:", gc.collect())
print("again:", gc.collect())

seen = []


def watch(phase, info):
    seen.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.callbacks.append(watch)
d = Cell("watched")
d.me = d
del d
gc.collect()
gc.collect(1)
gc.callbacks.remove(watch)
print(seen)


class Broken:
    def __call__(self, phase, info):
        raise ValueError("callback " + phase)

    def __repr__(self):
        return "<Broken callback>"


gc.callbacks.append(Broken())
print("with a broken callback:", gc.collect())
gc.callbacks.clear()
print(gc.garbage)
