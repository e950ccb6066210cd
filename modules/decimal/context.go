package decimal

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// Condition bits reported to decimal.py. The InvalidOperation
// sub-conditions are separate bits because CPython names them in its trap
// messages; decimal.py sets the InvalidOperation flag for each.
const (
	fClamped = 1 << iota
	fInvalid
	fDivByZero
	fInexact
	fRounded
	fSubnormal
	fOverflow
	fUnderflow
	fConvSyntax
	fDivImpossible
	fDivUndefined
	fInvalidContext
	// fMemory is not a condition: the result would need more memory
	// than CPython could find either (MemoryError).
	fMemory = 1 << 30
)

// ctx is decimal.Context's arithmetic part, as decimal.py passes it:
// the tuple (prec, rounding, Emin, Emax, clamp).
type ctx struct {
	prec       int64
	rounding   string
	emin, emax int64
	clamp      bool
}

func (c *ctx) etiny() int64 { return c.emin - c.prec + 1 }
func (c *ctx) etop() int64  { return c.emax - c.prec + 1 }

// validRounding reports whether name is one of decimal's rounding modes.
func validRounding(name string) bool {
	switch name {
	case "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
		"ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP":
		return true
	}
	return false
}

// ctxFromTuple reads the tuple decimal.py passes.
func ctxFromTuple(o py.Object) (*ctx, error) {
	t, ok := o.(py.Tuple)
	if !ok || len(t) != 5 {
		return nil, py.ExceptionNewf(py.TypeError, "bad context tuple")
	}
	var c ctx
	var err error
	if c.prec, err = goInt64(t[0]); err != nil {
		return nil, err
	}
	r, ok := t[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "bad rounding")
	}
	c.rounding = string(r)
	if !validRounding(c.rounding) {
		return nil, py.ExceptionNewf(py.TypeError, "bad rounding")
	}
	if c.emin, err = goInt64(t[2]); err != nil {
		return nil, err
	}
	if c.emax, err = goInt64(t[3]); err != nil {
		return nil, err
	}
	cl, err := goInt64(t[4])
	if err != nil {
		return nil, err
	}
	c.clamp = cl != 0
	return &c, nil
}

func goInt64(o py.Object) (int64, error) {
	switch x := o.(type) {
	case py.Int:
		return int64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return x.GoInt64()
	}
	return 0, py.ExceptionNewf(py.TypeError, "an integer is required")
}

// roundUp reports whether the kept digits q (of a number whose sign is
// neg) go up by one unit under rounding: half compares the discarded part
// with half a unit (-1 below, 0 equal, 1 above); inexact says whether
// anything nonzero was discarded.
func roundUp(rounding string, q *big.Int, neg bool, half int, inexact bool) bool {
	if !inexact {
		return false
	}
	var last uint64
	switch rounding {
	case "ROUND_HALF_EVEN":
		last = uint64(q.Bit(0)) // the parity of q is that of its last digit
	case "ROUND_05UP":
		last = uint64(new(big.Int).Rem(q, bigTen).Int64())
	}
	return roundUpLast(rounding, last, neg, half, inexact)
}

// roundUpLast is roundUp for a q whose last digit (or, for
// ROUND_HALF_EVEN, parity) is last.
func roundUpLast(rounding string, last uint64, neg bool, half int, inexact bool) bool {
	if !inexact {
		return false
	}
	switch rounding {
	case "ROUND_DOWN":
		return false
	case "ROUND_UP":
		return true
	case "ROUND_CEILING":
		return !neg
	case "ROUND_FLOOR":
		return neg
	case "ROUND_HALF_UP":
		return half >= 0
	case "ROUND_HALF_DOWN":
		return half > 0
	case "ROUND_HALF_EVEN":
		return half > 0 || half == 0 && last&1 == 1
	case "ROUND_05UP":
		return last == 0 || last == 5
	}
	return false
}

