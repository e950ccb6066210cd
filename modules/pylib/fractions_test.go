package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of fractions against CPython 3.6.

const fractionsPrelude = pytesting.ShowRepr + `import fractions, math, copy, pickle, warnings
from fractions import Fraction as F
warnings.simplefilter("ignore")
class G(F):
    pass
`

var fractionsCases = []pytesting.Case{
	{"from ints", `(F(), F(3), F(6, 4), F(2, -4), F(-3, -6), F(0, 5))`},
	{"from fraction", `(F(F(1, 2)), F(F(1, 2), F(1, 3)), F(True))`},
	{"from float", `(F(0.1), F(1.5), F(-0.0), F(1e300) == 10**300)`},
	{"float inf", `F(float("inf"))`},
	{"float nan", `F(float("nan"))`},
	{"from strings", `(F(" 3/4 "), F("-1.5e-3"), F("1e3"), F(".5"), F("5."), F("+7"), F("-0"), F("3.1415926535897932"))`},
	{"bad string sign", `F("1/-2")`},
	{"bad string x", `F("x")`},
	{"bad string double slash", `F("1/2/3")`},
	{"bad string blank", `F(" ")`},
	{"zero denominator", `F(1, 0)`},
	{"zero denominator string", `F("1/0")`},
	{"bad types", `F([])`},
	{"bad pair", `F(1, 2.0)`},
	{"bad pair float", `F(1.5, 2)`},
	{"from_float", `(F.from_float(0.1), F.from_float(3), F.from_float(-2.5))`},
	{"from_float errors", `F.from_float("x")`},
	{"from_float inf", `F.from_float(float("inf"))`},
	{"from_decimal int", `F.from_decimal(3)`},
	{"from_decimal float", `F.from_decimal(1.5)`},
	{"limit_denominator", `(F(math.pi).limit_denominator(100), F("3.1415926535897932").limit_denominator(1000), F(3, 4).limit_denominator(1), F(1, 3).limit_denominator(), F(-355, 113).limit_denominator(10))`},
	{"limit_denominator zero", `F(1, 2).limit_denominator(0)`},
	{"arithmetic", `(F(1, 2) + F(1, 3), F(1, 2) - F(1, 3), F(2, 3) * F(3, 4), F(2, 3) / F(4, 9), F(3, 1) * F(1, 3))`},
	{"with ints", `(F(1, 2) + 1, 1 - F(1, 2), 3 * F(1, 6), 2 / F(4), F(1, 2) / 2)`},
	{"with floats", `(F(1, 2) + 0.25, 1.5 / F(3), F(1, 2) * 2.5, 0.5 - F(1, 4))`},
	{"with complex", `(F(1, 2) + 1j, F(1, 2) - 1j, 2j * F(1, 2))`},
	{"floordiv mod", `(F(7, 2) // F(1, 3), F(7, 2) % F(1, 3), divmod(F(7, 2), F(1, 3)), F(7, 2) % -1, 5 // F(3, 2), 5 % F(3, 2))`},
	{"floordiv float", `(F(7, 2) // 1.5, F(7, 2) % 1.5)`},
	{"division by zero", `F(1, 2) / 0`},
	{"floordiv by zero", `F(1, 2) // 0`},
	{"mod by zero", `F(1, 2) % 0`},
	{"powers", `(F(2, 3) ** 3, F(-2, 3) ** -3, F(-2, 3) ** -1, F(1, 2) ** 2.0, F(4) ** F(1, 2), 2 ** F(1, 2), 2 ** F(3), F(1, 2) ** F(2))`},
	{"power zero negative", `F(0) ** -1`},
	{"negative root", `(-8) ** F(1, 3)`},
	{"unary", `(-F(1, 2), +F(1, 2), F(-1, 2).__abs__())`},
	{"rounding", `(math.floor(F(-7, 2)), math.ceil(F(7, 3)), math.trunc(F(-7, 3)), int(F(7, 2)), F(-7, 2).__trunc__())`},
	{"round", `(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(-7, 2)), round(F(1, 3), 2), round(F(12345, 100), 1), round(F(12345, 100), -1), round(F(1, 2), 0))`},
	{"conversions", `(float(F(1, 3)), complex(F(1, 2)), str(F(3, 1)), str(F(-3, 6)), repr(F(-3, 6)), bool(F(0)), bool(F(1, 9)))`},
	{"numerator denominator", `(F(6, 4).numerator, F(6, 4).denominator, F(-6, 4).numerator)`},
	{"comparisons", `(F(1, 2) < 1 < F(3, 2) <= 1.5, F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, F(1, 2) != "x", F(1, 2) > F(1, 3), F(2, 4) == F(1, 2), F(1) == 1)`},
	{"compare nan inf", `(F(1, 2) < float("nan"), F(1, 2) == float("nan"), F(10**400, 3) < float("inf"), F(-5) > float("-inf"))`},
	{"compare str", `F(1, 2) < "x"`},
	{"add str", `F(1, 2) + "a"`},
	{"sorted mixed", `sorted([F(1, 2), 0.3, 1, F(-1, 3)])`},
	{"hash", `(hash(F(1, 3)), hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), hash(F(1, 2**61 - 1)), hash(F(-7, 3)), {F(1, 2): 1}[0.5])`},
	{"big values", `(F(10**30, 3**40), F(2**100, 6**50) * 3)`},
	{"subclass", `(G(1, 2), G(1, 2) + 1, type(G(1, 2) + 1).__name__, copy.copy(G(1, 2)), type(copy.copy(G(1, 2))).__name__)`},
	{"copy and pickle", `(copy.copy(F(1, 2)), copy.deepcopy(F(1, 2)), pickle.loads(pickle.dumps(F(1, 3))), F(1, 2).__reduce__())`},
	{"pickle bytes", `[pickle.dumps(F(1, 3), p) for p in range(5)]`},
	{"gcd", `(fractions.gcd(-4, 6), fractions.gcd(4, -6), fractions.gcd(0, -3), fractions.gcd(12, 18), fractions.gcd(F(1, 2), F(1, 3)))`},
	{"gcd warns", `(lambda w: (w.__enter__(), warnings.simplefilter("always"), fractions.gcd(4, 6), [str(x.message) for x in w.log] if hasattr(w, "log") else None))(warnings.catch_warnings(record=True))[2:]`},
	{"abstract", `(isinstance(F(1), fractions.numbers.Rational), fractions.__all__)`},
}

func TestFractionsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "fractions", fractionsPrelude, fractionsCases)
}
