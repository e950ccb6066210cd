package decimal

import (
	"math/big"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// ValueType is the Python type of the numbers the module computes with:
// an opaque value that decimal.py's Decimal holds in its _v slot.
var ValueType = py.ObjectType.NewType("Value", "An immutable decimal number held by decimal.Decimal.", nil, nil)

// Value is one decimal number of the General Decimal Arithmetic: a sign,
// and a coefficient with an exponent (finite), or an infinity, or a quiet
// or signalling NaN whose coefficient is its diagnostic payload. The
// exponent is 64 bits wide, as in CPython. A Value is never changed once
// it has been handed to Python.
type Value struct {
	form  form
	neg   bool
	exp   int64
	coeff big.Int // non-negative
	// word holds a coefficient set by setSmall, so that a value below
	// 2**64 costs one allocation rather than two; coeff then refers to
	// it, and a Value must never be copied (big.Int's rule).
	word [1]big.Word
}

// setSmall makes u v's coefficient, stored in v itself.
func (v *Value) setSmall(u uint64) {
	v.word[0] = big.Word(u)
	v.coeff.SetBits(v.word[:1])
}

// newSmall is a finite value of a 64-bit coefficient, in one allocation.
func newSmall(neg bool, exp int64, u uint64) *Value {
	v := &Value{neg: neg, exp: exp}
	v.setSmall(u)
	return v
}

// form is the kind of a Value; the zero form is a finite number.
// decimal.py reads the numbers (the first item of _apdecimal.info).
type form uint8

const (
	formFinite   form = iota // a coefficient and an exponent
	formInfinite             // an infinity of either sign
	formSNaN                 // a signalling NaN
	formNaN                  // a quiet NaN
)

// Type returns ValueType.
func (*Value) Type() *py.Type { return ValueType }

// M__repr__ shows the value in scientific notation.
func (v *Value) M__repr__() (py.Object, error) {
	return py.String("<decimal value " + v.sci(true, false) + ">"), nil
}

var (
	bigOne = big.NewInt(1)
	bigTen = big.NewInt(10)
)

// powTable holds 10**0 .. 10**511, shared and never modified; made at
// first use, so that a process that never uses decimal does not pay for
// it at start-up.
var powTable = sync.OnceValue(func() []*big.Int {
	t := make([]*big.Int, 512)
	t[0] = big.NewInt(1)
	for i := 1; i < len(t); i++ {
		t[i] = new(big.Int).Mul(t[i-1], bigTen)
	}
	return t
})

// pow10 returns 10**n for n >= 0. The result may be shared: callers must
// not modify it.
func pow10(n int64) *big.Int {
	if t := powTable(); n < int64(len(t)) {
		return t[n]
	}
	return new(big.Int).Exp(bigTen, big.NewInt(n), nil)
}

// numDigits is the number of decimal digits of |x| (1 for zero).
func numDigits(x *big.Int) int64 {
	if x.Sign() == 0 {
		return 1
	}
	bl := x.BitLen()
	if bl <= 64 {
		// Uint64 is the low 64 bits of |x|, all of it here.
		return digits64(x.Uint64())
	}
	// An estimate from the bit length, corrected by comparisons.
	est := int64(float64(bl-1) * 0.30102999566398119521)
	if x.CmpAbs(pow10(est+1)) >= 0 {
		return est + 2
	}
	if x.CmpAbs(pow10(est)) >= 0 {
		return est + 1
	}
	return est
}

func (v *Value) isNaN() bool     { return v.form == formNaN || v.form == formSNaN }
func (v *Value) isFinite() bool  { return v.form == formFinite }
func (v *Value) isZero() bool    { return v.form == formFinite && v.coeff.Sign() == 0 }
func (v *Value) digits() int64   { return numDigits(&v.coeff) }
func (v *Value) adjusted() int64 { return v.exp + v.digits() - 1 }

// clone returns a copy of v that may be changed.
func (v *Value) clone() *Value {
	w := &Value{form: v.form, neg: v.neg, exp: v.exp}
	w.coeff.Set(&v.coeff)
	return w
}

func newFinite(neg bool, coeff *big.Int, exp int64) *Value {
	v := &Value{neg: neg, exp: exp}
	v.coeff.Abs(coeff)
	return v
}

func newSpecial(f form, neg bool) *Value { return &Value{form: f, neg: neg} }

// parseError reports a string that does not spell a number.
type parseError struct{}

// digitValue returns the value of a decimal digit in any script, or -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 128 || !unicode9.Is(unicode.Nd, r) {
		return -1
	}
	// Unicode lays its decimal digits out in runs of ten starting at zero.
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// asciiDigits maps s's decimal digits to ASCII; ok is false if s holds
// anything else or nothing.
func asciiDigits(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	var b strings.Builder
	for _, r := range s {
		d := digitValue(r)
		if d < 0 {
			return "", false
		}
		b.WriteByte(byte('0' + d))
	}
	return b.String(), true
}

