package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what CPython's test_inspect
// found: pickling and comparing Signature, Parameter and BoundArguments,
// classify_class_attrs, getclasstree, the locals of generators and
// coroutines, getargspec's deprecation, method descriptors as routines.

const inspectClassifyPrelude = pytesting.ShowRepr + `import inspect, pickle, copy, warnings
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    pass
def g(a, *, c: 1 = {}, d=2, **kw) -> {42: 'ham'}:
    pass
def h(a, *, d=2, c: 1 = {}, **kw) -> {42: 'ham'}:
    pass
class MySig(inspect.Signature):
    pass
class A:
    x = 1
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
    @property
    def p(self):
        return 1
class B(A):
    def m(self):
        pass
class C(B, A):
    pass
class D(A):
    pass
def kinds(cls):
    return sorted((a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
                  for a in inspect.classify_class_attrs(cls)
                  if not a.name.startswith('__'))
def gen(a):
    b = a + 1
    yield b
def gen_locals():
    it = gen(1)
    first = dict(inspect.getgeneratorlocals(it))
    next(it)
    second = dict(inspect.getgeneratorlocals(it))
    list(it)
    return first, second, inspect.getgeneratorlocals(it)
def roundtrip(obj):
    return [pickle.loads(pickle.dumps(obj, p)) for p in range(5)]
def argspec_warning():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        spec = inspect.getargspec(lambda a, b=1: None)
    return spec, [(w.category.__name__, str(w.message)) for w in caught]
`

var inspectClassifyCases = []pytesting.Case{
	{"signature pickled", `[(s == inspect.signature(f), str(s)) for s in roundtrip(inspect.signature(f))]`},
	{"bound arguments pickled", `[(b.arguments, b.args, b.kwargs) for b in roundtrip(inspect.signature(f).bind(1, c=3))]`},
	{"parameter pickled", `[(p, p.kind, p.annotation) for p in roundtrip(inspect.signature(f).parameters['b'])]`},
	{"signature subclass pickled", `[type(s).__name__ for s in roundtrip(MySig.from_callable(f))]`},
	{"signature reduce", `(lambda r: (r[0].__name__, [p.name for p in r[1][0]], r[2]))(inspect.signature(f).__reduce__())`},
	{"parameter reduce", `inspect.signature(f).parameters['b'].__reduce__()`},
	{"signature deepcopy", `copy.deepcopy(inspect.signature(g)) == inspect.signature(g)`},
	{"keyword only order ignored", `(inspect.signature(g) == inspect.signature(h), inspect.signature(g) != inspect.signature(h))`},
	{"unhashable default signature", `hash(inspect.signature(g))`},
	{"hash equal signatures", `hash(inspect.signature(f)) == hash(pickle.loads(pickle.dumps(inspect.signature(f))))`},
	{"classify base", `kinds(A)`},
	{"classify subclass", `kinds(B)`},
	{"classify diamond", `kinds(C)`},
	{"classify init", `[(a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(A) if a.name in ('__init__', '__repr__', '__class__', '__module__')]`},
	{"attribute fields", `inspect.Attribute._fields`},
	{"class tree", `inspect.getclasstree([A, B, C, D])`},
	{"class tree unique", `inspect.getclasstree([A, B, C, D], unique=True)`},
	{"class tree missing base", `inspect.getclasstree([B, C])`},
	{"class tree object", `inspect.getclasstree([A, object])`},
	{"generator locals", `gen_locals()`},
	{"generator locals refused", `inspect.getgeneratorlocals(1)`},
	{"coroutine locals of non coroutine", `inspect.getcoroutinelocals(1)`},
	{"getargspec warns", `argspec_warning()`},
	{"method descriptors are routines", `[inspect.isroutine(x) for x in (object.__init__, str.upper, [].append, len, A.p)]`},
	{"method descriptor check", `[inspect.ismethoddescriptor(x) for x in (object.__init__, str.upper, A.m, len, [].append)]`},
	{"builtins", `[inspect.isbuiltin(x) for x in (len, A.m, print)]`},
	{"typing annotations shown short", `(lambda T: [str(inspect.signature(eval('lambda data, x: None', {}))), inspect.formatannotation(T.List[T.Any]), inspect.formatannotation(T.Iterator[T.Tuple[int, T.Any]]), inspect.formatannotation(T.Dict), inspect.formatannotation(int), inspect.formatannotation(inspect.Parameter), inspect.formatannotation(T.Optional[str])])(__import__('typing'))`},
}

func TestInspectClassifyDifferential(t *testing.T) {
	pytesting.DiffCases(t, "inspect_classify", inspectClassifyPrelude, inspectClassifyCases)
}
