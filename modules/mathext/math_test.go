package mathext_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/mathext"
	_ "github.com/gpython-ssl/gpython-ssl/vm"
)

const prelude = `
import math

` + pytesting.ShowRepr + `
inf = float("inf")
nan = float("nan")

class F:
    def __float__(self):
        return 2.5

class BadF:
    def __float__(self):
        return "x"

class Fl:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"

class Idx:
    def __index__(self):
        return 12

class MyInt(int):
    pass

class MyFloat(float):
    pass

def names():
    want = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'ceil', 'copysign', 'cos', 'cosh', 'degrees', 'e', 'erf', 'erfc', 'exp', 'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd', 'hypot', 'inf', 'isclose', 'isfinite', 'isinf', 'isnan', 'ldexp', 'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'nan', 'pi', 'pow', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau', 'trunc']
    return [n for n in want if not hasattr(math, n)]

def many(name, xs):
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(f(x))
        except Exception as e:
            out.append(type(e).__name__)
    return out

POINTS = [-3.5, -1.0, -0.5, -0.0, 0.0, 1e-300, 0.3, 0.5, 1.0, 1.5, 2.0, 7.25, 30.0, 700.0, 1e10, inf, -inf, nan]
`

var cases = []pytesting.Case{
	{"names", `names()`},
	{"constants", `(math.pi, math.e, math.tau, math.inf, -math.inf)`},
	{"nan constant", `(math.isnan(math.nan), type(math.nan).__name__)`},
	// elementary functions over a range of points, special values included
	{"sin", `many("sin", POINTS)`},
	{"cos", `many("cos", POINTS)`},
	{"tan", `many("tan", POINTS)`},
	{"asin", `many("asin", POINTS)`},
	{"acos", `many("acos", POINTS)`},
	{"atan", `many("atan", POINTS)`},
	{"sinh", `many("sinh", POINTS)`},
	{"cosh", `many("cosh", POINTS)`},
	{"tanh", `many("tanh", POINTS)`},
	{"asinh", `many("asinh", POINTS)`},
	{"acosh", `many("acosh", POINTS)`},
	{"atanh", `many("atanh", POINTS)`},
	{"exp", `many("exp", POINTS)`},
	{"expm1", `many("expm1", POINTS)`},
	{"log", `many("log", POINTS)`},
	{"log2", `many("log2", POINTS)`},
	{"log10", `many("log10", POINTS)`},
	{"log1p", `many("log1p", POINTS)`},
	{"sqrt", `many("sqrt", POINTS)`},
	{"fabs", `many("fabs", POINTS)`},
	{"erf", `many("erf", POINTS + [-2.5, 3.0, 5.9, 26.0])`},
	{"erfc", `many("erfc", POINTS + [-2.5, 3.0, 5.9, 26.0])`},
	{"degrees radians", `(many("degrees", POINTS), many("radians", POINTS))`},
	{"isinf isnan isfinite", `(many("isinf", POINTS), many("isnan", POINTS), many("isfinite", POINTS))`},
	// logarithms of ints beyond the float range, and bases
	{"log huge int", `(math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**1030 + 1))`},
	{"log base", `(math.log(8, 2), math.log(100, 10), math.log(10**400, 10), math.log(2.5, 0.5))`},
	{"log int zero", `math.log(0)`},
	{"log negative int", `math.log(-5)`},
	{"log float zero", `math.log(0.0)`},
	{"log base one", `math.log(10, 1)`},
	{"log base zero", `math.log(1, 0)`},
	{"log no args", `math.log()`},
	{"log three args", `math.log(1, 2, 3)`},
	{"log bool", `math.log(True)`},
	{"log10 negative huge", `math.log10(-10**400)`},
	// range and domain errors
	{"exp overflow", `math.exp(1000)`},
	{"exp underflow", `math.exp(-1000)`},
	{"sqrt negative", `math.sqrt(-1)`},
	{"cosh overflow", `math.cosh(1000)`},
	{"acos domain", `math.acos(2)`},
	{"sin inf", `math.sin(inf)`},
	{"expm1 overflow", `math.expm1(1000)`},
	{"sqrt huge int", `math.sqrt(10**400)`},
	{"fabs huge int", `math.fabs(-2**2000)`},
	{"isfinite huge int", `math.isfinite(2**2000)`},
	// two-argument functions
	{"atan2", `[math.atan2(y, x) for y, x in [(0.0, -0.0), (-0.0, -0.0), (1, 0), (inf, inf), (-inf, 1), (nan, 1), (1, -inf)]]`},
	{"copysign", `[math.copysign(1, y) for y in (-0.0, 0.0, -inf, nan, -2)]`},
	{"hypot", `[math.hypot(x, y) for x, y in [(3, 4), (1e308, 1e308 / 2), (inf, nan), (nan, -inf), (nan, 1), (0, -0.0)]]`},
	{"hypot overflow", `math.hypot(1e308, 1e308)`},
	{"fmod", `[math.fmod(x, y) for x, y in [(7, 3), (-7, 3), (7, -3), (1, inf), (-0.0, 1), (5.5, 2)]]`},
	{"fmod zero", `math.fmod(1, 0)`},
	{"fmod inf", `math.fmod(inf, 1)`},
	{"pow", `[math.pow(x, y) for x, y in [(2, 10), (2, 0.5), (-2, 3), (0, 0), (nan, 0), (1, nan), (inf, -1), (-inf, 3), (0.5, inf), (2, -inf), (-1, inf)]]`},
	{"pow zero negative", `math.pow(0, -1)`},
	{"pow zero minus inf", `math.pow(-0.0, -inf)`},
	{"pow overflow", `math.pow(10, 400)`},
	{"pow domain", `math.pow(-1, 0.5)`},
	{"isclose", `[math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(inf, inf), math.isclose(inf, 1e308), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(nan, nan)]`},
	{"isclose negative tolerance", `math.isclose(1, 1, rel_tol=-1)`},
	{"isclose three positional", `math.isclose(1, 2, 3)`},
	// float decomposition
	{"frexp", `[math.frexp(x) for x in (8.0, -0.1, 0.0, -0.0, 1e-310, inf, 2**1023)]`},
	{"frexp nan", `math.isnan(math.frexp(nan)[0])`},
	{"ldexp", `[math.ldexp(x, i) for x, i in [(0.5, 4), (1, -1074), (1, -1075), (3, 0), (inf, -5), (-0.0, 9)]]`},
	{"ldexp overflow", `math.ldexp(1, 10000)`},
	{"ldexp huge exponent", `math.ldexp(1.0, 2**100)`},
	{"ldexp tiny exponent", `math.ldexp(-1.0, -2**100)`},
	{"ldexp float exponent", `math.ldexp(1, 2.0)`},
	{"modf", `[math.modf(x) for x in (3.75, -3.75, 0.0, -0.0, inf, -inf, 1e300)]`},
	{"fsum", `[math.fsum(x) for x in ([0.1] * 10, [1e100, 1.0, -1e100], [1, 2, 3], [], [1e308, -1e308, 1.0], iter([0.5, 0.25]), [-0.0], [2**53, 1, 1])]`},
	{"fsum rounding", `[math.fsum(x) for x in ([1e16, 1.0, 1e-16], [1, 1e100, 1, -1e100] * 1000, [i * 0.1 for i in range(1000)], [2.0**53, 1.0, 2.0**-60], [2.0**53, -1.0, -2.0**-60], [1.0, 2.0**-53, 2.0**-106], [-1e308, 1e308, 1e-308, 5e-324])]`},
	{"fsum intermediate overflow", `math.fsum([1e308, 1e308, -1e308])`},
	{"fsum inf", `(math.fsum([inf, 1.0]), math.fsum([-inf, 1e308, 1e308]))`},
	{"fsum nan", `math.isnan(math.fsum([nan, 1.0]))`},
	{"fsum overflow", `math.fsum([1e308, 1e308])`},
	{"fsum inf minus inf", `math.fsum([inf, -inf])`},
	{"fsum str item", `math.fsum(["a"])`},
	{"fsum not iterable", `math.fsum(1)`},
	// rounding to int
	{"floor ceil trunc", `[(math.floor(x), math.ceil(x), math.trunc(x)) for x in (2.5, -2.5, -0.5, 0.0, 7, -7, 10**30, True)]`},
	{"floor huge float", `math.floor(1e300)`},
	{"ceil huge negative", `math.ceil(-1e20)`},
	{"trunc huge float", `math.trunc(-1e25)`},
	{"floor inf", `math.floor(inf)`},
	{"ceil nan", `math.ceil(nan)`},
	{"trunc inf", `math.trunc(-inf)`},
	{"floor str", `math.floor("a")`},
	{"trunc str", `math.trunc("a")`},
	{"special methods", `(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()))`},
	{"int and float subclasses", `(math.floor(MyInt(5)), math.ceil(MyFloat(2.5)), math.trunc(MyFloat(-2.5)), math.sqrt(MyInt(16)))`},
	{"floor result type", `(type(math.floor(2.5)).__name__, type(math.floor(10**30)).__name__)`},
	// integers
	{"factorial", `[math.factorial(n) for n in (0, 1, 5, 20, 25, 5.0, True)]`},
	{"factorial 100", `math.factorial(100)`},
	{"factorial negative", `math.factorial(-1)`},
	{"factorial non-integral", `math.factorial(1.5)`},
	{"factorial inf", `math.factorial(inf)`},
	{"factorial float huge", `math.factorial(1e300)`},
	{"factorial int huge", `math.factorial(2**100)`},
	{"factorial negative huge", `math.factorial(-2**100)`},
	{"factorial negative huge float", `math.factorial(-1e300)`},
	{"factorial str", `math.factorial("a")`},
	{"gcd", `[math.gcd(a, b) for a, b in [(12, 18), (-12, 18), (0, 0), (0, -5), (2**100, 6 * 2**40), (True, 4), (Idx(), 8)]]`},
	{"gcd float", `math.gcd(2.5, 1)`},
	{"gcd one argument", `math.gcd(1)`},
	// gamma functions at exactly representable points
	{"gamma integers", `[math.gamma(n) for n in (1, 2, 3, 5, 10, 20)]`},
	{"lgamma", `[math.lgamma(x) for x in (1, 2, 3, inf, -inf)]`},
	{"gamma", `many("gamma", [0.5, 1.5, 3.3, 5.1, 10.5, 24.0, 100.3, 141.5, 171.7, 1e-25, -1e-25, -0.5, -2.7, -150.5, -201.5, 1e-320])`},
	{"lgamma points", `many("lgamma", [0.5, 1.5, 3.3, 5.1, 10.5, 24.0, 100.3, 1e-25, -0.5, -2.7, -150.5, 2.5e305])`},
	{"gamma zero", `math.gamma(0)`},
	{"gamma negative integer", `math.gamma(-1)`},
	{"gamma overflow", `math.gamma(200)`},
	{"gamma inf", `(math.gamma(inf), math.isnan(math.gamma(nan)))`},
	{"gamma minus inf", `math.gamma(-inf)`},
	{"lgamma zero", `math.lgamma(0)`},
	{"lgamma negative integer", `math.lgamma(-2)`},
	// argument conversion
	{"__float__", `(math.sqrt(F()), math.floor(F()), math.isnan(F()))`},
	{"__float__ non-float", `math.sqrt(BadF())`},
	{"__index__ not float", `math.sqrt(Idx())`},
	{"str argument", `math.sin("1")`},
	{"None argument", `math.cos(None)`},
	{"no argument", `math.sin()`},
	{"two arguments", `math.sin(1, 2)`},
	{"atan2 one argument", `math.atan2(1)`},
	{"degrees str", `math.degrees("x")`},
}

func TestMathAgainstCPython36(t *testing.T) {
	pytesting.DiffCases(t, "math", prelude, cases)
}
