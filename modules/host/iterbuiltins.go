package host

import (
	"math"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// This file gives the builtins that consume iterables CPython 3.6's
// behaviour: they iterate through the loop (iterate.go), so bytes,
// instances of Python classes with __iter__ or __getitem__ and generators
// are accepted everywhere a for loop accepts them, and they call, compare,
// add and truth-test through the loop too (vm.Call, vm.Compare, vm.Add,
// vm.Truth). Stock gpython's versions refuse bytes (py.Iter), compare with
// py.Le/py.Ge, call only *py.Function keys, and several builtins are
// missing (reversed) or mistyped (map is a "filter", enumerate ignores
// start=).
//
// sorted, len and callable are the loop's own (vm/builtins.go), installed
// per context over these; dict, set and frozenset are the loop's types
// (vm/dict.go, vm/set.go).

// installIterBuiltins replaces gpython's builtins and types that consume
// iterables, and adds reversed.
func installIterBuiltins() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("host: gpython's builtins module is not registered")
	}
	// sum, any, all and ord read their arguments and keep none of the
	// tuple: vm.ArgsBorrowed lets the loop lend them its stack.
	replace := map[string]*py.Method{
		"iter": py.MustNewMethod("iter", builtinIter, 0, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nWith one argument, the iterator of an iterable or sequence. With two,\nan iterator that calls callable with no arguments and stops at the first\nresult equal to sentinel."),
		"min":  py.MustNewMethod("min", minMax("min", "<"), 0, "min(iterable, *, key=None[, default]) -> value\nmin(a, b, *rest, key=None) -> value\n\nThe least item of one iterable, or the least of several positional\narguments, compared through key when given. default is the result for an\nempty iterable; without it an empty iterable raises ValueError."),
		"max":  py.MustNewMethod("max", minMax("max", ">"), 0, "max(iterable, *, key=None[, default]) -> value\nmax(a, b, *rest, key=None) -> value\n\nThe greatest item of one iterable, or the greatest of several positional\narguments, compared through key when given. default is the result for an\nempty iterable; without it an empty iterable raises ValueError."),
		"sum":  py.MustNewMethod("sum", builtinSum, vm.ArgsBorrowed, "sum(iterable[, start]) -> value\n\nReturn the sum of an iterable of numbers (NOT strings) plus the value\nof parameter 'start' (which defaults to 0).  When the iterable is\nempty, return start."),
		"any":  py.MustNewMethod("any", anyAll("any", true), vm.ArgsBorrowed, "any(iterable) -> bool\n\nTrue as soon as one item is true; False for no true item (or no item)."),
		"all":  py.MustNewMethod("all", anyAll("all", false), vm.ArgsBorrowed, "all(iterable) -> bool\n\nFalse as soon as one item is false; True otherwise, also for no item."),
		"ord":  py.MustNewMethod("ord", builtinOrd, vm.ArgsBorrowed, "ord(c) -> int\n\nThe code point of the single character c (a str, bytes or bytearray of length 1)."),
	}
	for i, m := range impl.Methods {
		if r, ok := replace[m.Name]; ok {
			impl.Methods[i] = r
			delete(replace, m.Name)
		}
	}
	for _, m := range replace {
		impl.Methods = append(impl.Methods, m)
	}
	impl.Globals["reversed"] = ReversedType

	// gpython names its map type "filter".
	py.MapType.Name = "map"
	py.EnumerateType.New = iterTypeNew(py.EnumerateType, enumerateNew)
	py.ZipType.New = iterTypeNew(py.ZipType, zipNew)
	py.MapType.New = iterTypeNew(py.MapType, mapNew)
	py.FilterType.New = iterTypeNew(py.FilterType, filterNew)
	py.ListType.New = iterTypeNew(py.ListType, listNew)
	py.TupleType.New = iterTypeNew(py.TupleType, tupleNew)

	py.StringType.Dict["join"] = py.MustNewMethod("join", strJoin, vm.ArgsBorrowed, "join(iterable) -> str\n\nThe strings of iterable glued together, with this string between each pair.")
}

