package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the Go fast paths of Decimal's operators and
// constructor (modules/decimal/fast.go) against CPython 3.6: each case
// takes one of the shapes the fast path computes itself (Decimal and
// exact int operands, the current or a given context, untrapped signals)
// or one it must hand to decimal.py (subclass operands, trapped signals,
// other threads' contexts), and shows the result, its type and the flags.

const decimalFastPrelude = pytesting.ShowRepr + `import decimal, threading
from decimal import *
D = Decimal
class Sub(Decimal):
    pass
class I(int):
    pass
class S(str):
    pass
def flags(c):
    return sorted(s.__name__ for s in c.flags if c.flags[s])
def go(f, **kw):
    # f() under a fresh context with every trap off unless kw says,
    # with its result (and type) or exception, and the flags raised.
    kw.setdefault("traps", [])
    with localcontext(Context(**kw)) as c:
        try:
            r = f()
            r = (r, type(r).__name__)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        return (r, flags(c))
`

var decimalFastCases = []pytesting.Case{
	{"add sub mul div exact", `[go(lambda: D(7) + D(5)), go(lambda: D(7) - D(5)), go(lambda: D(7) * D(5)), go(lambda: D(10) / D(4))]`},
	{"div rounded flags", `[go(lambda: D(1) / D(7)), go(lambda: D(2) / 3, prec=5), go(lambda: D("1.00") / 8, rounding=ROUND_DOWN, prec=2)]`},
	{"floordiv mod", `[go(lambda: D(-7) // D(2)), go(lambda: D(-7) % D(2)), go(lambda: D("7.5") // 2), go(lambda: D("7.5") % -2)]`},
	{"reflected int", `[go(lambda: 1 - D(3)), go(lambda: 10 / D(4)), go(lambda: 7 // D(2)), go(lambda: 7 % D(3)), go(lambda: 2 * D("1.5"))]`},
	{"bool and big int operands", `[go(lambda: D(1) + True), go(lambda: False * D(5)), go(lambda: D(1) + 10**40), go(lambda: -2**70 / D(3))]`},
	{"rounded sum", `go(lambda: sum(D(i) / 7 for i in range(50)))`},
	{"sum precision 4", `go(lambda: sum(D(i) / 7 for i in range(50)), prec=4, rounding=ROUND_HALF_UP)`},
	{"division by zero untrapped", `[go(lambda: D(1) / 0), go(lambda: D(0) / 0), go(lambda: D(1) // 0), go(lambda: D(1) % 0)]`},
	{"division by zero trapped", `[go(lambda: D(1) / 0, traps=[DivisionByZero]), go(lambda: D(0) / D(0), traps=[InvalidOperation])]`},
	{"inexact trapped", `[go(lambda: D(1) / 3, traps=[Inexact]), go(lambda: D(1) / 4, traps=[Inexact]), go(lambda: D(1) / 3, traps=[Rounded, Inexact])]`},
	{"overflow underflow", `[go(lambda: D("9e99") * 10, Emax=99), go(lambda: D("1e-99") / 10**10, Emin=-99), go(lambda: D("9e99") * 10, Emax=99, traps=[Overflow])]`},
	{"clamp", `go(lambda: D("1e5") + 0, Emax=6, prec=3, clamp=1)`},
	{"specials", `[go(lambda: D("Inf") - D("Inf")), go(lambda: D("NaN") + 1), go(lambda: D("sNaN") * 2), go(lambda: D("-Inf") / 3)]`},
	{"default context flags", `[D(1) / 7 is not None, flags(getcontext()), getcontext().clear_flags(), D(1) + D(2), flags(getcontext()), D(1) / 3 and flags(getcontext())]`},
	{"slot methods called", `[D(1).__truediv__(D(3)), D(2).__radd__(5), D(7).__rfloordiv__(50), D(7).__rmod__(50), Decimal.__sub__(D(1), 4)]`},
	{"slot method names", `[(f.__name__, f.__qualname__) for f in (D.__add__, D.__radd__, D.__truediv__, D.__rfloordiv__, D.__mod__)]`},
	{"slot method on another type", `Decimal.__add__(1, 2)`},
	{"slot method on another type reflected", `Decimal.__rtruediv__("x", 2)`},
	{"unsupported operands", `[D(1).__add__(1.5), D(1).__rmul__("x"), D(1).__truediv__(None)]`},
	{"unsupported operator error", `D(1) + 1.5`},
	{"subclass operands", `[go(lambda: Sub(3) + Sub(4)), go(lambda: D(3) * Sub(2)), go(lambda: 7 - Sub(2)), go(lambda: I(5) + D(1)), go(lambda: D(1) / I(4))]`},
	{"flags dict assigned", `go(lambda: [getcontext().__setattr__("flags", {s: False for s in getcontext().flags}), D(1) / 3, flags(getcontext())])`},
	{"traps changed midway", `go(lambda: [D(1) / 3, getcontext().traps.__setitem__(Inexact, True), D(1) / 3])`},
	{"settings changed midway", `go(lambda: [D(2) / 3, setattr(getcontext(), "prec", 3), D(2) / 3, setattr(getcontext(), "rounding", ROUND_UP), D(2) / 3])`},
	{"thread context", `[D(1) / 3, [t.start() or t.join() for t in [threading.Thread(target=lambda: (setcontext(Context(prec=2)), print(D(1) / 3)))]], D(1) / 3]`},
	{"setcontext", `[setcontext(Context(prec=4)), D(1) / 3, setcontext(DefaultContext), D(1) / 3]`},
	{"constructor fast shapes", `[(D(v), type(D(v)).__name__) for v in (0, -5, 10**30, True, "1.5", " 2_0 ", "-Inf", "nan12", D("3.1"))]`},
	{"constructor slow shapes", `[D(S("1.5")), D(I(3)), Sub(5), type(Sub(5)).__name__, D("1.5", Context()), D(2.5)]`},
	{"constructor bad strings", `[go(lambda: D("x")), go(lambda: D("1e999999999999999999999")), go(lambda: D("x"), traps=[InvalidOperation])]`},
	{"constructor exponent range", `[D("1e999999999999999999"), D("1e-1999999999999999997")]`},
	{"constructor exponent out of range", `go(lambda: D("1e-1999999999999999998"))`},
	{"results are Decimals", `[type(Sub(1) + 1).__name__, type(D(1) + Sub(1)).__name__, type(-Sub(1)).__name__]`},
	// a context's settings are cached for the fast paths
	// (modules/decimal/settings_cache.go): each change must be seen
	{"context changes seen", `[(D(1) / 7, getcontext().__setattr__("prec", 5), D(1) / 7, getcontext().__setattr__("rounding", ROUND_UP), D(1) / 7, D("1.234").quantize(D("0.01"))) for c in [getcontext().copy()] if setcontext(c) is None]`},
	{"context exponent limits changed", `[(D(99999) * 10, c.__setattr__("Emax", 3), D(99999) * 10, c.__setattr__("Emin", -3), D(1) / 10**5, flags(c), c.__setattr__("clamp", 1), D("1e3") + 0) for c in [Context(traps=[])] if setcontext(c) is None]`},
	{"context copies and local contexts", `[(x.divide(1, 3), y.__setattr__("prec", 8), x.divide(1, 3), y.divide(1, 3), D(2).sqrt(y), D(2).sqrt(x)) for x in [Context(prec=3)] for y in [x.copy()]]`},
	{"derived context changed", `[(m.divide(1, 3), m.__setattr__("prec", 6), m.divide(1, 3), D(1).__truediv__(D(3))) for m in [type("MyC", (Context,), {})(prec=4)]]`},
	{"local context and back", `[(D(1) / 3, l.__setattr__("prec", 2), D(1) / 3) for l in [localcontext().__enter__()]] + [setcontext(DefaultContext.copy()), D(1) / 3]`},
	// the Go methods in Decimal's dict (modules/decimal/slots.go)
	{"method descriptors", `[repr(D.__add__), repr(D.__lt__), repr(D.__hash__), repr(D.quantize), D.quantize.__qualname__, D.quantize.__name__, D.__add__.__objclass__ is D, D.sqrt.__doc__ is not None]`},
	{"slot wrapper docs", `[(f.__doc__, f.__text_signature__) for f in (D.__add__, D.__rfloordiv__, D.__le__, D.__hash__, D.__neg__, D.__pos__, D.__abs__)]`},
	{"methods through the class", `[D.quantize(D("1.25"), D("0.1")), D.quantize(D("1.25"), exp=D("0.1"), rounding=ROUND_UP), D.compare(D(1), 2), D.sqrt(D(2)), D.__neg__(D(3)), D.__lt__(D(1), 2), D.__hash__(D(7)), D.to_integral(D("2.5"))]`},
	{"methods with keywords", `[D("1.25").quantize(exp=D("0.1")), D("1.25").quantize(D("0.1"), ROUND_DOWN), D(2).sqrt(context=Context(prec=3)), D(1).compare(other=2), D("7.5").to_integral_value(rounding=ROUND_UP), D("7.5").to_integral_exact(ROUND_DOWN, Context())]`},
	{"methods with bad arguments", `[go(lambda: D(1).quantize(D(1), bogus=1)), go(lambda: D(1).quantize()), go(lambda: D(1).compare(2, Context(), 3)), go(lambda: D(1).quantize(D(1), exp=D(1))), go(lambda: D(1).sqrt(1, 2)), go(lambda: D(1).__neg__(1)), go(lambda: D.sqrt()), go(lambda: D.quantize(1, 2))]`},
	{"bound methods", `[D(1).__add__(2), D(5).quantize.__name__, D(2).__lt__(3), D(2).__ge__(D("NaN")), D(4).max(other=5), D(4).min(5, None)]`},
}

func TestDecimalFastPaths(t *testing.T) {
	pytesting.DiffCases(t, "decimal_fastpath", decimalFastPrelude, decimalFastCases)
}
