// Package pyitertools is CPython 3.6's itertools module in Go: the
// iterator types (count, repeat, cycle, chain, islice, product, ...) and
// tee, with 3.6's argument errors, reprs, __reduce__/__setstate__ state
// and __length_hint__. Each iterator is a Go value whose M__next__ the
// loop calls directly; inputs are iterated through the loop (vm.Next), so
// generators, Python classes and bytes all work as sources.
//
// Classes may derive from every public type but tee's (vm.RegisterValueBase):
// as in CPython, a derived class's constructor ignores keyword arguments
// the type itself refuses, so that a subclass's __init__ may take its own.
package pyitertools

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = `Building blocks for working with iterators, implemented natively.

Endless iterators:
  count(start=0, step=1)       start, start+step, start+2*step, ...
  cycle(it)                    the items of it, over and over
  repeat(x [, n])              x again and again, n times or forever

Iterators that end with (the shortest of) their inputs:
  accumulate(it [, func])      running totals: it0, it0+it1, it0+it1+it2, ...
  chain(a, b, ...)             the items of a, then those of b, ...
  chain.from_iterable(its)     chain(*its), reading its lazily
  compress(data, sel)          the items of data whose selector is true
  dropwhile(pred, it)          it from the first item where pred is false on
  filterfalse(pred, it)        the items of it for which pred is false
  groupby(it [, key])          (key, run) for each run of items sharing a key
  islice(it, [start,] stop [, step])   it[start:stop:step], lazily
  starmap(func, it)            func(*args) for each args in it
  takewhile(pred, it)          the items of it until pred first fails
  tee(it, n=2)                 n independent iterators over it
  zip_longest(a, b, ...)       zip() padded out to the longest input

Combinatorics:
  product(a, b, ... [repeat=1])          Cartesian product
  permutations(it [, r])                 orderings of r items
  combinations(it, r)                    r-item choices, in input order
  combinations_with_replacement(it, r)   the same, items may repeat
`

// public are the types a class may derive from, by Python name, with a
// Go value of each (its special methods come from the value's Go type).
var public = []struct {
	t      *py.Type
	sample py.Object
	make   func(args py.Tuple, kwargs py.StringDict, derived bool) (py.Object, error)
}{
	{CountType, &count{}, newCount},
	{CycleType, &cycle{}, newCycle},
	{RepeatType, &repeat{}, newRepeat},
	{AccumulateType, &accumulate{}, newAccumulate},
	{ChainType, &chain{}, newChain},
	{CompressType, &compress{}, newCompress},
	{DropwhileType, &dropwhile{}, newDropwhile},
	{TakewhileType, &takewhile{}, newTakewhile},
	{FilterfalseType, &filterfalse{}, newFilterfalse},
	{StarmapType, &starmap{}, newStarmap},
	{IsliceType, &islice{}, newIslice},
	{GroupbyType, &groupby{}, newGroupby},
	{ZipLongestType, &zipLongest{}, newZipLongest},
	{ProductType, &product{}, newProduct},
	{PermutationsType, &permutations{}, newPermutations},
	{CombinationsType, &combinations{}, newCombinations},
	{CWRType, &combinations{replacement: true}, newCWR},
}

func init() {
	initGrouper()
	initTee()
	initMethods()
	globals := py.StringDict{}
	for _, p := range public {
		mk := p.make
		p.t.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			return mk(args, kwargs, false)
		}
		vm.RegisterValueBase(p.t, vm.ValueBase{
			Sample: p.sample,
			New: func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
				defer pyutil.Recover(&err)
				return mk(args, kwargs, true)
			},
		})
		ready(p.t)
		globals[p.t.Name[len("itertools."):]] = p.t
	}
	for _, t := range []*py.Type{GrouperType, TeeType, TeeDataType} {
		t.Flags &^= py.TPFLAGS_BASETYPE // as in 3.6: not acceptable base types
		pyutil.IteratorMethods(t)
		setDoc(t, "__iter__", "Return the iterator itself, as iter(self) does.")
		setDoc(t, "__next__", "Return the next item, as next(self) does; StopIteration at the end.")
		ready(t)
		globals[t.Name[len("itertools."):]] = t
	}
	for _, t := range append([]*py.Type{GrouperType, TeeType, TeeDataType}, publicTypes()...) {
		if _, ok := t.Dict["__reduce__"]; ok {
			t.Dict["__reduce_ex__"] = reduceEx(t)
		}
	}
	delete(TeeDataType.Dict, "__next__")
	delete(TeeDataType.Dict, "__iter__")
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "itertools", Doc: moduleDoc},
		Methods: []*py.Method{
			py.MustNewMethod("tee", teeFunc, 0, teeDoc),
		},
		Globals: globals,
	})
}