// iterTypeNew installs impl as typ's constructor for typ itself; a
// subclass keeps the constructor it had (impl's objects are of typ).
func iterTypeNew(typ *py.Type, impl func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) py.NewFunc {
	orig := typ.New
	return func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if metatype != typ && orig != nil {
			return orig(metatype, args, kwargs)
		}
		return impl(args, kwargs)
	}
}

// ---- iter ----

func builtinIter(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("iter() takes no keyword arguments")
	}
	if err := unpackArgs("iter", args, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return vm.Iter(args[0])
	}
	if !pyutil.IsCallable(args[0]) {
		return nil, pyutil.TypeErrorf("iter(v, w): v must be callable")
	}
	return &callIterator{fn: args[0], sentinel: args[1]}, nil
}

// callIterator is iter(callable, sentinel).
type callIterator struct {
	fn       py.Object // nil once exhausted
	sentinel py.Object
}

func (c *callIterator) Type() *py.Type                { return py.CallIteratorType }
func (c *callIterator) M__iter__() (py.Object, error) { return c, nil }
func (c *callIterator) M__next__() (py.Object, error) {
	if c.fn == nil {
		return nil, py.StopIteration
	}
	v, err := vm.Call(c.fn, nil, nil)
	if err != nil {
		if py.IsException(py.StopIteration, err) {
			c.fn = nil
			return nil, py.StopIteration
		}
		return nil, err
	}
	eq, err := equalObjects(v, c.sentinel)
	if err != nil {
		return nil, err
	}
	if eq {
		c.fn = nil
		return nil, py.StopIteration
	}
	return v, nil
}

// equalObjects is PyObject_RichCompareBool(a, b, Py_EQ) with the loop's
// ==: identity first, then a == b.
func equalObjects(a, b py.Object) (bool, error) {
	if sameObject(a, b) {
		return true, nil
	}
	r, err := vm.Compare(a, b, "==")
	if err != nil {
		return false, err
	}
	return vm.Truth(r)
}

// ---- enumerate ----

type enumerateIter struct {
	it    py.Object
	index py.Object // py.Int, or *py.BigInt beyond
	ints  vm.IntSlab
}

func (e *enumerateIter) Type() *py.Type                { return py.EnumerateType }
func (e *enumerateIter) M__iter__() (py.Object, error) { return e, nil }
func (e *enumerateIter) M__next__() (py.Object, error) {
	i, v, ok, err := e.NextPair()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, py.StopIteration
	}
	return py.Tuple{i, v}, nil
}

// PairItems and NextPair make enumerate a vm.PairIterator: the loop's
// `for i, x in enumerate(a)` takes the index and item without a tuple.
func (e *enumerateIter) PairItems() bool { return true }

func (e *enumerateIter) NextPair() (i, v py.Object, ok bool, err error) {
	if v, ok, err = vm.Next(e.it); err != nil || !ok {
		return nil, nil, false, err
	}
	i = e.index
	if n, ok := i.(py.Int); ok && n < math.MaxInt64 {
		// The next index boxed from e's own slab: vm.Add would
		// allocate every index past the small ints.
		e.index = e.ints.Box(n + 1)
	} else if e.index, err = vm.Add(i, py.Int(1)); err != nil {
		return nil, nil, false, err
	}
	return i, v, true, nil
}

func enumerateNew(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := keywordArgs("enumerate", args, kwargs, []string{"iterable", "start"}, 1)
	if err != nil {
		return nil, err
	}
	var start py.Object = py.Int(0)
	if a[1] != nil {
		if start, err = asIndex(a[1]); err != nil {
			return nil, err
		}
	}
	it, err := vm.Iter(a[0])
	if err != nil {
		return nil, err
	}
	return &enumerateIter{it: it, index: start}, nil
}

// ---- zip ----

type zipIter struct {
	its []py.Object
}

func (z *zipIter) Type() *py.Type                { return py.ZipType }
func (z *zipIter) M__iter__() (py.Object, error) { return z, nil }
func (z *zipIter) M__next__() (py.Object, error) {
	if len(z.its) == 0 {
		return nil, py.StopIteration
	}
	out := make(py.Tuple, len(z.its))
	for i, it := range z.its {
		v, ok, err := vm.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.StopIteration
		}
		out[i] = v
	}
	return out, nil
}

