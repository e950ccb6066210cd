package pycollections

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// CPython 3.6's sizes for __sizeof__: the deque object (a variable-size
// header, two block pointers, four sizes, the weakref list) and a block
// of blockLen cells between two links.
const (
	dequeBasicSize = 80
	blockSize      = 8 + 8*blockLen + 8
)

// setupDequeMethods fills deque's dict with its methods and maxlen.
func setupDequeMethods() {
	method("append", oneArg, "Add an item at the right end (a full bounded deque drops its leftmost).", func(d *Deque, args py.Tuple) (py.Object, error) {
		d.pushRight(args[0])
		return py.None, nil
	})
	method("appendleft", oneArg, "Add an item at the left end (a full bounded deque drops its rightmost).", func(d *Deque, args py.Tuple) (py.Object, error) {
		d.pushLeft(args[0])
		return py.None, nil
	})
	method("pop", noArgs, "Take the rightmost item off and return it.", func(d *Deque, _ py.Tuple) (py.Object, error) {
		if d.n == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from an empty deque")
		}
		return d.popRight(), nil
	})
	method("popleft", noArgs, "Take the leftmost item off and return it.", func(d *Deque, _ py.Tuple) (py.Object, error) {
		if d.n == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from an empty deque")
		}
		return d.popLeft(), nil
	})
	method("extend", oneArg, "Append each item of the iterable in turn.", func(d *Deque, args py.Tuple) (py.Object, error) {
		return py.None, d.extend(args[0], false)
	})
	method("extendleft", oneArg, "Prepend each item of the iterable in turn (they end up in reverse order).", func(d *Deque, args py.Tuple) (py.Object, error) {
		return py.None, d.extend(args[0], true)
	})
	method("clear", noArgs, "Remove every item.", func(d *Deque, _ py.Tuple) (py.Object, error) {
		d.clear()
		return py.None, nil
	})
	method("count", oneArg, "The number of items equal to the argument.", func(d *Deque, args py.Tuple) (py.Object, error) {
		return d.count(args[0])
	})
	method("index", varArgs, "D.index(value, [start, [stop]]) -> integer -- the position of the first item equal\nto value; ValueError when there is none.", func(d *Deque, args py.Tuple) (py.Object, error) {
		return d.index(args)
	})
	method("insert", varArgs, "D.insert(index, object) -- put object before the item at index.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, pyutil.TypeErrorf("insert() takes exactly 2 arguments (%d given)", len(args))
		}
		i, err := pyarg.SsizeT(args[0])
		if err != nil {
			return nil, err
		}
		if d.maxlen == d.n {
			return nil, py.ExceptionNewf(py.IndexError, "deque already at its maximum size")
		}
		if i < 0 {
			i = max(i+d.n, 0)
		}
		d.insertAt(min(i, d.n), args[1])
		return py.None, nil
	})
	method("remove", oneArg, "Remove the first item equal to the argument.", func(d *Deque, args py.Tuple) (py.Object, error) {
		return py.None, d.remove(args[0])
	})
	method("reverse", noArgs, "Reverse the items in place.", func(d *Deque, _ py.Tuple) (py.Object, error) {
		d.reverse()
		return py.None, nil
	})
	method("rotate", varArgs, "Rotate the deque n steps to the right (default n=1); a negative n rotates to\nthe left.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, pyutil.TypeErrorf("rotate() takes at most 1 argument (%d given)", len(args))
		}
		k := 1
		if len(args) == 1 {
			var err error
			if k, err = pyarg.SsizeT(args[0]); err != nil {
				return nil, err
			}
		}
		d.rotate(k)
		return py.None, nil
	})
	copyDoc := "A shallow copy of the deque."
	instanceMethod("copy", noArgs, copyDoc, func(inst py.Object, d *Deque, _ py.Tuple) (py.Object, error) {
		return copyOf(inst, d)
	})
	instanceMethod("__copy__", noArgs, copyDoc, func(inst py.Object, d *Deque, _ py.Tuple) (py.Object, error) {
		return copyOf(inst, d)
	})
	instanceMethod("__reduce__", noArgs, "What pickle and copy rebuild the deque from.", reduce)
	instanceMethod("__sizeof__", noArgs, "The bytes the deque takes in memory.", func(inst py.Object, d *Deque, _ py.Tuple) (py.Object, error) {
		return py.Int(basicSize(inst) + d.blocks()*blockSize), nil
	})
	// In the type's dict as in 3.6's: pprint dispatches on type(o).__repr__.
	instanceMethod("__repr__", noArgs, "The deque as its constructor call would be written.", func(_ py.Object, d *Deque, _ py.Tuple) (py.Object, error) {
		return d.M__repr__()
	})
	instanceMethod("__iter__", noArgs, "An iterator over the deque, left to right.", func(inst py.Object, d *Deque, _ py.Tuple) (py.Object, error) {
		return newIterator(inst, d, false), nil
	})
	instanceMethod("__reversed__", noArgs, "D.__reversed__() -- an iterator over the items from the right.", func(inst py.Object, d *Deque, _ py.Tuple) (py.Object, error) {
		return newIterator(inst, d, true), nil
	})
	instanceMethod("__add__", oneArg, "Return self+value.", func(inst py.Object, d *Deque, args py.Tuple) (py.Object, error) {
		return concat(inst, d, args[0])
	})
	instanceMethod("__mul__", oneArg, "Return self*value.", func(inst py.Object, d *Deque, args py.Tuple) (py.Object, error) {
		n, err := pyarg.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		return repeat(inst, d, n)
	})
	instanceMethod("__rmul__", oneArg, "Return value*self.", func(inst py.Object, d *Deque, args py.Tuple) (py.Object, error) {
		n, err := pyarg.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		return repeat(inst, d, n)
	})
	DequeType.Dict["maxlen"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			d, ok := dequeOf(self)
			if !ok {
				return nil, pyutil.TypeErrorf("descriptor 'maxlen' for 'collections.deque' objects doesn't apply to '%s' object", pyutil.TypeName(self))
			}
			if d.maxlen < 0 {
				return py.None, nil
			}
			return py.Int(d.maxlen), nil
		},
		Fset: func(py.Object, py.Object) error {
			return py.ExceptionNewf(py.AttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable")
		},
		Doc: "the bound of the deque, or None when it has none",
	}
}

