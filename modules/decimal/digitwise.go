package decimal

import "strings"

// The operations that treat a coefficient as a string of digits: logb,
// scaleb, shift, rotate and the logical operations.

// logb returns the adjusted exponent of a as a number.
func (c *ctx) logb(a *Value) (*Value, int) {
	if r, f := c.nanOf(a); r != nil {
		return r, f
	}
	if a.form == formInfinite {
		return newSpecial(formInfinite, false), 0
	}
	if a.isZero() {
		return newSpecial(formInfinite, true), fDivByZero
	}
	adj := a.adjusted()
	r := &Value{neg: adj < 0}
	r.coeff.SetInt64(abs64(adj))
	return r, c.finish(r, false)
}

// intArg reads b as the integral, zero-exponent operand that scaleb,
// shift and rotate take; ok is false otherwise.
func intArg(b *Value) (int64, bool) {
	if b.form != formFinite || b.exp != 0 || !b.coeff.IsInt64() {
		return 0, false
	}
	n := b.coeff.Int64()
	if b.neg {
		n = -n
	}
	return n, true
}

// scaleb returns a with b added to its exponent.
func (c *ctx) scaleb(a, b *Value) (*Value, int) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f
	}
	n, ok := intArg(b)
	lim := 2 * (c.emax + c.prec)
	if !ok || n > lim || n < -lim {
		return qnan(), fInvalid
	}
	if a.form == formInfinite {
		return a.clone(), 0
	}
	r := a.clone()
	r.exp += n
	return r, c.finish(r, false)
}

// digitArg reads the shift or rotate count, which must lie in
// [-prec, prec].
func (c *ctx) digitArg(b *Value) (int64, bool) {
	n, ok := intArg(b)
	if !ok || n > c.prec || n < -c.prec {
		return 0, false
	}
	return n, true
}

// shift moves a's coefficient digits left (n > 0) or right, keeping
// prec digits.
func (c *ctx) shift(a, b *Value, rotate bool) (*Value, int) {
	if r, f := c.nanOf(a, b); r != nil {
		return r, f
	}
	n, ok := c.digitArg(b)
	if !ok {
		return qnan(), fInvalid
	}
	if a.form == formInfinite {
		return a.clone(), 0
	}
	ds := a.coeff.String()
	p := int(c.prec)
	if len(ds) > p {
		ds = ds[len(ds)-p:]
	}
	ds = strings.Repeat("0", p-len(ds)) + ds
	var out string
	k := int(n)
	switch {
	case rotate:
		k = ((k % p) + p) % p
		out = ds[k:] + ds[:k]
	case k >= 0:
		out = ds[k:] + strings.Repeat("0", k)
	default:
		out = strings.Repeat("0", -k) + ds[:p+k]
	}
	r := &Value{neg: a.neg, exp: a.exp}
	r.coeff.SetString(out, 10)
	return r, c.finish(r, false)
}

// logicalDigits is v's coefficient as prec binary digits (zero-padded on
// the left, or cut to its last prec digits when longer), or ok false when
// v is not a logical operand (finite, non-negative, exponent 0, digits 0
// and 1 only).
func (c *ctx) logicalDigits(v *Value) (string, bool) {
	if v.form != formFinite || v.neg || v.exp != 0 {
		return "", false
	}
	ds := v.coeff.String()
	if strings.Trim(ds, "01") != "" {
		return "", false
	}
	if int64(len(ds)) > c.prec {
		return ds[int64(len(ds))-c.prec:], true
	}
	return strings.Repeat("0", int(c.prec)-len(ds)) + ds, true
}

// logical applies op ("and", "or", "xor", "invert") digit by digit.
func (c *ctx) logical(op string, a, b *Value) (*Value, int) {
	x, ok := c.logicalDigits(a)
	y := x
	if ok && b != nil {
		y, ok = c.logicalDigits(b)
	}
	if !ok {
		return qnan(), fInvalid
	}
	out := make([]byte, len(x))
	for i := range out {
		p, q := x[i] == '1', y[i] == '1'
		var bit bool
		switch op {
		case "and":
			bit = p && q
		case "or":
			bit = p || q
		case "xor":
			bit = p != q
		case "invert":
			bit = !p
		}
		out[i] = '0'
		if bit {
			out[i] = '1'
		}
	}
	r := &Value{}
	r.coeff.SetString(string(out), 10)
	return r, 0
}

// numberClass names a's class as the specification does.
func (c *ctx) numberClass(a *Value) string {
	switch a.form {
	case formNaN:
		return "NaN"
	case formSNaN:
		return "sNaN"
	}
	s := "+"
	if a.neg {
		s = "-"
	}
	switch {
	case a.form == formInfinite:
		return s + "Infinity"
	case a.isZero():
		return s + "Zero"
	case a.adjusted() < c.emin:
		return s + "Subnormal"
	}
	return s + "Normal"
}

// sameQuantum reports whether a and b have the same exponent (or are
// both infinite, or both NaN).
func sameQuantum(a, b *Value) bool {
	if a.isNaN() || b.isNaN() {
		return a.isNaN() && b.isNaN()
	}
	if a.form == formInfinite || b.form == formInfinite {
		return a.form == b.form
	}
	return a.exp == b.exp
}
