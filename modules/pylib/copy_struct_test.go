package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what CPython's own test_copy
// and test_struct found: objects copy treats as atomic, __getnewargs_ex__,
// copyreg entries, the order of state and items, bound methods, objects
// hiding __reduce_ex__, and struct's exception and iterator classes.

const copyStructPrelude = pytesting.ShowRepr + `import copy, copyreg, struct, weakref, collections.abc as abc
class Point:
    def __new__(cls, *, x):
        self = object.__new__(cls)
        self.x = x
        return self
    def __getnewargs_ex__(self):
        return (), {'x': self.x}
class NeedsArg:
    def __new__(cls, v):
        self = object.__new__(cls)
        self.v = v
        return self
class Ordered(dict):
    def __init__(self):
        dict.__init__(self)
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        dict.__setitem__(self, k, v)
class Hidden:
    def __getattribute__(self, name):
        if name.startswith('__reduce'):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
class Owner:
    def m(self):
        return self
def code():
    pass
class Target:
    pass
target = Target()
ref = weakref.ref(target)
def owner_copy():
    o = Owner()
    o.b = o.m
    c = copy.deepcopy(o)
    return c.b.__self__ is c, c.b() is c, c.b == c.m, c is not o
def ordered_copy():
    d = Ordered()
    d['a'] = [1]
    d['b'] = 2
    c = copy.deepcopy(d)
    return c, c.order, type(c).__name__, c['a'] is not d['a']
def registered():
    before = None
    try:
        copy.copy(NeedsArg(1))
    except TypeError as e:
        before = 'TypeError'
    copyreg.pickle(NeedsArg, lambda o: (NeedsArg, (o.v,)))
    try:
        return before, copy.copy(NeedsArg(5)).v, copy.deepcopy(NeedsArg([6])).v
    finally:
        del copyreg.dispatch_table[NeedsArg]
class MyError(struct.error):
    pass
`

var copyStructCases = []pytesting.Case{
	{"copy code", `copy.copy(code.__code__) is code.__code__`},
	{"deepcopy code", `copy.deepcopy(code.__code__) is code.__code__`},
	{"copy weakref", `copy.copy(ref) is ref`},
	{"deepcopy weakref", `copy.deepcopy(ref) is ref`},
	{"deepcopy weakref in list", `(lambda l: l[0] is ref)(copy.deepcopy([ref]))`},
	{"copy builtin function", `copy.deepcopy(len) is len`},
	{"getnewargs_ex copy", `(lambda p: (type(p).__name__, p.x))(copy.copy(Point(x=3)))`},
	{"getnewargs_ex deepcopy", `(lambda p: (p.x, p.x is not None))(copy.deepcopy(Point(x=[1, 2])))`},
	{"needs arg TypeError then copyreg", `registered()`},
	{"deepcopy needs arg", `copy.deepcopy(NeedsArg(1))`},
	{"dict subclass state before items", `ordered_copy()`},
	{"bound method deepcopy", `owner_copy()`},
	{"hidden reduce copy", `copy.copy(Hidden())`},
	{"hidden reduce deepcopy", `copy.deepcopy(Hidden())`},
	{"struct error is a class", `(type(struct.error), isinstance(struct.error, type), struct.error.__mro__)`},
	{"struct error subclass", `(lambda e: (type(e).__name__, isinstance(e, struct.error), MyError.__mro__[1]))(MyError("x"))`},
	{"struct error caught", `(lambda: [struct.calcsize(f) for f in ("i", "Z")])()`},
	{"iter_unpack iterator", `(lambda it: (isinstance(it, abc.Iterator), isinstance(it, abc.Iterable), type(it).__next__(it), list(it)))(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00"))`},
	{"iter_unpack next names", `(lambda it: (hasattr(it, "__next__"), hasattr(it, "__iter__"), iter(it) is it, it.__length_hint__()))(struct.Struct("b").iter_unpack(b"abc"))`},
}

func TestCopyStructDifferential(t *testing.T) {
	pytesting.DiffCases(t, "copy_struct", copyStructPrelude, copyStructCases)
}