// PairItems and NextPair make a zip of two iterables a vm.PairIterator:
// the loop's `for x, y in zip(a, b)` takes the two items without a tuple.
func (z *zipIter) PairItems() bool { return len(z.its) == 2 }

func (z *zipIter) NextPair() (a, b py.Object, ok bool, err error) {
	if a, ok, err = vm.Next(z.its[0]); err != nil || !ok {
		return nil, nil, false, err
	}
	if b, ok, err = vm.Next(z.its[1]); err != nil || !ok {
		return nil, nil, false, err
	}
	return a, b, true, nil
}

func zipNew(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noKeywordArgs("zip", kwargs); err != nil {
		return nil, err
	}
	its := make([]py.Object, len(args))
	for i, a := range args {
		it, err := vm.Iter(a)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return nil, pyutil.TypeErrorf("zip argument #%d must support iteration", i+1)
			}
			return nil, err
		}
		its[i] = it
	}
	return &zipIter{its: its}, nil
}

// ---- map ----

// mapIter calls its function through a vm.Caller, which works out once
// how to call it, with the items in args: a slice lent to each call and
// cleared after it, so that the map keeps no item alive. args is nil
// while a call runs; a __next__ that runs meanwhile (the function, or
// another thread while the function waits, advances the same map) uses a
// slice of its own.
type mapIter struct {
	fn   py.Object
	call *vm.Caller
	its  []py.Object
	args []py.Object
}

func (m *mapIter) Type() *py.Type                { return py.MapType }
func (m *mapIter) M__iter__() (py.Object, error) { return m, nil }
func (m *mapIter) M__next__() (py.Object, error) {
	args := m.args
	m.args = nil
	if args == nil {
		args = make([]py.Object, len(m.its))
	}
	r, err := m.next(args)
	if len(args) == 1 {
		// clear's bulk write-barrier path costs more than the call
		// for one slot.
		args[0] = nil
	} else {
		clear(args)
	}
	m.args = args
	return r, err
}

// next takes one item of each iterable into args and calls the function.
func (m *mapIter) next(args []py.Object) (py.Object, error) {
	for i, it := range m.its {
		v, ok, err := vm.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.StopIteration
		}
		args[i] = v
	}
	return m.call.Call(args)
}

