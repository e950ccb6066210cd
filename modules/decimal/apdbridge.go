package decimal

import (
	"errors"

	"github.com/cockroachdb/apd/v3"
	"github.com/go-python/gpython/py"
)

// The bridge to apd. apd limits exponents to +-100000 and precision to
// 32 bits, far below CPython's MAX_EMAX and MAX_PREC, so an operation
// hands apd operands whose exponents have been shifted near zero and a
// context without exponent limits, and does the fitting to the Python
// context itself (ctx.finish).

// errTooBig is what an operation reports when apd cannot hold an
// intermediate result: CPython raises MemoryError where its own
// limits are reached.
var errTooBig = errors.New("decimal: result out of apd's range")

// maxWorkPrec bounds the working precision of one operation: beyond it
// CPython would need gigabytes as well, and raises MemoryError.
const maxWorkPrec = 50_000_000

// toApd converts a finite v to an apd.Decimal whose exponent is v's
// minus shift.
func toApd(v *Value, shift int64) (*apd.Decimal, error) {
	e := v.exp - shift
	if e > apd.MaxExponent || e < apd.MinExponent {
		return nil, errTooBig
	}
	d := &apd.Decimal{Form: v.form, Negative: v.neg, Exponent: int32(e)}
	d.Coeff.SetMathBigInt(&v.coeff)
	return d, nil
}

// fromApd converts d back, adding shift to its exponent.
func fromApd(d *apd.Decimal, shift int64) *Value {
	v := &Value{form: d.Form, neg: d.Negative, exp: int64(d.Exponent) + shift}
	v.coeff.Set(d.Coeff.MathBigInt())
	return v
}

// wide returns an apd context with precision prec (0: exact), apd's own
// exponent limits and the given rounding, trapping nothing.
func wide(prec int64, r apd.Rounder) (*apd.Context, error) {
	if prec > maxWorkPrec {
		return nil, errTooBig
	}
	return &apd.Context{Precision: uint32(prec), MaxExponent: apd.MaxExponent, MinExponent: apd.MinExponent, Rounding: r}, nil
}

// apdFlags maps the conditions of an apd operation that decimal.py
// reports; Rounded and Inexact are left to ctx.finish, which decides
// them against the Python context. A system overflow or underflow means
// apd could not hold the result.
func apdFlags(c apd.Condition) (int, error) {
	if c.SystemOverflow() || c.SystemUnderflow() {
		return 0, errTooBig
	}
	f := 0
	if c.DivisionByZero() {
		f |= fDivByZero
	}
	switch {
	case c.DivisionUndefined():
		f |= fDivUndefined
	case c.DivisionImpossible():
		f |= fDivImpossible
	case c.InvalidOperation():
		f |= fInvalid
	}
	return f, nil
}

// pyErr converts the bridge's errors into Python exceptions.
func pyErr(err error) error {
	if err == errTooBig {
		return py.ExceptionNewf(py.MemoryError, "")
	}
	return err
}
