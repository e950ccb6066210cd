package vm

import (
	"math"
	"math/big"
	"strconv"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
)

// Builtins whose Go implementations in gpython cannot honour the loop's
// semantics (they compare, call or truth-test Python objects) go through
// the loop's one place for each.

// Len is len(o) for the types the loop knows: instances of Python classes
// (__len__ along the MRO, with CPython's checks); handled is false for
// anything else.
func Len(o py.Object) (n py.Object, handled bool, err error) {
	if d, ok := o.(py.StringDict); ok {
		return py.Int(len(d) + sideLen(d)), true, nil
	}
	if _, ok := o.(*py.RangeIterator); ok {
		// gpython's range iterator embeds its range and with it the
		// range's __len__; CPython's iterator has no length.
		return nil, true, py.ExceptionNewf(py.TypeError, "object of type 'range_iterator' has no len()")
	}
	if m, ok := metaclassMethod(o, "__len__"); ok {
		r, err := callMethod(o, m)
		if err == nil && !isIndex(r) {
			err = py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(r))
		}
		return r, true, err
	}
	if cls, ok := pythonClassOf(o); ok {
		n, err := instanceLen(o, cls)
		return n, true, err
	}
	return nil, false, nil
}

// instanceLen is len() of an instance of a Python class.
func instanceLen(o py.Object, cls *py.Type) (py.Object, error) {
	if v, ok := valueFor(o, "__len__"); ok {
		return valueLen(v)
	}
	m := cls.Lookup("__len__")
	if m == nil {
		return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", shortName(cls))
	}
	r, err := callMethod(o, m)
	if err != nil {
		return nil, err
	}
	if !isIndex(r) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(r))
	}
	if b, ok := r.(*py.BigInt); ok {
		if (*big.Int)(b).Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
		}
		return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	n, err := py.Index(r)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
	}
	return n, nil
}

func builtinSorted(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if n := len(args) + len(kwargs); n > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "sorted() takes at most 3 arguments (%d given)", n)
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Function takes at least 1 positional arguments (0 given)")
	}
	// A positional reverse and the keywords are checked before the
	// iterable is read.
	if len(args) == 3 {
		if _, err := pyarg.Int(args[2]); err != nil {
			return nil, err
		}
	}
	for k, v := range kwargs {
		switch k {
		case "key":
		case "reverse":
			if _, err := pyarg.Int(v); err != nil {
				return nil, err
			}
		default:
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
	}
	items, err := toTuple(args[0])
	if err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "must use keyword argument for key function")
	}
	l := py.NewListFromItems(append([]py.Object(nil), items...))
	if err := sortList(l, kwargs, "sorted"); err != nil {
		return nil, err
	}
	return l, nil
}

func listSort(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if _, ok := self.(*py.List); !ok {
		// Called through the class: list.sort(l, ...).
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'sort' of 'list' object needs an argument")
		}
		if _, ok := args[0].(*py.List); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'sort' requires a 'list' object but received a '%s'", typeName(args[0]))
		}
		self, args = args[0], args[1:]
	}
	if len(args) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "must use keyword argument for key function")
	}
	if err := sortList(self.(*py.List), kwargs, "sort"); err != nil {
		return nil, err
	}
	return py.None, nil
}