func mapNew(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noKeywordArgs("map", kwargs); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		return nil, pyutil.TypeErrorf("map() must have at least two arguments.")
	}
	its := make([]py.Object, len(args)-1)
	for i, a := range args[1:] {
		it, err := vm.Iter(a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return &mapIter{fn: args[0], call: vm.NewCaller(args[0]), its: its}, nil
}

// ---- filter ----

// filterIter keeps the items for which its function's result is true
// (the items' own truth for None and bool, which it does not call), the
// calls made through a vm.Caller with the item in a lent one-slot slice,
// as mapIter's.
type filterIter struct {
	fn   py.Object // as given: None, bool or a callable
	call *vm.Caller
	own  bool // fn is None or bool: the item's own truth
	it   py.Object
	arg  []py.Object
}

func (f *filterIter) Type() *py.Type                { return py.FilterType }
func (f *filterIter) M__iter__() (py.Object, error) { return f, nil }
func (f *filterIter) M__next__() (py.Object, error) {
	for {
		v, ok, err := vm.Next(f.it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.StopIteration
		}
		test := v
		if !f.own {
			if test, err = f.test(v); err != nil {
				return nil, err
			}
		}
		keep, err := vm.Truth(test)
		if err != nil {
			return nil, err
		}
		if keep {
			return v, nil
		}
	}
}

// test is f's function called on v.
func (f *filterIter) test(v py.Object) (py.Object, error) {
	arg := f.arg
	f.arg = nil
	if arg == nil {
		arg = make([]py.Object, 1)
	}
	arg[0] = v
	r, err := f.call.Call(arg)
	arg[0] = nil
	f.arg = arg
	return r, err
}

func filterNew(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := noKeywordArgs("filter", kwargs); err != nil {
		return nil, err
	}
	if err := unpackArgs("filter", args, 2, 2); err != nil {
		return nil, err
	}
	it, err := vm.Iter(args[1])
	if err != nil {
		return nil, err
	}
	fn := args[0]
	f := &filterIter{fn: fn, it: it, own: fn == py.None || fn == py.BoolType}
	if !f.own {
		f.call = vm.NewCaller(fn)
	}
	return f, nil
}

// ---- reversed ----

// ReversedType is Python's reversed, which gpython lacks: the iterator
// over a sequence (__len__ and __getitem__) from its end. Objects with
// __reversed__ give their own iterator instead.
var ReversedType = py.NewTypeX("reversed", "reversed(seq) -> iterator\n\nAn iterator over seq from its last item to its first (uses __reversed__\nwhen seq has one).", reversedNew, nil)

var listReverseIteratorType = py.NewType("list_reverseiterator", "")

// reversedIter walks seq from index i down to 0 with the loop's
// subscript; IndexError or StopIteration ends it early.
type reversedIter struct {
	seq  py.Object // nil once exhausted
	i    int
	orig py.Object // the str seq's items came from, for __reduce__
}

func (r *reversedIter) Type() *py.Type                { return ReversedType }
func (r *reversedIter) M__iter__() (py.Object, error) { return r, nil }
func (r *reversedIter) M__next__() (py.Object, error) {
	if r.seq == nil || r.i < 0 {
		r.seq = nil
		return nil, py.StopIteration
	}
	v, err := vm.GetItem(r.seq, py.Int(r.i))
	if err != nil {
		r.seq = nil
		if py.IsException(py.IndexError, err) || py.IsException(py.StopIteration, err) {
			return nil, py.StopIteration
		}
		return nil, err
	}
	r.i--
	return v, nil
}

// listReverseIter is reversed(list): it follows the list as it shrinks.
type listReverseIter struct {
	l *py.List
	i int
}

func (r *listReverseIter) Type() *py.Type                { return listReverseIteratorType }
func (r *listReverseIter) M__iter__() (py.Object, error) { return r, nil }
func (r *listReverseIter) M__next__() (py.Object, error) {
	if r.l == nil || r.i < 0 || r.i >= len(r.l.Items) {
		r.l = nil
		return nil, py.StopIteration
	}
	v := r.l.Items[r.i]
	r.i--
	return v, nil
}

func reversedNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := noKeywordArgs("reversed", kwargs); err != nil {
		return nil, err
	}
	if err := unpackArgs("reversed", args, 1, 1); err != nil {
		return nil, err
	}
	seq := args[0]
	if v, ok := pyutil.BuiltinValue(seq); ok {
		// A subclass's own __reversed__ counts; the built-in base's
		// (list.__reversed__) is the case below.
		cls, _ := instanceClass(seq)
		var own py.Object
		if cls != nil {
			own = cls.Lookup("__reversed__")
		}
		if _, builtin := own.(*py.Method); own == nil || builtin {
			seq = v
		}
	}
	switch s := seq.(type) {
	case *py.List:
		return &listReverseIter{l: s, i: len(s.Items) - 1}, nil
	case *py.Range:
		// range's own __reversed__: an iterator from the last item.
		return vm.ReversedRange(s), nil
	case interface{ M__reversed__() (py.Object, error) }:
		return s.M__reversed__() // a range past int64 (vm/range_big.go)
	case py.String:
		// One pass over the code points instead of one per index.
		runes := []rune(string(s))
		items := make(py.Tuple, len(runes))
		for i, c := range runes {
			items[i] = py.String(string(c))
		}
		return &reversedIter{seq: items, i: len(items) - 1, orig: s}, nil
	}
	if cls, ok := instanceClass(seq); ok {
		if m := cls.Lookup("__reversed__"); m == py.None {
			// __reversed__ = None (as collections.abc.Mapping sets) opts out.
			return nil, pyutil.TypeErrorf("'%s' object is not reversible", pyutil.TypeName(seq))
		} else if m != nil {
			r, _, err := callSpecial(seq, "__reversed__")
			return r, err
		}
	}
	if t, ok := pyutil.IsClass(seq); ok {
		// A class is reversible through its metaclass's __reversed__.
		if meta := t.Type(); meta != nil && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if m := meta.Lookup("__reversed__"); m != nil && m != py.None {
				return py.Call(m, py.Tuple{seq}, nil)
			}
		}
	}
	if !isSequence(seq) {
		return nil, pyutil.TypeErrorf("'%s' object is not reversible", pyutil.TypeName(seq))
	}
	n, err := lenOf(seq)
	if err != nil {
		return nil, err
	}
	return &reversedIter{seq: seq, i: n - 1}, nil
}

