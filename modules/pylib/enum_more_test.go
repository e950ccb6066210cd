package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// More differential cases of enum against CPython 3.6, beside TestEnum's:
// what the class body accepts and rejects, the functional API's edge
// cases, flag values past the named members, mixed-in data types and the
// member objects' own attributes.

const enumMorePrelude = pytesting.ShowRepr + `import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
class Opt(Flag):
    A = 1
    B = 2
class Fl(float, Enum):
    PI = 3.14159
    E = 2.71828
class Gaps(Flag):
    A = 1
    B = auto()
    C = 8
    D = auto()
class Odd(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
class Recur(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls(value)
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
def define(body, *bases):
    ns = {'auto': auto}
    names = []
    for i, b in enumerate(bases or (Enum,)):
        ns['B%d' % i] = b
        names.append('B%d' % i)
    exec('class T(%s):\n%s' % (', '.join(names), body), ns)
    return ns['T']
`

var enumMoreCases = []pytesting.Case{
	{"ignore is reserved in 3.6", `err(lambda: define("    _ignore_ = 'a'\n    A = 1"))`},
	{"other sunder reserved", `err(lambda: define("    _x_ = 2"))`},
	{"sunder hooks allowed", `list(define("    _create_pseudo_member_ = 1\n    A = 1"))`},
	{"next value after members", `list(define("    A = auto()\n    def _generate_next_value_(name, s, c, l): return 5\n    B = auto()"))`},
	{"dunder order", `list(define("    __order__ = 'A B'\n    A = 1\n    B = 2"))`},
	{"order with commas", `list(define("    _order_ = 'B, A'\n    B = 1\n    A = 2"))`},
	{"order as list", `err(lambda: list(define("    _order_ = ['A']\n    A = 1\n    B = 2")))`},
	{"reuse around dunder", `err(lambda: define("    A = 1\n    __x__ = 3\n    A = 2"))`},
	{"reuse around order", `err(lambda: define("    A = 1\n    _order_ = 'A'\n    A = 2"))`},
	{"mro with others", `err(lambda: define("    mro = 1\n    A = 2"))`},
	{"enum base not last", `err(lambda: define("    A = 1", Enum, str))`},
	{"functional empty string", `(list(Enum('X', '')), len(Enum('X', ())))`},
	{"functional not iterable", `err(lambda: Enum('X', 5))`},
	{"functional start five", `[m.value for m in Enum('X', 'a b', start=5)]`},
	{"functional str mixin", `(lambda T: (T.a.value, repr(T.b), T.a == '1', format(T.b, '>3')))(Enum('X', 'a b', type=str))`},
	{"functional names in tuple", `[m.name for m in Enum('X', ('p', 'q'))]`},
	{"functional pairs tuple", `[(m.name, m.value) for m in IntEnum('X', (('p', 7), ('q', 9)))]`},
	{"functional flag start", `[m.value for m in Flag('X', 'a b c', start=8)]`},
	{"functional module default", `(IntFlag('X', 'a').__module__, Flag('Y', 'b', module='m.n').__module__)`},
	{"bare enum lookup", `err(lambda: Enum(1))`},
	{"bare enum attribute", `(hasattr(Enum, 'RED'), err(lambda: Enum.RED)[0], getattr(Flag, 'RED', 7))`},
	{"bare enum container", `(len(Enum), list(Enum), str(Enum.__members__), list(Flag), len(IntFlag))`},
	{"reversed", `(list(Color.__reversed__()), list(Perm.__reversed__()))`},
	{"members missing key", `err(lambda: Color.__members__['PINK'])`},
	{"members get", `(Color.__members__.get('RED'), Color.__members__.get('PINK', 0), 'RED' in Color.__members__)`},
	{"member map repr", `repr(Color._member_map_)`},
	{"member dict", `sorted(Color.GREEN.__dict__.items(), key=lambda kv: kv[0])`},
	{"set value", `err(lambda: setattr(Color.RED, 'value', 3))`},
	{"delete name", `err(lambda: delattr(Color.RED, 'name'))`},
	{"member extra attribute", `(setattr(Color.RED, 'note', 'x'), Color.RED.note, Color(1).note)`},
	{"flag from members", `(str(Opt(3)), repr(Opt(3)), Opt(3).name, Opt(3) is Opt(3))`},
	{"flag bad bits", `(err(lambda: Opt(4)), err(lambda: Opt(7)))`},
	{"flag bad type", `err(lambda: Opt('x'))`},
	{"intflag float", `err(lambda: Perm(2.5))`},
	{"intflag big", `(repr(Perm(1 << 40)), repr(Perm((1 << 40) | 5)), str(Perm(1 << 33)))`},
	{"intflag negative or", `(repr(Perm.R | -1), repr(Perm.W & -1), repr(Perm.X ^ -2))`},
	{"intflag reduce", `(Perm(12).__reduce_ex__(2), Perm.R.__reduce_ex__(4))`},
	{"intflag pseudo members map", `(Perm(24), sorted(v for v in Perm._value2member_map_ if v > 7), [m.name for m in Perm])`},
	{"flag across classes", `err(lambda: Opt.A | Color.RED)`},
	{"intflag across classes", `(repr(Perm.R | Opt.A.value), err(lambda: Perm.R | 'x')[0])`},
	{"flag auto gaps", `[(m.name, m.value) for m in Gaps]`},
	{"flag format", `(format(Opt(3)), '{:>8}'.format(Opt.A), format(Perm(5), '04b'))`},
	{"unique flag", `err(lambda: unique(Flag('F', [('a', 1), ('b', 1)])))`},
	{"unique functional ok", `unique(Enum('F', 'a b')).__name__`},
	{"missing wrong type", `(Odd(9), Odd(1))`},
	{"float mixin", `(Fl.PI, format(Fl.PI, '.2f'), Fl.E + 1, Fl(2.71828), str(Fl.E), Fl.PI > Fl.E, isinstance(Fl.PI, float))`},
	{"float mixin bad", `err(lambda: Fl(1.0))`},
	{"unhashable alias", `(lambda T: (list(T), T.B is T.A, T([2])))(define('    A = [1]\n    B = [1]\n    C = [2]'))`},
	{"value equality across enums", `(Color.RED == Opt.A, Color.RED != Opt.A, Perm.X == 1, Perm.X == Opt.A)`},
	{"hash by name", `(hash(Opt.A) == hash('A'), hash(Color.BLUE) == hash('BLUE'), len({Color.RED: 1, 1: 2}))`},
	{"dict of members", `sorted(m.name for m in {Color.RED, Color.GREEN, Color.RED})`},
	{"class not ordered", `err(lambda: Color.RED <= Color.GREEN)`},
	{"class not ordered gt", `err(lambda: Opt.A > Opt.B)`},
	{"sorted error", `err(lambda: sorted(Color))`},
	{"intenum arithmetic type", `(lambda T: (T.a + T.a, type(T.a * 2).__name__, T.a << 2, abs(-T.a), T.a % 2, T.a // 2))(IntEnum('X', 'a', start=3))`},
	{"call with kwargs only", `err(lambda: Color(value=1))`},
	{"call enum value member", `(Color(Color.RED) is Color.RED, err(lambda: Color(Opt.A)))`},
	{"subclass with methods only", `(lambda B: (list(define('    X = 5', B)), define('    X = 5', B).X.twice()))(define('    def twice(self):\n        return self.value * 2'))`},
	{"subclass classmethod reached", `(lambda B: define('    Y = 2', B).first())(define('    @classmethod\n    def first(cls):\n        return list(cls)[0]'))`},
	{"member is instance", `(isinstance(Color.RED, Enum), isinstance(Opt.A, Enum), isinstance(Perm.R, Flag), isinstance(Color.RED, Flag), issubclass(Color, Flag))`},
	{"isinstance with tuple", `(isinstance(Perm.R, (Color, int)), isinstance('x', (Enum, str)))`},
	{"class bool", `(bool(Enum), bool(Flag('E', [])), bool(Color))`},
	{"auto value attribute", `(auto().value is auto().value, type(auto()).__name__, type(auto()).__module__)`},
	{"describe names", `(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__, Color.__module__)`},
	{"str enum methods", `(lambda T: (T.x.upper(), T.x + '!', T('b'), '%s' % T.x, '{}'.format(T.x)))(Enum('S', [('x', 'a'), ('y', 'b')], type=str))`},
	{"getitem on member list", `[Color[n] for n in ('BLUE', 'RED')]`},
	{"attribute on member", `err(lambda: Color.RED.nothing)`},
	{"functional bad items", `(err(lambda: Enum('X', [1, 2])), err(lambda: Enum('X', [('a',)])), err(lambda: Enum('X', {'a': 1, 3: 4})))`},
	{"functional bad type", `err(lambda: Enum('X', 'a b', type=5))`},
	{"functional duplicate names", `(err(lambda: Enum('X', 'a a')), err(lambda: Enum('X', [('a', 1), ('a', 2)])))`},
	{"functional reserved names", `(err(lambda: Enum('X', [('_a_', 1)])), err(lambda: Enum('X', [('mro', 1)])))`},
	{"functional intenum non int", `err(lambda: IntEnum('X', [('a', 'q')]))`},
	{"lookup odd values", `(err(lambda: Flag('F', 'a b')(None)), err(lambda: IntEnum('X', 'a')(None)), err(lambda: Enum('X', 'a')[None]), err(lambda: Enum('X', 'a b')(['a'])))`},
	{"intflag huge", `(repr(IntFlag('F', 'a b')(-(1 << 70))), repr(IntFlag('F', 'a b')((1 << 70) + 3)))`},
	{"unique not enum", `err(lambda: unique(5))`},
	{"missing recursion", `err(lambda: Recur(5))[0]`},
}

func TestEnumMore(t *testing.T) {
	pytesting.DiffCases(t, "enum_more", enumMorePrelude, enumMoreCases)
}
