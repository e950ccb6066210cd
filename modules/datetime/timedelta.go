package datetime

import (
	"fmt"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TimedeltaType is the Python type "datetime.timedelta".
var TimedeltaType = py.ObjectType.NewType("datetime.timedelta", timedeltaDoc, timedeltaNew, nil)

const timedeltaDoc = `timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

A duration, stored as days, seconds and microseconds.`

// Timedelta is a normalised duration: 0 <= Seconds < 86400 and
// 0 <= Micro < 1000000; Days carries the sign, as in CPython.
type Timedelta struct {
	Days    int64
	Seconds int64
	Micro   int64
}

// Type returns TimedeltaType.
func (Timedelta) Type() *py.Type { return TimedeltaType }

var (
	_ py.I__repr__     = Timedelta{}
	_ py.I__str__      = Timedelta{}
	_ py.I__add__      = Timedelta{}
	_ py.I__sub__      = Timedelta{}
	_ py.I__mul__      = Timedelta{}
	_ py.I__rmul__     = Timedelta{}
	_ py.I__truediv__  = Timedelta{}
	_ py.I__floordiv__ = Timedelta{}
	_ py.I__mod__      = Timedelta{}
	_ py.I__neg__      = Timedelta{}
	_ py.I__pos__      = Timedelta{}
	_ py.I__abs__      = Timedelta{}
	_ py.I__bool__     = Timedelta{}
	_ py.I__divmod__   = Timedelta{}
	_ py.I__eq__       = Timedelta{}
	_ py.I__lt__       = Timedelta{}
)

var microPerDay = big.NewInt(86400 * 1000000)

// Micros returns the duration in microseconds.
func (td Timedelta) Micros() *big.Int {
	r := big.NewInt(td.Days)
	r.Mul(r, microPerDay)
	return r.Add(r, big.NewInt(td.Seconds*1000000+td.Micro))
}

// TimedeltaFromMicros normalises a count of microseconds, raising
// OverflowError as CPython 3.6 does: days beyond a C int cannot be
// converted, and |days| must be at most 999999999.
func TimedeltaFromMicros(us *big.Int) (Timedelta, error) {
	d, m := new(big.Int).DivMod(us, microPerDay, new(big.Int)) // Euclidean: m >= 0
	if !d.IsInt64() || d.Int64() > math.MaxInt32 || d.Int64() < math.MinInt32 {
		return Timedelta{}, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
	}
	if d.Int64() > maxDeltaDays || d.Int64() < -maxDeltaDays {
		return Timedelta{}, py.ExceptionNewf(py.OverflowError, "days=%s; must have magnitude <= %d", d.String(), maxDeltaDays)
	}
	r := m.Int64()
	return Timedelta{Days: d.Int64(), Seconds: r / 1000000, Micro: r % 1000000}, nil
}

// roundHalfEven rounds a rational to the nearest integer, ties to even.
func roundHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int)) // floor, m >= 0
	twice := new(big.Int).Lsh(m, 1)
	switch twice.Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// ratOf returns an int or float as an exact rational, or nil for other
// types.
func ratOf(o py.Object) (*big.Rat, error) {
	if b := bigOf(o); b != nil {
		return new(big.Rat).SetInt(b), nil
	}
	if f, ok := o.(py.Float); ok {
		if math.IsNaN(float64(f)) {
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
		}
		if math.IsInf(float64(f), 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		}
		return new(big.Rat).SetFloat64(float64(f)), nil
	}
	return nil, nil
}

// timedelta's parameters, and each one's worth in microseconds.
var (
	timedeltaNames   = []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
	timedeltaFactors = []int64{86400e6, 1e6, 1, 1e3, 60e6, 3600e6, 7 * 86400e6}
)

func timedeltaNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	names, factors := timedeltaNames, timedeltaFactors
	vals, err := getargs36("__new__", args, kwargs, names, 0, nil)
	if err != nil {
		return nil, err
	}
	if us, ok := smallMicros(vals); ok {
		// the common call, timedelta(seconds=37): ints whose sum in
		// microseconds fits 64 bits are exact without rationals
		return timedeltaFromMicros64(us)
	}
	total := new(big.Rat)
	for i, v := range vals {
		if v == nil {
			continue
		}
		r, err := ratOf(v)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, pyutil.TypeErrorf("unsupported type for timedelta %s component: %s", names[i], tpName(v))
		}
		total.Add(total, r.Mul(r, new(big.Rat).SetInt64(factors[i])))
	}
	return TimedeltaFromMicros(roundHalfEven(total))
}

// smallMicros is the sum of vals (timedelta's arguments, nil where not
// given) in microseconds when each is a py.Int and nothing overflows 64
// bits; ok is false otherwise.
func smallMicros(vals []py.Object) (us int64, ok bool) {
	for i, v := range vals {
		if v == nil {
			continue
		}
		n, isInt := v.(py.Int)
		if !isInt {
			return 0, false
		}
		f := timedeltaFactors[i]
		if n > py.Int(math.MaxInt64/f) || n < py.Int(-(math.MaxInt64/f)) {
			return 0, false
		}
		part := int64(n) * f
		if (part > 0 && us > math.MaxInt64-part) || (part < 0 && us < math.MinInt64-part) {
			return 0, false
		}
		us += part
	}
	return us, true
}

// M__repr__ is CPython 3.6's form, datetime.timedelta(days, seconds,
// microseconds) with trailing zero fields omitted (3.7+ prints keywords).
func (td Timedelta) M__repr__() (py.Object, error) {
	switch {
	case td.Micro != 0:
		return py.String(fmt.Sprintf("datetime.timedelta(%d, %d, %d)", td.Days, td.Seconds, td.Micro)), nil
	case td.Seconds != 0:
		return py.String(fmt.Sprintf("datetime.timedelta(%d, %d)", td.Days, td.Seconds)), nil
	}
	return py.String(fmt.Sprintf("datetime.timedelta(%d)", td.Days)), nil
}

// String is str(td): "[D day[s], ]H:MM:SS[.ffffff]".
func (td Timedelta) String() string {
	s := ""
	if td.Days != 0 {
		plural := "s"
		if td.Days == 1 || td.Days == -1 {
			plural = ""
		}
		s = fmt.Sprintf("%d day%s, ", td.Days, plural)
	}
	s += fmt.Sprintf("%d:%02d:%02d", td.Seconds/3600, td.Seconds/60%60, td.Seconds%60)
	if td.Micro != 0 {
		s += fmt.Sprintf(".%06d", td.Micro)
	}
	return s
}

// M__str__ returns String().
func (td Timedelta) M__str__() (py.Object, error) { return py.String(td.String()), nil }

// M__add__ adds two timedeltas; date/datetime + timedelta is handled by
// those types' M__radd__.
func (td Timedelta) M__add__(other py.Object) (py.Object, error) {
	o, ok := other.(Timedelta)
	if !ok {
		return py.NotImplemented, nil
	}
	if r, ok, err := sumMicros(td, o, 1); ok {
		return r, err
	}
	return TimedeltaFromMicros(new(big.Int).Add(td.Micros(), o.Micros()))
}

// M__radd__ is M__add__.
func (td Timedelta) M__radd__(other py.Object) (py.Object, error) { return td.M__add__(other) }

// M__sub__ subtracts two timedeltas.
func (td Timedelta) M__sub__(other py.Object) (py.Object, error) {
	o, ok := other.(Timedelta)
	if !ok {
		return py.NotImplemented, nil
	}
	if r, ok, err := sumMicros(td, o, -1); ok {
		return r, err
	}
	return TimedeltaFromMicros(new(big.Int).Sub(td.Micros(), o.Micros()))
}