// builtinRound is round(number[, ndigits]) with CPython's correctly
// rounded, half-to-even results (gpython's ignores ndigits).
func builtinRound(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("round", args, kwargs, []string{"number", "ndigits"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	number, ndigits := a[0], a[1]
	if ndigits == nil {
		ndigits = py.None
	}
	switch number.(type) {
	case py.Float, py.Int, py.Bool, *py.BigInt:
	default:
		if r, ok := number.(py.I__round__); ok {
			return r.M__round__(ndigits) // a Go type's (decimal.Decimal)
		}
		if _, ok := pythonClassOf(number); !ok {
			// The type is checked before ndigits.
			return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", typeName(number))
		}
	}
	if cls, ok := pythonClassOf(number); ok {
		m := cls.Lookup("__round__")
		if m == nil {
			return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", shortName(cls))
		}
		if ndigits == py.None {
			return callMethod(number, m)
		}
		return callMethod(number, m, ndigits)
	}
	n := 0
	if ndigits != py.None {
		if !isIndex(ndigits) {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(ndigits))
		}
		// CPython reads ndigits saturated: round(x, 2**100) is x.
		sat, err := saturatedIndex(intBound(ndigits))
		if err != nil {
			return nil, err
		}
		if n, err = py.IndexInt(sat); err != nil {
			return nil, err
		}
	}
	switch v := number.(type) {
	case py.Float:
		x := float64(v)
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if ndigits == py.None {
				return nil, floatIntegral(x)
			}
			return v, nil
		}
		if ndigits == py.None {
			r := math.RoundToEven(x)
			if math.Abs(r) < 1<<62 {
				return py.Int(int64(r)), nil
			}
			b, _ := new(big.Float).SetFloat64(r).Int(nil)
			return (*py.BigInt)(b), nil
		}
		r := roundFloat(x, n)
		if math.IsInf(r, 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "rounded value too large to represent")
		}
		return py.Float(r), nil
	case py.Int, py.Bool, *py.BigInt:
		if ndigits == py.None || n >= 0 {
			if bv, ok := v.(py.Bool); ok {
				return boolInt(bv), nil
			}
			return v, nil
		}
		return roundInt(v, -n), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", typeName(number))
}

// roundFloat rounds x to n decimal digits, correctly rounded (the decimal
// conversion of strconv rounds the exact binary value half to even).
func roundFloat(x float64, n int) float64 {
	if n > 330 {
		return x
	}
	if n >= 0 {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
		return r
	}
	if n < -330 {
		return math.Copysign(0, x)
	}
	// Exactly: x as a fraction, divided by 10**-n, rounded half to even,
	// multiplied back, and rounded once to the nearest float.
	r := new(big.Rat)
	if r.SetFloat64(x) == nil {
		return x // an infinity or a NaN
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
	q := new(big.Rat).Quo(r, new(big.Rat).SetInt(p))
	y := roundRatHalfEven(q)
	f, _ := new(big.Rat).SetInt(y.Mul(y, p)).Float64()
	return math.Copysign(f, x)
}

// roundRatHalfEven is q rounded to an integer, ties to even.
func roundRatHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int)) // truncated
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	switch c := twice.Cmp(den); {
	case c > 0, c == 0 && quo.Bit(0) == 1:
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}

// roundInt rounds the int v to a multiple of 10**k, half to even.
func roundInt(v py.Object, k int) py.Object {
	x := new(big.Int)
	switch i := v.(type) {
	case py.Int:
		x.SetInt64(int64(i))
	case py.Bool:
		x.SetInt64(int64(boolInt(i)))
	case *py.BigInt:
		x.Set((*big.Int)(i))
	}
	if k < 0 || k > len(x.String()) {
		// 10**k is beyond twice |x| (k < 0: -ndigits overflowed): the
		// multiple nearest x is 0.
		return py.Int(0)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	q, r := new(big.Int).DivMod(x, p, new(big.Int)) // r >= 0
	twice := new(big.Int).Lsh(r, 1)
	if c := twice.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, p)
	if q.IsInt64() {
		return boxInt(py.Int(q.Int64()))
	}
	return (*py.BigInt)(q)
}

// builtinChr is chr(i) as CPython 3.6's: i through __index__ (an int
// subclass or IntEnum member gives its value), the "i" format's
// OverflowErrors, and a lone surrogate as the interpreter keeps one (its
// three-byte form, as the codecs' surrogateescape makes it).
func builtinChr(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "chr() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "chr() takes exactly one argument (%d given)", len(args))
	}
	arg, err := instanceIndex(args[0])
	if err != nil {
		return nil, err
	}
	i, err := pyarg.Int(arg)
	if err != nil {
		return nil, err
	}
	if i < 0 || i >= 0x110000 {
		return nil, py.ExceptionNewf(py.ValueError, "chr() arg not in range(0x110000)")
	}
	if i >= 0xD800 && i <= 0xDFFF {
		return py.String([]byte{0xE0 | byte(i>>12), 0x80 | byte(i>>6)&0x3F, 0x80 | byte(i)&0x3F}), nil
	}
	return py.String(string(rune(i))), nil
}
