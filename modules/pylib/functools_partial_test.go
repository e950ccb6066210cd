package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of functools.partial as its C
// type behaves (read-only func/args/keywords, __setstate__ and its
// errors, recursive repr, pickling and copying with instance attributes,
// flattening), of partialmethod's binding, and of pickling the iterators
// of map, filter, zip, enumerate, str, bytes and range.

const functoolsPartialPrelude = pytesting.ShowRepr + `import copy, functools, pickle
def capture(*args, **kw):
    return args, kw
def setattr_error(p, name):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        return 'set', str(e)
def delattr_error(p, name):
    try:
        delattr(p, name)
    except AttributeError as e:
        return 'del', str(e)
def setstate(state):
    p = functools.partial(capture)
    p.__setstate__(state)
    return p.func is capture, p.args, p.keywords, p.__dict__, p(0, z=1)
def noted():
    p = functools.partial(capture, 1, a=2)
    p.note = [3]
    return p
def recursive():
    p = functools.partial(capture)
    p.__setstate__((p, (), {}, {}))
    return repr(p)
class Sub(functools.partial):
    pass
class Host:
    def method(self, *args):
        return type(self).__name__, args
    pm = functools.partialmethod(method, 1)
    pp = functools.partialmethod(functools.partial(capture, 0), 2)
def roundtrip(obj):
    return [pickle.loads(pickle.dumps(obj, p)) for p in range(5)]
def advanced(it, n):
    for _ in range(n):
        next(it)
    return it
`

var functoolsPartialCases = []pytesting.Case{
	{"partial attributes", `(lambda p: (p.func is capture, p.args, p.keywords, p(3, b=4)))(functools.partial(capture, 1, a=2))`},
	{"func readonly", `setattr_error(functools.partial(capture), 'func')`},
	{"args readonly", `setattr_error(functools.partial(capture), 'args')`},
	{"keywords readonly", `setattr_error(functools.partial(capture), 'keywords')`},
	{"args undeletable", `delattr_error(functools.partial(capture), 'args')`},
	{"instance dict only attributes", `(functools.partial(capture).__dict__, noted().__dict__)`},
	{"reduce", `(lambda r: (r[0] is functools.partial, r[1][0] is capture, r[2][0] is capture, r[2][1:]))(noted().__reduce__())`},
	{"reduce no keywords", `functools.partial(capture, 1).__reduce__()[2][1:]`},
	{"pickle with attributes", `[(q.note, q(5)) for q in roundtrip(noted())]`},
	{"copy with attributes", `(lambda q: (q.note, q(6), q.note is noted().note))(copy.copy(noted()))`},
	{"deepcopy with attributes", `(lambda p, q: (q.note == p.note, q.note is not p.note))(*(lambda p: (p, copy.deepcopy(p)))(noted()))`},
	{"setstate", `setstate((capture, (1,), {'a': 10}, {'attr': []}))`},
	{"setstate none keywords", `setstate((capture, (1,), None, None))`},
	{"setstate tuple subclass", `(lambda s: type(s[1]).__name__)(setstate((capture, type('T', (tuple,), {})((1,)), {}, None)))`},
	{"setstate short", `setstate((capture, (), {}))`},
	{"setstate long", `setstate((capture, (), {}, {}, None))`},
	{"setstate list", `setstate([capture, (), {}, None])`},
	{"setstate not callable", `setstate((None, (), {}, None))`},
	{"setstate args list", `setstate((capture, [], {}, None))`},
	{"setstate keywords list", `setstate((capture, (), [], None))`},
	{"recursive repr", `recursive()`},
	{"flattened", `(lambda p: (p.func is capture, p.args, p.keywords))(functools.partial(functools.partial(capture, 1, a=1), 2, a=3))`},
	{"not flattened with attributes", `(lambda p: p.func is capture)(functools.partial(noted(), 2))`},
	{"subclass not flattened", `(lambda s: (repr(s).startswith('Sub(Sub('), s.args))(Sub(Sub(capture, 1), 2))`},
	{"subclass pickled", `[type(q).__name__ for q in roundtrip(Sub(capture, 1))]`},
	{"copy shares parts", `(lambda p, q: (q.args is p.args, q.keywords is p.keywords, q.note is p.note))(*(lambda p: (p, copy.copy(p)))(noted()))`},
	{"dict undeletable", `(lambda p: delattr(p, '__dict__'))(noted())`},
	{"attribute deleted", `(lambda p: (delattr(p, 'note'), p.__dict__))(noted())`},
	{"missing attribute delete", `delattr(noted(), 'nope')`},
	{"no arguments", `functools.partial()`},
	{"not callable", `functools.partial(1)`},
	{"partialmethod bound", `Host().pm(2)`},
	{"partialmethod over partial", `(lambda h: (h.pp(3)[0][1] is h, type(h.pp).__name__, h.pp.__self__ is h))(Host())`},
	{"partialmethod unbound", `(Host.pp.__isabstractmethod__, Host.pp._partialmethod is Host.__dict__['pp'], type(Host.pp).__name__)`},
	{"map reduce", `(lambda m: (m.__reduce__()[0], [list(q) for q in roundtrip(m)]))(advanced(map(abs, [-1, -2, -3]), 1))`},
	{"filter reduce", `(lambda f: (f.__reduce__()[1][0], [list(q) for q in roundtrip(f)]))(advanced(filter(None, [0, 1, 0, 2, 3]), 1))`},
	{"zip reduce", `[list(q) for q in roundtrip(advanced(zip('abc', [1, 2, 3]), 1))]`},
	{"enumerate reduce", `(lambda e: (e.__reduce__()[1][1], [list(q) for q in roundtrip(e)]))(advanced(enumerate('xyz', 5), 1))`},
	{"str iterator reduce", `(lambda it: (it.__reduce__(), [list(q) for q in roundtrip(it)]))(advanced(iter('a\u03c0cd'), 2))`},
	{"str iterator exhausted", `(lambda it: (list(it), it.__reduce__()))(iter('ab'))`},
	{"str iterator setstate", `[(lambda it: (it.__setstate__(n), list(it))[1])(iter('abcd')) for n in (-2, 0, 2, 9)]`},
	{"bytes iterator reduce", `(lambda it: (it.__reduce__(), list(it), it.__reduce__()))(advanced(iter(b'xyz'), 1))`},
	{"range iterator reduce", `(lambda it: (it.__reduce__(), [list(q) for q in roundtrip(it)]))(advanced(iter(range(2, 20, 3)), 2))`},
	{"range iterator setstate", `(lambda it: (it.__setstate__(3), list(it))[1])(iter(range(5)))`},
	{"iterator copy", `(list(copy.copy(enumerate('ab'))), list(copy.deepcopy(map(abs, [-4]))))`},
	{"map protocol 0", `pickle.dumps(map(abs, ()), 0)[:30]`},
}

func TestFunctoolsPartialDifferential(t *testing.T) {
	pytesting.DiffCases(t, "functools_partial", functoolsPartialPrelude, functoolsPartialCases)
}
