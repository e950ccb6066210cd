package decimal

import (
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
