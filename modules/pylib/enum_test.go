package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of enum (Lib/modules/enum.py) against CPython 3.6:
// class statements, the functional API, Flag/IntFlag arithmetic and
// reprs, format(), the errors of bad definitions and lookups.

const enumPrelude = pytesting.ShowRepr + `import enum, copy, operator, types
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, EnumMeta
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Shape(IntEnum):
    SQUARE = 4
    CIRCLE = 1
    ALIAS = 4
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = 3
class Auto(Enum):
    ONE = auto()
    TWO = auto()
    SEVEN = 7
    EIGHT = auto()
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
class StrE(str, Enum):
    X = 'ex'
    Y = 'why'
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    def describe(self):
        return self.name, self.value
    @classmethod
    def favorite(cls):
        return cls.HAPPY
    def __str__(self):
        return 'my custom str! %s' % self.value
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        return None
class Ordered(Enum):
    _order_ = 'B A'
    B = 2
    A = 1
class Odd(Enum):
    name = 1
    value = 2
class Tuple(Enum):
    P = (1, 2)
    Q = [1]
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
Animal = Enum('Animal', 'ANT BEE CAT')
class AutoNumber(Enum):
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
class Numbered(AutoNumber):
    FIRST = ()
    SECOND = ()
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
class DuplicateFreeEnum(Enum):
    def __init__(self, *args):
        cls = self.__class__
        if any(self.value == e.value for e in cls):
            raise ValueError("aliases not allowed: %r --> %r" % (self.name, cls(self.value).name))
class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
import sys
sigmod = types.ModuleType('sigmod')
sigmod.SIGA, sigmod.SIGB, sigmod.OTHER = 2, 1, 3
sys.modules['sigmod'] = sigmod
`

