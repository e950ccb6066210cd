package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the Go fast paths of Decimal's comparisons,
// hash, str/repr, unary operators and methods (quantize, to_integral,
// the context-taking unary and binary methods; modules/decimal/
// fastmethods.go) against CPython 3.6: each case takes a shape the fast
// path answers (Decimal and exact int operands, the current or a given
// context, untrapped signals) or one it hands to decimal.py (NaNs,
// floats, Fractions, trapped signals, bad roundings and contexts), and
// shows the result, its type and the flags raised.

const decimalMethodsPrelude = pytesting.ShowRepr + `import decimal
from decimal import *
from fractions import Fraction
D = Decimal
class Sub(Decimal):
    pass
class I(int):
    pass
def flags(c):
    return sorted(s.__name__ for s in c.flags if c.flags[s])
def go(f, **kw):
    kw.setdefault("traps", [])
    with localcontext(Context(**kw)) as c:
        try:
            r = f()
            r = (r, type(r).__name__)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        return (r, flags(c))
OPS = [lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b,
       lambda a, b: a != b, lambda a, b: a > b, lambda a, b: a >= b]
def err(*fs):
    out = []
    for f in fs:
        try:
            out.append(f())
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out
def cmps(a, b):
    return [f(a, b) for f in OPS]
`