// extend appends (leftward: prepends) the items of src, as deque_extend
// does: a deque extended with itself takes a copy of its items first, a
// deque of maxlen 0 only consumes the iterable.
func (d *Deque) extend(src py.Object, leftward bool) error {
	push := d.pushRight
	if leftward {
		push = d.pushLeft
	}
	var items []py.Object
	switch s := src.(type) {
	case *py.List:
		items = s.Items
	case py.Tuple:
		items = s
	case *Deque:
		if s == d {
			items = d.items()
		}
	}
	if items != nil {
		if d.maxlen == 0 {
			return nil
		}
		d.startFill(leftward)
		for _, x := range items {
			push(x)
		}
		return nil
	}
	it, err := vm.Iter(src)
	if err != nil {
		return err
	}
	if d.maxlen != 0 {
		d.startFill(leftward)
	}
	for {
		x, ok, err := vm.Next(it)
		if err != nil || !ok {
			return err
		}
		if d.maxlen != 0 {
			push(x)
		}
	}
}

// equal is PyObject_RichCompareBool(a, b, Py_EQ): identity, then ==.
func equal(a, b py.Object) (bool, error) {
	if vm.Identical(a, b) {
		return true, nil
	}
	r, err := vm.Compare(a, b, "==")
	if err != nil {
		return false, err
	}
	return vm.Truth(r)
}

func errMutated() error {
	return py.ExceptionNewf(py.RuntimeError, "deque mutated during iteration")
}

