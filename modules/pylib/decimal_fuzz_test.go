package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// fuzzDecimalSource builds a Decimal from s, as CPython 3.6 does with
// untrusted text, and uses it: printing, formatting, hashing, converting
// and computing under a small context. The only exception accepted is
// InvalidOperation (a string that is not a number, or an operation that
// a NaN or an infinity makes invalid), plus the ValueError and
// OverflowError of converting a NaN or an infinity to an int.
const fuzzDecimalSource = `from decimal import *
ctx = Context(prec=12, Emin=-99, Emax=99, traps=[InvalidOperation])
def check(s):
    try:
        d = Decimal(s)
    except InvalidOperation:
        return None
    str(d), repr(d), d.to_eng_string(), d.as_tuple(), format(d, "e")
    if not d.is_finite() or -99 < d.adjusted() < 99:
        format(d, ",.3f")
    if not d.is_snan():
        hash(d), float(d)
    try:
        if not d.is_finite() or d.adjusted() < 9999:
            int(d)
    except (ValueError, OverflowError):
        pass
    for f in (lambda: ctx.add(d, 1), lambda: ctx.multiply(d, d), lambda: ctx.divide(1, d),
              lambda: ctx.sqrt(d), lambda: ctx.quantize(d, Decimal("0.01")), lambda: ctx.ln(d),
              lambda: ctx.exp(ctx.plus(d)) if d.is_finite() and d.adjusted() < 3 else None,
              lambda: d == 1, lambda: d < 1):
        try:
            f()
        except (InvalidOperation, DivisionByZero, Overflow):
            pass
    return None
`

// FuzzDecimalString feeds arbitrary strings to decimal.Decimal and then
// uses the number: it must raise only what CPython 3.6 raises, and never
// panic or hang.
func FuzzDecimalString(f *testing.F) {
	for _, s := range []string{"1.10", "-0", " 1_000.5 ", "Inf", "-Infinity", "NaN123", "sNaN", "1e999999999",
		"0E-7", ".5", "5.", "1e", "1.2.3", "\u0661\u0662", "12e-40000000000000000000000", "+.5e-3", "nan00",
		"9" + "9999999999999999999999999999999", "-1e-999999999999999999", "_", "--1"} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzDecimalSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		_, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
	})
}
