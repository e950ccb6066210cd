package pyarray

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// index resolves an item index (negative from the end) or gives IndexError
// with msg.
func (a *Array) index(key py.Object, msg string) (int, error) {
	i, err := indexArg(key)
	if err != nil {
		return 0, err
	}
	n := a.n()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, py.ExceptionNewf(py.IndexError, "%s", msg)
	}
	return i, nil
}

// ssizeOf is the value of a big int that fits a Py_ssize_t (-2**63 is
// one: its negation made it big), ok false for one that does not.
func ssizeOf(o py.Object) (int, bool) {
	b, ok := o.(*py.BigInt)
	if !ok || !(*big.Int)(b).IsInt64() {
		return 0, false
	}
	return int((*big.Int)(b).Int64()), true
}

// indexArg converts an integer subscript; a huge one is clamped, so it
// lands out of range.
func indexArg(key py.Object) (int, error) {
	switch k := key.(type) {
	case py.Int:
		return int(k), nil
	case py.Bool:
		if k {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		if i, ok := ssizeOf(k); ok {
			return i, nil
		}
		return 0, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	case py.String, py.Float, py.Bytes, *py.List, py.Tuple, py.NoneType:
		return 0, pyutil.TypeErrorf("array indices must be integers")
	}
	if i, err := py.Index(key); err == nil {
		return int(i), nil
	}
	return 0, pyutil.TypeErrorf("array indices must be integers")
}

// M__getitem__ is a[i] and a[i:j:k].
func (a *Array) M__getitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, _, step, length, err := s.GetIndices(a.n())
		if err != nil {
			return nil, err
		}
		sz := a.k.size
		out := make([]byte, 0, length*sz)
		for j, i := 0, start; j < length; j, i = j+1, i+step {
			out = append(out, a.data[i*sz:i*sz+sz]...)
		}
		return a.clone(out), nil
	}
	i, err := a.index(key, "array index out of range")
	if err != nil {
		return nil, err
	}
	return a.item(i)
}

// M__setitem__ is a[i] = x and a[i:j:k] = array.
func (a *Array) M__setitem__(key, value py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		return a.resizing(func() (py.Object, error) { return py.None, a.setSlice(s, value) })
	}
	i, err := a.index(key, "array assignment index out of range")
	if err != nil {
		return nil, err
	}
	sz := a.k.size
	return py.None, a.k.encode(a.data[i*sz:i*sz+sz], value)
}

func (a *Array) setSlice(s *py.Slice, value py.Object) error {
	o, ok := value.(*Array)
	if !ok {
		return pyutil.TypeErrorf("can only assign array (not \"%s\") to array slice", pyutil.TypeName(value))
	}
	if o.k != a.k {
		return pyutil.TypeErrorf("bad argument type for built-in operation")
	}
	src := append([]byte(nil), o.data...)
	start, stop, step, length, err := s.GetIndices(a.n())
	if err != nil {
		return err
	}
	sz := a.k.size
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]byte, 0, len(a.data)-(stop-start)*sz+len(src))
		out = append(out, a.data[:start*sz]...)
		out = append(out, src...)
		out = append(out, a.data[stop*sz:]...)
		a.data = out
		return nil
	}
	if len(src)/sz != length {
		return py.ExceptionNewf(py.ValueError, "attempt to assign array of size %d to extended slice of size %d", len(src)/sz, length)
	}
	for j, i := 0, start; j < length; j, i = j+1, i+step {
		copy(a.data[i*sz:i*sz+sz], src[j*sz:j*sz+sz])
	}
	return nil
}

// M__delitem__ is del a[i] and del a[i:j:k].
func (a *Array) M__delitem__(key py.Object) (py.Object, error) {
	return a.resizing(func() (py.Object, error) { return a.delItem(key) })
}

func (a *Array) delItem(key py.Object) (py.Object, error) {
	sz := a.k.size
	if s, ok := key.(*py.Slice); ok {
		start, _, step, length, err := s.GetIndices(a.n())
		if err != nil {
			return nil, err
		}
		drop := make(map[int]bool, length)
		for j, i := 0, start; j < length; j, i = j+1, i+step {
			drop[i] = true
		}
		out := make([]byte, 0, len(a.data)-length*sz)
		for i := 0; i < a.n(); i++ {
			if !drop[i] {
				out = append(out, a.data[i*sz:i*sz+sz]...)
			}
		}
		a.data = out
		return py.None, nil
	}
	i, err := a.index(key, "array assignment index out of range")
	if err != nil {
		return nil, err
	}
	a.data = append(a.data[:i*sz], a.data[i*sz+sz:]...)
	return py.None, nil
}

// M__add__ concatenates two arrays of one kind.
func (a *Array) M__add__(other py.Object) (py.Object, error) {
	o, ok := other.(*Array)
	if !ok {
		return nil, pyutil.TypeErrorf("can only append array (not \"%s\") to array", pyutil.TypeName(other))
	}
	if o.k != a.k {
		return nil, pyutil.TypeErrorf("bad argument type for built-in operation")
	}
	out := make([]byte, 0, len(a.data)+len(o.data))
	return a.clone(append(append(out, a.data...), o.data...)), nil
}

// M__iadd__ extends in place with an array of one kind.
func (a *Array) M__iadd__(other py.Object) (py.Object, error) {
	o, ok := other.(*Array)
	if !ok {
		return nil, pyutil.TypeErrorf("can only extend array with array (not \"%s\")", pyutil.TypeName(other))
	}
	return a.resizing(func() (py.Object, error) {
		if err := a.extendIterable(o); err != nil {
			return nil, err
		}
		return a, nil
	})
}

