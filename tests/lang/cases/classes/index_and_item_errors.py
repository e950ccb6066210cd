# __index__ given to a base class after its subclasses were made still
# makes their instances indexes of every sequence; item assignment and
# deletion refused with 3.6's words, named for the object's own type.
class Base:
    pass


class Sub(Base):
    pass


Base.__index__ = lambda self: 1
s = Sub()
l = [1, 2, 3]
print(l[s], (1, 2)[s], 'ab'[s], b'ab'[s], range(4)[s], bytearray(b'ab')[s])
l[s] = 'x'
print(l)
del l[s]
print(l)
b = bytearray(b'ab')
b[s] = 65
del b[0]
print(b)


class Bad:
    def __index__(self):
        raise ValueError('no index')


class NotInt:
    def __index__(self):
        return 'x'


class Plain:
    pass


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for key in (Bad(), NotInt(), Plain(), 1.5):
    for seq in ([1], (1,), 'a', b'a', range(3), bytearray(b'a')):
        show(lambda: seq[key])


class S(str):
    pass


class T(tuple):
    pass


def assign(o):
    o[0] = 1


def delete(o):
    del o[0]


for o in ['abc', S('abc'), (1,), T((1,)), b'a', 1, frozenset(), None, range(3), Plain()]:
    show(lambda: assign(o))
    show(lambda: delete(o))
show(lambda: assign([0]) or 'assigned')