// M__rsub__ is other - td for timedeltas.
func (td Timedelta) M__rsub__(other py.Object) (py.Object, error) {
	o, ok := other.(Timedelta)
	if !ok {
		return py.NotImplemented, nil
	}
	if r, ok, err := sumMicros(o, td, -1); ok {
		return r, err
	}
	return TimedeltaFromMicros(new(big.Int).Sub(o.Micros(), td.Micros()))
}

// M__mul__ multiplies by an int or a float (rounded half to even).
func (td Timedelta) M__mul__(other py.Object) (py.Object, error) {
	if _, ok := other.(Timedelta); ok {
		return py.NotImplemented, nil
	}
	r, err := ratOf(other)
	if err != nil || r == nil {
		return py.NotImplemented, err
	}
	return TimedeltaFromMicros(roundHalfEven(r.Mul(r, new(big.Rat).SetInt(td.Micros()))))
}

// M__rmul__ is M__mul__.
func (td Timedelta) M__rmul__(other py.Object) (py.Object, error) { return td.M__mul__(other) }

// M__truediv__ is td / timedelta -> float, td / number -> timedelta.
func (td Timedelta) M__truediv__(other py.Object) (py.Object, error) {
	if o, ok := other.(Timedelta); ok {
		d := o.Micros()
		if d.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(td.Micros(), d).Float64()
		return py.Float(f), nil
	}
	r, err := ratOf(other)
	if err != nil || r == nil {
		return py.NotImplemented, err
	}
	if r.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	q := new(big.Rat).SetInt(td.Micros())
	return TimedeltaFromMicros(roundHalfEven(q.Quo(q, r)))
}

// M__floordiv__ is td // timedelta -> int, td // int -> timedelta.
func (td Timedelta) M__floordiv__(other py.Object) (py.Object, error) {
	if o, ok := other.(Timedelta); ok {
		d := o.Micros()
		if d.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		return bigToPy(floorDiv(td.Micros(), d)), nil
	}
	b := bigOf(other)
	if b == nil {
		return py.NotImplemented, nil
	}
	if b.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	return TimedeltaFromMicros(floorDiv(td.Micros(), b))
}

// M__mod__ is td % timedelta.
func (td Timedelta) M__mod__(other py.Object) (py.Object, error) {
	o, ok := other.(Timedelta)
	if !ok {
		return py.NotImplemented, nil
	}
	d := o.Micros()
	if d.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	q := floorDiv(td.Micros(), d)
	return TimedeltaFromMicros(new(big.Int).Sub(td.Micros(), q.Mul(q, d)))
}

func floorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

func bigToPy(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(b)
}