// dropDigits removes the drop lowest digits of coeff (drop >= 0) under
// rounding; sticky says that the true value lies beyond coeff's digits
// (a truncated result). It returns the rounded coefficient and whether
// the result is inexact.
func dropDigits(coeff *big.Int, drop int64, neg bool, rounding string, sticky bool) (*big.Int, bool) {
	if drop == 0 {
		q := new(big.Int).Set(coeff)
		if sticky && roundUp(rounding, q, neg, -1, true) {
			q.Add(q, bigOne)
		}
		return q, sticky
	}
	nd := numDigits(coeff)
	if drop > nd {
		q := new(big.Int)
		inexact := coeff.Sign() != 0 || sticky
		if roundUp(rounding, q, neg, -1, inexact) {
			q.SetInt64(1)
		}
		return q, inexact
	}
	p := pow10(drop)
	q, m := new(big.Int).QuoRem(coeff, p, new(big.Int))
	inexact := m.Sign() != 0 || sticky
	half := new(big.Int).Lsh(m, 1).Cmp(p)
	if half == 0 && sticky {
		half = 1
	}
	if roundUp(rounding, q, neg, half, inexact) {
		q.Add(q, bigOne)
	}
	return q, inexact
}

// finish fits v (an exact result, or with sticky a truncated one) to the
// context: it rounds the coefficient to prec digits, rounds subnormal
// results at Etiny, overflows to infinity or the largest number, clamps
// exponents, and truncates NaN payloads. It returns the conditions
// raised.
func (c *ctx) finish(v *Value, sticky bool) int {
	switch v.form {
	case formInfinite:
		return 0
	case formNaN, formSNaN:
		keep := c.prec
		if c.clamp {
			keep--
		}
		if v.coeff.Sign() != 0 && numDigits(&v.coeff) > keep {
			v.coeff.Rem(&v.coeff, pow10(keep))
		}
		return 0
	}
	flags := 0
	if v.coeff.Sign() == 0 && !sticky {
		if c.clamp && v.exp > c.etop() {
			v.exp = c.etop()
			flags |= fClamped
		} else if v.exp > c.emax {
			v.exp = c.emax
			flags |= fClamped
		} else if v.exp < c.etiny() {
			v.exp = c.etiny()
			flags |= fClamped
		}
		return flags
	}
	nd := numDigits(&v.coeff)
	adj := v.exp + nd - 1
	drop := int64(0)
	if adj < c.emin {
		flags |= fSubnormal
		if v.exp < c.etiny() {
			drop = c.etiny() - v.exp
		}
	} else if nd > c.prec {
		drop = nd - c.prec
	}
	if drop > 0 || sticky {
		q, inexact := dropDigits(&v.coeff, drop, v.neg, c.rounding, sticky)
		v.coeff.Set(q)
		v.exp += drop
		flags |= fRounded
		if inexact {
			flags |= fInexact
		}
		if numDigits(&v.coeff) > c.prec {
			// Rounding carried into a new digit: 999.. became 1000..
			v.coeff.Quo(&v.coeff, bigTen)
			v.exp++
		}
		if flags&fSubnormal != 0 {
			if inexact {
				flags |= fUnderflow
			}
			if v.coeff.Sign() == 0 {
				flags |= fClamped
			}
		}
	}
	if v.coeff.Sign() != 0 && v.exp+numDigits(&v.coeff)-1 > c.emax {
		flags |= fOverflow | fInexact | fRounded
		toInf := true
		switch c.rounding {
		case "ROUND_DOWN", "ROUND_05UP":
			toInf = false
		case "ROUND_CEILING":
			toInf = !v.neg
		case "ROUND_FLOOR":
			toInf = v.neg
		}
		if !toInf && c.prec > maxWorkPrec {
			return fMemory
		}
		if toInf {
			v.form = formInfinite
			v.coeff.SetInt64(0)
			v.exp = 0
		} else {
			v.coeff.Sub(pow10(c.prec), bigOne)
			v.exp = c.etop()
		}
		return flags
	}
	if c.clamp && v.exp > c.etop() {
		if v.exp-c.etop() > maxWorkPrec {
			return fMemory
		}
		v.coeff.Mul(&v.coeff, pow10(v.exp-c.etop()))
		v.exp = c.etop()
		flags |= fClamped
	}
	return flags
}
