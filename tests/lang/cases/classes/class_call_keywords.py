# Calls of plain classes with keyword arguments and the other forms the
# loop does not run inline: the instance, the __init__'s binding errors
# (named as 3.6 names them), __init__ returning something else, and a
# change of the class between calls.


class P:
    def __init__(self, x, y=2, *, z=3):
        self.x, self.y, self.z = x, y, z


class Bad:
    def __init__(self, a=None):
        return a


class Gen:
    def __init__(self):
        yield 1


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, sorted(vars(r).items()))
    except Exception as e:
        print(label, type(e).__name__, e)


for i in range(3):
    show('P(x=1)', lambda: P(x=1))
    show('P(1, y=5, z=6)', lambda: P(1, y=5, z=6))
    show('P(*(1, 2))', lambda: P(*(1, 2)))
    show('P(**kw)', lambda: P(**{'x': 7, 'z': 8}))
    show('P(1, x=2)', lambda: P(1, x=2))
    show('P(y=2)', lambda: P(y=2))
    show('P(x=1, w=2)', lambda: P(x=1, w=2))
    show('P(1, 2, 3)', lambda: P(1, 2, 3))
    show('P(1, **{"x": 1})', lambda: P(1, **{'x': 1}))
    show('Bad(a=None)', lambda: Bad(a=None))
    show('Bad(a=1)', lambda: Bad(a=1))
    show('Gen()', lambda: Gen())
P.__init__ = lambda self, **kw: self.__dict__.update(kw)
show('patched P(q=1)', lambda: P(q=1))
P.__new__ = lambda cls, **kw: 'made by __new__'
print(P(q=1))
