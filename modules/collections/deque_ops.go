package pycollections

import (
	"strconv"

	"github.com/go-python/gpython/py"
	"github.com/petermattis/goid"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The protocols of a deque, which the loop calls directly.
var (
	_ py.I__len__      = (*Deque)(nil)
	_ py.I__bool__     = (*Deque)(nil)
	_ py.I__iter__     = (*Deque)(nil)
	_ py.I__contains__ = (*Deque)(nil)
	_ py.I__getitem__  = (*Deque)(nil)
	_ py.I__setitem__  = (*Deque)(nil)
	_ py.I__delitem__  = (*Deque)(nil)
	_ py.I__repr__     = (*Deque)(nil)
	_ py.I__eq__       = (*Deque)(nil)
	_ py.I__ne__       = (*Deque)(nil)
	_ py.I__lt__       = (*Deque)(nil)
	_ py.I__le__       = (*Deque)(nil)
	_ py.I__gt__       = (*Deque)(nil)
	_ py.I__ge__       = (*Deque)(nil)
	_ py.I__add__      = (*Deque)(nil)
	_ py.I__mul__      = (*Deque)(nil)
	_ py.I__rmul__     = (*Deque)(nil)
	_ py.I__iadd__     = (*Deque)(nil)
	_ py.I__imul__     = (*Deque)(nil)
)

func (d *Deque) M__len__() (py.Object, error)  { return py.Int(d.n), nil }
func (d *Deque) M__bool__() (py.Object, error) { return py.NewBool(d.n > 0), nil }
func (d *Deque) M__iter__() (py.Object, error) { return newIterator(d.self(), d, false), nil }

// M__contains__ is x in d: the first equal item answers, a change of the
// deque during a comparison that found none is RuntimeError.
func (d *Deque) M__contains__(x py.Object) (py.Object, error) {
	state := d.state
	for i := 0; i < d.n; i++ {
		eq, err := equal(d.at(i), x)
		if err != nil || eq {
			return py.NewBool(eq), err
		}
		if d.state != state {
			return nil, errMutated()
		}
	}
	return py.False, nil
}

// position converts a subscript to a cell index, as CPython's sequence
// item slots do: integers only, negative ones from the right.
func (d *Deque) position(key py.Object) (int, error) {
	if _, ok := key.(py.Float); ok || !isIndexable(key) {
		return 0, pyutil.TypeErrorf("sequence index must be integer, not '%s'", pyutil.TypeName(key))
	}
	i, err := pyarg.IndexSize(key, py.IndexError)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, py.ExceptionNewf(py.IndexError, "deque index out of range")
	}
	return i, nil
}

func (d *Deque) M__getitem__(key py.Object) (py.Object, error) {
	i, err := d.position(key)
	if err != nil {
		return nil, err
	}
	return d.at(i), nil
}

func (d *Deque) M__setitem__(key, value py.Object) (py.Object, error) {
	i, err := d.position(key)
	if err != nil {
		return nil, err
	}
	d.put(i, value)
	return py.None, nil
}

func (d *Deque) M__delitem__(key py.Object) (py.Object, error) {
	i, err := d.position(key)
	if err != nil {
		return nil, err
	}
	d.removeAt(i)
	return py.None, nil
}

// M__repr__ is deque([...]) or deque([...], maxlen=n), "deque" for a
// derived class too as in 3.6; [...] for the deque met inside itself.
func (d *Deque) M__repr__() (py.Object, error) {
	g := goid.Get()
	if d.inRepr[g] {
		return py.String("[...]"), nil
	}
	if d.inRepr == nil {
		d.inRepr = map[int64]bool{}
	}
	d.inRepr[g] = true
	defer delete(d.inRepr, g)
	items, err := vm.Repr(py.NewListFromItems(d.items()))
	if err != nil {
		return nil, err
	}
	if d.maxlen < 0 {
		return py.String("deque(" + items + ")"), nil
	}
	return py.String("deque(" + items + ", maxlen=" + strconv.Itoa(d.maxlen) + ")"), nil
}

