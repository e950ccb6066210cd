package pytime

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const structTimeDoc = `A broken-down time: what gmtime(), localtime() and strptime() produce
and asctime(), mktime() and strftime() take. It behaves as a tuple of nine
ints, tm_year (the full year) to tm_isdst, and also names them as
attributes, with tm_zone and tm_gmtoff reachable by name only.`

// fieldNames are struct_time's fields: nine in the sequence, then the
// two reachable by name only.
var fieldNames = [...]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}

const nSequence = 9

// StructTimeType is time.struct_time, a structseq of CPython: a sequence
// of 9 values with tm_zone and tm_gmtoff reachable by name.
var StructTimeType = py.NewTypeX("time.struct_time", structTimeDoc, structTimeNew, nil)

// StructTime is one time.struct_time.
type StructTime struct {
	v [len(fieldNames)]py.Object
}

var (
	_ py.I__getitem__ = (*StructTime)(nil)
	_ py.I__len__     = (*StructTime)(nil)
	_ py.I__iter__    = (*StructTime)(nil)
	_ py.I__repr__    = (*StructTime)(nil)
	_ py.I__hash__    = (*StructTime)(nil)
	_ py.I__eq__      = (*StructTime)(nil)
	_ py.I__lt__      = (*StructTime)(nil)
)

// Type returns StructTimeType.
func (*StructTime) Type() *py.Type { return StructTimeType }

// seq is the visible sequence as a tuple.
func (s *StructTime) seq() py.Tuple { return py.Tuple(s.v[:nSequence]).Copy() }

// newStructTime builds a struct_time from Python's view of a struct tm.
func newStructTime(t tm) *StructTime {
	s := &StructTime{v: [11]py.Object{
		py.Int(t.year + 1900), py.Int(t.mon + 1), py.Int(t.mday), py.Int(t.hour),
		py.Int(t.min), py.Int(t.sec), py.Int((t.wday + 6) % 7), py.Int(t.yday + 1),
		py.Int(t.isdst), py.None, py.Int(t.gmtoff),
	}}
	if t.hasZone {
		s.v[9] = py.String(t.zone)
	}
	return s
}

// structTimeNew is struct_time(sequence, dict=None).
func structTimeNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var seq py.Object
	var dict py.Object // nil when not given: a None given is refused, as in 3.6
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:struct_time", []string{"sequence", "dict"}, &seq, &dict); err != nil {
		if len(args) == 0 && len(kwargs) == 0 {
			return nil, pyutil.TypeErrorf("Required argument 'sequence' (pos 1) not found")
		}
		return nil, err
	}
	items, err := vm.SequenceFast(seq, "constructor requires a sequence")
	if err != nil {
		return nil, err
	}
	var lookup func(string) py.Object
	switch d := dict.(type) {
	case nil:
	case py.StringDict:
		lookup = func(k string) py.Object { return d[k] }
	case *vm.Dict:
		lookup = func(k string) py.Object {
			v, _ := d.GetStr(k)
			return v
		}
	default:
		return nil, pyutil.TypeErrorf("time.struct_time() takes a dict as second arg, if any")
	}
	switch n := len(items); {
	case n < nSequence:
		return nil, pyutil.TypeErrorf("time.struct_time() takes an at least 9-sequence (%d-sequence given)", n)
	case n > len(fieldNames):
		return nil, pyutil.TypeErrorf("time.struct_time() takes an at most 11-sequence (%d-sequence given)", n)
	}
	s := &StructTime{}
	for i := range s.v {
		switch {
		case i < len(items):
			s.v[i] = items[i]
		case lookup != nil && lookup(fieldNames[i]) != nil:
			s.v[i] = lookup(fieldNames[i])
		default:
			s.v[i] = py.None
		}
	}
	return s, nil
}

// M__getitem__ indexes and slices the nine visible fields, as a tuple.
func (s *StructTime) M__getitem__(key py.Object) (py.Object, error) {
	if _, ok := key.(*py.Slice); ok {
		return pyutil.TupleItem(s.seq(), key)
	}
	i, err := py.IndexInt(key)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += nSequence
	}
	if i < 0 || i >= nSequence {
		return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range")
	}
	return s.v[i], nil
}

// M__len__ is 9.
func (s *StructTime) M__len__() (py.Object, error) { return py.Int(nSequence), nil }

// M__iter__ iterates over the nine visible fields.
func (s *StructTime) M__iter__() (py.Object, error) { return py.NewIterator(s.seq()), nil }

// M__contains__ is `x in st`.
func (s *StructTime) M__contains__(item py.Object) (py.Object, error) {
	for _, v := range s.v[:nSequence] {
		eq, err := py.Eq(v, item)
		if err != nil {
			return nil, err
		}
		if eq == py.True {
			return py.True, nil
		}
	}
	return py.False, nil
}

// M__repr__ is time.struct_time(tm_year=..., ..., tm_isdst=...).
func (s *StructTime) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString("time.struct_time(")
	for i := 0; i < nSequence; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := py.ReprAsString(s.v[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(fieldNames[i])
		b.WriteByte('=')
		b.WriteString(r)
	}
	b.WriteByte(')')
	return py.String(b.String()), nil
}

// M__str__ is the repr.
func (s *StructTime) M__str__() (py.Object, error) { return s.M__repr__() }

