package pyitertools

import (
	"math"
	"strconv"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The iterators that walk their inputs once, in step: count, repeat,
// cycle, accumulate, chain, compress, dropwhile, takewhile, filterfalse
// and starmap.

var (
	CountType       = newType("count", countDoc)
	RepeatType      = newType("repeat", repeatDoc)
	CycleType       = newType("cycle", cycleDoc)
	AccumulateType  = newType("accumulate", accumulateDoc)
	ChainType       = newType("chain", chainDoc)
	CompressType    = newType("compress", compressDoc)
	DropwhileType   = newType("dropwhile", dropwhileDoc)
	TakewhileType   = newType("takewhile", takewhileDoc)
	FilterfalseType = newType("filterfalse", filterfalseDoc)
	StarmapType     = newType("starmap", starmapDoc)
)

const (
	countDoc       = "count(start=0, step=1) --> count object\n\nAn endless iterator of numbers: start, start+step, start+2*step, and so on.\nIt behaves like this generator:\n\n    def count(start=0, step=1):\n        n = start\n        while True:\n            yield n\n            n += step\n"
	repeatDoc      = "repeat(object [,times]) -> create an iterator which returns the object\nagain and again: times times when times is given, without end otherwise."
	cycleDoc       = "cycle(iterable) --> cycle object\n\nYield the items of iterable; once it runs out, start over with a saved copy\nof them, forever."
	accumulateDoc  = "accumulate(iterable[, func]) --> accumulate object\n\nYield running totals of iterable: each result combines the previous one with\nthe next item, by addition, or by calling func(total, item) when given."
	chainDoc       = "chain(*iterables) --> chain object\n\nYield every item of the first iterable, then every item of the second, and\nso on through the last one."
	compressDoc    = "compress(data, selectors) --> iterator over selected data\n\nYield the items of data whose matching item in selectors is true, stopping\nas soon as either of the two runs out."
	dropwhileDoc   = "dropwhile(predicate, iterable) --> dropwhile object\n\nSkip the leading items for which predicate is true; starting with the first\nitem for which it is false, yield all the rest."
	takewhileDoc   = "takewhile(predicate, iterable) --> takewhile object\n\nYield items while predicate(item) holds, and end at the first item for which\nit does not."
	filterfalseDoc = "filterfalse(function or None, sequence) --> filterfalse object\n\nYield the items of sequence for which function(item) is false. With None as\nthe function, yield the items that are false themselves."
	starmapDoc     = "starmap(function, sequence) --> starmap object\n\nYield function(*args) for each argument tuple args taken from sequence."
)

// ---- count ----

// count counts in a Go int while it can (start an int, step 1) and
// through the loop's + otherwise, as CPython's does with a C integer.
type count struct {
	fast      bool
	n         int64     // the next value, in fast mode
	cnt, step py.Object // the next value and the step, otherwise
}

func (*count) Type() *py.Type                  { return CountType }
func (c *count) M__iter__() (py.Object, error) { return c, nil }

func (c *count) M__next__() (py.Object, error) {
	if c.fast {
		v := c.n
		if v == math.MaxInt64 {
			c.fast, c.cnt, c.step = false, py.Int(v), py.Int(1)
		} else {
			c.n++
			return py.Int(v), nil
		}
	}
	v := c.cnt
	nv, err := vm.Add(v, c.step)
	if err != nil {
		return nil, err
	}
	c.cnt = nv
	return v, nil
}

// isNumber is PyNumber_Check: int, float, complex, or a type with
// __int__, __float__ or __index__.
func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex:
		return true
	}
	t := o.Type()
	return t.Lookup("__int__") != nil || t.Lookup("__float__") != nil || t.Lookup("__index__") != nil
}

// isOne reports whether o is an int equal to 1 (a step count may take in
// its fast mode, or leave out of its repr).
func isOne(o py.Object) bool {
	switch v := o.(type) {
	case py.Int:
		return v == 1
	case py.Bool:
		return bool(v)
	}
	return false
}

