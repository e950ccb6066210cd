# Member filing in EnumMeta: aliases found by ==, fields named like
# members, classes that supply _value_ themselves, _convert's order.
import enum
import sys


class Floats(enum.Enum):
    A = 1.0
    B = 1          # == 1.0: an alias of A
    C = float('nan')
    D = float('nan')  # nan != nan: a member of its own
    E = 2


print(list(Floats.__members__.items()))
print(Floats.B is Floats.A, Floats.C is Floats.D, len(Floats))

nan = float('nan')


class SameNan(enum.Enum):
    X = nan
    Y = nan  # the same object, still not == itself: a member of its own


print(SameNan.X is SameNan.Y, [m.name for m in SameNan])


class Odd(object):
    """Equal to every Odd, hashed apart: found by comparison."""
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Odd)

    def __hash__(self):
        return self.n

    def __repr__(self):
        return 'Odd(%d)' % self.n


class Odds(enum.Enum):
    P = Odd(1)
    Q = Odd(2)


print(Odds.Q is Odds.P, list(Odds.__members__))


class Unhashable(enum.Enum):
    L1 = [1]
    L2 = [1]
    L3 = [2]


print([m.name for m in Unhashable], Unhashable.L2 is Unhashable.L1,
      Unhashable([2]))


class Fields(enum.Enum):
    name = 1
    value = 2
    other = 3


print(Fields.name, Fields.value, Fields.other, Fields(2).name)
print('name' in Fields.__dict__, 'other' in Fields.__dict__)


class Preset(int):
    _value_ = 'class level'


class PresetEnum(Preset, enum.Enum):
    A = 5


print(repr(PresetEnum.A._value_), PresetEnum.A.value)


class Looker(int):
    def __getattr__(self, name):
        if name == '_value_':
            return 'looked up'
        raise AttributeError(name)


class LookerEnum(Looker, enum.Enum):
    A = 7


print(repr(LookerEnum.A._value_))


class Inits(enum.Enum):
    ONE = (1, 'one')
    TWO = (2, 'two')

    def __init__(self, number, word):
        self.word = word


print(Inits.ONE.word, Inits.TWO.value)


class Reused(enum.IntEnum):
    A = 1
    B = 2
    C = 1


print(list(Reused), Reused.C, Reused(1).name)

mod = type(sys)('fake_constants')
mod.K_B = 2
mod.K_A = 2
mod.K_C = 1
mod.OTHER = 9
sys.modules['fake_constants'] = mod
K = enum.IntEnum._convert('K', 'fake_constants',
                          lambda name: name.startswith('K_'))
print(list(K.__members__.items()), mod.K_A, mod.K is K)
mod.S_X = 'b'
mod.S_Y = 1
S = enum.Enum._convert('S', 'fake_constants', lambda name: name.startswith('S_'))
print(list(S.__members__))
try:
    enum.IntEnum._convert('Bad', 'no_such_module', lambda name: True)
except KeyError as exc:
    print('KeyError', exc)

# The functional API's names: checks as a class body's.
for names in ([('A', 1), ('A', 2)], [('A', 1), ('_b', 2), ('C', 1)],
              [('A', 1), ('_sunder_', 2)], {'X': 1, 'Y': 2.5, 'Z': 'z'},
              [('A', enum.auto()), ('B', enum.auto())], 'P Q R', ['P', 'Q'],
              [('G', 3)], [('mro', 1)], [('H', (1, 2)), ('I', None)]):
    try:
        made = enum.Enum('Made', names)
        print(list(made.__members__.items()),
              sorted(k for k in vars(made) if not k.startswith('_')))
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