// isSequence is PySequence_Check: indexable and not a dict.
func isSequence(o py.Object) bool {
	switch o.(type) {
	case py.StringDict, *vm.Dict, *vm.Set:
		return false
	case py.Bytes, py.String, py.Tuple, *py.List, *py.Range, *ByteArray:
		return true
	}
	if cls, ok := instanceClass(o); ok {
		return cls.Lookup("__getitem__") != nil
	}
	if t, ok := o.(*py.Type); ok && !isInstanceObject(t) {
		return false
	}
	_, ok := o.(py.I__getitem__)
	return ok
}

// lenOf is len(o) as a Go int: __len__ for instances of Python classes.
func lenOf(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Bytes:
		return len(v), nil
	case py.Tuple:
		return len(v), nil
	case *py.List:
		return len(v.Items), nil
	}
	r, found, err := callSpecial(o, "__len__")
	if !found {
		if _, ok := instanceClass(o); ok {
			return 0, pyutil.TypeErrorf("object of type '%s' has no len()", pyutil.TypeName(o))
		}
		r, err = py.Len(o)
	}
	if err != nil {
		return 0, err
	}
	if !hasIndex(r) {
		return 0, pyutil.TypeErrorf("'%s' object cannot be interpreted as an integer", pyutil.TypeName(r))
	}
	n, err := py.IndexInt(r)
	if err != nil {
		return 0, py.ExceptionNewf(py.OverflowError, "cannot fit '%s' into an index-sized integer", pyutil.TypeName(r))
	}
	if n < 0 {
		return 0, pyutil.ValueErrorf("__len__() should return >= 0")
	}
	return n, nil
}

// ---- min, max ----

// minMax is min (op "<") or max (op ">"): an item replaces the best so
// far when item op best, so the first of equal items wins.
func minMax(name, op string) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		var seq py.Object = args
		if len(args) <= 1 {
			if err := unpackArgs(name, args, 1, 1); err != nil {
				return nil, err
			}
			seq = args[0]
		}
		var key, def py.Object
		if len(kwargs) > 2 {
			return nil, pyutil.TypeErrorf("function takes at most 2 arguments (%d given)", len(kwargs))
		}
		for k, v := range kwargs {
			switch k {
			case "key":
				key = v
			case "default":
				def = v
			default:
				return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
			}
		}
		if len(args) > 1 && def != nil {
			return nil, pyutil.TypeErrorf("Cannot specify a default for %s() with multiple positional arguments", name)
		}
		var best, bestKey py.Object
		// The key is called through a vm.Caller, with the item in a
		// one-slot slice lent to each call.
		var call *vm.Caller
		var one [1]py.Object
		if key != nil {
			call = vm.NewCaller(key)
		}
		err = iterate(seq, func(item py.Object) (bool, error) {
			k := item
			if call != nil {
				var err error
				one[0] = item
				k, err = call.Call(one[:])
				one[0] = nil
				if err != nil {
					return true, err
				}
			}
			if best == nil {
				best, bestKey = item, k
				return false, nil
			}
			r, err := vm.Compare(k, bestKey, op)
			if err != nil {
				return true, err
			}
			better, err := vm.Truth(r)
			if err != nil {
				return true, err
			}
			if better {
				best, bestKey = item, k
			}
			return false, nil
		})
		if err != nil {
			return nil, err
		}
		if best == nil {
			if def != nil {
				return def, nil
			}
			return nil, pyutil.ValueErrorf("%s() arg is an empty sequence", name)
		}
		return best, nil
	}
}

// ---- sum ----

