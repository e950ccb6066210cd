package pyitertools

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// What each iterator pickles as, CPython 3.6's shapes: (type, args) or
// (type, args, state), with __setstate__ taking the state back; and the
// other methods the types show (repeat.__length_hint__,
// chain.from_iterable).

// orNone is o, or None for nil.
func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

func initMethods() {
	reducer(CountType, func(c *count, cls py.Object) (py.Object, error) {
		if c.fast {
			return py.Tuple{cls, py.Tuple{py.Int(c.n)}}, nil
		}
		return py.Tuple{cls, py.Tuple{c.cnt, c.step}}, nil
	})

	reducer(RepeatType, func(r *repeat, cls py.Object) (py.Object, error) {
		if r.times < 0 {
			return py.Tuple{cls, py.Tuple{r.obj}}, nil
		}
		return py.Tuple{cls, py.Tuple{r.obj, py.Int(r.times)}}, nil
	})
	method(RepeatType, "__length_hint__", "Private: an estimate of how many items are left.", func(r *repeat) (py.Object, error) {
		if r.times < 0 {
			return nil, pyutil.TypeErrorf("len() of unsized object")
		}
		return py.Int(r.times), nil
	})

	reducer(CycleType, func(c *cycle, cls py.Object) (py.Object, error) {
		if c.it == nil {
			rest, err := vm.Iter(py.NewListFromItems(append([]py.Object(nil), c.saved.Items[min(c.index, len(c.saved.Items)):]...)))
			if err != nil {
				return nil, err
			}
			return py.Tuple{cls, py.Tuple{rest}, py.Tuple{c.saved, py.Int(1)}}, nil
		}
		return py.Tuple{cls, py.Tuple{c.it}, py.Tuple{c.saved, py.Int(boolInt(c.firstpass))}}, nil
	})
	setstate(CycleType, func(c *cycle, state py.Object) error {
		st, err := stateTuple(state)
		if err != nil {
			return err
		}
		if len(st) != 2 {
			return pyutil.TypeErrorf("function takes exactly 2 arguments (%d given)", len(st))
		}
		saved, ok := st[0].(*py.List)
		if !ok {
			return pyutil.TypeErrorf("argument 1 must be list, not %s", pyutil.TypeName(st[0]))
		}
		first, err := pyarg.Int(st[1])
		if err != nil {
			return err
		}
		c.saved, c.firstpass, c.index = saved, first != 0, 0
		return nil
	})

	reducer(AccumulateType, func(a *accumulate, cls py.Object) (py.Object, error) {
		if a.total == py.None {
			// a None total would read as "no item yet": the copy starts
			// over from None and the rest of the source, skipping the
			// None it gives again
			source, err := vm.Iter(py.Tuple{py.Tuple{py.None}, a.it})
			if err != nil {
				return nil, err
			}
			again := &accumulate{it: &chain{source: source}, fn: a.fn}
			return py.Tuple{IsliceType, py.Tuple{again, py.Int(1), py.None}}, nil
		}
		return py.Tuple{cls, py.Tuple{a.it, a.fn}, orNone(a.total)}, nil
	})
	setstate(AccumulateType, func(a *accumulate, state py.Object) error {
		a.total = state
		return nil
	})

	reducer(ChainType, func(c *chain, cls py.Object) (py.Object, error) {
		switch {
		case c.source == nil:
			return py.Tuple{cls, py.Tuple{}}, nil
		case c.active == nil:
			return py.Tuple{cls, py.Tuple{}, py.Tuple{c.source}}, nil
		}
		return py.Tuple{cls, py.Tuple{}, py.Tuple{c.source, c.active}}, nil
	})
	setstate(ChainType, func(c *chain, state py.Object) error {
		st, err := stateTuple(state)
		if err != nil {
			return err
		}
		switch {
		case len(st) == 0:
			return pyutil.TypeErrorf("function takes at least 1 argument (0 given)")
		case len(st) > 2:
			return pyutil.TypeErrorf("function takes at most 2 arguments (%d given)", len(st))
		}
		if !isIterator(st[0]) || (len(st) == 2 && !isIterator(st[1])) {
			return pyutil.TypeErrorf("Arguments must be iterators.")
		}
		c.source, c.active = st[0], nil
		if len(st) == 2 {
			c.active = st[1]
		}
		return nil
	})
	fromIterable := py.MustNewMethod("from_iterable", func(cls py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("from_iterable() takes exactly one argument (%d given)", len(args))
		}
		source, err := vm.Iter(args[0])
		if err != nil {
			return nil, err
		}
		c := &chain{source: source}
		if t, ok := cls.(*py.Type); ok && t != ChainType {
			return vm.NewWithValue(t, c), nil
		}
		return c, nil
	}, 0, "chain.from_iterable(iterable) --> chain object\n\nLike chain(*iterable), except that the iterables are read from the single\nargument one at a time, only when they are needed.")
	fromIterable.Flags |= py.METH_CLASS
	ChainType.Dict["from_iterable"] = fromIterable

	reducer(CompressType, func(c *compress, cls py.Object) (py.Object, error) {
		return py.Tuple{cls, py.Tuple{c.data, c.selectors}}, nil
	})
	reducer(DropwhileType, func(d *dropwhile, cls py.Object) (py.Object, error) {
		return py.Tuple{cls, py.Tuple{d.fn, d.it}, py.Int(boolInt(d.done))}, nil
	})
	setstate(DropwhileType, func(d *dropwhile, state py.Object) (err error) {
		d.done, err = vm.Truth(state)
		return err
	})
	reducer(TakewhileType, func(t *takewhile, cls py.Object) (py.Object, error) {
		return py.Tuple{cls, py.Tuple{t.fn, t.it}, py.Int(boolInt(t.done))}, nil
	})
	setstate(TakewhileType, func(t *takewhile, state py.Object) (err error) {
		t.done, err = vm.Truth(state)
		return err
	})
	reducer(FilterfalseType, func(f *filterfalse, cls py.Object) (py.Object, error) {
		return py.Tuple{cls, py.Tuple{f.fn, f.it}}, nil
	})
	reducer(StarmapType, func(s *starmap, cls py.Object) (py.Object, error) {
		return py.Tuple{cls, py.Tuple{s.fn, s.it}}, nil
	})

	reducer(IsliceType, func(s *islice, cls py.Object) (py.Object, error) {
		if s.it == nil {
			empty, err := vm.Iter(py.NewList())
			if err != nil {
				return nil, err
			}
			return py.Tuple{cls, py.Tuple{empty, py.Int(0)}, py.Int(0)}, nil
		}
		var stop py.Object = py.None
		if s.stop != -1 {
			stop = py.Int(s.stop)
		}
		return py.Tuple{cls, py.Tuple{s.it, py.Int(s.next), stop, py.Int(s.step)}, py.Int(s.cnt)}, nil
	})
	setstate(IsliceType, func(s *islice, state py.Object) error {
		n, err := pyarg.SsizeT(state)
		if err != nil {
			return err
		}
		s.cnt = n
		return nil
	})

	reducer(ZipLongestType, func(z *zipLongest, cls py.Object) (py.Object, error) {
		args := make(py.Tuple, len(z.its))
		for i, it := range z.its {
			if it == nil {
				it = py.Tuple{}
			}
			args[i] = it
		}
		return py.Tuple{cls, args, z.fill}, nil
	})
	setstate(ZipLongestType, func(z *zipLongest, state py.Object) error {
		z.fill = state
		return nil
	})

	reducer(GroupbyType, func(g *groupby, cls py.Object) (py.Object, error) {
		if g.tgtkey != nil && g.currkey != nil && g.currvalue != nil {
			return py.Tuple{cls, py.Tuple{g.it, g.keyfunc}, py.Tuple{g.currkey, g.currvalue, g.tgtkey}}, nil
		}
		return py.Tuple{cls, py.Tuple{g.it, g.keyfunc}}, nil
	})
	setstate(GroupbyType, func(g *groupby, state py.Object) error {
		st, err := stateTuple(state)
		if err != nil {
			return err
		}
		if len(st) != 3 {
			return pyutil.TypeErrorf("function takes exactly 3 arguments (%d given)", len(st))
		}
		g.currkey, g.currvalue, g.tgtkey = st[0], st[1], st[2]
		return nil
	})
	reducer(GrouperType, func(g *grouper, cls py.Object) (py.Object, error) {
		return py.Tuple{cls, py.Tuple{g.parent, g.tgtkey}}, nil
	})

	combinatoricPickling()
}