// The comparison operators of deque_richcompare.
const (
	opLT = iota
	opLE
	opEQ
	opNE
	opGT
	opGE
)

var opSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// compare compares two deques item by item, as sequences compare: the
// first pair of unequal items decides, else the lengths; a deque that
// changes meanwhile is RuntimeError.
func (d *Deque) compare(other py.Object, op int) (py.Object, error) {
	w, ok := dequeOf(other)
	if !ok || !other.Type().IsSubtype(DequeType) {
		return py.NotImplemented, nil
	}
	if op == opEQ || op == opNE {
		same := d == w
		if !same && d.n != w.n {
			return py.NewBool(op == opNE), nil
		}
		if same {
			return py.NewBool(op == opEQ), nil
		}
	}
	// The walk of deque_richcompare's two iterators: each step asks the
	// left one, then the right one, for an item, and either fails once
	// its deque changed.
	vs, ws := d.state, w.state
	var xLeft, yLeft bool
	for i := 0; ; i++ {
		if d.state != vs || w.state != ws {
			return nil, errMutated()
		}
		xLeft, yLeft = i < d.n, i < w.n
		if !xLeft || !yLeft {
			break
		}
		x, y := d.at(i), w.at(i)
		eq, err := equal(x, y)
		if err != nil {
			return nil, err
		}
		if !eq {
			return vm.Compare(x, y, opSymbols[op])
		}
	}
	var r bool
	switch op {
	case opLT:
		r = yLeft && !xLeft
	case opLE:
		r = !xLeft
	case opEQ:
		r = xLeft == yLeft
	case opNE:
		r = xLeft != yLeft
	case opGT:
		r = xLeft && !yLeft
	case opGE:
		r = !yLeft
	}
	return py.NewBool(r), nil
}

func (d *Deque) M__eq__(o py.Object) (py.Object, error) { return d.compare(o, opEQ) }
func (d *Deque) M__ne__(o py.Object) (py.Object, error) { return d.compare(o, opNE) }
func (d *Deque) M__lt__(o py.Object) (py.Object, error) { return d.compare(o, opLT) }
func (d *Deque) M__le__(o py.Object) (py.Object, error) { return d.compare(o, opLE) }
func (d *Deque) M__gt__(o py.Object) (py.Object, error) { return d.compare(o, opGT) }
func (d *Deque) M__ge__(o py.Object) (py.Object, error) { return d.compare(o, opGE) }

func (d *Deque) M__add__(o py.Object) (py.Object, error) { return concat(d.self(), d, o) }

// repeatCount is the count of a sequence repetition through an
// operator; ok is false for a non-integer.
func repeatCount(o py.Object) (int, bool, error) {
	if _, isFloat := o.(py.Float); isFloat || !isIndexable(o) {
		return 0, false, nil
	}
	n, err := pyarg.IndexInt(o)
	return n, true, err
}

func (d *Deque) M__mul__(o py.Object) (py.Object, error) {
	n, ok, err := repeatCount(o)
	if !ok {
		return nil, pyutil.TypeErrorf("can't multiply sequence by non-int of type '%s'", pyutil.TypeName(o))
	}
	if err != nil {
		return nil, err
	}
	return repeat(d.self(), d, n)
}

func (d *Deque) M__rmul__(o py.Object) (py.Object, error) { return d.M__mul__(o) }

func (d *Deque) M__iadd__(o py.Object) (py.Object, error) {
	if err := d.extend(o, false); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *Deque) M__imul__(o py.Object) (py.Object, error) {
	n, err := pyarg.IndexInt(o)
	if err != nil {
		return nil, err
	}
	return d, d.repeatInPlace(n)
}

// M__hash__ refuses: a deque is mutable.
func (d *Deque) M__hash__() (py.Object, error) {
	return nil, pyutil.TypeErrorf("unhashable type: '%s'", d.self().Type().Name)
}

// M__reversed__ is reversed(d).
func (d *Deque) M__reversed__() (py.Object, error) { return newIterator(d.self(), d, true), nil }