func builtinSum(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("sum() takes no keyword arguments")
	}
	if err := unpackArgs("sum", args, 1, 2); err != nil {
		return nil, err
	}
	it, err := vm.Iter(args[0])
	if err != nil {
		return nil, err
	}
	var total py.Object = py.Int(0)
	if len(args) == 2 {
		total = args[1]
		switch total.(type) {
		case py.String:
			return nil, pyutil.TypeErrorf("sum() can't sum strings [use ''.join(seq) instead]")
		case py.Bytes:
			return nil, pyutil.TypeErrorf("sum() can't sum bytes [use b''.join(seq) instead]")
		case *ByteArray:
			return nil, pyutil.TypeErrorf("sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	var acc sumAccumulator
	acc.start(total)
	each := func(item py.Object) (bool, error) {
		return false, acc.add(item)
	}
	if g, ok := it.(*py.Generator); ok {
		err = vm.DrainGenerator(g, acc.addPlain, each)
	} else {
		err = drain(it, each)
	}
	if err != nil {
		return nil, err
	}
	return acc.result(), nil
}

// sumAccumulator keeps sum()'s running total unboxed while it is a small
// int (an int64) or a float and the items are too, as CPython's sum does:
// a boxed total per item costs an allocation each. Any other item, or an
// int64 overflow, hands the total back to vm.Add, which then answers for
// the rest (and may hand a float total back to the float mode). The
// additions are the ones vm.Add would make, in the same order, so the
// result is the same to the bit.
type sumAccumulator struct {
	mode  int // sumBoxed, sumInt or sumFloat
	i     int64
	f     float64
	boxed py.Object
}

const (
	sumBoxed = iota
	sumInt
	sumFloat
)

// start sets the total to v.
func (a *sumAccumulator) start(v py.Object) {
	switch x := v.(type) {
	case py.Int:
		a.mode, a.i = sumInt, int64(x)
	case py.Float:
		a.mode, a.f = sumFloat, float64(x)
	default:
		a.mode, a.boxed = sumBoxed, v
	}
}

// add adds item to the total.
func (a *sumAccumulator) add(item py.Object) error {
	switch a.mode {
	case sumInt:
		if x, ok := item.(py.Int); ok {
			s := a.i + int64(x)
			// Overflow iff both operands' signs differ from the sum's.
			if (a.i^s)&(int64(x)^s) >= 0 {
				a.i = s
				return nil
			}
		}
	case sumFloat:
		switch x := item.(type) {
		case py.Float:
			a.f += float64(x)
			return nil
		case py.Int:
			a.f += float64(x)
			return nil
		}
	}
	r, err := vm.Add(a.result(), item)
	if err != nil {
		return err
	}
	a.start(r)
	return nil
}

// addPlain adds item when that runs no Python code (an int or float
// item to an unboxed total) and reports whether it did.
func (a *sumAccumulator) addPlain(item py.Object) bool {
	if a.mode == sumBoxed {
		return false
	}
	switch item.(type) {
	case py.Int, py.Float:
		return a.add(item) == nil
	}
	return false
}

// result is the total, boxed.
func (a *sumAccumulator) result() py.Object {
	switch a.mode {
	case sumInt:
		return py.Int(a.i)
	case sumFloat:
		return py.Float(a.f)
	}
	return a.boxed
}

// ---- any, all ----

// anyAll is any() (want true) or all() (want false): it stops at the
// first item whose truth is want.
func anyAll(name string, want bool) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if len(kwargs) > 0 {
			return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
		}
		found := false
		each := func(item py.Object) (bool, error) {
			b, err := vm.Truth(item)
			found = err == nil && b == want
			return found, err
		}
		it, err := vm.Iter(args[0])
		if err != nil {
			return nil, err
		}
		if g, ok := it.(*py.Generator); ok {
			// A bool, int or None the search passes over is taken
			// while the generator runs; the deciding item ends it.
			passes := func(item py.Object) bool {
				switch x := item.(type) {
				case py.Bool:
					return bool(x) != want
				case py.Int:
					return (x != 0) != want
				case py.NoneType:
					return want
				}
				return false
			}
			err = vm.DrainGenerator(g, passes, each)
		} else {
			err = drain(it, each)
		}
		if err != nil {
			return nil, err
		}
		return py.NewBool(found == want), nil
	}
}

// ---- ord ----