// parse reads a numeric string as CPython 3.6's Decimal constructor does:
// surrounding white space is ignored and underscores are dropped
// wherever they are, digits may be of any script, and the special values
// Inf, Infinity, NaN and sNaN (with an optional payload) are spelled in
// any case.
func parse(s string) (*Value, *parseError) {
	if v, ok := parseSimple(s); ok {
		return v, nil
	}
	s = strings.TrimFunc(s, unicode.IsSpace)
	s = strings.ReplaceAll(s, "_", "")
	v := &Value{}
	if s != "" && (s[0] == '+' || s[0] == '-') {
		v.neg = s[0] == '-'
		s = s[1:]
	}
	low := strings.ToLower(s)
	switch {
	case low == "inf" || low == "infinity":
		v.form = formInfinite
		return v, nil
	case strings.HasPrefix(low, "nan") || strings.HasPrefix(low, "snan"):
		v.form = formNaN
		rest := s[3:]
		if low[0] == 's' {
			v.form = formSNaN
			rest = s[4:]
		}
		if rest != "" {
			ds, ok := asciiDigits(rest)
			if !ok {
				return nil, &parseError{}
			}
			v.coeff.SetString(ds, 10)
		}
		return v, nil
	}
	mant, expPart := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, expPart = s[:i], s[i+1:]
		if expPart == "" {
			return nil, &parseError{}
		}
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	if intPart == "" && frac == "" {
		return nil, &parseError{}
	}
	var ds string
	for _, part := range []string{intPart, frac} {
		if part == "" {
			continue
		}
		d, ok := asciiDigits(part)
		if !ok {
			return nil, &parseError{}
		}
		ds += d
	}
	v.coeff.SetString(ds, 10)
	exp := new(big.Int)
	if expPart != "" {
		sign := ""
		if expPart[0] == '+' || expPart[0] == '-' {
			sign, expPart = expPart[:1], expPart[1:]
		}
		d, ok := asciiDigits(expPart)
		if !ok {
			return nil, &parseError{}
		}
		exp.SetString(sign+d, 10)
	}
	exp.Sub(exp, big.NewInt(int64(len([]rune(frac)))))
	v.exp = saturatedExp(exp)
	return v, nil
}

// saturatedExp is e, or, beyond what any context allows, an exponent just
// as far out of every context's range (±satExp): the exact constructor
// refuses it, and rounding to a context overflows, clamps or underflows it
// as libmpdec does an exponent it cannot hold.
func saturatedExp(e *big.Int) int64 {
	switch {
	case e.IsInt64() && e.Int64() <= satExp && e.Int64() >= -satExp:
		return e.Int64()
	case e.Sign() > 0:
		return satExp
	}
	return -satExp
}

// satExp is the largest exponent magnitude a Value holds: beyond both
// MAX_EMAX and MIN_ETINY, with room for adjusted exponents in an int64.
const satExp = 2 * maxExpAbs

