package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"
)

// FOR_ITER over the iterators a for loop meets most, stepped in the loop.
//
// Next (ops.go) answers a range iterator and a list iterator too, but
// through a call and a type switch over every iterator kind, and it boxes
// a range's items with boxInt, one allocation per item past the small-int
// table; here they come from the thread's int slab (fast_int_slab.go), so
// `for i in range(n)` allocates once per 16 items.
//
// A Go iterator of another package (itertools.repeat, zip, map, enumerate,
// reversed...) is stepped here too, by its Go M__next__, once nextWith has
// seen that its type's __next__ is that method (nextCache.stepTab): the
// dispatch through Next's type switch, the type's dict and py.Next's
// interface conversion was three quarters of `for _ in repeat(None, n)`.
//
// A dict's items unpacked at once (`for k, v in d.items()`) go onto the
// stack as two values: the loop builds no tuple to take apart at once.

// forIterStep is FOR_ITER's step when the iterator on top of f's stack is
// one it knows: the next item pushed, or the iterator popped and f sent
// to target when it is exhausted; err is what the iterator raised, other
// than StopIteration. It reports false, having done nothing, for any
// other iterator.
func (t *thread) forIterStep(f *frame, target int) (handled bool, err error) {
	var v py.Object
	switch it := f.stack[f.sp-1].(type) {
	case *py.RangeIterator:
		if i, ok := rangeNext(it); ok {
			v = t.boxIntOn(i)
		}
	case *listIterator:
		var ok bool
		if v, ok = it.next(); !ok {
			v = nil
		}
	case *dictIterator:
		var ok bool
		if it.kind == viewItems && f.unpacksPair() {
			var k py.Object
			if k, v, ok, err = it.nextPair(); ok {
				f.pushPair(k, v)
				return true, nil
			}
		} else {
			v, ok, err = it.next()
		}
		if err != nil {
			return true, err
		}
		if !ok {
			v = nil
		}
	default:
		c := &t.nextCache
		w := ifaceOf(unsafe.Pointer(&f.stack[f.sp-1]))
		if c.stepTab == nil || w.tab != c.stepTab {
			return false, nil
		}
		if c.pairTab != nil && f.unpacksPair() {
			var p PairIterator
			*ifaceOf(unsafe.Pointer(&p)) = iface{c.pairTab, w.data}
			if p.PairItems() {
				a, b, ok, err := p.NextPair()
				if err != nil || !ok {
					return t.forIterEnd(f, target, err)
				}
				f.pushPair(a, b)
				return true, nil
			}
		}
		var nx py.I__next__
		*ifaceOf(unsafe.Pointer(&nx)) = iface{c.nextTab, w.data}
		if v, err = nx.M__next__(); err != nil {
			return t.forIterEnd(f, target, err)
		}
	}
	if v == nil {
		f.sp--
		f.stack[f.sp] = nil
		f.pc = target
		return true, nil
	}
	f.pushItem(v)
	return true, nil
}

// forIterEnd is forIterStep's answer when a Go iterator stops: err
// raised, unless it is StopIteration or nil: then the iterator is
// exhausted, popped, and f sent to target.
func (t *thread) forIterEnd(f *frame, target int, err error) (bool, error) {
	if err != nil && !py.IsException(py.StopIteration, err) {
		return true, err
	}
	f.sp--
	f.stack[f.sp] = nil
	f.pc = target
	return true, nil
}

// PairIterator is a Go iterator whose items may be 2-tuples (enumerate,
// zip of two iterables): FOR_ITER followed by an unpack into two targets
// (`for i, x in enumerate(a)`) takes the two values from NextPair and
// builds no tuple to take apart at once.
type PairIterator interface {
	py.I__next__
	// PairItems reports whether every item is a 2-tuple.
	PairItems() bool
	// NextPair is __next__ with its item's two values apart; ok is
	// false at the end (err nil or StopIteration).
	NextPair() (a, b py.Object, ok bool, err error)
}

// unpacksPair reports whether f's next instruction unpacks the item
// FOR_ITER is about to push into two values.
func (f *frame) unpacksPair() bool {
	in := f.ins[f.pc]
	return in.op == opUNPACK_SEQUENCE && in.arg == 2
}

// pushPair is FOR_ITER's push of the item (a, b) and UNPACK_SEQUENCE 2's
// taking it apart, in one step: b below a, as the unpack leaves them.
func (f *frame) pushPair(a, b py.Object) {
	f.stack[f.sp] = b
	f.stack[f.sp+1] = a
	f.sp += 2
	f.pc++
}