var decimalMethodsCases = []pytesting.Case{
	{"compare decimals", `[cmps(D(1), D(2)), cmps(D("2.0"), D(2)), cmps(D("-0"), D(0)), cmps(D("1e5"), D("99999.9"))]`},
	{"compare ints", `[cmps(D("2.5"), 2), cmps(D(3), 3), cmps(2, D("2.5")), cmps(D(10**30), 10**30 + 1), cmps(D(1), True)]`},
	{"compare infinities", `[cmps(D("Inf"), D(10**50)), cmps(D("-Inf"), -10**50), cmps(D("Inf"), D("Inf"))]`},
	{"compare subclasses", `[cmps(Sub(1), D(1)), cmps(D(1), Sub("1.5")), cmps(Sub(2), I(2))]`},
	{"compare quiet NaN", `[go(lambda: cmps(D("NaN"), D(1))[2:4]), go(lambda: D("NaN") < 1), go(lambda: 1 >= D("NaN"))]`},
	{"compare NaN trapped", `[go(lambda: D("NaN") < 1, traps=[InvalidOperation]), go(lambda: D("NaN") == 1, traps=[InvalidOperation])]`},
	{"compare signaling NaN", `[go(lambda: D("sNaN") == 1), go(lambda: D("sNaN") != D(1), traps=[InvalidOperation])]`},
	{"compare floats", `[go(lambda: D("0.5") == 0.5), go(lambda: D("0.5") < 0.75), go(lambda: D("0.5") < 0.75, traps=[FloatOperation]), go(lambda: D(1) == 1.0, traps=[FloatOperation])]`},
	{"compare fractions and others", `[cmps(D("0.5"), Fraction(1, 2)), cmps(D("0.3"), Fraction(1, 3)), D(1) == "1", D(1) != None, D(1) == 1+0j]`},
	{"compare unorderable", `D(1) < "x"`},
	{"compare slot called", `[D(1).__lt__(2), D(1).__eq__("x"), Decimal.__gt__(D(3), 2), D(2).__ge__(1.5)]`},
	{"compare on another type", `Decimal.__lt__(1, 2)`},
	{"sort and max", `[sorted([D(3), 1, D("2.5"), Sub("0.5"), 2]), max(D(1), D("1.0")), min([D(2), 3])]`},
	{"hash finite", `[hash(D(x)) == hash(x) for x in (0, 1, -1, 10**30, 2**61, -2**61 + 1)] + [hash(D("0.5")) == hash(0.5), hash(D("1.10")) == hash(D("1.1")), hash(D("-0")) == 0]`},
	{"hash values", `[hash(D(s)) for s in ("0.1", "-1.25", "1e-30", "123456789012345678901234567890e-7", "7e100", "Inf", "-Inf", "2305843009213693951")]`},
	{"hash NaN", `[hash(D("NaN")), hash(D("-NaN5"))]`},
	{"hash signaling NaN", `hash(D("sNaN"))`},
	{"hash subclass and dict keys", `[hash(Sub("2.50")) == hash(D("2.5")), {D(1): "a", 1: "b", D("1.0"): "c"}, {D("0.5"), 0.5, Fraction(1, 2)}]`},
	{"str repr", `[(str(D(s)), repr(D(s))) for s in ("1.50", "-0", "1e-7", "123E+5", "-Inf", "NaN123", "-sNaN", "0E-1000")]`},
	{"str capitals", `go(lambda: [str(D("1e20")), repr(D("1e-20")), D("1e20").to_eng_string(), D("1.5E+7").to_eng_string()], capitals=0)`},
	{"str subclass", `[str(Sub("1.5e10")), repr(Sub(5)), "%s" % D("2.50"), "{}".format(D("1e-10"))]`},
	{"unary operators", `[go(lambda: [-D("1.50"), +D("-0"), abs(D("-2.5")), -D(0), +D("1.23456"), abs(D("-Inf"))], prec=3)]`},
	{"unary rounding", `[go(lambda: [+D("1.2345"), -D("1.2355"), abs(D("-9.995"))], prec=3, rounding=ROUND_HALF_UP)]`},
	{"unary NaN", `[go(lambda: [-D("NaN"), +D("-NaN7")]), go(lambda: -D("sNaN")), go(lambda: abs(D("sNaN")), traps=[InvalidOperation])]`},
	{"unary subclass", `[type(-Sub(1)).__name__, type(abs(Sub(-1))).__name__, Sub(5).__neg__()]`},
	{"quantize", `[go(lambda: [D("1.2345").quantize(D("0.01")), D("1.2355").quantize(D("1e-3")), D(7).quantize(D("0.1")), D("123.456").quantize(1)])]`},
	{"quantize roundings", `[D("2.5").quantize(D(1), r) for r in (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)]`},
	{"quantize context", `[go(lambda: D("1.2345").quantize(D("0.01"), context=Context(rounding=ROUND_DOWN))), go(lambda: D("123.456").quantize(D("0.01")), prec=4), go(lambda: D("1e10").quantize(D("1e-5")), prec=10, traps=[InvalidOperation])]`},
	{"quantize inexact trapped", `go(lambda: D("1.2345").quantize(D("0.01")), traps=[Inexact])`},
	{"quantize bad rounding", `D(1).quantize(D(1), "ROUND_SIDEWAYS")`},
	{"quantize bad context", `D(1).quantize(D(1), context=5)`},
	{"quantize bad operand", `D(1).quantize(1.5)`},
	{"quantize specials", `[go(lambda: D("Inf").quantize(D(1))), go(lambda: D("NaN").quantize(D(1))), go(lambda: D(1).quantize(D("sNaN")))]`},
	{"to_integral", `[go(lambda: [D("2.5").to_integral_value(), D("3.5").to_integral(), D("-2.7").to_integral_value(ROUND_FLOOR), D("2.5").to_integral_exact(), D("2.5").to_integral_exact(ROUND_UP)])]`},
	{"to_integral bad rounding", `D(1).to_integral_value(rounding=7)`},
	{"unary methods", `[go(lambda: [D(2).sqrt(), D(1).exp(), D(10).ln(), D(1000).log10(), D("1.200").normalize(), D(1).next_plus(), D(1).next_minus(), D(1234).logb(), D(101).logical_invert()], prec=9)]`},
	{"unary methods context", `[go(lambda: D(2).sqrt(context=Context(prec=3))), go(lambda: D(2).sqrt(Context(prec=5)))]`},
	{"unary methods errors", `[go(lambda: D(-1).sqrt()), go(lambda: D(-1).ln(), traps=[InvalidOperation]), go(lambda: D(2).logical_invert())]`},
	{"binary methods", `[go(lambda: [D(1).compare(2), D(3).max(D("3.0")), D(3).min(-1), D(-3).max_mag(2), D(2).min_mag(D(-1)), D(1).next_toward(2), D(10).remainder_near(6), D(12345).rotate(2), D(12345).shift(-2), D(5).scaleb(3), D(1100).logical_and(1010), D(1100).logical_or(11), D(1100).logical_xor(1010)], prec=9)]`},
	{"binary methods specials", `[go(lambda: D("NaN").compare(1)), go(lambda: D(1).compare_signal(D("NaN"))), go(lambda: D("NaN").max(3))]`},
	{"binary methods bad operand", `D(1).compare(1.5)`},
	{"binary methods missing operand", `D(1).max()`},
	{"binary methods context", `[D("1.23456").max(2, Context(prec=3)), D(1).compare(2, context=None)]`},
	{"methods of subclasses and int subclasses", `[type(Sub("2").sqrt()).__name__, Sub(4).quantize(I(1)), D(5).max(I(7)), type(Sub(1).max(2)).__name__]`},
	{"missing operands", "err(lambda: D(1).quantize(), lambda: D(1).rotate(), lambda: D(1).fma(2), lambda: D(1).fma(), lambda: D(1).compare())"},
	{"methods on another type", "err(lambda: D.__hash__(1), lambda: D.__str__(1), lambda: D.__repr__(1), lambda: D.__neg__(1), lambda: D.__abs__(1), lambda: D.quantize(1, 2), lambda: D.sqrt(1), lambda: D.max(1, 2), lambda: D.__eq__(1, 2), lambda: D.__ge__(1, 2), lambda: D.to_integral_exact(1), lambda: D.fma(1, 2, 3))"},
	{"method names", "[(f.__name__, f.__qualname__) for f in (D.normalize, D.logical_invert, D.remainder_near, D.sqrt, D.max)]"},
	{"context arithmetic", "[go(lambda: [(lambda c: [c.add(D(1), 2), c.subtract(5, D(\"0.5\")), c.multiply(D(\"1.5\"), D(3)), c.divide(1, 7), c.divide_int(D(7), 2), c.remainder(D(-7), 3), c.power(D(2), 10), c.fma(2, 3, 4)])(getcontext())], prec=4)]"},
	{"context unary and rounding", "[go(lambda: [(lambda c: [c.plus(D(\"1.23456\")), c.minus(1), c.abs(D(-2)), c.sqrt(2), c.quantize(D(\"1.2345\"), D(\"0.01\")), c.to_integral_value(D(\"2.5\")), c.to_integral_exact(D(\"2.5\")), c.normalize(D(\"1.500\")), c.number_class(D(1)), c.is_normal(D(1))])(getcontext())], prec=5, rounding=ROUND_HALF_UP)]"},
	{"context signals", "[go(lambda: getcontext().divide(1, 0)), go(lambda: getcontext().divide(1, 0), traps=[DivisionByZero]), go(lambda: Context(prec=2, traps=[Inexact]).add(D(1), D(\"0.001\"))), go(lambda: Context(Emax=5, traps=[]).multiply(D(\"9e5\"), 10))]"},
	{"context bad operands", "err(lambda: getcontext().add(1.5, 2), lambda: getcontext().quantize(D(1), \"x\"), lambda: getcontext().sqrt(None))"},
	{"default context flags", `[getcontext().clear_flags(), D(1) < 2, D(2).quantize(D("0.1")), flags(getcontext()), D("1.25").quantize(D("0.1")), flags(getcontext()), hash(D(2)), str(D(1) / 3)]`},
}

func TestDecimalFastMethods(t *testing.T) {
	pytesting.DiffCases(t, "decimal_fastmethods", decimalMethodsPrelude, decimalMethodsCases)
}
