package pyarg

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// TypeName is the name CPython's messages give o's type: "int" for gpython's
// big integers, "NoneType" for None or a missing value.
func TypeName(o py.Object) string {
	switch o.(type) {
	case nil, py.NoneType:
		return "NoneType"
	case *py.BigInt:
		return "int"
	}
	return pyutil.TypeName(o)
}

// ErrNotInteger is PyNumber_Index's TypeError for o: "'str' object cannot
// be interpreted as an integer".
func ErrNotInteger(o py.Object) error {
	return pyutil.TypeErrorf("'%s' object cannot be interpreted as an integer", TypeName(o))
}

// errFloat is the TypeError every C integer converter gives a float.
func errFloat() error {
	return pyutil.TypeErrorf("integer argument expected, got float")
}

func overflowf(format string, a ...any) error {
	return py.ExceptionNewf(py.OverflowError, format, a...)
}

// IntValue returns an int or bool as a *big.Int, nil for anything else
// (it calls no __index__). An instance of a script's int subclass (an
// IntEnum member, say) is an int, as CPython's PyLong_Check sees it: its
// value counts. The result may be shared with o: do not modify it.
func IntValue(o py.Object) *big.Int {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v))
	case py.Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *py.BigInt:
		return (*big.Int)(v)
	case *py.Type:
		if inner := pyutil.Unwrap(v); inner != o {
			return IntValue(inner)
		}
	}
	return nil
}

// special calls o's __index__ (or, when name is "__int__", __int__) if its
// type defines it, Go or Python; ok reports whether it did. The result must
// be an int.
func special(o py.Object, name string) (v *big.Int, ok bool, err error) {
	var r py.Object
	if t, isType := o.(*py.Type); isType && pyutil.IsInstanceObject(t) {
		// A script's class: its method is found on the class and bound
		// as CPython's slot binds it (gpython's M__index__ would call a
		// descriptor with the instance).
		res, found, err := pyutil.CallSpecial0(o, name)
		if !found || err != nil {
			return nil, found, err
		}
		r = res
	}
	switch name {
	case "__index__":
		if i, isIdx := o.(py.I__index__); isIdx && r == nil {
			n, err := i.M__index__()
			if err != nil {
				return nil, true, err
			}
			return big.NewInt(int64(n)), true, nil
		}
	case "__int__":
		if i, isInt := o.(py.I__int__); isInt && r == nil {
			if r, err = i.M__int__(); err != nil {
				return nil, true, err
			}
		}
	}
	if r == nil {
		res, found, err := py.TypeCall0(o, name)
		if !found {
			return nil, false, nil
		}
		if err != nil {
			return nil, true, err
		}
		r = res
	}
	if b := IntValue(r); b != nil {
		return b, true, nil
	}
	return nil, true, pyutil.TypeErrorf("%s returned non-int (type %s)", name, TypeName(r))
}

// Index is PyNumber_Index (operator.index): an int, a bool or an object
// with __index__, else "'str' object cannot be interpreted as an integer".
// The result may be shared with o: do not modify it.
func Index(o py.Object) (*big.Int, error) {
	if b := IntValue(o); b != nil {
		return b, nil
	}
	if b, ok, err := special(o, "__index__"); ok {
		return b, err
	}
	return nil, ErrNotInteger(o)
}

// IndexInt is Index for a Go int: a value that does not fit is
// OverflowError "cannot fit 'int' into an index-sized integer"
// (PyNumber_AsSsize_t(o, PyExc_OverflowError)).
func IndexInt(o py.Object) (int, error) { return IndexSize(o, py.OverflowError) }