func builtinOrd(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("ord() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("ord() takes exactly one argument (%d given)", len(args))
	}
	var n int
	arg := args[0]
	if u, ok := pyutil.BuiltinValue(arg); ok {
		arg = u // a str or bytes subclass's instance: its value
	}
	switch v := arg.(type) {
	case py.String:
		if r, size := pyutil.DecodeWTF8(string(v)); size == len(v) && size > 0 {
			return py.Int(r), nil
		}
		n = vm.StrLen(string(v))
	case py.Bytes:
		if len(v) == 1 {
			return py.Int(v[0]), nil
		}
		n = len(v)
	case *ByteArray:
		if len(v.Data) == 1 {
			return py.Int(v.Data[0]), nil
		}
		n = len(v.Data)
	default:
		return nil, pyutil.TypeErrorf("ord() expected string of length 1, but %s found", pyutil.TypeName(args[0]))
	}
	return nil, pyutil.TypeErrorf("ord() expected a character, but string of length %d found", n)
}

// ---- list, tuple, set, frozenset ----

// oneIterable parses the constructors' (iterable=()) argument.
func oneIterable(fn string, args py.Tuple, kwargs py.StringDict, keywordsOK bool) (py.Object, error) {
	if !keywordsOK {
		if err := noKeywordArgs(fn, kwargs); err != nil {
			return nil, err
		}
		if err := unpackArgs(fn, args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, nil
		}
		return args[0], nil
	}
	a, err := keywordArgs(fn, args, kwargs, []string{"sequence"}, 0)
	if err != nil {
		return nil, err
	}
	return a[0], nil
}

func listNew(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	src, err := oneIterable("list", args, kwargs, true)
	if err != nil || src == nil {
		return py.NewList(), err
	}
	if err := probeLength(src); err != nil { // length_hint.go
		return nil, err
	}
	items, err := collect(src)
	if err != nil {
		return nil, err
	}
	return py.NewListFromItems(items), nil
}

func tupleNew(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	src, err := oneIterable("tuple", args, kwargs, true)
	if err != nil || src == nil {
		return py.Tuple{}, err
	}
	if t, ok := src.(py.Tuple); ok {
		return t, nil
	}
	if err := probeLength(src); err != nil { // length_hint.go
		return nil, err
	}
	items, err := collect(src)
	if err != nil {
		return nil, err
	}
	return py.Tuple(items), nil
}

// ---- str.join ----

func strJoin(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	sep, args, err := strSelf("join", self, args)
	if err != nil {
		return nil, err
	}
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("join() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("join() takes exactly one argument (%d given)", len(args))
	}
	items, err := joinItems(args[0])
	if err != nil {
		return nil, err
	}
	// The first pass checks the items and sizes the result; the second
	// writes each part once into the one allocation the result keeps.
	n := 0
	for i, item := range items {
		s, ok := item.(py.String)
		if !ok {
			// an instance of a str subclass joins as the str it holds
			if s, ok = pyutil.Unwrap(item).(py.String); !ok {
				return nil, pyutil.TypeErrorf("sequence item %d: expected str instance, %s found", i, pyutil.TypeName(item))
			}
		}
		n += len(s)
	}
	if len(items) > 1 {
		n += len(sep) * (len(items) - 1)
	}
	if err := pyutil.CheckAlloc(n); err != nil {
		return nil, err
	}
	if n == 0 {
		return py.String(""), nil
	}
	buf := make([]byte, n)
	at := 0
	for i, item := range items {
		if i > 0 {
			at += copy(buf[at:], sep)
		}
		s, ok := item.(py.String)
		if !ok {
			s = pyutil.Unwrap(item).(py.String)
		}
		at += copy(buf[at:], s)
	}
	return py.String(unsafe.String(&buf[0], n)), nil
}

// joinItems is PySequence_Fast(o, "can only join an iterable"): the items
// of the iterable o, whose refusal to iterate reads as join's.
func joinItems(o py.Object) ([]py.Object, error) {
	switch v := o.(type) {
	case py.Tuple:
		return v, nil
	case *py.List:
		// Not copied: both joins read the items without running
		// Python code, so the list cannot change under them.
		return v.Items, nil
	}
	it, err := vm.Iter(o)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return nil, pyutil.TypeErrorf("can only join an iterable")
		}
		return nil, err
	}
	// A generator's items come in one run of the loop (vm.AppendItems),
	// not one resumption from Go each.
	return vm.AppendItems(nil, it)
}
