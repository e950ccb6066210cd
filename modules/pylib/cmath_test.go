package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of cmath (modules/cmath) against CPython 3.6: values
// to the last bit, branch cuts, infinities and NaNs, and the errors.

const cmathPrelude = pytesting.ShowRepr + `import cmath
inf, nan = float("inf"), float("nan")
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos",
         "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
def table(z):
    out = []
    for n in names:
        try:
            out.append((n, getattr(cmath, n)(z)))
        except Exception as e:
            out.append((n, type(e).__name__, str(e)))
    return out
def specials(n):
    out = []
    for a in (-inf, -1.5, -0.0, 0.0, 1.5, inf, nan):
        for b in (-inf, -1.5, -0.0, 0.0, 1.5, inf, nan):
            try:
                z = getattr(cmath, n)(complex(a, b))
                out.append(repr((z.real, z.imag)))
            except Exception as e:
                out.append(type(e).__name__)
    return " ".join(out)
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 2.0
class Bad:
    def __complex__(self): return 2
`

var cmathCases = []pytesting.Case{
	{"table small", `table(0.5+0.25j)`},
	{"table mixed", `table(-1.5+0.7j)`},
	{"table tiny", `table(1e-10-1e-10j)`},
	{"table huge", `table(1e5+1e5j)`},
	{"table negative real", `table(-10)`},
	{"table unit", `table(1)`},
	{"table minus unit", `table(-1j)`},
	{"table beyond", `table(1e300+1e300j)`},
	{"table subnormal", `table(5e-324+5e-324j)`},
	{"special sqrt", `specials("sqrt")`},
	{"special exp log", `(specials("exp"), specials("log"), specials("log10"))`},
	{"special trig", `(specials("sin"), specials("cos"), specials("tan"))`},
	{"special arc", `(specials("asin"), specials("acos"), specials("atan"))`},
	{"special hyperbolic", `(specials("sinh"), specials("cosh"), specials("tanh"))`},
	{"special area", `(specials("asinh"), specials("acosh"), specials("atanh"))`},
	{"branch cuts", `[cmath.sqrt(complex(-2, s)) for s in (0.0, -0.0)] + [cmath.acos(complex(3, s)) for s in (0.0, -0.0)]`},
	{"log base", `(cmath.log(8, 2), cmath.log(-1, 2j), cmath.log(0, 2), cmath.log(inf, 2))`},
	{"log errors", `[table(z) for z in (0, 1, -1, 1j, -1j)]`},
	{"log base one", `cmath.log(1, 1)`},
	{"log base zero", `cmath.log(1, 0)`},
	{"overflow", `(cmath.exp(1000), )`},
	{"overflow cosh", `cmath.cosh(1000+1j)`},
	{"phase", `(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(-0.0), cmath.phase(complex(nan, 1)), cmath.phase(1j))`},
	{"polar", `(cmath.polar(3+4j), cmath.polar(inf), cmath.polar(complex(inf, nan)), cmath.polar(-2))`},
	{"polar overflow", `cmath.polar(complex(1.7e308, 1.7e308))`},
	{"rect", `[cmath.rect(*a) for a in ((2, 0.5), (inf, 0.5), (inf, 0), (nan, 0), (-1.0, -0.0), (0, inf), (-inf, nan), (-inf, -0.0), (-inf, 0.0), (1, nan), (0, nan))]`},
	{"rect domain", `cmath.rect(1, inf)`},
	{"rect inf inf", `cmath.rect(inf, inf)`},
	{"predicates", `[(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z)) for z in (1, 1j, complex(inf, 1), complex(1, nan), complex(inf, nan), True)]`},
	{"isclose", `(cmath.isclose(1, 1.0000001), cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1j, 1j, abs_tol=0), cmath.isclose(1e-300, 0, abs_tol=1e-200), cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(complex(inf, 1), complex(inf, 2)), cmath.isclose(1, 1.1, rel_tol=0.2))`},
	{"isclose negative", `cmath.isclose(1, 2, rel_tol=-1)`},
	{"isclose positional", `cmath.isclose(1, 2, 3)`},
	{"isclose missing", `cmath.isclose(1)`},
	{"isclose keyword", `cmath.isclose(1, 2, c=3)`},
	{"isclose type", `cmath.isclose(1, "a")`},
	{"conversion", `(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(True), cmath.exp(2**60))`},
	{"bad complex", `cmath.sqrt(Bad())`},
	{"not a number", `cmath.sqrt("a")`},
	{"none", `cmath.phase(None)`},
	{"big int", `cmath.log(10**400)`},
	{"no args", `cmath.sqrt()`},
	{"two args", `cmath.sqrt(1, 2)`},
	{"keywords", `cmath.sqrt(z=1)`},
	{"log arity", `cmath.log()`},
	{"log too many", `cmath.log(1, 2, 3)`},
	{"rect arity", `cmath.rect(1)`},
	{"rect complex", `cmath.rect(1+1j, 2)`},
	{"constants", `(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)`},
	{"names", `sorted(n for n in dir(cmath) if not n.startswith("_"))`},
	{"docs", `(type(cmath.sqrt.__doc__).__name__, bool(cmath.__doc__), cmath.sqrt)`},
}

func TestCmathDifferential(t *testing.T) {
	pytesting.DiffCases(t, "cmath", cmathPrelude, cmathCases)
}