func publicTypes() []*py.Type {
	out := make([]*py.Type, len(public))
	for i, p := range public {
		out[i] = p.t
	}
	return out
}

// reduceEx is t's __reduce_ex__(protocol): the object's __reduce__, as
// object.__reduce_ex__ calls an overridden one; it gets the instance
// itself, so that a derived class's __reduce__ is the one called.
func reduceEx(t *py.Type) *py.Method {
	m := py.MustNewMethod("__reduce_ex__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if self == nil || self.Type() == py.ModuleType {
			if len(args) == 0 {
				return nil, pyutil.TypeErrorf("descriptor '__reduce_ex__' of '%s' object needs an argument", t.Name)
			}
			self, args = args[0], args[1:]
		}
		if err := pyarg.NoKeywords("__reduce_ex__", kwargs); err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, pyutil.TypeErrorf("__reduce_ex__() takes at most 1 argument (%d given)", len(args))
		}
		reduce, err := vm.GetAttr(self, "__reduce__")
		if err != nil {
			return nil, err
		}
		return vm.Call(reduce, nil, nil)
	}, 0, "Helper for pickle.")
	vm.TakesInstance(m)
	return m
}

// ready gives t, made after gpython readied its own types (it inherits
// object's READY flag without being ready), its MRO: without one, class
// lookups would find object's methods before t's own.
func ready(t *py.Type) {
	if len(t.Mro) == 0 {
		t.Flags &^= py.TPFLAGS_READY
		if err := t.Ready(); err != nil {
			panic("itertools: cannot ready " + t.Name + ": " + err.Error())
		}
	}
}

// setDoc replaces the docstring of t's method name.
func setDoc(t *py.Type, name, doc string) {
	if m, ok := t.Dict[name].(*py.Method); ok {
		m.Doc = doc
	}
}

// newType makes the type itertools.<name>.
func newType(name, doc string) *py.Type {
	t := py.ObjectType.NewType("itertools."+name, doc, nil, nil)
	t.ObjectType = py.TypeType // NewType leaves a Go type's metatype object
	return t
}

// method puts a method taking no arguments in t's Dict.
func method[T py.Object](t *py.Type, name, doc string, f func(T) (py.Object, error)) {
	t.Dict[name] = pyutil.Method(t, name, func(x T, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := pyarg.NoArgs(name, args, kwargs); err != nil {
			return nil, err
		}
		return f(x)
	}, doc)
}

// setstate puts a __setstate__ (one argument, the state) in t's Dict.
func setstate[T py.Object](t *py.Type, f func(T, py.Object) error) {
	t.Dict["__setstate__"] = pyutil.Method(t, "__setstate__", func(x T, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := pyarg.ExactlyOne("__setstate__", args, kwargs); err != nil {
			return nil, err
		}
		if err := f(x, args[0]); err != nil {
			return nil, err
		}
		return py.None, nil
	}, "Restore the iterator from a state saved by pickle.")
}

const reduceDoc = "Give pickle the state it needs to rebuild the iterator."

// positional checks a constructor that takes min..max positional
// arguments and, for the type itself, no keywords (3.6's
// _PyArg_NoKeywords and PyArg_UnpackTuple wording).
func positional(fn string, args py.Tuple, kwargs py.StringDict, derived bool, min, max int) error {
	if !derived && len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() does not take keyword arguments", fn)
	}
	return pyarg.UnpackCount(fn, args, min, max)
}

// next is the next item of it; ok is false at its end.
func next(it py.Object) (py.Object, bool, error) { return vm.Next(it) }

// stateTuple checks that a __setstate__ state is a tuple.
func stateTuple(state py.Object) (py.Tuple, error) {
	t, ok := state.(py.Tuple)
	if !ok {
		return nil, pyutil.TypeErrorf("state is not a tuple")
	}
	return t, nil
}

// equal is PyObject_RichCompareBool(a, b, Py_EQ): identity, then ==.
func equal(a, b py.Object) (bool, error) {
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			return x == y, nil
		}
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return x == y, nil
		}
	}
	if vm.Identical(a, b) {
		return true, nil
	}
	r, err := vm.Compare(a, b, "==")
	if err != nil {
		return false, err
	}
	return vm.Truth(r)
}

// collect is tuple(iterable).
func collect(iterable py.Object) (py.Tuple, error) {
	it, err := vm.Iter(iterable)
	if err != nil {
		return nil, err
	}
	var out py.Tuple
	for {
		v, ok, err := vm.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, v)
	}
}

// stop is the StopIteration an exhausted iterator returns.
var stop = py.StopIteration
