package pyenum

import (
	"hash/fnv"

	"github.com/go-python/gpython/py"
)

// IntMember is a member of an IntEnum or IntFlag class. Members are
// singletons: one value per (class, value), so `is` works as in CPython.
type IntMember struct {
	cls  *Class
	name string // "" for an IntFlag pseudo-member (3.6's name None)
	v    int64
}

// Type is the enum class.
func (m *IntMember) Type() *py.Type { return m.cls.Type }

// Class is the enum class of m.
func (m *IntMember) Class() *Class { return m.cls }

// Name is the member name, "" for a pseudo-member.
func (m *IntMember) Name() string { return m.name }

// Value is the member's int.
func (m *IntMember) Value() int64 { return m.v }

// plain turns an int enum member into its int so that gpython's int
// arithmetic accepts it; other objects pass through.
func plain(o py.Object) py.Object {
	if m, ok := o.(*IntMember); ok {
		return py.Int(m.v)
	}
	return o
}

func (m *IntMember) bitop(other py.Object, intOp func(a, b py.Object) (py.Object, error), op func(a, b int64) int64) (py.Object, error) {
	if m.cls.Kind != KindIntFlag {
		return intOp(py.Int(m.v), plain(other))
	}
	ov, ok := intValue(other)
	if !ok {
		return py.NotImplemented, nil
	}
	// 3.6 converts the operand to the class first (cls(other)), which
	// may create its pseudo-member: do the same so later reprs agree.
	m.cls.Member(ov)
	return m.cls.Member(op(m.v, ov)), nil
}

// M__invert__ is ~: for IntFlag the member of the inverted value (3.6:
// cls(~value), negative), for IntEnum a plain int.
func (m *IntMember) M__invert__() (py.Object, error) {
	if m.cls.Kind == KindIntFlag {
		return m.cls.Member(^m.v), nil
	}
	return py.Int(^m.v), nil
}

// M__neg__ is int's negation.
func (m *IntMember) M__neg__() (py.Object, error) { return py.Neg(py.Int(m.v)) }

// M__pos__ is int's unary plus (a plain int, as in CPython).
func (m *IntMember) M__pos__() (py.Object, error) { return py.Int(m.v), nil }

// M__abs__ is int's abs.
func (m *IntMember) M__abs__() (py.Object, error) { return py.Abs(py.Int(m.v)) }

// M__pow__ is int's power.
func (m *IntMember) M__pow__(other, modulo py.Object) (py.Object, error) {
	return py.Pow(py.Int(m.v), plain(other), plain(modulo))
}

// M__rpow__ is int's reflected power.
func (m *IntMember) M__rpow__(other py.Object) (py.Object, error) {
	return py.Pow(plain(other), py.Int(m.v), py.None)
}

// M__divmod__ is int's divmod.
func (m *IntMember) M__divmod__(other py.Object) (py.Object, py.Object, error) {
	return py.DivMod(py.Int(m.v), plain(other))
}

// M__rdivmod__ is int's reflected divmod.
func (m *IntMember) M__rdivmod__(other py.Object) (py.Object, py.Object, error) {
	return py.DivMod(plain(other), py.Int(m.v))
}

// M__int__ is int(m).
func (m *IntMember) M__int__() (py.Object, error) { return py.Int(m.v), nil }

// M__index__ lets members stand wherever gpython takes an int (py.Index,
// py.MakeGoInt, slicing, hex()).
func (m *IntMember) M__index__() (py.Int, error) { return py.Int(m.v), nil }

// M__float__ is float(m).
func (m *IntMember) M__float__() (py.Object, error) { return py.Float(m.v), nil }

// M__bool__ is the int's truth (3.6's Flag.__bool__ is the same).
func (m *IntMember) M__bool__() (py.Object, error) { return py.NewBool(m.v != 0), nil }

// M__hash__ is hash(int): CPython's int hash, so members hash as their
// value.
func (m *IntMember) M__hash__() (py.Object, error) { return py.Int(IntHash(m.v)), nil }

// IntHash is CPython's hash() of an int that fits in int64: the value
// modulo 2**61-1 with the sign kept, and -1 mapped to -2.
func IntHash(v int64) int64 {
	const mod = int64(1)<<61 - 1
	var h int64
	if v < 0 {
		h = -(int64((uint64(-v)) % uint64(mod)))
	} else {
		h = v % mod
	}
	if h == -1 {
		h = -2
	}
	return h
}

func (m *IntMember) cmp(other py.Object, f func(a, b py.Object) (py.Object, error)) (py.Object, error) {
	switch other.(type) {
	case py.Int, py.Bool, *IntMember, py.Float, *py.BigInt:
		return f(py.Int(m.v), plain(other))
	}
	return py.NotImplemented, nil
}

// M__eq__ compares as ints.
func (m *IntMember) M__eq__(other py.Object) (py.Object, error) { return m.cmp(other, py.Eq) }

// M__ne__ compares as ints.
func (m *IntMember) M__ne__(other py.Object) (py.Object, error) { return m.cmp(other, py.Ne) }

// M__lt__ compares as ints.
func (m *IntMember) M__lt__(other py.Object) (py.Object, error) { return m.cmp(other, py.Lt) }

// M__le__ compares as ints.
func (m *IntMember) M__le__(other py.Object) (py.Object, error) { return m.cmp(other, py.Le) }