func repeatCount(other py.Object) (int, error) {
	switch other.(type) {
	case py.Int, py.Bool, *py.BigInt:
	default:
		if _, ok := other.(py.I__index__); !ok {
			return 0, pyutil.TypeErrorf("can't multiply sequence by non-int of type '%s'", pyutil.TypeName(other))
		}
	}
	if _, ok := other.(*py.BigInt); ok {
		n, fits := ssizeOf(other)
		if !fits {
			return 0, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			n = 0
		}
		return n, nil
	}
	n, err := py.Index(other)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		n = 0
	}
	return int(n), nil
}

func (a *Array) repeat(n int) ([]byte, error) {
	if err := pyutil.CheckAllocItems(n, len(a.data)); err != nil {
		return nil, err // what the machine cannot hold, as 3.6's allocation fails
	}
	out := make([]byte, 0, len(a.data)*n)
	if len(a.data) == 0 {
		return out, nil // n copies of nothing, without n steps
	}
	for i := 0; i < n; i++ {
		out = append(out, a.data...)
	}
	return out, nil
}

// M__mul__ is a * n.
func (a *Array) M__mul__(other py.Object) (py.Object, error) {
	n, err := repeatCount(other)
	if err != nil {
		return nil, err
	}
	out, err := a.repeat(n)
	if err != nil {
		return nil, err
	}
	return a.clone(out), nil
}

// M__rmul__ is n * a.
func (a *Array) M__rmul__(other py.Object) (py.Object, error) { return a.M__mul__(other) }

// M__imul__ is a *= n.
func (a *Array) M__imul__(other py.Object) (py.Object, error) {
	n, err := repeatCount(other)
	if err != nil {
		return nil, err
	}
	out, err := a.repeat(n)
	if err != nil {
		return nil, err
	}
	return a.resizing(func() (py.Object, error) {
		a.data = out
		return a, nil
	})
}

// find returns the first index at or after from whose item equals v, or -1.
func (a *Array) find(v py.Object, from int) (int, error) {
	for i := from; i < a.n(); i++ {
		x, err := a.item(i)
		if err != nil {
			return -1, err
		}
		eq, err := py.Eq(x, v)
		if err != nil {
			return -1, err
		}
		if eq == py.True {
			return i, nil
		}
	}
	return -1, nil
}

// M__contains__ is x in a.
func (a *Array) M__contains__(v py.Object) (py.Object, error) {
	i, err := a.find(v, 0)
	if err != nil {
		return nil, err
	}
	return py.NewBool(i >= 0), nil
}

// M__iter__ iterates over the live array.
func (a *Array) M__iter__() (py.Object, error) { return &arrayIterator{a: a}, nil }

type arrayIterator struct {
	a *Array
	i int
}

var arrayIteratorType = py.NewType("arrayiterator", "")

func (*arrayIterator) Type() *py.Type { return arrayIteratorType }

func (it *arrayIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *arrayIterator) M__next__() (py.Object, error) {
	if it.a == nil || it.i >= it.a.n() {
		it.a = nil
		return nil, py.StopIteration
	}
	v, err := it.a.item(it.i)
	it.i++
	return v, err
}

// compare orders two arrays item by item; op is one of the rich
// comparisons.
func (a *Array) compare(other py.Object, op string) (py.Object, error) {
	o, ok := other.(*Array)
	if !ok {
		return py.NotImplemented, nil
	}
	na, no := a.n(), o.n()
	if (op == "==" || op == "!=") && na != no {
		return py.NewBool(op == "!="), nil
	}
	i := 0
	for ; i < na && i < no; i++ {
		x, y, err := a.pair(o, i)
		if err != nil {
			return nil, err
		}
		eq, err := py.Eq(x, y)
		if err != nil {
			return nil, err
		}
		if eq != py.True {
			break
		}
	}
	if i < na && i < no {
		x, y, err := a.pair(o, i)
		if err != nil {
			return nil, err
		}
		switch op {
		case "==":
			return py.False, nil
		case "!=":
			return py.True, nil
		case "<":
			return py.Lt(x, y)
		case "<=":
			return py.Le(x, y)
		case ">":
			return py.Gt(x, y)
		default:
			return py.Ge(x, y)
		}
	}
	var r bool
	switch op {
	case "==":
		r = na == no
	case "!=":
		r = na != no
	case "<":
		r = na < no
	case "<=":
		r = na <= no
	case ">":
		r = na > no
	default:
		r = na >= no
	}
	return py.NewBool(r), nil
}

// M__eq__ and the other rich comparisons compare item values.
func (a *Array) M__eq__(o py.Object) (py.Object, error) { return a.compare(o, "==") }
func (a *Array) M__ne__(o py.Object) (py.Object, error) { return a.compare(o, "!=") }
func (a *Array) M__lt__(o py.Object) (py.Object, error) { return a.compare(o, "<") }
func (a *Array) M__le__(o py.Object) (py.Object, error) { return a.compare(o, "<=") }
func (a *Array) M__gt__(o py.Object) (py.Object, error) { return a.compare(o, ">") }
func (a *Array) M__ge__(o py.Object) (py.Object, error) { return a.compare(o, ">=") }

// pair returns item i of a and of o.
func (a *Array) pair(o *Array, i int) (x, y py.Object, err error) {
	if x, err = a.item(i); err != nil {
		return nil, nil, err
	}
	y, err = o.item(i)
	return x, y, err
}
