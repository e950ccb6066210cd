# Exception classes built through the cached "plain built-in class" answer
# (vm/exceptions.go plainExceptionClass): the answer must follow every
# change a script can make to the classes it raises.

def make(cls, *args):
    try:
        raise cls(*args)
    except BaseException as e:
        return e


for i in range(3):
    e = make(ValueError, "bad", i)
    print(type(e).__name__, e.args, str(e))
e = make(KeyError, "k")
print(type(e).__name__, repr(e), e.args)
e = make(OSError, 2, "missing")
print(type(e).__name__, e.errno, e.strerror, e.args)

# A built-in class cannot be changed: the answer stays right.
try:
    ValueError.__init__ = lambda self, *a: None
except TypeError as err:
    print("TypeError:", err)
print(make(ValueError, 1).args)


# A subclass, asked about first, then given __init__ and __new__ later.
class Mine(ValueError):
    pass


for i in range(2):
    print(type(make(Mine, "x", i)).__name__, make(Mine, "x", i).args)


def init(self, *args):
    ValueError.__init__(self, "changed", *args)
    self.extra = len(args)


Mine.__init__ = init
e = make(Mine, "y")
print(e.args, e.extra)
del Mine.__init__
e = make(Mine, "z")
print(e.args, hasattr(e, "extra"))


def new(cls, *args):
    obj = ValueError.__new__(cls, "from new")
    obj.tag = args
    return obj


Mine.__new__ = new
e = make(Mine, 1, 2)
print(type(e).__name__, e.tag)
del Mine.__new__
print(make(Mine, 3).args)

# The name rebound to another class between raises.
saved = ValueError
ValueError = Mine
print(type(make(ValueError, "w")).__name__)
ValueError = saved
print(type(make(ValueError, "w")).__name__)


# Keyword arguments still take the general path.
try:
    ValueError(x=1)
except TypeError as err:
    print("TypeError:", err)
e = make(OSError, 13, "denied", "f")
print(e.errno, e.filename, e.args)