// M__gt__ compares as ints.
func (m *IntMember) M__gt__(other py.Object) (py.Object, error) { return m.cmp(other, py.Gt) }

// M__ge__ compares as ints.
func (m *IntMember) M__ge__(other py.Object) (py.Object, error) { return m.cmp(other, py.Ge) }

// M__repr__ is 3.6's repr: <VerifyMode.CERT_REQUIRED: 2>, and for a
// composite flag <Options.OP_ALL|OP_NO_SSLv3: 2181038159>.
func (m *IntMember) M__repr__() (py.Object, error) { return py.String(m.reprString()), nil }

// M__str__ is 3.6's str: VerifyMode.CERT_REQUIRED.
func (m *IntMember) M__str__() (py.Object, error) { return py.String(m.strString()), nil }

// M__contains__ is 3.6's Flag.__contains__ (`a in b`: all of a's bits are
// in b); IntEnum members, being ints, support no `in`.
func (m *IntMember) M__contains__(item py.Object) (py.Object, error) {
	if m.cls.Kind != KindIntFlag {
		return nil, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", m.cls.name)
	}
	o, ok := item.(*IntMember)
	if !ok || o.cls != m.cls {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for 'in': '%s' and '%s'",
			qualName(item), m.cls.name)
	}
	return py.NewBool(o.v&m.v == o.v), nil
}

func qualName(o py.Object) string {
	if m, ok := o.(*IntMember); ok {
		return m.cls.name
	}
	if m, ok := o.(*Member); ok {
		return m.cls.name
	}
	return shortName(o.Type().Name)
}

// Member is a member of a plain Enum class: a name and an arbitrary value.
type Member struct {
	cls   *Class
	name  string
	value py.Object
}

// Type is the enum class.
func (m *Member) Type() *py.Type { return m.cls.Type }

// Class is the enum class of m.
func (m *Member) Class() *Class { return m.cls }

// Name is the member name.
func (m *Member) Name() string { return m.name }

// Value is the member's value.
func (m *Member) Value() py.Object { return m.value }

// M__repr__ is 3.6's Enum repr: <Purpose.SERVER_AUTH: repr(value)>.
func (m *Member) M__repr__() (py.Object, error) {
	r, err := py.ReprAsString(m.value)
	if err != nil {
		return nil, err
	}
	return py.String("<" + m.cls.name + "." + m.name + ": " + r + ">"), nil
}

// M__str__ is 3.6's Enum str: Purpose.SERVER_AUTH.
func (m *Member) M__str__() (py.Object, error) {
	return py.String(m.cls.name + "." + m.name), nil
}

// M__getattr__ passes unknown attributes to the value when the class
// delegates (Purpose.SERVER_AUTH.nid).
func (m *Member) M__getattr__(name string) (py.Object, error) {
	if m.cls.delegate {
		return py.GetAttrString(m.value, name)
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", m.cls.name, name)
}

// M__getitem__ indexes the value when the class delegates.
func (m *Member) M__getitem__(key py.Object) (py.Object, error) {
	if m.cls.delegate {
		return py.GetItem(m.value, key)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not subscriptable", m.cls.name)
}

// M__len__ is len(value) when the class delegates.
func (m *Member) M__len__() (py.Object, error) {
	if m.cls.delegate {
		return py.Len(m.value)
	}
	return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", m.cls.name)
}

// M__bool__ is true, as for any Enum member (and for a non-empty value).
func (m *Member) M__bool__() (py.Object, error) {
	if m.cls.delegate {
		return py.MakeBool(m.value)
	}
	return py.True, nil
}

// M__iter__ iterates the value when the class delegates.
func (m *Member) M__iter__() (py.Object, error) {
	if m.cls.delegate {
		return py.Iter(m.value)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", m.cls.name)
}

// M__eq__ is identity, or the value's equality when the class delegates
// (Purpose.SERVER_AUTH == _ASN1Object.fromnid(129)).
func (m *Member) M__eq__(other py.Object) (py.Object, error) {
	if other == py.Object(m) {
		return py.True, nil
	}
	if m.cls.delegate {
		if o, ok := other.(*Member); ok {
			other = o.value
		}
		return py.Eq(m.value, other)
	}
	// object identity, as Enum defines no __eq__.
	return py.False, nil
}

// M__ne__ is the negation of M__eq__.
func (m *Member) M__ne__(other py.Object) (py.Object, error) {
	eq, err := m.M__eq__(other)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.Not(eq)
}

// M__hash__ is the value's hash when delegating, else the name's (3.6's
// Enum.__hash__ hashes the name).
func (m *Member) M__hash__() (py.Object, error) {
	if m.cls.delegate {
		if h, ok := m.value.(py.I__hash__); ok {
			return h.M__hash__()
		}
	}
	h := fnv.New64a()
	h.Write([]byte(m.name))
	return py.Int(int64(h.Sum64() >> 3)), nil
}

var (
	_ py.I__index__    = (*IntMember)(nil)
	_ py.I__int__      = (*IntMember)(nil)
	_ py.I__or__       = (*IntMember)(nil)
	_ py.I__ror__      = (*IntMember)(nil)
	_ py.I__invert__   = (*IntMember)(nil)
	_ py.I__contains__ = (*IntMember)(nil)
	_ py.I__getattr__  = (*Member)(nil)
	_ py.I__getitem__  = (*Member)(nil)
)
