package pyfunctools_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of what test_functools found:
// reduce and cmp_to_key are built-in functions (a class attribute holding
// one is not bound), with 3.6's argument errors; lru_cache does not call
// the builtin len (which may itself be cached); singledispatch merges the
// abstract base classes an argument's class is registered with by C3, and
// notices registrations made after a dispatch.

const prelude = pytesting.ShowRepr + `import functools, _functools, collections, builtins
from operator import add
def _e(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
class Holder:
    fold = functools.reduce
    key = functools.cmp_to_key
def by_value(a, b):
    return (a > b) - (a < b)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i
def lru_len():
    old = builtins.len
    try:
        builtins.len = functools.lru_cache(4)(len)
        out = [len('abcdefgh'[:i]) for i in (0, 0, 1, 2, 3, 3, 4, 5, 6, 1, 7, 2, 1)]
        return out, builtins.len.cache_info()
    finally:
        builtins.len = old
def dispatched():
    c = collections
    @functools.singledispatch
    def kind(x):
        return 'object'
    kind.register(c.Sized, lambda x: 'sized')
    kind.register(c.Iterable, lambda x: 'iterable')
    class Both:
        def __len__(self):
            return 0
    class OnlyIter:
        def __iter__(self):
            return iter(())
    out = [kind(OnlyIter()), _e(lambda: kind(Both()))]
    class Sub(Both):
        def __iter__(self):
            return iter(())
    kind.register(Sub, lambda x: 'sub')
    out.append(kind(Sub()))
    class Late:
        pass
    out.append(kind(Late()))
    c.Sized.register(Late)
    out.append(kind(Late()))
    out.append(sorted(t.__name__ for t in kind.registry))
    return out
def c3():
    c = collections
    class A:
        pass
    class B(A):
        def __len__(self):
            return 0
    @c.Container.register
    class C:
        pass
    class D:
        pass
    class X(D, C, B):
        def __call__(self):
            pass
    return [t.__name__ for t in functools._c3_mro(X, abcs=[c.Sized, c.Callable, c.Container])]
def fresh_partial():
    # test.support.import_fresh_module('functools', fresh=['_functools']):
    # both modules imported anew, then the old ones put back.
    import sys, pickle
    saved = sys.modules.pop('functools'), sys.modules.pop('_functools')
    try:
        import functools as fresh
    finally:
        sys.modules['functools'], sys.modules['_functools'] = saved
    p = fresh.partial(max, 1, key=abs)
    q = pickle.loads(pickle.dumps(p, 2))
    return (fresh is functools, fresh.partial is functools.partial, type(q) is functools.partial,
            q(-5), q.args, repr(fresh.partial(max)))
`

var cases = []pytesting.Case{
	{"reduce", `(functools.reduce(add, [1, 2, 3]), functools.reduce(add, 'abc', ''), functools.reduce(add, [], 7), functools.reduce(add, Seq(5)))`},
	{"reduce builtin", `(repr(functools.reduce), _functools.reduce is functools.reduce, functools.reduce.__doc__.splitlines()[0])`},
	{"reduce as class attribute", `Holder().fold(add, ['a', 'b'], '')`},
	{"reduce errors", `[_e(f) for f in (lambda: functools.reduce(), lambda: functools.reduce(add), lambda: functools.reduce(add, [], 1, 2), lambda: functools.reduce(42, 42), lambda: functools.reduce(add, []), lambda: functools.reduce(add, [], x=1), lambda: functools.reduce(42, (1, 2)))]`},
	{"cmp_to_key", `(sorted([3, 1, 2], key=functools.cmp_to_key(by_value)), sorted('bca', key=Holder().key(by_value)))`},
	{"cmp_to_key compares", `(lambda k: (k(1) < k(2), k(2) <= k(2), k(3) == k(3), k(3) != k(4), k(5) > k(1), k(1) >= k(2), k(7).obj, k.obj))(functools.cmp_to_key(by_value))`},
	{"cmp_to_key type", `(lambda k: (type(k).__name__, type(k).__module__, repr(functools.cmp_to_key)))(functools.cmp_to_key(by_value))`},
	{"cmp_to_key errors", `[_e(f) for f in (lambda: functools.cmp_to_key(), lambda: functools.cmp_to_key(1, 2), lambda: functools.cmp_to_key(x=1))]`},
	{"key errors", `(lambda k: [_e(f) for f in (lambda: k(), lambda: k(1, 2), lambda: k(x=1), lambda: hash(k(1)))])(functools.cmp_to_key(by_value))`},
	{"key keywords", `(lambda k: k(obj=3) == k(obj=3))(functools.cmp_to_key(mycmp=by_value))`},
	{"lru_cache over len", `lru_len()`},
	{"singledispatch abcs", `dispatched()`},
	{"c3 mro", `c3()`},
	{"partial of a fresh import", `fresh_partial()`},
	{"singledispatch no argument", `_e(lambda: functools.singledispatch(lambda x: 1)())`},
}

func TestFunctoolsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "functools", prelude, cases)
}