func newCount(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	a, err := pyarg.Parse36("count", args, kwargs, []string{"start", "step"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	start, step := a[0], a[1]
	if start == nil {
		start = py.Int(0)
	}
	if step == nil {
		step = py.Int(1)
	}
	if !isNumber(start) || !isNumber(step) {
		return nil, pyutil.TypeErrorf("a number is required")
	}
	c := &count{cnt: start, step: step}
	if n, ok := start.(py.Int); ok && isOne(step) {
		c.fast, c.n = true, int64(n)
	} else if b, ok := start.(py.Bool); ok && isOne(step) {
		c.fast = true
		if b {
			c.n = 1
		}
	}
	return c, nil
}

func (c *count) M__repr__() (py.Object, error) {
	if c.fast {
		return py.String("count(" + strconv.FormatInt(c.n, 10) + ")"), nil
	}
	s, err := vm.Repr(c.cnt)
	if err != nil {
		return nil, err
	}
	if _, isInt := c.step.(py.Int); isInt && isOne(c.step) {
		return py.String("count(" + s + ")"), nil
	}
	st, err := vm.Repr(c.step)
	if err != nil {
		return nil, err
	}
	return py.String("count(" + s + ", " + st + ")"), nil
}

// ---- repeat ----

type repeat struct {
	obj   py.Object
	times int // -1 for endlessly
}

func (*repeat) Type() *py.Type                  { return RepeatType }
func (r *repeat) M__iter__() (py.Object, error) { return r, nil }

func (r *repeat) M__next__() (py.Object, error) {
	switch {
	case r.times < 0:
		return r.obj, nil
	case r.times == 0:
		return nil, stop
	}
	r.times--
	return r.obj, nil
}

func newRepeat(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	a, err := pyarg.Parse36("repeat", args, kwargs, []string{"object", "times"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	r := &repeat{obj: a[0], times: -1}
	if a[1] != nil {
		n, err := pyarg.SsizeT(a[1])
		if err != nil {
			return nil, err
		}
		r.times = max(n, 0)
	}
	return r, nil
}

func (r *repeat) M__repr__() (py.Object, error) {
	s, err := vm.Repr(r.obj)
	if err != nil {
		return nil, err
	}
	if r.times < 0 {
		return py.String("repeat(" + s + ")"), nil
	}
	return py.String("repeat(" + s + ", " + strconv.Itoa(r.times) + ")"), nil
}

// ---- cycle ----

// cycle saves what its source gives on the first pass (unless its state
// says the source is a replay of saved items), then replays saved.
type cycle struct {
	it        py.Object // nil once the source is exhausted
	saved     *py.List
	index     int
	firstpass bool // the source's items are not saved
}

func (*cycle) Type() *py.Type                  { return CycleType }
func (c *cycle) M__iter__() (py.Object, error) { return c, nil }

func (c *cycle) M__next__() (py.Object, error) {
	if c.it != nil {
		v, ok, err := next(c.it)
		if err != nil {
			return nil, err
		}
		if ok {
			if !c.firstpass {
				c.saved.Items = append(c.saved.Items, v)
			}
			return v, nil
		}
		c.it = nil
	}
	items := c.saved.Items
	if len(items) == 0 {
		return nil, stop
	}
	if c.index >= len(items) {
		c.index = 0
	}
	v := items[c.index]
	c.index++
	if c.index >= len(items) {
		c.index = 0
	}
	return v, nil
}

func newCycle(args py.Tuple, kwargs py.StringDict, derived bool) (py.Object, error) {
	if err := positional("cycle", args, kwargs, derived, 1, 1); err != nil {
		return nil, err
	}
	it, err := vm.Iter(args[0])
	if err != nil {
		return nil, err
	}
	return &cycle{it: it, saved: py.NewList()}, nil
}

// ---- accumulate ----

type accumulate struct {
	it, fn py.Object // fn is None for +
	total  py.Object // nil before the first item
}

func (*accumulate) Type() *py.Type                  { return AccumulateType }
func (a *accumulate) M__iter__() (py.Object, error) { return a, nil }

func (a *accumulate) M__next__() (py.Object, error) {
	v, ok, err := next(a.it)
	if err != nil || !ok {
		return nil, orStop(err)
	}
	switch {
	case a.total == nil:
		a.total = v
	case a.fn == py.None:
		if a.total, err = vm.Add(a.total, v); err != nil {
			a.total = nil
			return nil, err
		}
	default:
		t, err := vm.Call(a.fn, py.Tuple{a.total, v}, nil)
		if err != nil {
			return nil, err
		}
		a.total = t
	}
	return a.total, nil
}

// orStop is err, or StopIteration for an exhausted source.
func orStop(err error) error {
	if err != nil {
		return err
	}
	return stop
}

func newAccumulate(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	a, err := pyarg.Parse36("accumulate", args, kwargs, []string{"iterable", "func"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	it, err := vm.Iter(a[0])
	if err != nil {
		return nil, err
	}
	fn := a[1]
	if fn == nil {
		fn = py.None
	}
	return &accumulate{it: it, fn: fn}, nil
}

// ---- chain ----

type chain struct {
	source py.Object // iterator of the iterables; nil once exhausted
	active py.Object // iterator of the current one, or nil
}

func (*chain) Type() *py.Type                  { return ChainType }
func (c *chain) M__iter__() (py.Object, error) { return c, nil }

func (c *chain) M__next__() (py.Object, error) {
	for {
		if c.active == nil {
			if c.source == nil {
				return nil, stop
			}
			iterable, ok, err := next(c.source)
			if err != nil {
				return nil, err
			}
			if !ok {
				c.source = nil
				return nil, stop
			}
			if c.active, err = vm.Iter(iterable); err != nil {
				return nil, err
			}
		}
		v, ok, err := next(c.active)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		c.active = nil
	}
}

func newChain(args py.Tuple, kwargs py.StringDict, derived bool) (py.Object, error) {
	if !derived && len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("chain() does not take keyword arguments")
	}
	source, err := vm.Iter(args)
	if err != nil {
		return nil, err
	}
	return &chain{source: source}, nil
}

// isIterator is PyIter_Check: o's type has __next__.
func isIterator(o py.Object) bool {
	if _, ok := o.(py.I__next__); ok {
		return true
	}
	return o.Type().Lookup("__next__") != nil
}

// ---- compress ----

type compress struct{ data, selectors py.Object }

func (*compress) Type() *py.Type                  { return CompressType }
func (c *compress) M__iter__() (py.Object, error) { return c, nil }

func (c *compress) M__next__() (py.Object, error) {
	for {
		d, ok, err := next(c.data)
		if err != nil || !ok {
			return nil, orStop(err)
		}
		s, ok, err := next(c.selectors)
		if err != nil || !ok {
			return nil, orStop(err)
		}
		keep, err := vm.Truth(s)
		if err != nil {
			return nil, err
		}
		if keep {
			return d, nil
		}
	}
}

func newCompress(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	a, err := pyarg.Parse36("compress", args, kwargs, []string{"data", "selectors"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	data, err := vm.Iter(a[0])
	if err != nil {
		return nil, err
	}
	selectors, err := vm.Iter(a[1])
	if err != nil {
		return nil, err
	}
	return &compress{data, selectors}, nil
}

// ---- dropwhile, takewhile, filterfalse, starmap ----

// predicated is the state of dropwhile and takewhile: the predicate, the
// source and whether the dropping (or taking) is over.
type predicated struct {
	fn, it py.Object
	done   bool
}

func newPredicated(fn string, args py.Tuple, kwargs py.StringDict, derived bool) (predicated, error) {
	if err := positional(fn, args, kwargs, derived, 2, 2); err != nil {
		return predicated{}, err
	}
	it, err := vm.Iter(args[1])
	if err != nil {
		return predicated{}, err
	}
	return predicated{fn: args[0], it: it}, nil
}

// test is the truth of predicate(v).
func (p *predicated) test(v py.Object) (bool, error) {
	r, err := vm.Call(p.fn, py.Tuple{v}, nil)
	if err != nil {
		return false, err
	}
	return vm.Truth(r)
}

type dropwhile struct{ predicated }

func (*dropwhile) Type() *py.Type                  { return DropwhileType }
func (d *dropwhile) M__iter__() (py.Object, error) { return d, nil }

func (d *dropwhile) M__next__() (py.Object, error) {
	for {
		v, ok, err := next(d.it)
		if err != nil || !ok {
			return nil, orStop(err)
		}
		if d.done {
			return v, nil
		}
		drop, err := d.test(v)
		if err != nil {
			return nil, err
		}
		if !drop {
			d.done = true
			return v, nil
		}
	}
}

func newDropwhile(args py.Tuple, kwargs py.StringDict, derived bool) (py.Object, error) {
	p, err := newPredicated("dropwhile", args, kwargs, derived)
	if err != nil {
		return nil, err
	}
	return &dropwhile{p}, nil
}

type takewhile struct{ predicated }

func (*takewhile) Type() *py.Type                  { return TakewhileType }
func (t *takewhile) M__iter__() (py.Object, error) { return t, nil }

func (t *takewhile) M__next__() (py.Object, error) {
	if t.done {
		return nil, stop
	}
	v, ok, err := next(t.it)
	if err != nil || !ok {
		return nil, orStop(err)
	}
	take, err := t.test(v)
	if err != nil {
		return nil, err
	}
	if take {
		return v, nil
	}
	t.done = true
	return nil, stop
}

func newTakewhile(args py.Tuple, kwargs py.StringDict, derived bool) (py.Object, error) {
	p, err := newPredicated("takewhile", args, kwargs, derived)
	if err != nil {
		return nil, err
	}
	return &takewhile{p}, nil
}

type filterfalse struct{ predicated }

func (*filterfalse) Type() *py.Type                  { return FilterfalseType }
func (f *filterfalse) M__iter__() (py.Object, error) { return f, nil }

func (f *filterfalse) M__next__() (py.Object, error) {
	plain := f.fn == py.None || f.fn == py.BoolType
	for {
		v, ok, err := next(f.it)
		if err != nil || !ok {
			return nil, orStop(err)
		}
		var keep bool
		if plain {
			keep, err = vm.Truth(v)
		} else {
			keep, err = f.test(v)
		}
		if err != nil {
			return nil, err
		}
		if !keep {
			return v, nil
		}
	}
}

func newFilterfalse(args py.Tuple, kwargs py.StringDict, derived bool) (py.Object, error) {
	p, err := newPredicated("filterfalse", args, kwargs, derived)
	if err != nil {
		return nil, err
	}
	return &filterfalse{p}, nil
}

type starmap struct{ predicated }

func (*starmap) Type() *py.Type                  { return StarmapType }
func (s *starmap) M__iter__() (py.Object, error) { return s, nil }

func (s *starmap) M__next__() (py.Object, error) {
	v, ok, err := next(s.it)
	if err != nil || !ok {
		return nil, orStop(err)
	}
	args, isTuple := v.(py.Tuple)
	if !isTuple {
		if args, err = collect(v); err != nil {
			return nil, err
		}
	}
	return vm.Call(s.fn, args, nil)
}

func newStarmap(args py.Tuple, kwargs py.StringDict, derived bool) (py.Object, error) {
	p, err := newPredicated("starmap", args, kwargs, derived)
	if err != nil {
		return nil, err
	}
	return &starmap{p}, nil
}
