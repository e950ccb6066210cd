package decimal

import (
	"github.com/go-python/gpython/py"
)

// opFn is _apdecimal.op(name, ctx, a, b=None, c=None): the operation
// name on values under the context tuple, returning (result, flags).
// A third operand is a rounding name for quantize and to_integral.
func opFn(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 3 {
		return nil, py.ExceptionNewf(py.TypeError, "op needs a name, a context and an operand")
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "op name must be str")
	}
	c, err := ctxFromTuple(args[1])
	if err != nil {
		return nil, err
	}
	vals := make([]*Value, 0, 3)
	var rounding string
	for _, o := range args[2:] {
		switch x := o.(type) {
		case *Value:
			vals = append(vals, x)
		case py.String:
			rounding = string(x)
		}
	}
	if rounding == "" {
		rounding = c.rounding
	}
	switch name {
	case "number_class", "is_normal", "is_subnormal":
		if len(vals) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s takes %d values", string(name), 1)
		}
		a := vals[0]
		switch name {
		case "number_class":
			return py.Tuple{py.String(c.numberClass(a)), py.Int(0)}, nil
		case "is_normal":
			return py.Tuple{py.NewBool(a.isFinite() && !a.isZero() && a.adjusted() >= c.emin), py.Int(0)}, nil
		default:
			return py.Tuple{py.NewBool(a.isFinite() && !a.isZero() && a.adjusted() < c.emin), py.Int(0)}, nil
		}
	}
	if n := opArity(string(name)); n != len(vals) {
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "unknown decimal operation %q", string(name))
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s takes %d values", string(name), n)
	}
	r, f, err := c.run(string(name), vals, rounding)
	if err != nil {
		return nil, pyErr(err)
	}
	if f&fMemory != 0 {
		return nil, pyErr(errTooBig)
	}
	return py.Tuple{r, py.Int(f)}, nil
}

// compareOp is the specification's compare: -1, 0 or 1 as a value, or
// NaN; with signal, any NaN raises InvalidOperation.
func (c *ctx) compareOp(a, b *Value, signal bool) (*Value, int) {
	if a.isNaN() || b.isNaN() {
		r, f := c.nanOf(a, b)
		if signal {
			f |= fInvalid
		}
		return r, f
	}
	k := compare(a, b)
	r := &Value{neg: k < 0}
	if k != 0 {
		r.coeff.SetInt64(1)
	}
	return r, 0
}

// opArity is the number of values the operation name takes, or -1 for
// a name run does not know.
func opArity(name string) int {
	switch name {
	case "add", "sub", "mul", "div", "divint", "rem", "remnear", "pow",
		"max", "min", "max_mag", "min_mag", "quantize", "next_toward",
		"scaleb", "shift", "rotate", "and", "or", "xor", "compare", "compare_signal":
		return 2
	case "fma", "powmod":
		return 3
	case "sqrt", "exp", "ln", "log10", "plus", "minus", "abs", "to_integral",
		"to_integral_exact", "reduce", "next_plus", "next_minus", "logb", "invert", "finish":
		return 1
	}
	return -1
}

// run computes the operation name (one that opArity knows) on vals,
// which hold as many values as opArity says, with rounding for quantize
// and the to_integral operations. It is the one dispatcher of op and
// of the fast paths.
func (c *ctx) run(name string, vals []*Value, rounding string) (r *Value, f int, err error) {
	a := vals[0]
	if c.prec > maxWorkPrec {
		// Operations whose work grows with the precision itself.
		switch name {
		case "shift", "rotate", "and", "or", "xor", "invert", "exp", "ln", "log10", "sqrt",
			"pow", "next_plus", "next_minus", "next_toward":
			return nil, 0, errTooBig
		}
	}
	switch name {
	case "add", "sub":
		r, f, err = c.add(a, vals[1], name == "sub")
	case "mul":
		r, f, err = c.mul(a, vals[1])
	case "div":
		r, f, err = c.div(a, vals[1])
	case "divint":
		r, f, err = c.divInt(a, vals[1])
	case "rem":
		r, f, err = c.rem(a, vals[1])
	case "remnear":
		r, f, err = c.remNear(a, vals[1])
	case "pow":
		r, f, err = c.pow(a, vals[1])
	case "powmod":
		r, f, err = c.powMod(a, vals[1], vals[2])
	case "fma":
		r, f, err = c.fma(a, vals[1], vals[2])
	case "sqrt":
		r, f, err = c.sqrt(a)
	case "exp":
		r, f, err = c.exp(a)
	case "ln":
		r, f, err = c.ln(a)
	case "log10":
		r, f, err = c.log10(a)
	case "plus":
		r, f = c.plus(a, a.neg)
	case "minus":
		r, f = c.plus(a, !a.neg)
	case "abs":
		r, f = c.plus(a, false)
	case "max", "min", "max_mag", "min_mag":
		r, f = c.minMax(a, vals[1], name == "max" || name == "max_mag", name == "max_mag" || name == "min_mag")
	case "quantize":
		r, f = c.quantize(a, vals[1], rounding)
	case "to_integral":
		r, f = c.toIntegral(a, rounding, false)
	case "to_integral_exact":
		r, f = c.toIntegral(a, rounding, true)
	case "reduce":
		r, f = c.reduce(a)
	case "next_plus":
		r, f = c.next(a, 1)
	case "next_minus":
		r, f = c.next(a, -1)
	case "next_toward":
		r, f = c.nextToward(a, vals[1])
	case "logb":
		r, f = c.logb(a)
	case "scaleb":
		r, f = c.scaleb(a, vals[1])
	case "shift", "rotate":
		r, f = c.shift(a, vals[1], name == "rotate")
	case "and", "or", "xor":
		r, f = c.logical(name, a, vals[1])
	case "invert":
		r, f = c.logical("invert", a, nil)
	case "compare", "compare_signal":
		r, f = c.compareOp(a, vals[1], name == "compare_signal")
	case "finish":
		r = a.clone()
		f = c.finish(r, false)
	}
	return r, f, err
}