// maxExpAbs bounds the exponents a Value may hold: CPython's
// MAX_EMAX+MAX_PREC-1 on 64-bit machines, and what a string may ask for.
const maxExpAbs = 2*999999999999999999 + 1

// sci is the value in scientific (or, with eng, engineering) notation,
// the to-sci-string and to-eng-string conversions of the specification,
// with 'E' or, without capitals, 'e'.
func (v *Value) sci(capitals, eng bool) string {
	var b strings.Builder
	if v.neg {
		b.WriteByte('-')
	}
	switch v.form {
	case formInfinite:
		b.WriteString("Infinity")
		return b.String()
	case formNaN, formSNaN:
		if v.form == formSNaN {
			b.WriteByte('s')
		}
		b.WriteString("NaN")
		if v.coeff.Sign() != 0 {
			b.WriteString(v.coeff.String())
		}
		return b.String()
	}
	if !eng && v.exp <= 0 && v.exp >= -19 && v.coeff.BitLen() <= 64 {
		if s, ok := plainSmall(v.neg, v.coeff.Uint64(), v.exp); ok {
			return s
		}
	}
	ds := v.coeff.String()
	n := int64(len(ds))
	adj := v.exp + n - 1
	if v.exp <= 0 && adj >= -6 {
		// Plain notation.
		if v.exp == 0 {
			b.WriteString(ds)
		} else if -v.exp < n {
			b.WriteString(ds[:n+v.exp])
			b.WriteByte('.')
			b.WriteString(ds[n+v.exp:])
		} else {
			b.WriteString("0.")
			b.WriteString(strings.Repeat("0", int(-v.exp-n)))
			b.WriteString(ds)
		}
		return b.String()
	}
	dot := int64(1) // digits before the point
	e := adj
	if eng {
		if v.coeff.Sign() == 0 {
			// A zero keeps an exponent that is a multiple of three by
			// showing zeros after the point.
			e = v.exp
			for ((e%3)+3)%3 != 0 {
				e++
			}
			b.WriteByte('0')
			if e > v.exp {
				b.WriteByte('.')
				b.WriteString(strings.Repeat("0", int(e-v.exp)))
			}
			return finishExp(&b, e, capitals)
		}
		m := ((adj % 3) + 3) % 3
		dot += m
		e = adj - m
	}
	if dot >= n {
		b.WriteString(ds)
		b.WriteString(strings.Repeat("0", int(dot-n)))
	} else {
		b.WriteString(ds[:dot])
		b.WriteByte('.')
		b.WriteString(ds[dot:])
	}
	return finishExp(&b, e, capitals)
}

func finishExp(b *strings.Builder, e int64, capitals bool) string {
	if e == 0 {
		return b.String()
	}
	if capitals {
		b.WriteByte('E')
	} else {
		b.WriteByte('e')
	}
	if e > 0 {
		b.WriteByte('+')
	}
	b.WriteString(big.NewInt(e).String())
	return b.String()
}

// plainSmall is sci's plain notation of a finite value whose coefficient
// u fits in 64 bits and whose exponent exp is between -19 and 0, built
// in one allocation; ok is false when the value needs an exponent.
func plainSmall(neg bool, u uint64, exp int64) (string, bool) {
	var digits [20]byte
	ds := strconv.AppendUint(digits[:0], u, 10)
	n := int64(len(ds))
	if exp+n-1 < -6 {
		return "", false
	}
	var buf [48]byte
	b := buf[:0]
	if neg {
		b = append(b, '-')
	}
	switch {
	case exp == 0:
		b = append(b, ds...)
	case -exp < n:
		b = append(b, ds[:n+exp]...)
		b = append(b, '.')
		b = append(b, ds[n+exp:]...)
	default:
		b = append(b, '0', '.')
		for i := int64(0); i < -exp-n; i++ {
			b = append(b, '0')
		}
		b = append(b, ds...)
	}
	return string(b), true
}