// reducer puts t's __reduce__ in its Dict: f gets the value and the
// class to name, the instance's own for an instance of a derived class
// (CPython's Py_TYPE(self)).
func reducer[T py.Object](t *py.Type, f func(T, py.Object) (py.Object, error)) {
	m := py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if self == nil || self.Type() == py.ModuleType {
			if len(args) == 0 {
				return nil, pyutil.TypeErrorf("descriptor '__reduce__' of '%s' object needs an argument", t.Name)
			}
			self, args = args[0], args[1:]
		}
		if err := pyarg.NoArgs("__reduce__", args, kwargs); err != nil {
			return nil, err
		}
		v, ok := pyutil.Unwrap(self).(T)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor '__reduce__' requires a '%s' object but received a '%s'", t.Name, pyutil.TypeName(self))
		}
		cls, _ := vm.ReduceParts(self)
		return f(v, cls)
	}, 0, reduceDoc)
	vm.TakesInstance(m)
	t.Dict["__reduce__"] = m
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// clamp is v limited to lo..hi.
func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// indexState reads a tuple of n indices from a __setstate__ state.
func indexState(state py.Object, n int) ([]int, error) {
	st, ok := state.(py.Tuple)
	if !ok || len(st) != n {
		return nil, pyutil.ValueErrorf("invalid arguments")
	}
	out := make([]int, n)
	for i, o := range st {
		v, err := pyarg.SsizeT(o)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func poolsTuple(pools []py.Tuple) py.Tuple {
	out := make(py.Tuple, len(pools))
	for i, p := range pools {
		out[i] = p
	}
	return out
}

func combinatoricPickling() {
	reducer(ProductType, func(p *product, cls py.Object) (py.Object, error) {
		switch {
		case p.stopped:
			return py.Tuple{cls, py.Tuple{py.Tuple{}}}, nil
		case !p.started:
			return py.Tuple{cls, poolsTuple(p.pools)}, nil
		}
		return py.Tuple{cls, poolsTuple(p.pools), intsTuple(p.indices)}, nil
	})
	setstate(ProductType, func(p *product, state py.Object) error {
		idx, err := indexState(state, len(p.pools))
		if err != nil {
			return err
		}
		for i, pool := range p.pools {
			if len(pool) == 0 {
				p.stopped = true
				return nil
			}
			p.indices[i] = clamp(idx[i], 0, len(pool)-1)
		}
		p.started = true
		return nil
	})

	reducer(PermutationsType, func(p *permutations, cls py.Object) (py.Object, error) {
		switch {
		case !p.started:
			return py.Tuple{cls, py.Tuple{p.pool, py.Int(p.r)}}, nil
		case p.stopped:
			return py.Tuple{cls, py.Tuple{py.Tuple{}, py.Int(p.r)}}, nil
		}
		return py.Tuple{cls, py.Tuple{p.pool, py.Int(p.r)}, py.Tuple{intsTuple(p.indices), intsTuple(p.cycles)}}, nil
	})
	setstate(PermutationsType, func(p *permutations, state py.Object) error {
		st, ok := state.(py.Tuple)
		if !ok || len(st) != 2 {
			return pyutil.ValueErrorf("invalid arguments")
		}
		n := len(p.pool)
		if p.r > n {
			return pyutil.ValueErrorf("invalid arguments")
		}
		idx, err := indexState(st[0], n)
		if err != nil {
			return err
		}
		cyc, err := indexState(st[1], p.r)
		if err != nil {
			return err
		}
		for i := range idx {
			p.indices[i] = clamp(idx[i], 0, n-1)
		}
		for i := range cyc {
			p.cycles[i] = clamp(cyc[i], 1, n-i)
		}
		p.started = true
		return nil
	})

	for _, t := range []*py.Type{CombinationsType, CWRType} {
		t := t
		reducer(t, func(c *combinations, cls py.Object) (py.Object, error) {
			switch {
			case !c.started:
				return py.Tuple{cls, py.Tuple{c.pool, py.Int(c.r)}}, nil
			case c.stopped:
				return py.Tuple{cls, py.Tuple{py.Tuple{}, py.Int(c.r)}}, nil
			}
			return py.Tuple{cls, py.Tuple{c.pool, py.Int(c.r)}, intsTuple(c.indices)}, nil
		})
		setstate(t, func(c *combinations, state py.Object) error {
			idx, err := indexState(state, c.r)
			if err != nil {
				return err
			}
			if c.r > 0 && len(c.pool) == 0 || !c.replacement && c.r > len(c.pool) {
				c.stopped = true
				return nil
			}
			for i := range idx {
				c.indices[i] = clamp(idx[i], 0, c.top(i))
			}
			c.started = true
			return nil
		})
	}
}
