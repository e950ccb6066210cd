package pyenum

import "github.com/go-python/gpython/py"

// Arithmetic on int enum members is int arithmetic with a plain int result
// (CPython 3.6: IntEnum and IntFlag inherit these from int).

// M__add__ is int's add.
func (m *IntMember) M__add__(other py.Object) (py.Object, error) {
	return py.Add(py.Int(m.v), plain(other))
}

// M__radd__ is int's reflected add.
func (m *IntMember) M__radd__(other py.Object) (py.Object, error) {
	return py.Add(plain(other), py.Int(m.v))
}

// M__sub__ is int's sub.
func (m *IntMember) M__sub__(other py.Object) (py.Object, error) {
	return py.Sub(py.Int(m.v), plain(other))
}

// M__rsub__ is int's reflected sub.
func (m *IntMember) M__rsub__(other py.Object) (py.Object, error) {
	return py.Sub(plain(other), py.Int(m.v))
}

// M__mul__ is int's mul.
func (m *IntMember) M__mul__(other py.Object) (py.Object, error) {
	return py.Mul(py.Int(m.v), plain(other))
}

// M__rmul__ is int's reflected mul.
func (m *IntMember) M__rmul__(other py.Object) (py.Object, error) {
	return py.Mul(plain(other), py.Int(m.v))
}

// M__truediv__ is int's truediv.
func (m *IntMember) M__truediv__(other py.Object) (py.Object, error) {
	return py.TrueDiv(py.Int(m.v), plain(other))
}

// M__rtruediv__ is int's reflected truediv.
func (m *IntMember) M__rtruediv__(other py.Object) (py.Object, error) {
	return py.TrueDiv(plain(other), py.Int(m.v))
}

// M__floordiv__ is int's floordiv.
func (m *IntMember) M__floordiv__(other py.Object) (py.Object, error) {
	return py.FloorDiv(py.Int(m.v), plain(other))
}

// M__rfloordiv__ is int's reflected floordiv.
func (m *IntMember) M__rfloordiv__(other py.Object) (py.Object, error) {
	return py.FloorDiv(plain(other), py.Int(m.v))
}

// M__mod__ is int's mod.
func (m *IntMember) M__mod__(other py.Object) (py.Object, error) {
	return py.Mod(py.Int(m.v), plain(other))
}

// M__rmod__ is int's reflected mod.
func (m *IntMember) M__rmod__(other py.Object) (py.Object, error) {
	return py.Mod(plain(other), py.Int(m.v))
}

// M__lshift__ is int's lshift.
func (m *IntMember) M__lshift__(other py.Object) (py.Object, error) {
	return py.Lshift(py.Int(m.v), plain(other))
}

// M__rlshift__ is int's reflected lshift.
func (m *IntMember) M__rlshift__(other py.Object) (py.Object, error) {
	return py.Lshift(plain(other), py.Int(m.v))
}

// M__rshift__ is int's rshift.
func (m *IntMember) M__rshift__(other py.Object) (py.Object, error) {
	return py.Rshift(py.Int(m.v), plain(other))
}

// M__rrshift__ is int's reflected rshift.
func (m *IntMember) M__rrshift__(other py.Object) (py.Object, error) {
	return py.Rshift(plain(other), py.Int(m.v))
}

// M__and__ is int's and for IntEnum; for IntFlag it gives a member.
func (m *IntMember) M__and__(other py.Object) (py.Object, error) {
	return m.bitop(other, py.And, func(a, b int64) int64 { return a & b })
}

// M__rand__ is M__and__ (the operation is symmetric).
func (m *IntMember) M__rand__(other py.Object) (py.Object, error) { return m.M__and__(other) }

// M__or__ is int's or for IntEnum; for IntFlag it gives a member.
func (m *IntMember) M__or__(other py.Object) (py.Object, error) {
	return m.bitop(other, py.Or, func(a, b int64) int64 { return a | b })
}

// M__ror__ is M__or__ (the operation is symmetric).
func (m *IntMember) M__ror__(other py.Object) (py.Object, error) { return m.M__or__(other) }

// M__xor__ is int's xor for IntEnum; for IntFlag it gives a member.
func (m *IntMember) M__xor__(other py.Object) (py.Object, error) {
	return m.bitop(other, py.Xor, func(a, b int64) int64 { return a ^ b })
}

// M__rxor__ is M__xor__ (the operation is symmetric).
func (m *IntMember) M__rxor__(other py.Object) (py.Object, error) { return m.M__xor__(other) }
