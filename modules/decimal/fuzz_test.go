package decimal

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary strings to the Decimal string parser: it must
// never panic, and every string it accepts must print in scientific
// notation as a string that parses back to the same number with the same
// exponent and prints the same again; the engineering form must parse
// back to the same number (its exponent may differ: 1E+10 is 10E+9).
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1.10", "-0", " 1_000.5 ", "Inf", "-Infinity", "NaN123", "sNaN", "1e999999999",
		"0E-7", ".5", "5.", "1e", "1.2.3", "\u0661\u0662", "12e-40000000000000000000000", "+.5e-3", "nan00",
		"_", "e5", "-", "1E+2147483648", "0.000000000000000000001", "9" + "9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		v, perr := parse(s)
		if perr != nil {
			return
		}
		if v.coeff.Sign() < 0 {
			t.Fatalf("%q: negative coefficient", s)
		}
		if v.exp >= satExp || v.exp <= -satExp {
			return // out of every context's range: no Decimal holds it
		}
		sci := v.sci(true, false)
		w, perr := parse(sci)
		if perr != nil {
			t.Fatalf("%q printed as %q, which does not parse", s, sci)
		}
		if compareTotal(v, w, false) != 0 || v.neg != w.neg || v.form != w.form {
			t.Fatalf("%q printed as %q, which parses to another number", s, sci)
		}
		if again := w.sci(true, false); again != sci {
			t.Fatalf("%q printed as %q, then as %q", s, sci, again)
		}
		eng := v.sci(false, true)
		e, perr := parse(eng)
		same := v.form == e.form && v.neg == e.neg
		if same && v.isNaN() {
			same = v.coeff.Cmp(&e.coeff) == 0
		} else if same {
			same = compare(v, e) == 0
		}
		if perr != nil || !same {
			t.Fatalf("%q in engineering form %q does not parse back", s, eng)
		}
	})
}

// FuzzFormat formats parsed numbers with arbitrary format specifications:
// parsing the specification and formatting must never panic.
func FuzzFormat(f *testing.F) {
	f.Add("1234.5678", ",.2f")
	f.Add("-0", "+015,.2f")
	f.Add("NaN", "*^20")
	f.Add("1E+5", ".3e")
	f.Add("0.000012345", "%")
	f.Add("Inf", "012.2f")
	f.Fuzz(func(t *testing.T, num, spec string) {
		v, perr := parse(num)
		if perr != nil || len(spec) > 40 {
			return
		}
		if v.form == 0 && (v.exp > 1000 || v.exp < -1000) {
			return // formats of huge exponents are long, not wrong
		}
		sp, err := parseSpec(spec)
		if err != nil {
			return
		}
		if sp.width > 10000 || sp.prec > 10000 {
			return
		}
		_, _ = formatValue(v, sp, "ROUND_HALF_EVEN")
	})
}

// FuzzFunctions computes exp, ln, log10, sqrt, powers and quotients of
// parsed numbers under small contexts: nothing may panic, and the
// correctly rounded functions must agree with their own results at a
// higher precision rounded again (a check of the error bounds: rounding
// the 40-digit result to p digits may only differ when the 40-digit one
// lies within one unit of a rounding boundary, which the inputs here
// make rare enough to flag).
func FuzzFunctions(f *testing.F) {
	for _, s := range []string{"2", "0.5", "-1.25", "1.0000000001", "0.9999999", "123456789E+20", "7E-30", "10", "1E+3", "-0", "Inf", "NaN"} {
		f.Add(s, "0.5", uint8(7))
	}
	f.Fuzz(func(t *testing.T, as, bs string, p uint8) {
		a, perr := parse(as)
		if perr != nil || a.form == formFinite && (a.digits() > 60 || a.exp > 40 || a.exp < -80) {
			return
		}
		b, perr := parse(bs)
		if perr != nil || b.form == formFinite && (b.digits() > 20 || b.exp > 6 || b.exp < -30) {
			return
		}
		prec := int64(p%30) + 1
		c := &ctx{prec: prec, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999}
		wide := &ctx{prec: 40, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999}
		for _, op := range []func(*ctx, *Value) (*Value, int, error){(*ctx).exp, (*ctx).ln, (*ctx).log10} {
			r, _, err := op(c, a)
			if err != nil {
				t.Fatalf("%s: %v", as, err)
			}
			w, _, _ := op(wide, a)
			if r.form != formFinite || w.form != formFinite || w.isZero() || r.adjusted() < c.emin {
				continue
			}
			again := w.clone()
			c.finish(again, true)
			if compare(again, r) != 0 && !nearBoundary(w, prec) {
				t.Fatalf("%s at %d digits: %s, but %s at 40 rounds to %s", as, prec, r.sci(true, false), w.sci(true, false), again.sci(true, false))
			}
		}
		_, _, _ = c.sqrt(a)
		_, _, _ = c.pow(a, b)
		_, _, _ = c.div(a, b)
		_, _, _ = c.remNear(a, b)
	})
}

// nearBoundary reports whether w's digits after the first prec are
// 4999.. or 5000.. (a near tie), where rounding twice may differ.
func nearBoundary(w *Value, prec int64) bool {
	s := w.coeff.String()
	if int64(len(s)) <= prec+3 {
		return true
	}
	rest := s[prec:]
	return strings.HasPrefix(rest, "499") || strings.HasPrefix(rest, "500")
}