// M__hash__ is the hash of the visible tuple.
func (s *StructTime) M__hash__() (py.Object, error) {
	h, err := vm.Hash(s.seq())
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}

// asTuple gives the tuple a comparison sees in other, if it is a
// sequence a struct_time compares with.
func asTuple(other py.Object) (py.Tuple, bool) {
	switch o := other.(type) {
	case *StructTime:
		return o.seq(), true
	case py.Tuple:
		return o, true
	}
	return nil, false
}

func (s *StructTime) compare(other py.Object, op string) (py.Object, error) {
	t, ok := asTuple(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return vm.Compare(s.seq(), t, op)
}

// M__eq__ compares the visible fields with a tuple or struct_time.
func (s *StructTime) M__eq__(o py.Object) (py.Object, error) { return s.compare(o, "==") }

// M__ne__ is the negation of M__eq__.
func (s *StructTime) M__ne__(o py.Object) (py.Object, error) { return s.compare(o, "!=") }

// M__lt__ orders as tuples.
func (s *StructTime) M__lt__(o py.Object) (py.Object, error) { return s.compare(o, "<") }

// M__le__ orders as tuples.
func (s *StructTime) M__le__(o py.Object) (py.Object, error) { return s.compare(o, "<=") }

// M__gt__ orders as tuples.
func (s *StructTime) M__gt__(o py.Object) (py.Object, error) { return s.compare(o, ">") }

// M__ge__ orders as tuples.
func (s *StructTime) M__ge__(o py.Object) (py.Object, error) { return s.compare(o, ">=") }

// M__add__ concatenates as a tuple.
func (s *StructTime) M__add__(o py.Object) (py.Object, error) {
	t, ok := o.(py.Tuple)
	if !ok {
		return py.NotImplemented, nil
	}
	return append(s.seq(), t...), nil
}

// M__mul__ repeats as a tuple.
func (s *StructTime) M__mul__(o py.Object) (py.Object, error) { return py.Mul(s.seq(), o) }

// M__rmul__ repeats as a tuple.
func (s *StructTime) M__rmul__(o py.Object) (py.Object, error) { return py.Mul(s.seq(), o) }

// M__radd__ concatenates as a tuple.
func (s *StructTime) M__radd__(o py.Object) (py.Object, error) {
	t, ok := o.(py.Tuple)
	if !ok {
		return py.NotImplemented, nil
	}
	return append(t.Copy(), s.seq()...), nil
}

func selfStructTime(o py.Object) (*StructTime, error) {
	s, ok := o.(*StructTime)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor requires a 'time.struct_time' object but received a '%s'", pyutil.TypeName(o))
	}
	return s, nil
}

func init() {
	// A structseq is a tuple subclass: isinstance(t, tuple) holds and
	// tuple's slots (tuple.__len__(t)) accept it; the methods above and
	// below take its fields.
	StructTimeType.Base = py.TupleType
	StructTimeType.Bases = py.Tuple{py.TupleType}
	StructTimeType.Mro = py.Tuple{StructTimeType, py.TupleType, py.ObjectType}
	for i, name := range fieldNames {
		i := i
		StructTimeType.Dict[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				s, err := selfStructTime(self)
				if err != nil {
					return nil, err
				}
				return s.v[i], nil
			},
			Fset: func(self, value py.Object) error {
				return py.ExceptionNewf(py.AttributeError, "readonly attribute")
			},
		}
	}
	StructTimeType.Dict["n_fields"] = py.Int(len(fieldNames))
	StructTimeType.Dict["n_sequence_fields"] = py.Int(nSequence)
	StructTimeType.Dict["n_unnamed_fields"] = py.Int(0)
	StructTimeType.Dict["count"] = py.MustNewMethod("count", func(self, x py.Object) (py.Object, error) {
		s, err := selfStructTime(self)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, v := range s.v[:nSequence] {
			eq, err := py.Eq(v, x)
			if err != nil {
				return nil, err
			}
			if eq == py.True {
				n++
			}
		}
		return py.Int(n), nil
	}, 0, "count(value) -> int\n\nHow many fields equal value.")
	StructTimeType.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object) (py.Object, error) {
		s, err := selfStructTime(self)
		if err != nil {
			return nil, err
		}
		extra := vm.NewDict(len(fieldNames) - nSequence)
		for i := nSequence; i < len(fieldNames); i++ {
			extra.SetStr(fieldNames[i], s.v[i])
		}
		return py.Tuple{StructTimeType, py.Tuple{s.seq(), extra}}, nil
	}, 0, "The pickle of a struct_time: the class, its nine fields and a dict of the named-only ones.")
	StructTimeType.Dict["index"] = py.MustNewMethod("index", func(self, x py.Object) (py.Object, error) {
		s, err := selfStructTime(self)
		if err != nil {
			return nil, err
		}
		for i, v := range s.v[:nSequence] {
			eq, err := py.Eq(v, x)
			if err != nil {
				return nil, err
			}
			if eq == py.True {
				return py.Int(i), nil
			}
		}
		return nil, pyutil.ValueErrorf("tuple.index(x): x not in tuple")
	}, 0, "index(value[, start[, stop]]) -> int\n\nPosition of the first field equal to value; ValueError when none is.")
}
