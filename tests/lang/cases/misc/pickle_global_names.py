# pickle writes a class by the name it is found under: a qualname that
# passes through an attribute holding the module itself is shortened to
# its last part, a nested class goes through getattr below protocol 4,
# and the types of None, NotImplemented and Ellipsis are written as
# type(<singleton>).
import pickle
import sys


class Loop:
    pass


Loop.home = sys.modules[Loop.__module__]
Loop.__qualname__ = 'Loop.home.Loop'


class Outer:
    class Inner:
        class Deepest:
            pass


for proto in range(5):
    data = pickle.dumps(Loop, proto)
    print(proto, data, pickle.loads(data) is Loop)
for proto in range(5):
    data = pickle.dumps(Outer.Inner.Deepest, proto)
    print(proto, data, pickle.loads(data) is Outer.Inner.Deepest)
for kind in (type(None), type(NotImplemented), type(Ellipsis)):
    for proto in (0, 2, 4):
        data = pickle.dumps(kind, proto)
        print(kind.__name__, proto, data, pickle.loads(data) is kind)
print(pickle.loads(pickle.dumps([type(None), None, type(None)], 2)))
