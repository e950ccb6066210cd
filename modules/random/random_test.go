package pyrandom_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// prelude runs under gpython-ssl and CPython 3.6 alike. Each case seeds
// its own generator, so that the cases do not depend on one another.
const prelude = `
import random

` + pytesting.ShowRepr + `
def seeded(seed, name, *args, **kw):
    random.seed(seed)
    return getattr(random, name)(*args, **kw)

def draws(seed, name, n, *args, **kw):
    r = random.Random(seed)
    f = getattr(r, name)
    return [f(*args, **kw) for _ in range(n)]

def shuffled(seed, n):
    r = random.Random(seed)
    x = list(range(n))
    r.shuffle(x)
    return x

class Half(random.Random):
    def random(self):
        return 0.5

class Counter(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)
    def random(self):
        self.calls += 1
        return super().random()

class OnlyBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1

class Deeper(Counter):
    pass

class OwnBits(random.Random):
    def random(self):
        return 0.25
    def getrandbits(self, k):
        return 1

def state_round_trip(seed):
    r = random.Random(seed)
    r.gauss(0, 1)
    st = r.getstate()
    a = [r.random(), r.gauss(0, 1), r.getrandbits(70)]
    r.setstate(st)
    return a == [r.random(), r.gauss(0, 1), r.getrandbits(70)]

def state_shape(seed):
    st = random.Random(seed).getstate()
    return st[0], type(st[1]).__name__, len(st[1]), st[1][:3], st[1][-1], st[2]

def gauss_cache(seed):
    r = random.Random(seed)
    first = r.gauss(0, 1)
    cached = r.gauss_next
    second = r.gauss(0, 1)
    return first, cached == second, r.gauss_next

def version2_state(seed):
    r = random.Random(seed)
    st = r.getstate()
    signed = tuple(w - 2**32 if w >= 2**31 else w for w in st[1][:-1]) + (st[1][-1],)
    r2 = random.Random()
    r2.setstate((2, signed, None))
    return r2.random() == r.random()

def bytearray_seed():
    b = bytearray(b"ab")
    random.seed(b)
    return len(b), random.random()

def sample_set():
    random.seed(5)
    return sorted(random.sample(frozenset(range(20)), 4))

def system_random():
    s = random.SystemRandom()
    x = s.random()
    n = s.randrange(10)
    b = s.getrandbits(12)
    return 0.0 <= x < 1.0, 0 <= n < 10, 0 <= b < 4096, s.seed(1)

def system_state():
    random.SystemRandom().getstate()

def unseeded():
    a = random.Random()
    b = random.Random()
    return a.random() != b.random()
`