// nextPair is next of an items iterator, as the key and the value apart.
func (it *dictIterator) nextPair() (k, v py.Object, ok bool, err error) {
	if it.done {
		return nil, nil, false, nil
	}
	d := it.d
	if d.used != it.size {
		it.done = true
		return nil, nil, false, py.ExceptionNewf(py.RuntimeError, "dictionary changed size during iteration")
	}
	for it.pos < len(d.entries) {
		e := &d.entries[it.pos]
		it.pos++
		if e.key != nil {
			return e.key, e.value, true, nil
		}
	}
	it.done = true
	return nil, nil, false, nil
}

// nextCache remembers, for FOR_ITER over iterators of a Go type other
// than those Next knows by name (itertools.repeat, zip, map, enumerate,
// dict views), the type's __next__ entry: looking it up in the type's
// dict on every step was a third of `for x in itertools.repeat(...)`.
// A Go type's dict is fixed once registered; one a class statement can
// derive from (heap-flagged: scripts may set attributes on it) is looked
// up every time.
type nextCache struct {
	typ *py.Type
	m   *py.Method
	ok  bool

	// stepTab names the last Go type whose __next__ Next found to be
	// its Go M__next__ (no entry in its Python type's dict), by the
	// type word of a py.Object holding it; nextTab is the type word of
	// a py.I__next__ holding it. forIterStep calls M__next__ directly
	// for the objects of that Go type.
	stepTab, nextTab unsafe.Pointer
	// pairTab is the type word of a PairIterator holding an object of
	// that Go type; nil when the type is no PairIterator.
	pairTab unsafe.Pointer
}

// iface is the layout of a Go interface value with methods: the word
// naming the dynamic type with the interface's method table (one per
// pair of interface and Go type, for the process's life), and the data
// word. nextCache keeps type words instead of an object or a *py.Type:
// it keeps nothing alive, and one Python type may be the Type() of
// several Go types that Next steps differently (the exact Go type is
// what decides).
type iface struct {
	tab, data unsafe.Pointer
}

// ifaceOf views the interface value at p (a *py.Object, *py.I__next__
// or *PairIterator) as its two words.
func ifaceOf(p unsafe.Pointer) *iface {
	return (*iface)(p)
}

// method is goTypeMethod(it, "__next__"), from the cache when it holds
// it's type; a nil cache looks it up.
func (c *nextCache) method(it py.Object) (*py.Method, bool) {
	if c == nil {
		return goTypeMethod(it, "__next__")
	}
	if _, isType := it.(*py.Type); isType {
		return nil, false // as goTypeMethod answers
	}
	typ := it.Type()
	if typ.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return goTypeMethod(it, "__next__")
	}
	if typ != c.typ {
		c.m, c.ok = goTypeMethod(it, "__next__")
		c.typ = typ
	}
	return c.m, c.ok
}

// stepOwn records, once Next has found that it has no __next__ entry in
// its type's dict, it's type as one forIterStep steps by its Go
// M__next__, when that holds for every object of the type: it is a Go
// iterator of a fixed type (not heap-flagged), not a sequence iterator
// nor a class or instance, whose answers Next's type switch chooses per
// object.
func (c *nextCache) stepOwn(it py.Object) {
	if c == nil {
		return
	}
	switch it.(type) {
	case *py.Iterator, *py.Type, *py.Generator:
		return
	}
	nx, ok := it.(py.I__next__)
	if !ok || it.Type().Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return
	}
	c.stepTab, c.nextTab = ifaceOf(unsafe.Pointer(&it)).tab, ifaceOf(unsafe.Pointer(&nx)).tab
	c.pairTab = nil
	if p, ok := it.(PairIterator); ok {
		c.pairTab = ifaceOf(unsafe.Pointer(&p)).tab
	}
}

// rangeNext returns the next item of range iterator it and moves it on;
// false when it is exhausted. A step past the last item that would
// overflow 64 bits ends the iteration (range(-2**63, 2**63 - 1, 2**62)
// has 4 items; the index wrapped round and looped for ever).
func rangeNext(it *py.RangeIterator) (py.Int, bool) {
	i := it.Index
	if (it.Step >= 0 && i >= it.Stop) || (it.Step < 0 && i <= it.Stop) {
		return 0, false
	}
	next := i + it.Step
	if (next < i) != (it.Step < 0) {
		next = it.Stop
	}
	it.Index = next
	return i, true
}

// rangeLeft is how many items range iterator it has left.
func rangeLeft(it *py.RangeIterator) uint64 {
	switch {
	case it.Step > 0 && it.Index < it.Stop:
		return (uint64(it.Stop-it.Index)-1)/uint64(it.Step) + 1
	case it.Step < 0 && it.Index > it.Stop:
		return (uint64(it.Index-it.Stop)-1)/uint64(-it.Step) + 1
	}
	return 0
}
