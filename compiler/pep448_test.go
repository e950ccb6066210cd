package compiler_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// pep448Prelude is put before every PEP 448 case: a function that shows
// its arguments (keywords sorted: gpython's dicts have no order), and a
// generator that says when it runs.
const pep448Prelude = `def f(*a, **k):
    return a, sorted(k.items())
def g(a, b=2, *c, d=4, **e):
    return a, b, c, d, sorted(e.items())
def gen(tag, n):
    print('start', tag)
    for i in range(n):
        yield tag + str(i)
def v(x):
    print('eval', x)
    return x
class M:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
class C:
    def meth(self, *a, **k):
        return a, sorted(k.items())
`

// pep448Cases are PEP 448 programs (run after pep448Prelude), compared
// with CPython 3.6: values, evaluation order, errors and their lines.
var pep448Cases = [][2]string{
	{"call two stars", "print(f(*[1, 2], *(3,)))"},
	{"call star positional star", "print(f(*[1], 2, *'ab'))"},
	{"call positional after star", "print(f(*[1, 2], 3))"},
	{"call positional star positional", "print(f(0, *[1], 2, 3))"},
	{"call two double stars", "print(f(**{'a': 1}, **{'b': 2}))"},
	{"call keyword after double star", "print(f(**{'a': 1}, b=2))"},
	{"call keyword between double stars", "print(f(**{'a': 1}, b=2, **{'c': 3}))"},
	{"call everything", "print(f(1, *[2], 3, *(4,), x=5, **{'y': 6}, z=7, **{'w': 8}))"},
	{"call keywords after star", "print(f(*[1], *[2], y=1, **{'z': 2}))"},
	{"call bytes and bytearray", "print(f(*b'ab', *bytearray(b'\\x01')))"},
	{"call generators", "print(f(*gen('a', 2), *gen('b', 1)))"},
	{"call order", "print(f(*gen('a', 1), v(1), *gen('b', 1), k=v(2), **v({'m': 3})))"},
	{"call order keywords after stars iterated", "print(f(v(0), *gen('x', 1), *gen('y', 1), k=v(9)))"},
	{"call empty stars", "print(f(*[], *(), *''))"},
	{"call named params", "print(g(*[1], *[2, 3], d=5, **{'z': 0}))"},
	{"call fill params", "print(g(**{'a': 1}, **{'b': 5}))"},
	{"call method", "print(C().meth(*[1], *[2], k=3))"},
	{"call builtin", "print(*[1, 2], *'ab', sep='-')"},
	{"call builtin max", "print(max(*[3, 9], *(4,)))"},
	{"call class", "class P:\n    def __init__(self, *a):\n        self.a = a\nprint(P(*[1], *[2]).a)"},
	{"call mapping", "print(f(**M(), **{'r': 1}))"},
	{"call nested", "print(f(*f(*[1], *[2])[0], *[3]))"},
	{"call chained", "print(f(*[1], *[2])[0][1], len(f(*[1], *[2], *[3])[0]))"},
	{"call multiline", "print(f(*[1],\n      2,  # comment\n      *[3],\n      x=4))\nprint(v('after'))"},
	{"call error not iterable", "print(f(*[1], *1))"},
	{"call error not iterable first", "print(f(*None, *[1]))"},
	{"call error not iterable class", "print(C(*[], *1))"},
	{"call error not iterable builtin", "print(len(*[], *1))"},
	{"call error not iterable method", "print(C().meth(*[], *1))"},
	{"call error not iterable instance", "print(C()(*[], *1))"},
	{"call error not mapping", "print(f(**{}, **1))"},
	{"call error not mapping list", "print(f(**{}, **[1]))"},
	{"call error duplicate double stars", "print(f(**{'x': 1}, **{'x': 2}))"},
	{"call error duplicate keyword", "print(f(**{'x': 1}, x=2))"},
	{"call error duplicate keyword before", "print(f(x=2, **{'y': 1}, **{'x': 1}))"},
	{"call error duplicate mapping", "print(f(**M(), p=1))"},
	{"call error duplicate argument", "print(g(*[1], *[2], a=3))"},
	{"call error missing argument", "print(g(*[], *[]))"},
	{"call error raised inside iteration", "def bad():\n    yield 1\n    raise ValueError('boom')\nprint(f(*[0], *bad()))"},
	{"call error line", "x = [1]\n\nprint(f(*x,\n        *None))"},
	{"list two stars", "print([*[1, 2], *(3,)])"},
	{"list single star", "print([*range(3)])"},
	{"list mixed", "print([0, *'ab', 1, 2, *b'c'])"},
	{"list generators order", "print([v(1), *gen('a', 2), v(2), *gen('b', 1)])"},
	{"list trailing comma", "print([*[1], *[2],])"},
	{"list error", "print([*[1], *1])"},
	{"tuple display", "print((*[1], *'ab'), (*range(2),))"},
	{"tuple bare", "t = *[1], 2, *[3]\nprint(t)"},
	{"tuple bare statement", "*gen('s', 1), v(5)"},
	{"tuple error", "print((*[1], *None))"},
	{"set display", "print(sorted({*[1, 2], *[2, 3], 4}))"},
	{"set single", "print(sorted({*'aab'}))"},
	{"set error", "print({*1})"},
	{"set unhashable", "print({*[[1]]})"},
	{"dict two", "print(sorted({**{'a': 1}, **{'b': 2}}.items()))"},
	{"dict later wins", "print(sorted({'a': 1, **{'a': 2}, 'b': 3, **{'b': 4}}.items()))"},
	{"dict mapping", "print(sorted({**M()}.items()))"},
	{"dict order", "d = {v('k'): v(1), **v({'x': 2}), v('j'): v(3)}\nprint(sorted(d.items()))"},
	{"dict error", "print({**{}, **1})"},
	{"dict error list", "print({**[1]})"},
	{"nested displays", "print([*[*[1], *[2]], *{*[3]}, *(*[4],)])"},
	{"in function", "def h(a, b):\n    return [*a, *b], (*a, *b), f(*a, *b)\nprint(h([1], (2,)))"},
	{"in class body", "class K:\n    a = [1]\n    b = [*a, *a]\nprint(K.b)"},
	{"in comprehension", "print([[*x, *x] for x in ([1], [2])])"},
	{"in lambda", "print((lambda *a: [*a, *a])(1, 2))"},
	{"targets untouched", "a, *b = [*[1, 2], *[3]]\nprint(a, b)\n[c, *d] = *'xy', 'z'\nprint(c, d)\nfor e, *h in [(*[1], *[2, 3])]:\n    print(e, h)"},
	{"exec and eval", "print(eval('[*[1], *[2]]'))\nexec('print(f(*[1], *[2]))')"},
	{"builtin compile", "print(eval(compile('(*[1], *[2])', 's', 'eval')))"},
	{"shadowed builtins", "list = tuple = dict = set = None\nprint([*[1], *[2]], (*[3],), {**{'a': 1}}, {*[4]})"},
	{"in f-string", "a, b = [1], (2,)\nprint(f\"{[*a, *b]} {f(*a, *b)[0]!r:>8} { {**{'x': 1}, 'y': 2}['y'] }\")"},
	{"trailing comma after star", "print(f(*[1],), f(**{'a': 1},), f(1, *[2], **{'b': 3},))"},
	{"syntax error after star", "print(f(*a, *b)) +"},
	{"syntax error comprehension", "print([*a for a in b])"},
	{"syntax error double star after", "print(f(**a, *b))"},
	{"syntax error positional after double star", "print(f(**a, b))"},
}

// TestPEP448MatchesCPython36 runs every PEP 448 case under gpython and
// compares its outcome with CPython 3.6's.
func TestPEP448MatchesCPython36(t *testing.T) {
	cases := make([][2]string, len(pep448Cases))
	seen := map[string]bool{}
	for i, c := range pep448Cases {
		if seen[c[0]] {
			t.Fatalf("duplicate case name %q", c[0])
		}
		seen[c[0]] = true
		cases[i] = [2]string{c[0], pep448Prelude + c[1] + "\n"}
	}
	want := expectations(t, "testdata/pep448.json", *update, cases)
	for _, c := range cases {
		t.Run(c[0], func(t *testing.T) {
			assert.Equal(t, want[c[0]], runGpython(t, c[1]), "source:\n%s", c[1])
		})
	}
}