var cases = []pytesting.Case{
	// the core generator and its seeding
	{"seed 42 random", `seeded(42, "random")`},
	{"seed 0 random", `draws(0, "random", 3)`},
	{"seed 1", `draws(1, "random", 2)`},
	{"seed negative is abs", `draws(-7, "random", 2) == draws(7, "random", 2)`},
	{"seed 2**32", `draws(2**32, "random", 2)`},
	{"seed 2**64-1", `draws(2**64 - 1, "random", 2)`},
	{"seed huge int", `draws(3**200, "random", 2)`},
	{"seed True", `draws(True, "random", 1)`},
	{"seed str", `draws("hello", "random", 2)`},
	{"seed empty str", `draws("", "random", 1)`},
	{"seed unicode str", `draws("żółw ☃", "random", 1)`},
	{"seed bytes", `draws(b"abc", "random", 2)`},
	{"seed bytearray grows", `bytearray_seed()`},
	{"seed float", `draws(1.5, "random", 2)`},
	{"seed negative float", `draws(-2.25, "random", 2)`},
	{"seed tuple", `draws((1, 2, 3.5), "random", 1)`},
	{"seed str version 1", `(random.seed("hello", version=1), random.random())[1]`},
	{"seed bytes version 1", `(random.seed(b"hi", version=1), random.random())[1]`},
	{"seed int version 1", `(random.seed(99, version=1), random.random())[1]`},
	{"seed None differs", `unseeded()`},
	{"seed unhashable", `random.seed([1, 2])`},
	{"Random(x) equals seed(x)", `random.Random(123).random() == seeded(123, "random")`},
	{"getrandbits small", `draws(3, "getrandbits", 5, 7)`},
	{"getrandbits 32", `draws(3, "getrandbits", 3, 32)`},
	{"getrandbits 33", `draws(3, "getrandbits", 3, 33)`},
	{"getrandbits 100", `draws(3, "getrandbits", 2, 100)`},
	{"getrandbits 1000", `draws(3, "getrandbits", 1, 1000)`},
	{"getrandbits 0", `random.getrandbits(0)`},
	{"getrandbits negative", `random.getrandbits(-1)`},
	{"getrandbits float", `random.getrandbits(1.5)`},
	{"getrandbits str", `random.getrandbits("8")`},
	// integers
	{"randrange stop", `draws(11, "randrange", 8, 100)`},
	{"randrange start stop", `draws(11, "randrange", 8, -5, 5)`},
	{"randrange step", `draws(11, "randrange", 8, 0, 100, 7)`},
	{"randrange negative step", `draws(11, "randrange", 8, 100, 0, -9)`},
	{"randrange huge", `draws(11, "randrange", 3, 10**40)`},
	{"randrange 1", `draws(11, "randrange", 3, 1)`},
	{"randrange 2**32", `draws(11, "randrange", 4, 2**32)`},
	{"randrange 2**32+1", `draws(11, "randrange", 4, 2**32 + 1)`},
	{"randrange 2**63", `draws(11, "randrange", 3, 2**63)`},
	{"randrange 2**64+3", `draws(11, "randrange", 3, 2**64 + 3)`},
	{"randrange 3", `draws(11, "randrange", 12, 3)`},
	{"randrange float integral", `draws(11, "randrange", 3, 10.0)`},
	{"randint", `draws(12, "randint", 10, 1, 6)`},
	{"randint negative", `draws(12, "randint", 5, -1000, -990)`},
	{"randrange 0", `random.randrange(0)`},
	{"randrange negative", `random.randrange(-3)`},
	{"randrange empty", `random.randrange(0, 0)`},
	{"randrange empty reversed", `random.randrange(5, 2)`},
	{"randrange non-integer start", `random.randrange(1.5)`},
	{"randrange non-integer stop", `random.randrange(0, 2.5)`},
	{"randrange non-integer step", `random.randrange(0, 10, 1.5)`},
	{"randrange zero step", `random.randrange(0, 10, 0)`},
	{"randrange empty step", `random.randrange(0, 10, -1)`},
	{"randint empty", `random.randint(5, 1)`},
	{"randrange str", `random.randrange("a")`},
	// sequences
	{"choice str", `draws(13, "choice", 8, "abcdef")`},
	{"choice list", `draws(13, "choice", 4, [10, 20, 30])`},
	{"choice tuple one", `draws(13, "choice", 2, ("only",))`},
	{"choice empty", `random.choice([])`},
	{"choice empty str", `random.choice("")`},
	{"choices plain", `seeded(14, "choices", "abc", k=6)`},
	{"choices weights", `seeded(14, "choices", range(5), [5, 1, 1, 1, 10], k=6)`},
	{"choices cum_weights", `seeded(14, "choices", "xyz", cum_weights=[1, 1.5, 10], k=6)`},
	{"choices float weights", `seeded(14, "choices", "ab", [0.1, 0.9], k=5)`},
	{"choices default k", `seeded(14, "choices", [1, 2, 3])`},
	{"choices both", `random.choices("ab", [1, 2], cum_weights=[1, 2])`},
	{"choices mismatch", `random.choices("abc", [1, 2])`},
	{"shuffle 10", `shuffled(15, 10)`},
	{"shuffle 1", `shuffled(15, 1)`},
	{"shuffle 0", `shuffled(15, 0)`},
	{"shuffle 100 sum", `(shuffled(16, 100)[:8], sum(shuffled(16, 100)))`},
	{"shuffle with random", `(lambda x: (random.shuffle(x, lambda: 0.3), x)[1])(list(range(6)))`},
	{"sample range", `seeded(17, "sample", range(100), 10)`},
	{"sample list pool", `seeded(17, "sample", list("abcdefgh"), 5)`},
	{"sample large population", `seeded(17, "sample", range(10**6), 5)`},
	{"sample all", `seeded(17, "sample", "abcd", 4)`},
	{"sample zero", `seeded(17, "sample", [1, 2], 0)`},
	{"sample k over 5", `seeded(17, "sample", range(1000), 20)`},
	{"sample set", `sample_set()`},
	{"sample too large", `random.sample(range(3), 4)`},
	{"sample negative", `random.sample(range(3), -1)`},
	{"sample dict", `random.sample({1: 2}, 1)`},
	{"sample int", `random.sample(5, 1)`},
	// real-valued distributions
	{"uniform", `draws(18, "uniform", 3, 1, 5)`},
	{"uniform reversed", `draws(18, "uniform", 2, 5, -5)`},
	{"triangular default", `draws(19, "triangular", 3)`},
	{"triangular mode", `draws(19, "triangular", 4, 0, 10, 2)`},
	{"triangular empty", `draws(19, "triangular", 1, 3, 3)`},
	{"gauss", `draws(20, "gauss", 5, 0, 1)`},
	{"gauss scaled", `draws(20, "gauss", 3, 100, 15)`},
	{"gauss cache", `gauss_cache(21)`},
	{"normalvariate", `draws(22, "normalvariate", 5, 0, 1)`},
	{"lognormvariate", `draws(23, "lognormvariate", 4, 0, 0.5)`},
	{"expovariate", `draws(24, "expovariate", 5, 1.5)`},
	{"expovariate zero", `random.expovariate(0)`},
	{"vonmisesvariate", `draws(25, "vonmisesvariate", 4, 1.0, 4.0)`},
	{"vonmisesvariate tiny kappa", `draws(25, "vonmisesvariate", 2, 1.0, 0)`},
	{"gammavariate alpha>1", `draws(26, "gammavariate", 4, 3.0, 2.0)`},
	{"gammavariate alpha=1", `draws(26, "gammavariate", 3, 1.0, 2.0)`},
	{"gammavariate alpha<1", `draws(26, "gammavariate", 4, 0.4, 1.0)`},
	{"gammavariate bad", `random.gammavariate(0, 1)`},
	{"gammavariate bad beta", `random.gammavariate(1, -1)`},
	{"betavariate", `draws(27, "betavariate", 4, 2.0, 5.0)`},
	{"paretovariate", `draws(28, "paretovariate", 4, 3.0)`},
	{"weibullvariate", `draws(29, "weibullvariate", 4, 1.0, 1.5)`},
	// state
	{"getstate shape", `state_shape(30)`},
	{"state round trip", `state_round_trip(31)`},
	{"setstate version 2", `version2_state(32)`},
	{"setstate bad version", `random.setstate((9, (), None))`},
	{"setstate wrong size", `random.setstate((3, (1, 2, 3), None))`},
	{"setstate not tuple", `random.setstate((3, [0] * 625, None))`},
	{"setstate bad index", `random.setstate((3, (0,) * 624 + (700,), None))`},
	{"setstate negative word", `random.setstate((3, (-1,) + (0,) * 624, None))`},
	// subclasses and SystemRandom
	{"subclass random", `(lambda r: (r.randrange(10), r.choice("abcd"), r.uniform(0, 4), r.sample(range(8), 3)))(Half(1))`},
	{"subclass gauss", `Half(1).gauss(0, 1)`},
	{"subclass super", `(lambda r: (r.random(), r.randrange(100), r.calls))(Counter(33))`},
	{"subclass getrandbits", `(lambda r: (r.randrange(1000), r.choice("abc")))(OwnBits(1))`},
	{"subclass getrandbits only", `(lambda r: [r.randrange(1000) for _ in range(5)])(OnlyBits(3))`},
	{"subclass of subclass", `(lambda r: (r.randrange(100), r.calls))(Deeper(34))`},
	{"subclass isinstance", `isinstance(Half(1), random.Random)`},
	{"SystemRandom", `system_random()`},
	{"SystemRandom getstate", `system_state()`},
	{"module names", `[n for n in random.__all__ if not hasattr(random, n)]`},
	{"VERSION", `random.Random.VERSION`},
	// more behaviour: warnings path, pickling hooks, keyword and type errors
	{"random path huge n", `(lambda r: [r.randrange(2**60) for _ in range(2)])(Half(1))`},
	{"random path choice empty", `Half(1).choice([])`},
	{"random path shuffle", `(lambda r, x: (r.shuffle(x), x)[1])(Counter(40), list(range(7)))`},
	{"reduce", `(lambda r: (r.__reduce__()[0] is random.Random, r.__reduce__()[1], r.__reduce__()[2][0]))(random.Random(41))`},
	{"getstate setstate pickle hooks", `(lambda r: (r.__setstate__(random.Random(42).__getstate__()), r.random() == random.Random(42).random()))(random.Random())`},
	{"Random keyword", `type(random.Random(x=1)).__name__`},
	{"subclass keyword", `Counter(seed=43).calls`},
	{"seed version 3 int", `(random.seed(44, version=3), random.random())[1]`},
	{"seed bytes version 1 latin", `(random.seed(b"\xff\x00", version=1), random.random())[1]`},
	{"seed bytearray version 1", `random.seed(bytearray(b"x"), version=1)`},
	{"seed too many", `random.seed(1, 2, 3)`},
	{"setstate version 2 float words", `random.setstate((2, (1.5,) * 625, None))`},
	{"setstate version 2 str words", `random.setstate((2, ("a",) * 625, None))`},
	{"setstate short tuple", `random.setstate((3, ()))`},
	{"choices k zero", `seeded(45, "choices", "ab", k=0)`},
	{"choices empty population", `random.choices([], k=1)`},
	{"choices zero weights", `seeded(46, "choices", "ab", [0, 0], k=2)`},
	{"sample str", `seeded(47, "sample", "hello world", 6)`},
	{"sample switch at 21", `(seeded(48, "sample", range(21), 5), seeded(48, "sample", range(22), 5))`},
	{"sample switch for k 6", `(seeded(49, "sample", range(85), 6), seeded(49, "sample", range(86), 6))`},
	{"randrange big step", `draws(50, "randrange", 4, -10**20, 10**20, 10**19)`},
	{"randrange bool", `draws(51, "randrange", 3, True, 5)`},
	{"triangular mode at high", `draws(52, "triangular", 3, 1.0, 2.0, 2.0)`},
	{"uniform ints", `draws(53, "uniform", 2, 1, 2)`},
	{"SystemRandom getrandbits zero", `random.SystemRandom().getrandbits(0)`},
	{"SystemRandom setstate", `random.SystemRandom().setstate(None)`},
	{"SystemRandom sample", `len(random.SystemRandom().sample(range(100), 7))`},
	{"constants", `(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)`},
	{"gauss_next after seed", `(lambda r: (r.gauss(0, 1), r.seed(1), r.gauss_next))(random.Random(54))`},
	{"betavariate small", `draws(55, "betavariate", 3, 0.5, 0.5)`},
	{"expovariate negative", `draws(56, "expovariate", 2, -2.0)`},
	{"normalvariate zero sigma", `draws(57, "normalvariate", 2, 3, 0)`},
	{"choices zero cum weights", `seeded(58, "choices", "abc", cum_weights=[0, 0, 1], k=3)`},
	{"choices empty cum weights", `random.choices([], cum_weights=[])`},
	{"choices empty weights", `random.choices("ab", weights=[])`},
	{"random path zero", `Half(1)._randbelow(0)`},
	{"Random two arguments", `random.Random(1, 2)`},
	{"Random unhashable", `random.Random([1])`},
	{"Random seed keyword", `random.Random(seed=3)`},
	{"seed str bad version", `(random.seed("x", 5), random.random() < 1)`},
}

func TestRandomAgainstCPython36(t *testing.T) {
	pytesting.DiffCases(t, "random", prelude, cases)
}