// count is D.count(x).
func (d *Deque) count(x py.Object) (py.Object, error) {
	state, found := d.state, 0
	for i := 0; i < d.n; i++ {
		eq, err := equal(d.at(i), x)
		if err != nil {
			return nil, err
		}
		if eq {
			found++
		}
		if d.state != state {
			return nil, errMutated()
		}
	}
	return py.Int(found), nil
}

// sliceIndex is _PyEval_SliceIndexNotNone: an integer or an __index__
// object, clamped to the range of a Go int.
func sliceIndex(o py.Object) (int, error) {
	if _, ok := o.(py.Float); ok || !isIndexable(o) {
		return 0, pyutil.TypeErrorf("slice indices must be integers or have an __index__ method")
	}
	return pyarg.IndexSize(o, nil)
}

// isIndexable reports whether o has __index__ (an int, or an object
// whose class defines it).
func isIndexable(o py.Object) bool {
	if pyarg.IntValue(o) != nil {
		return true
	}
	if _, ok := o.(py.I__index__); ok {
		return true
	}
	_, err := vm.GetAttr(o.Type(), "__index__")
	return err == nil
}

// index is D.index(x[, start[, stop]]).
func (d *Deque) index(args py.Tuple) (py.Object, error) {
	switch {
	case len(args) == 0:
		return nil, pyutil.TypeErrorf("index() takes at least 1 argument (0 given)")
	case len(args) > 3:
		return nil, pyutil.TypeErrorf("index() takes at most 3 arguments (%d given)", len(args))
	}
	start, stop := 0, d.n
	var err error
	if len(args) > 1 {
		if start, err = sliceIndex(args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = sliceIndex(args[2]); err != nil {
			return nil, err
		}
	}
	if start < 0 {
		start = max(start+d.n, 0)
	}
	if stop < 0 {
		stop = max(stop+d.n, 0)
	}
	stop = min(stop, d.n)
	start = min(start, stop)
	state := d.state
	for i := start; i < stop; i++ {
		eq, err := equal(d.at(i), args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
		if d.state != state {
			return nil, errMutated()
		}
	}
	r, err := vm.Repr(args[0])
	if err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.ValueError, "%s is not in deque", r)
}

// remove is D.remove(x).
func (d *Deque) remove(x py.Object) error {
	n := d.n
	for i := 0; i < n; i++ {
		eq, err := equal(d.at(i), x)
		if d.n != n {
			return py.ExceptionNewf(py.IndexError, "deque mutated during remove().")
		}
		if err != nil {
			return err
		}
		if eq {
			d.removeAt(i)
			return nil
		}
	}
	return py.ExceptionNewf(py.ValueError, "deque.remove(x): x not in deque")
}

// isExact reports whether inst is a deque itself, not an instance of a
// derived class.
func isExact(inst py.Object) bool {
	_, ok := inst.(*Deque)
	return ok
}

// copyOf is deque_copy: a deque is copied directly; a derived class is
// called with the deque (and its maxlen, when bounded), and must return
// a deque.
func copyOf(inst py.Object, d *Deque) (py.Object, error) {
	if isExact(inst) {
		c := newDeque()
		c.maxlen = d.maxlen
		if d.n > 0 {
			c.replace(d.items())
			c.left = 1
		}
		return c, nil
	}
	cls := inst.Type()
	args := py.Tuple{inst}
	if d.maxlen >= 0 {
		args = append(args, py.Int(d.maxlen))
	}
	res, err := vm.Call(cls, args, nil)
	if err != nil {
		return nil, err
	}
	if !res.Type().IsSubtype(DequeType) {
		return nil, pyutil.TypeErrorf("%s() must return a deque, not %s", cls.Name, pyutil.TypeName(res))
	}
	return res, nil
}

// concat is deque + other: a copy of the deque extended with other, a
// deque.
func concat(inst py.Object, d *Deque, other py.Object) (py.Object, error) {
	if _, ok := dequeOf(other); !ok || !other.Type().IsSubtype(DequeType) {
		return nil, pyutil.TypeErrorf("can only concatenate deque (not \"%s\") to deque", pyutil.TypeName(other))
	}
	res, err := copyOf(inst, d)
	if err != nil {
		return nil, err
	}
	c, ok := dequeOf(res)
	if !ok {
		return nil, pyutil.TypeErrorf("can only concatenate deque (not \"%s\") to deque", pyutil.TypeName(res))
	}
	return res, c.extend(other, false)
}

// repeat is deque * n: a copy of the deque repeated in place.
func repeat(inst py.Object, d *Deque, n int) (py.Object, error) {
	res, err := copyOf(inst, d)
	if err != nil {
		return nil, err
	}
	c, ok := dequeOf(res)
	if !ok {
		return nil, pyutil.TypeErrorf("%s() must return a deque, not %s", inst.Type().Name, pyutil.TypeName(res))
	}
	return res, c.repeatInPlace(n)
}

// repeatInPlace is deque *= n.
func (d *Deque) repeatInPlace(n int) error {
	switch {
	case n <= 0 || d.n == 0:
		if d.n > 0 {
			d.clear()
		}
		return nil
	case n == 1:
		return nil
	}
	size := d.n
	if d.maxlen >= 0 {
		// only the last maxlen items stay: the repetitions before
		// those need not be made
		n = min(n, (d.maxlen+size-1)/size+1)
	}
	if n > 0 && size > (1<<62)/n {
		return pyutil.ErrNoMemory()
	}
	if err := pyutil.CheckAllocItems(size*(n-1), 8); err != nil {
		return err
	}
	items := d.items()
	for range n - 1 {
		for _, x := range items {
			d.pushRight(x)
		}
	}
	return nil
}

// reduce is D.__reduce__(): (class, () or ((), maxlen), the instance
// dict or None, an iterator over the items).
func reduce(inst py.Object, d *Deque, _ py.Tuple) (py.Object, error) {
	var state py.Object = py.None
	if !isExact(inst) {
		dict, err := vm.GetAttr(inst, "__dict__")
		switch {
		case err == nil:
			state = dict
		case !isAttributeError(err):
			return nil, err
		}
	}
	it, err := vm.Iter(inst)
	if err != nil {
		return nil, err
	}
	var args py.Object = py.Tuple{}
	if d.maxlen >= 0 {
		args = py.Tuple{py.Tuple{}, py.Int(d.maxlen)}
	}
	return py.Tuple{inst.Type(), args, state, it}, nil
}

func isAttributeError(err error) bool {
	e, ok := err.(*py.Exception)
	return ok && e.Type().IsSubtype(py.AttributeError)
}

// basicSize is object.__sizeof__ of inst as CPython 3.6 lays out a deque:
// a derived class adds a pointer for each __slots__ name, or one for its
// __dict__.
func basicSize(inst py.Object) int {
	cls, ok := inst.(*py.Type)
	if !ok || !pyutil.IsInstanceObject(cls) {
		return dequeBasicSize
	}
	size, slotted := dequeBasicSize, false
	for _, b := range cls.ObjectType.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			continue
		}
		slots, ok := vm.ClassSlots(bt)
		if !ok {
			return dequeBasicSize + 8
		}
		slotted = true
		switch s := slots.(type) {
		case py.String:
			size += 8
		case py.Tuple:
			size += 8 * len(s)
		case *py.List:
			size += 8 * len(s.Items)
		}
	}
	if !slotted {
		size += 8
	}
	return size
}

// SizeOf is d.__sizeof__() for a deque itself (vm.Sizer).
func (d *Deque) SizeOf() int { return dequeBasicSize + d.blocks()*blockSize }

// BasicSize is object.__sizeof__(d) for a deque itself (vm.Sizer).
func (d *Deque) BasicSize() int { return dequeBasicSize }
