package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what test_pickle's C-API
// classes found: dump/dumps/load/loads are built-in functions (kept as
// class attributes they do not bind), the unpickler's memo takes only a
// dict of non-negative int keys, a weak proxy pickles as its referent, a
// time.struct_time pickles with its named-only fields, and a class whose
// metaclass defines __eq__ compares with it.

const pickleCAPIPrelude = pytesting.ShowRepr + `import pickle, _pickle, io, time, weakref, copyreg
class Funcs:
    from _pickle import dump, dumps, load, loads
class MyList(list):
    sample = [1, 2, 3]
class MyDict(dict):
    sample = {"a": 1}
class MyComplex(complex):
    sample = 1.5 + 2j
def via_proxy(cls, proto):
    x = cls(cls.sample)
    x.foo = 42
    y = pickle.loads(pickle.dumps(weakref.proxy(x), proto))
    return type(y).__name__, cls.__base__(y) == cls.__base__(x), y.__dict__
def set_memo(value):
    u = pickle.Unpickler(io.BytesIO())
    u.memo = value
    return u.memo
class Meta(type):
    def __eq__(self, other):
        return type(self) == type(other) and self.args == other.args
    __hash__ = type.__hash__
def make_class(name, bases):
    made = Meta(name, bases, {})
    made.args = (name, bases)
    return made
copyreg.pickle(Meta, lambda c: (make_class, c.args))
`

var pickleCAPICases = []pytesting.Case{
	{"functions as class attributes", `(lambda f: (f.dump(7, io.BytesIO(), 2), f.loads(f.dumps([1], 2)), f.load(io.BytesIO(f.dumps("x", 0)))))(Funcs())`},
	{"function reprs", `[repr(pickle.dumps), repr(_pickle.loads), pickle.dump.__name__, pickle.load.__module__]`},
	{"functions pickle by name", `[pickle.loads(pickle.dumps(f, p)) is f for f in (pickle.dumps, _pickle.load) for p in range(5)]`},
	{"functions are the accelerator's", `[_pickle.dumps is pickle.dumps, _pickle.Pickler is pickle.Pickler]`},
	{"memo not dict", `set_memo(object)`},
	{"memo negative key", `set_memo({-1: None})`},
	{"memo str key", `set_memo({"a": 1})`},
	{"memo huge key", `set_memo({2**70: 1})`},
	{"memo ok", `set_memo({1: None, 2: "x"}) is not None`},
	{"proxy list", `[via_proxy(MyList, p) for p in range(5)]`},
	{"proxy dict", `[via_proxy(MyDict, p) for p in range(5)]`},
	{"proxy complex", `[via_proxy(MyComplex, p) for p in range(5)]`},
	{"struct_time reduce", `time.localtime(0).__reduce__()[0] is time.struct_time`},
	{"struct_time roundtrip", `[(lambda t: (pickle.loads(pickle.dumps(t, p)) == t, pickle.loads(pickle.dumps(t, p)).tm_zone == t.tm_zone))(time.gmtime(86400 * 365)) for p in range(5)]`},
	{"struct_time reduce shape", `(lambda r: (r[1][0], sorted(r[1][1])))(time.gmtime(0).__reduce__())`},
	{"metaclass eq", `(lambda a, b: [a == b, a != b, a == int, make_class("B", (object,)) == a])(make_class("A", (object,)), make_class("A", (object,)))`},
	{"dynamic class roundtrip", `(lambda a: [pickle.loads(pickle.dumps(a, p)) == a for p in range(5)])(make_class("A", (object,)))`},
	{"metaclass lt", `(lambda M: M("X", (), {}) < M("Y", (), {}))(type("M", (type,), {"__lt__": lambda s, o: "lt"}))`},
	{"metaclass no lt", `(lambda M: M("X", (), {}) < M("Y", (), {}))(type("M", (type,), {}))`},
}

func TestPickleCAPIDifferential(t *testing.T) {
	pytesting.DiffCases(t, "pickle_c_api", pickleCAPIPrelude, pickleCAPICases)
}
