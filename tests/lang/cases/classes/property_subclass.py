class Logged(property):
    """A property that counts reads."""
    reads = 0

    def __get__(self, obj, owner=None):
        if obj is not None:
            Logged.reads += 1
        return super().__get__(obj, owner)


class Plain(property):
    pass


class C:
    def __init__(self):
        self._x = 1

    @Logged
    def x(self):
        "the x value"
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @Plain
    def y(self):
        "the y value"
        return self._x * 10

    @y.deleter
    def y(self):
        print('deleting y')


c = C()
print(c.x, c.y, Logged.reads)
c.x = 5
print(c.x, c.y, Logged.reads)
del c.y
print(type(C.__dict__['x']).__name__, type(C.__dict__['y']).__name__)
print(isinstance(C.__dict__['x'], property), issubclass(Logged, property))
print(C.x.__doc__, C.y.__doc__, Logged.__doc__, Plain.__doc__)
print(C.x is C.__dict__['x'], C.x.fget.__name__, C.x.fset.__name__, C.y.fdel.__name__)
for stmt in ['c.y = 3', 'del c.x']:
    try:
        exec(stmt)
    except AttributeError as e:
        print(type(e).__name__, e)
p = Plain(lambda self: 42, doc='explicit')
print(p.__doc__, p.__get__(c, C), p.__get__(None, C) is p)
q = p.getter(lambda self: 43)
print(type(q).__name__, q.__doc__, q.__get__(c))
