package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of reprlib (Lib/modules/reprlib.py) against CPython
// 3.6: the Repr limits, per-type dispatch, the module-level repr and the
// recursive_repr decorator.

const reprlibPrelude = pytesting.ShowRepr + `import reprlib, array, collections
R = reprlib.Repr
def tight(**kw):
    r = R()
    for k, v in kw.items():
        setattr(r, k, v)
    return r
class Boom:
    def __repr__(self):
        raise ValueError('no')
class Long:
    def __repr__(self):
        return 'L' * 50
class Node:
    def __init__(self):
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % (self.kids,)
class Star(list):
    @reprlib.recursive_repr('*')
    def __repr__(self):
        """doc here"""
        return '<' + ','.join(map(repr, self)) + '>'
class Mine(R):
    def repr_float(self, x, level):
        return 'F%d' % level
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
`

var reprlibCases = []pytesting.Case{
	{"all", `(reprlib.__all__, reprlib.repr is not None, isinstance(reprlib.aRepr, R))`},
	{"defaults", `sorted(vars(R()).items())`},
	{"short_values", `[reprlib.repr(v) for v in (1, 'ab', 2.5, None, True, b'xy', [], (), {}, set(), frozenset())]`},
	{"long_str", `(reprlib.repr('a' * 100), reprlib.repr('x' * 30), reprlib.repr('x' * 29), reprlib.repr("'" * 40))`},
	{"long_int", `(reprlib.repr(10 ** 100), reprlib.repr(-10 ** 39), reprlib.repr(10 ** 39))`},
	{"lists", `(reprlib.repr(list(range(6))), reprlib.repr(list(range(7))), reprlib.repr([[]]))`},
	{"tuples", `(reprlib.repr((1,)), reprlib.repr(tuple(range(10))), reprlib.repr(((1,),)))`},
	{"nesting", `(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr([[[[[[[]]]]]]]), reprlib.repr(((((((((1,),),),),),),),)))`},
	{"dicts", `(reprlib.repr({i: i for i in range(10)}), reprlib.repr({'b': 1, 'a': [1, 2]}), reprlib.repr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))`},
	{"dict_unsortable", `reprlib.repr({1: 'a', 'b': 2})`},
	{"sets", `(reprlib.repr(set(range(10))), reprlib.repr({3, 1, 2}), reprlib.repr(frozenset(range(8))), reprlib.repr(frozenset({5})))`},
	{"set_unsortable", `reprlib.repr({1, 'a'}) in ("{1, 'a'}", "{'a', 1}")`},
	{"deque", `(reprlib.repr(collections.deque(range(10))), reprlib.repr(collections.deque()))`},
	{"arrays", `(reprlib.repr(array.array('i')), reprlib.repr(array.array('i', range(10))), reprlib.repr(array.array('d', [1.5])))`},
	{"instance_long", `reprlib.repr(Long())`},
	{"instance_raises", `reprlib.repr(Boom()).startswith('<Boom instance at 0x')`},
	{"other_limit", `tight(maxother=10).repr(Long())`},
	{"limits_small", `(tight(maxlist=2).repr([1, 2, 3]), tight(maxtuple=0).repr((1, 2)), tight(maxdict=1).repr({1: 2, 3: 4}))`},
	{"level_zero", `(tight(maxlevel=0).repr([1]), tight(maxlevel=0).repr({1: 2}), tight(maxlevel=0).repr(()), tight(maxlevel=0).repr((1,)), tight(maxlevel=1).repr([[1], 2]))`},
	{"string_limits", `(tight(maxstring=5).repr('abcdefgh'), tight(maxstring=3).repr('abcdef'), tight(maxstring=0).repr('abc'), tight(maxstring=2).repr('abcdef'))`},
	{"long_limits", `(tight(maxlong=5).repr(123456789), tight(maxlong=0).repr(123456), tight(maxlong=3).repr(-12345))`},
	{"repr1_level", `(R().repr1([1, [2]], 1), R().repr1('ab', 0))`},
	{"dispatch_subclass", `(Mine().repr(1.5), Mine().repr([1.5, [2.5]]))`},
	{"dispatch_spaces", `(lambda r: (setattr(r, 'repr_my_thing', lambda x, l: 'MT%d' % l), r.repr(type('my thing', (), {})()))[1])(R())`},
	{"recursive", `(lambda n: (n.kids.append(n), repr(n))[1])(Node())`},
	{"recursive_fill", `(lambda s: (s.append(1), s.append(s), repr(s))[2])(Star())`},
	{"recursive_nested", `(lambda a, b: (a.kids.append(b), b.kids.append(a), repr(a))[2])(Node(), Node())`},
	{"recursive_wraps", `(Star.__repr__.__name__, Star.__repr__.__doc__, Star.__repr__.__qualname__, Star.__repr__.__module__, Star.__repr__.__annotations__)`},
	{"recursive_raises", `(lambda: reprlib.recursive_repr()(lambda self: 1 / 0)(3))()`},
	{"repr_bad_arg", `R().repr()`},
	{"repr_str_bad_level", `R().repr1([1], None)`},
	{"bool_and_none", `reprlib.repr([True, None, ...])`},
}

func TestReprlib(t *testing.T) {
	pytesting.DiffCases(t, "reprlib", reprlibPrelude, reprlibCases)
}
