package vm

import (
	"cmp"
	"math"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"

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
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Function takes at least 1 positional arguments (0 given)")
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

// sortList sorts l in place, stably, with the key and reverse keyword
// arguments of list.sort and sorted.
func sortList(l *py.List, kwargs py.StringDict, fname string) error {
	var key py.Object = py.None
	var reverse py.Object = py.False
	for k, v := range kwargs {
		switch k {
		case "key":
			key = v
		case "reverse":
			reverse = v
		default:
			return py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
	}
	rev, err := Truth(reverse)
	if err != nil {
		return err
	}
	items := l.Items
	keys := items
	if key != py.None {
		keys = make([]py.Object, len(items))
		for i, it := range items {
			if keys[i], err = Call(key, py.Tuple{it}, nil); err != nil {
				return err
			}
		}
	}
	if fastSort(items, keys, rev) {
		return nil
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	if rev {
		// Reversing before and after a stable sort keeps equal items in
		// their original order, as CPython's reverse=True does.
		for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
			idx[i], idx[j] = idx[j], idx[i]
		}
	}
	var sortErr error
	sort.SliceStable(idx, func(i, j int) bool {
		if sortErr != nil {
			return false
		}
		lt, err := Less(keys[idx[i]], keys[idx[j]])
		if err != nil {
			sortErr = err
			return false
		}
		return lt
	})
	if sortErr != nil {
		return sortErr
	}
	if rev {
		for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
			idx[i], idx[j] = idx[j], idx[i]
		}
	}
	sorted := make([]py.Object, len(items))
	for i, k := range idx {
		sorted[i] = items[k]
	}
	copy(l.Items, sorted)
	return nil
}

// builtinRound is round(number[, ndigits]) with CPython's correctly
// rounded, half-to-even results (gpython's ignores ndigits).
func builtinRound(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var number, ndigits py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:round", []string{"number", "ndigits"}, &number, &ndigits); err != nil {
		return nil, err
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
		var err error
		if n, err = py.IndexInt(intBound(ndigits)); err != nil {
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
		return py.Float(roundFloat(x, n)), nil
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

// fastSort sorts items in place when every key is an int, or every key a
// str (the common cases), comparing them directly; it reports false, doing
// nothing, for anything else. Stable, as list.sort is.
func fastSort(items, keys []py.Object, rev bool) bool {
	if len(keys) < 2 {
		return true
	}
	switch keys[0].(type) {
	case py.Int:
		for _, k := range keys {
			if _, ok := k.(py.Int); !ok {
				return false
			}
		}
		sortPairs(items, keys, rev, func(a, b py.Object) int { return cmp.Compare(a.(py.Int), b.(py.Int)) })
		return true
	case py.String:
		for _, k := range keys {
			if _, ok := k.(py.String); !ok {
				return false
			}
		}
		sortPairs(items, keys, rev, func(a, b py.Object) int { return strings.Compare(string(a.(py.String)), string(b.(py.String))) })
		return true
	}
	return false
}

func sortPairs(items, keys []py.Object, rev bool, compare func(a, b py.Object) int) {
	if &items[0] == &keys[0] {
		slices.SortStableFunc(items, func(a, b py.Object) int {
			if rev {
				return compare(b, a)
			}
			return compare(a, b)
		})
		return
	}
	type pair struct{ k, v py.Object }
	ps := make([]pair, len(items))
	for i := range items {
		ps[i] = pair{keys[i], items[i]}
	}
	slices.SortStableFunc(ps, func(a, b pair) int {
		if rev {
			return compare(b.k, a.k)
		}
		return compare(a.k, b.k)
	})
	for i := range ps {
		items[i] = ps[i].v
	}
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