// IndexSize is PyNumber_AsSsize_t: Index for a Go int, where a value that
// does not fit raises exc ("cannot fit 'int' into an index-sized integer";
// struct.pack_into passes IndexError), or, when exc is nil, saturates to
// the nearest int (slice indices).
func IndexSize(o py.Object, exc *py.Type) (int, error) {
	if v, ok := o.(py.Int); ok {
		return int(v), nil
	}
	b, err := Index(o)
	if err != nil {
		return 0, err
	}
	switch {
	case b.IsInt64():
		return int(b.Int64()), nil
	case exc != nil:
		return 0, py.ExceptionNewf(exc, "cannot fit '%s' into an index-sized integer", TypeName(o))
	case b.Sign() < 0:
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

// intLike converts o for the "i" and "l" kinds: float rejected, then int,
// bool, __int__ or __index__, else "an integer is required (got type str)".
func intLike(o py.Object) (*big.Int, error) {
	if _, ok := o.(py.Float); ok {
		return nil, errFloat()
	}
	if b := IntValue(o); b != nil {
		return b, nil
	}
	if b, ok, err := special(o, "__int__"); ok {
		return b, err
	}
	if b, ok, err := special(o, "__index__"); ok {
		return b, err
	}
	return nil, pyutil.TypeErrorf("an integer is required (got type %s)", TypeName(o))
}

// Long is a C long argument (format "l"): float is "integer argument
// expected, got float", a value outside 64 bits OverflowError "Python int
// too large to convert to C long".
func Long(o py.Object) (int64, error) {
	if v, ok := o.(py.Int); ok {
		return int64(v), nil
	}
	b, err := intLike(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, overflowf("Python int too large to convert to C long")
	}
	return b.Int64(), nil
}

// Int is a C int argument (format "i", the clinic's int): Long's rules,
// then "signed integer is greater than maximum" / "... less than minimum"
// outside 32 bits.
func Int(o py.Object) (int, error) {
	v, err := Long(o)
	if err != nil {
		return 0, err
	}
	switch {
	case v > math.MaxInt32:
		return 0, overflowf("signed integer is greater than maximum")
	case v < math.MinInt32:
		return 0, overflowf("signed integer is less than minimum")
	}
	return int(v), nil
}

// SsizeT is a Py_ssize_t argument (format "n", the clinic's Py_ssize_t):
// float is "integer argument expected, got float", other non-integers
// PyNumber_Index's TypeError, a value outside 64 bits OverflowError
// "Python int too large to convert to C ssize_t".
func SsizeT(o py.Object) (int, error) {
	if v, ok := o.(py.Int); ok {
		return int(v), nil
	}
	if _, ok := o.(py.Float); ok {
		return 0, errFloat()
	}
	b, err := Index(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, overflowf("Python int too large to convert to C ssize_t")
	}
	return int(b.Int64()), nil
}

// UnsignedLongMask is format "k": an int (or __index__ object) taken
// modulo 2**64, no overflow check; anything else is "argument must be
// int, not str" (None shows as "None").
func UnsignedLongMask(o py.Object) (uint64, error) {
	b := IntValue(o)
	if b == nil {
		var ok bool
		var err error
		if b, ok, err = special(o, "__index__"); !ok {
			name := TypeName(o)
			if o == nil || o == py.None {
				name = "None"
			}
			return 0, pyutil.TypeErrorf("argument must be int, not %s", name)
		} else if err != nil {
			return 0, err
		}
	}
	if b.IsInt64() {
		return uint64(b.Int64()), nil
	}
	m := new(big.Int).And(b, new(big.Int).SetUint64(math.MaxUint64))
	return m.Uint64(), nil
}

// UnsignedShort is an unsigned short argument as select's converters take
// it: "an integer is required" for a non-integer (float too), "Python int
// too large for C unsigned short" above 65535 and "can't convert negative
// value to unsigned int" below 0.
func UnsignedShort(o py.Object) (uint16, error) {
	if _, ok := o.(py.Float); ok {
		return 0, pyutil.TypeErrorf("an integer is required")
	}
	b := IntValue(o)
	if b == nil {
		var ok bool
		var err error
		if b, ok, err = special(o, "__int__"); !ok {
			if b, ok, err = special(o, "__index__"); !ok {
				return 0, pyutil.TypeErrorf("an integer is required")
			}
		}
		if err != nil {
			return 0, err
		}
	}
	switch {
	case b.Sign() < 0:
		return 0, overflowf("can't convert negative value to unsigned int")
	case !b.IsUint64():
		return 0, overflowf("Python int too large to convert to C unsigned long")
	case b.Uint64() > math.MaxUint16:
		return 0, overflowf("Python int too large for C unsigned short")
	}
	return uint16(b.Uint64()), nil
}

// IntStrict is a C int argument under CPython 3.10's rules, which take an
// integer through __index__ only: a float or str is PyNumber_Index's
// "'float' object cannot be interpreted as an integer", then Int's range
// messages. datetime uses it (its differential tests compare with the
// newer CPython's messages).
func IntStrict(o py.Object) (int, error) {
	if v, ok := o.(py.Int); ok && v >= math.MinInt32 && v <= math.MaxInt32 {
		return int(v), nil
	}
	b, err := Index(o)
	if err != nil {
		return 0, err
	}
	return Int((*py.BigInt)(b))
}

// IsInteger reports whether o is an integer to Index: an int, a bool or an
// object whose type defines __index__. It calls nothing.
func IsInteger(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.I__index__:
		return true
	}
	if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
		return t.Type().GetAttrOrNil("__index__") != nil
	}
	return false
}

// LongStrict is a C long argument under CPython 3.10's rules: an integer
// through __index__ only (a float is "'float' object cannot be interpreted
// as an integer"), "Python int too large to convert to C long" outside 64
// bits. socket uses it: its differential tests compare with the newer
// CPython's messages.
func LongStrict(o py.Object) (int64, error) {
	if v, ok := o.(py.Int); ok {
		return int64(v), nil
	}
	b, err := Index(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, overflowf("Python int too large to convert to C long")
	}
	return b.Int64(), nil
}

// IntClinic is the argument clinic's int converter under CPython 3.10's
// rules (_PyLong_AsInt): an integer through __index__ only, PyNumber_Index's
// TypeError otherwise, and OverflowError "Python int too large to convert
// to C int" for any value outside 32 bits. ssl's methods use it.
func IntClinic(o py.Object) (int, error) {
	if v, ok := o.(py.Int); ok && v >= math.MinInt32 && v <= math.MaxInt32 {
		return int(v), nil
	}
	b, err := Index(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() || b.Int64() > math.MaxInt32 || b.Int64() < math.MinInt32 {
		return 0, overflowf("Python int too large to convert to C int")
	}
	return int(b.Int64()), nil
}

// IteratorPosition is the argument of an iterator's __setstate__ (a
// position from its __reduce__): an object with __index__, else
// TypeError "an integer is required", as CPython's iterators say.
func IteratorPosition(o py.Object) (int, error) {
	if _, ok := o.(py.I__index__); !ok {
		return 0, pyutil.TypeErrorf("an integer is required")
	}
	return py.IndexInt(o)
}