// M__divmod__ is divmod(td, timedelta) -> (int, timedelta).
func (td Timedelta) M__divmod__(other py.Object) (py.Object, py.Object, error) {
	o, ok := other.(Timedelta)
	if !ok {
		return py.NotImplemented, py.NotImplemented, nil
	}
	d := o.Micros()
	if d.Sign() == 0 {
		return nil, nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	q := floorDiv(td.Micros(), d)
	r, err := TimedeltaFromMicros(new(big.Int).Sub(td.Micros(), new(big.Int).Mul(q, d)))
	if err != nil {
		return nil, nil, err
	}
	return bigToPy(q), r, nil
}

// M__neg__ is -td.
func (td Timedelta) M__neg__() (py.Object, error) {
	return TimedeltaFromMicros(new(big.Int).Neg(td.Micros()))
}

// M__pos__ is +td.
func (td Timedelta) M__pos__() (py.Object, error) { return td, nil }

// M__abs__ is abs(td).
func (td Timedelta) M__abs__() (py.Object, error) {
	if td.Days < 0 {
		return td.M__neg__()
	}
	return td, nil
}

// M__bool__ is true for a non-zero duration.
func (td Timedelta) M__bool__() (py.Object, error) {
	return py.NewBool(td != Timedelta{}), nil
}

func (td Timedelta) cmp(other py.Object, op string) (py.Object, error) {
	o, ok := other.(Timedelta)
	if !ok {
		switch op {
		case "==":
			return py.False, nil
		case "!=":
			return py.True, nil
		}
		return nil, notSupported(op, td, other)
	}
	return cmpResult(op, td.Micros().Cmp(o.Micros())), nil
}

// M__eq__ compares durations; other types are unequal.
func (td Timedelta) M__eq__(o py.Object) (py.Object, error) { return td.cmp(o, "==") }

// M__ne__ compares durations.
func (td Timedelta) M__ne__(o py.Object) (py.Object, error) { return td.cmp(o, "!=") }

// M__lt__ orders durations; other types raise TypeError.
func (td Timedelta) M__lt__(o py.Object) (py.Object, error) { return td.cmp(o, "<") }

// M__le__ orders durations.
func (td Timedelta) M__le__(o py.Object) (py.Object, error) { return td.cmp(o, "<=") }

// M__gt__ orders durations.
func (td Timedelta) M__gt__(o py.Object) (py.Object, error) { return td.cmp(o, ">") }

// M__ge__ orders durations.
func (td Timedelta) M__ge__(o py.Object) (py.Object, error) { return td.cmp(o, ">=") }

// M__hash__ is consistent with equality.
func (td Timedelta) M__hash__() (py.Object, error) {
	return py.Int(td.Days*86400*1000003 ^ td.Seconds*1000003 ^ td.Micro), nil
}

// TotalSeconds is td.total_seconds(): microseconds / 10**6, correctly
// rounded.
func (td Timedelta) TotalSeconds() float64 {
	f, _ := new(big.Rat).SetFrac(td.Micros(), big.NewInt(1000000)).Float64()
	return f
}

func asTimedelta(self py.Object) Timedelta {
	if td, ok := self.(Timedelta); ok {
		return td
	}
	panic(fmt.Sprintf("descriptor requires a 'datetime.timedelta' object but received '%s'", tpName(self)))
}

// setupTimedelta installs timedelta's attributes and methods (a step of setup, module.go).
func setupTimedelta() {
	d := TimedeltaType.Dict
	d["days"] = prop(func(s py.Object) (py.Object, error) { return py.Int(asTimedelta(s).Days), nil }, "Number of days.")
	d["seconds"] = prop(func(s py.Object) (py.Object, error) { return py.Int(asTimedelta(s).Seconds), nil }, "The seconds part of the duration, from 0 to 86399.")
	d["microseconds"] = prop(func(s py.Object) (py.Object, error) { return py.Int(asTimedelta(s).Micro), nil }, "The microseconds part of the duration, from 0 to 999999.")
	// 3.6 keeps these three as struct members: member descriptors on the class.
	vm.MemberFields(TimedeltaType, "days", "seconds", "microseconds")
	d["total_seconds"] = noArgs("total_seconds", func(s py.Object) (py.Object, error) {
		return py.Float(asTimedelta(s).TotalSeconds()), nil
	}, "total_seconds() -> float\n\nThe whole duration expressed in seconds.")
	d["__hash__"] = noArgs("__hash__", func(s py.Object) (py.Object, error) { return asTimedelta(s).M__hash__() }, "Return hash(self).")
	// object.__format__: str(self) for an empty spec only.
	d["__format__"] = py.MustNewMethod("__format__", func(s, spec py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		fs, ok := spec.(py.String)
		switch {
		case !ok:
			return nil, pyutil.TypeErrorf("__format__() argument 1 must be str, not %s", tpName(spec))
		case fs != "":
			return nil, pyutil.TypeErrorf("unsupported format string passed to %s.__format__", s.Type().Name)
		}
		return asTimedelta(s).M__str__()
	}, 0, "Default object formatter.")
	d["min"] = Timedelta{Days: -maxDeltaDays}
	d["max"] = Timedelta{Days: maxDeltaDays, Seconds: 86399, Micro: 999999}
	d["resolution"] = Timedelta{Micro: 1}
}