var enumCases = []pytesting.Case{
	{"repr member", `(repr(Color.RED), str(Color.RED), repr(Color))`},
	{"name value", `(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)`},
	{"iteration", `list(Color)`},
	{"len", `(len(Color), len(Shape), len(Perm), len(Opt))`},
	{"alias identity", `(Color.CRIMSON is Color.RED, Color.CRIMSON, Color['CRIMSON'])`},
	{"members mapping", `Color.__members__`},
	{"members items", `list(Color.__members__.items())`},
	{"members readonly", `err(lambda: operator.setitem(Color.__members__, 'X', 1))`},
	{"members type", `type(Color.__members__) is types.MappingProxyType`},
	{"lookup by value", `(Color(1), Color(3), Shape(4))`},
	{"lookup member", `Color(Color.GREEN)`},
	{"lookup by name", `(Color['RED'], Color['GREEN'])`},
	{"bad value", `err(lambda: Color(7))`},
	{"bad value str", `err(lambda: Color('RED'))`},
	{"bad name", `err(lambda: Color['PINK'])`},
	{"bad attribute", `(hasattr(Color, 'PINK'), getattr(Color, 'PINK', 0))`},
	{"isinstance", `(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), isinstance(Shape.CIRCLE, int), isinstance(Color, EnumMeta), type(Color.RED) is Color)`},
	{"issubclass", `(issubclass(Color, Enum), issubclass(Shape, IntEnum), issubclass(Shape, int), issubclass(Perm, Flag), issubclass(IntFlag, int), issubclass(Perm, IntEnum))`},
	{"type of class", `(type(Color), type(Enum), EnumMeta.__name__)`},
	{"contains", `(Color.RED in Color, Shape.CIRCLE in Color, 1 in Color, 'RED' in Color)`},
	{"equality", `(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Shape.CIRCLE == 1, Shape.SQUARE == 4.0)`},
	{"identity", `(Color.RED is Color['RED'] is Color(1))`},
	{"ordering error", `err(lambda: Color.RED < Color.GREEN)`},
	{"ordering error ge", `err(lambda: Color.RED >= 1)`},
	{"intenum ordering", `(Shape.CIRCLE < Shape.SQUARE, sorted([Shape.SQUARE, Shape.CIRCLE]), Shape.CIRCLE < 2)`},
	{"hash", `(hash(Color.RED) == hash('RED'), hash(Shape.CIRCLE) == hash(1), len({Color.RED, Color.CRIMSON, Color.GREEN}))`},
	{"dict key", `({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], {1: 'one'}[Shape.CIRCLE])`},
	{"intenum arithmetic", `(Shape.CIRCLE + 1, Shape.SQUARE * 2, -Shape.CIRCLE, Shape.SQUARE // 3, Shape.SQUARE | 1, type(Shape.CIRCLE + 1).__name__)`},
	{"intenum int", `(int(Shape.SQUARE), float(Shape.CIRCLE), [10, 20, 30][Shape.CIRCLE], 'abc'[Shape.CIRCLE])`},
	{"str and repr intenum", `(str(Shape.CIRCLE), repr(Shape.CIRCLE), repr(Shape), Shape.ALIAS)`},
	{"format enum", `(format(Color.RED), format(Color.RED, '>12'), '{}'.format(Color.RED), '{:^12}|'.format(Color.GREEN), '%s' % Color.BLUE)`},
	{"format intenum", `(format(Shape.CIRCLE), format(Shape.SQUARE, '03d'), '{:x}'.format(Shape.SQUARE), '{}'.format(Shape.CIRCLE), '%d %s %r' % (Shape.SQUARE, Shape.SQUARE, Shape.SQUARE))`},
	{"format strenum", `(format(StrE.X), format(StrE.Y, '>5'), str(StrE.X), repr(StrE.X), StrE.X == 'ex', StrE.X.upper(), StrE('why'))`},
	{"format custom str", `(str(Mood.HAPPY), format(Mood.HAPPY), '{}'.format(Mood.SAD))`},
	{"methods", `(Mood.HAPPY.describe(), Mood.favorite(), Mood.SAD.name)`},
	{"bool", `(bool(Color.RED), bool(Shape.CIRCLE), bool(Color), bool(Opt(0)), bool(Perm(0)))`},
	{"auto values", `list(Auto.__members__.items())`},
	{"auto named", `(Named.NORTH.value, Named.SOUTH.value)`},
	{"auto flag", `[(m.name, m.value) for m in Opt]`},
	{"auto repr", `repr(auto()).startswith('<enum.auto object at ')`},
	{"tuple values init", `(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet.MERCURY.radius)`},
	{"tuple and list values", `(Tuple.P.value, Tuple((1, 2)), Tuple([1]), Tuple.Q)`},
	{"missing hook", `(Missing('a'), err(lambda: Missing('b')), err(lambda: Missing(2)))`},
	{"order attr", `(list(Ordered), '_order_' in Ordered.__dict__)`},
	{"order mismatch", `err(lambda: define('    _order_ = "A B"\n    B = 1\n    A = 2'))`},
	{"members named name value", `(Odd.name, Odd.value, Odd.name.name, Odd.value.value, Odd(2))`},
	{"reuse key", `err(lambda: define('    X = 1\n    X = 2'))`},
	{"key already defined", `err(lambda: define('    def X(self): pass\n    X = 2'))[1].split(' at ')[0]`},
	{"reuse key method", `err(lambda: define('    X = 1\n    def X(self): pass'))`},
	{"sunder reserved", `err(lambda: define('    _foo_ = 1'))`},
	{"mro member", `err(lambda: define('    mro = 1'))`},
	{"extend", `err(lambda: define('    PURPLE = 9', Color))`},
	{"extend empty", `(lambda T: (list(T), T.__mro__[1] is Enum))(define('    A = 1', define('    def f(self): return 1')))`},
	{"mixin order", `err(lambda: define('    A = 1', Enum, int))`},
	{"reassign member", `err(lambda: setattr(Color, 'RED', 5))`},
	{"delete member", `err(lambda: delattr(Color, 'RED'))`},
	{"set other attr", `(setattr(Color, 'extra', 5), Color.extra, delattr(Color, 'extra'), hasattr(Color, 'extra'))`},
	{"member attr readonly", `err(lambda: setattr(Color.RED, 'name', 'x'))`},
	{"unique ok", `unique(Perm) is Perm`},
	{"unique error", `err(lambda: unique(Color))`},
	{"unique error many", `err(lambda: unique(define('    A = 1\n    B = 1\n    C = 2\n    D = 2')))`},
	{"functional str", `(list(Animal), Animal.ANT.value, repr(Animal), Animal.__module__, Animal.__qualname__)`},
	{"functional commas", `list(Enum('X', 'a, b,c'))`},
	{"functional list", `[(m.name, m.value) for m in Enum('X', ['a', 'b'])]`},
	{"functional pairs", `[(m.name, m.value) for m in Enum('X', [('a', 10), ('b', 'bee')])]`},
	{"functional mapping", `[(m.name, m.value) for m in Enum('X', {'a': 5, 'b': 6})]`},
	{"functional start", `[(m.name, m.value) for m in IntEnum('X', 'a b', start=10)]`},
	{"functional start zero", `[m.value for m in Enum('X', 'a b c', start=0)]`},
	{"functional module qualname", `(lambda T: (T.__module__, T.__qualname__, T.__name__))(Enum('X', 'a', module='mymod', qualname='Outer.X'))`},
	{"functional type", `(lambda T: (issubclass(T, int), T.a + 1, repr(T.a), T.__mro__[1].__name__))(Enum('X', 'a b', type=int))`},
	{"functional intflag", `(lambda T: (list(T), repr(T.a | T.c)))(IntFlag('X', 'a b c'))`},
	{"functional flag", `(lambda T: [m.value for m in T])(Flag('X', 'a b c d'))`},
	{"functional doc", `Enum('X', 'a').__doc__`},
	{"call with names on member class", `err(lambda: Color('X', 'a b'))`},
	{"class doc", `(Color.__doc__, [type(c.__doc__).__name__ for c in (Enum, Flag, IntFlag, IntEnum)])`},
	{"dir member", `dir(Color.RED)`},
	{"dir member methods", `dir(Mood.HAPPY)`},
	{"copy", `(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN, copy.copy(Perm.R) is Perm.R)`},
	{"reduce", `Color.RED.__reduce_ex__(2)`},
	{"flag repr", `(repr(Perm.R), repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(7)), str(Perm(0)), repr(Perm(0)))`},
	{"intflag ops", `(Perm.R | Perm.W, Perm.R | 8, 8 | Perm.R, Perm(7) & Perm.R, Perm.R ^ Perm.W, Perm.R ^ 4, type(Perm.R | 2).__name__)`},
	{"intflag invert", `(~Perm.R, ~Perm(0), ~(Perm.R | Perm.W), repr(~Perm.X))`},
	{"intflag negative", `(repr(Perm(-1)), repr(Perm(-8)), str(Perm(-2)))`},
	{"intflag pseudo", `(repr(Perm(8)), repr(Perm(13)), str(Perm(16)), Perm(9) is Perm(9), Perm(8).name)`},
	{"intflag int ops", `(Perm.R + 1, Perm.R * Perm.W, int(Perm(7)), Perm.R == 4, Perm.R < 5, type(Perm.R + 1).__name__)`},
	{"intflag contains", `(Perm.R in Perm(6), Perm.X in Perm(6), Perm.R in Perm)`},
	{"intflag bad value", `err(lambda: Perm('x'))`},
	{"intflag format", `(format(Perm.R | Perm.W), format(Perm.R, 'b'), '{:>4}'.format(Perm.W), '%d' % (Perm.R | Perm.X))`},
	{"flag ops", `(Opt.A | Opt.B, Opt.AB & Opt.A, Opt.A ^ Opt.AB, ~Opt.A, ~Opt.AB, repr(~Opt(0)))`},
	{"flag repr combos", `(repr(Opt.A | Opt.C), str(Opt.A | Opt.C), repr(Opt.AB | Opt.C), repr(Opt(0)), str(Opt(0)))`},
	{"flag contains", `(Opt.A in Opt.AB, Opt.C in Opt.AB, Opt.AB in (Opt.A | Opt.B | Opt.C))`},
	{"flag contains error", `err(lambda: 1 in Opt.A)`},
	{"flag with int", `err(lambda: Opt.A | 1)`},
	{"flag bad value", `err(lambda: Opt(8))`},
	{"flag negative", `(repr(Opt(-1)), repr(Opt(-2)))`},
	{"flag bool", `(bool(Opt.A), bool(Opt.A & Opt.B))`},
	{"flag auto bad", `err(lambda: define("    A = 'x'\n    B = auto()", Flag))`},
	{"flag names", `[m.name for m in Opt]`},
	{"intflag iter no pseudo", `(Perm(8), list(Perm))`},
	{"enum new member", `(Color.__new__ is Enum.__new__, Color.__new__(Color, 2))`},
	{"isinstance subclass check", `(isinstance(1, Color), isinstance(Perm.R, IntEnum), isinstance(Perm.R, Flag), isinstance(Shape.CIRCLE, Flag))`},
	{"member objclass", `(Color.RED.__objclass__ is Color, Color.RED.__class__)`},
	{"class attributes", `(Color._member_names_, list(Color._value2member_map_), Color._member_type_, Shape._member_type_)`},
	{"member in list", `(Color.RED in [Color.RED], Shape.CIRCLE in [1], [Color.GREEN].index(Color.GREEN))`},
	{"enum getitem non str", `err(lambda: Color[1])`},
	{"intenum bad value", `err(lambda: Shape(2))`},
	{"intenum bad type", `err(lambda: Shape('1'))`},
	{"intenum non int member", `err(lambda: define("    A = 'x'", IntEnum))`},
	{"float value lookup", `(Color(1.0), Shape(4.0))`},
	{"unhashable value", `(lambda T: (T([1]), T.A.value))(define('    A = [1]\n    B = [2]'))`},
	{"generate next value", `(Enum._generate_next_value_('x', 1, 0, []), Enum._generate_next_value_('x', 1, 2, [1, 'a']), Flag._generate_next_value_('x', 1, 2, [1, 2]), Flag._generate_next_value_('x', 1, 0, []))`},
	{"convert", `(lambda T: (list(T), T.__module__, sigmod.SIGA, sigmod.Sig is T, sigmod.OTHER))(IntEnum._convert('Sig', 'sigmod', lambda n: n.startswith('SIG')))`},
	{"all", `enum.__all__`},
	{"descriptor methods kept", `(lambda T: (T.A.double(), T.B.double(), list(T)))(define('    A = 1\n    B = 2\n    def double(self):\n        return self.value * 2'))`},
	{"dunder names not members", `(lambda T: (list(T), T.__x__))(define('    __x__ = 5\n    A = 1'))`},
	{"staticmethod and property", `(lambda T: (T.f(), T.A.p, list(T)))(define('    A = 1\n    f = staticmethod(lambda: 9)\n    p = property(lambda self: self.value + 1)'))`},
	{"getattr dunder", `hasattr(Color, '__foo__')`},
	{"members order with aliases", `list(Shape.__members__)`},
	{"len members aliases", `(len(Shape.__members__), len(Shape))`},
	{"enum pickle methods", `(Color.__reduce_ex__ is Enum.__reduce_ex__, Shape.ALIAS.__reduce_ex__(2))`},
	{"str repr of class members", `[str(m) for m in Perm]`},
	{"dir intenum member", `(dir(Shape.CIRCLE), dir(Perm.R) == dir(Shape.CIRCLE))`},
	{"int attributes", `(Shape.SQUARE.real, Shape.SQUARE.bit_length(), Perm.R.numerator, Shape.CIRCLE.to_bytes(2, 'big'))`},
	{"intenum in set", `({1, 2} & {Shape.CIRCLE}, Shape.CIRCLE in {1}, sorted({Shape.SQUARE: 1, Shape.CIRCLE: 2}))`},
	{"members of mixin str", `(StrE.X + '!', StrE.Y.startswith('w'), len(StrE.X), sorted(StrE, key=len))`},
	{"enum as default arg", `(lambda c=Color.GREEN: c)()`},
	{"howto autonumber", `(list(Numbered), Numbered.SECOND.value, Numbered(1))`},
	{"howto ordered", `(Grade.A >= Grade.B, Grade.A < Grade.B, sorted(Grade), err(lambda: Grade.A > 1))`},
	{"howto duplicate free", `err(lambda: define('    RED = 1\n    GRENE = 1', DuplicateFreeEnum))`},
	{"howto bytes mixin", `(Coordinate.PY, Coordinate(1), Coordinate.PY.label, repr(Coordinate.PX), Coordinate.PX == b'\x00', bytes(Coordinate.PY))`},
	{"members keys values", `(list(Grade.__members__.keys()), list(Grade.__members__.values()), 'A' in Grade.__members__, len(Grade.__members__))`},
	{"intenum mro", `Shape.CIRCLE.__class__.__mro__`},
}

func TestEnum(t *testing.T) {
	pytesting.DiffCases(t, "enum", enumPrelude, enumCases)
}
