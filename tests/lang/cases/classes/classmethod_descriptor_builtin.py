# dict.fromkeys and float.__getformat__ are classmethod_descriptors: their
# repr, __get__ with its checks, calls through the descriptor, pickling.
import copy
import pickle

d = dict.__dict__['fromkeys']


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class D(dict):
    pass


class E(dict):
    @classmethod
    def fromkeys(cls, *a):
        return ('E', super().fromkeys(*a))


show(lambda: type(d).__name__)
show(lambda: d)
show(lambda: d.__get__(None, dict)([1]))
show(lambda: d.__get__({})([1]))
show(lambda: d.__get__(None, None))
show(lambda: d.__get__(42))
show(lambda: d.__get__(None, 42))
show(lambda: d.__get__(None, int))
show(lambda: d.__get__(None, D)([1]))
show(lambda: type(d.__get__(D())([1])))
show(lambda: d(dict, 'ab'))
show(lambda: d(dict, 'ab', 0))
show(lambda: d())
show(lambda: d(1))
show(lambda: d(int, 'a'))
show(lambda: (d.__name__, d.__qualname__, d.__objclass__))
show(lambda: dict.fromkeys('ab', 1))
show(lambda: {}.fromkeys('ab'))
show(lambda: (D.fromkeys('a'), type(D.fromkeys('a')), type(D().fromkeys('a'))))
show(lambda: (dict.fromkeys.__self__, dict.fromkeys.__name__))
show(lambda: type(float.__dict__['__getformat__']).__name__)
show(lambda: float.__getformat__('double'))
show(lambda: dict.fromkeys(x=1))
show(lambda: pickle.loads(pickle.dumps(dict.fromkeys))('xy'))
show(lambda: copy.copy(d) is d)
show(lambda: E.fromkeys('a'))
