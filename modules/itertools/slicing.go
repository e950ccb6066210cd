package pyitertools

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// islice, zip_longest and groupby: iterators that keep positions or keys
// between their source's items.

var (
	IsliceType     = newType("islice", isliceDoc)
	ZipLongestType = newType("zip_longest", zipLongestDoc)
	GroupbyType    = newType("groupby", groupbyDoc)
	GrouperType    = newType("_grouper", "")
)

const (
	isliceDoc     = "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nYield the items of iterable that the slice [start:stop:step] would pick out\nof a list, without building the list. start defaults to 0 (the items before\nit are read and dropped) and step to 1; a stop of None means no end."
	zipLongestDoc = "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nLike zip(), yield tuples holding the i-th item of each iterable, but keep\ngoing until the longest iterable is exhausted; the shorter ones contribute\nfillvalue (None unless given by keyword) once they have run out.\n"
	groupbyDoc    = "groupby(iterable, key=None)\n\nYield a (key, group) pair for each run of consecutive items of iterable that\nshare a key; group is an iterator over that run. An item's key is key(item),\nor the item itself when key is None.\n"
)

// ---- islice ----

type islice struct {
	it         py.Object // nil once done
	next, stop int       // stop is -1 for none
	step, cnt  int
}

func (*islice) Type() *py.Type                  { return IsliceType }
func (s *islice) M__iter__() (py.Object, error) { return s, nil }

func (s *islice) M__next__() (py.Object, error) {
	it := s.it
	if it == nil {
		return nil, stop
	}
	for s.cnt < s.next {
		_, ok, err := next(it)
		if err != nil || !ok {
			s.it = nil
			return nil, orStop(err)
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = nil
		return nil, stop
	}
	v, ok, err := next(it)
	if err != nil || !ok {
		s.it = nil
		return nil, orStop(err)
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop != -1 && s.next > s.stop) {
		s.next = s.stop
	}
	return v, nil
}

const (
	isliceStopMsg  = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceIndexMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceStepMsg  = "Step for islice() must be a positive integer or None."
)

// sliceIndex is PyLong_AsSsize_t on an islice argument: an int that fits,
// with ok false for anything else (which islice reports as ValueError).
func sliceIndex(o py.Object) (int, bool) {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		n, err := pyarg.SsizeT(o)
		return n, err == nil
	}
	return -1, false
}

func newIslice(args py.Tuple, kwargs py.StringDict, derived bool) (py.Object, error) {
	if err := positional("islice", args, kwargs, derived, 2, 4); err != nil {
		return nil, err
	}
	start, stop, step := 0, -1, 1
	stopArg := args[1]
	if len(args) > 2 {
		stopArg = args[2]
		if args[1] != py.None {
			n, ok := sliceIndex(args[1])
			if !ok {
				n = -1
			}
			start = n
		}
	}
	if stopArg != py.None {
		n, ok := sliceIndex(stopArg)
		if !ok || n == -1 {
			return nil, pyutil.ValueErrorf(isliceStopMsg)
		}
		stop = n
	}
	if start < 0 || stop < -1 {
		return nil, pyutil.ValueErrorf(isliceIndexMsg)
	}
	if len(args) == 4 && args[3] != py.None {
		n, ok := sliceIndex(args[3])
		if !ok {
			n = -1
		}
		step = n
	}
	if step < 1 {
		return nil, pyutil.ValueErrorf(isliceStepMsg)
	}
	it, err := vm.Iter(args[0])
	if err != nil {
		return nil, err
	}
	return &islice{it: it, next: start, stop: stop, step: step}, nil
}

// ---- zip_longest ----

type zipLongest struct {
	its    []py.Object // nil where exhausted
	active int
	fill   py.Object
}

func (*zipLongest) Type() *py.Type                  { return ZipLongestType }
func (z *zipLongest) M__iter__() (py.Object, error) { return z, nil }

func (z *zipLongest) M__next__() (py.Object, error) {
	if len(z.its) == 0 || z.active == 0 {
		return nil, stop
	}
	row := make(py.Tuple, len(z.its))
	for i, it := range z.its {
		if it == nil {
			row[i] = z.fill
			continue
		}
		v, ok, err := next(it)
		if err != nil {
			z.active = 0
			return nil, err
		}
		if !ok {
			z.active--
			if z.active == 0 {
				return nil, stop
			}
			z.its[i] = nil
			v = z.fill
		}
		row[i] = v
	}
	return row, nil
}

func newZipLongest(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	var fill py.Object = py.None
	if len(kwargs) > 0 {
		v, ok := kwargs["fillvalue"]
		if !ok || len(kwargs) > 1 {
			return nil, pyutil.TypeErrorf("zip_longest() got an unexpected keyword argument")
		}
		fill = v
	}
	its := make([]py.Object, len(args))
	for i, a := range args {
		it, err := vm.Iter(a)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return nil, pyutil.TypeErrorf("zip_longest argument #%d must support iteration", i+1)
			}
			return nil, err
		}
		its[i] = it
	}
	return &zipLongest{its: its, active: len(its), fill: fill}, nil
}

// ---- groupby ----

// groupby holds the item its groups share: currkey and currvalue are nil
// when none is read ahead; tgtkey is the key of the group last handed out.
type groupby struct {
	it, keyfunc     py.Object
	tgtkey, currkey py.Object
	currvalue       py.Object
}

func (*groupby) Type() *py.Type                  { return GroupbyType }
func (g *groupby) M__iter__() (py.Object, error) { return g, nil }

// fetch reads the next item and its key.
func (g *groupby) fetch() (ok bool, err error) {
	v, ok, err := next(g.it)
	if err != nil || !ok {
		return false, err
	}
	key := v
	if g.keyfunc != py.None {
		if key, err = vm.Call(g.keyfunc, py.Tuple{v}, nil); err != nil {
			return false, err
		}
	}
	g.currkey, g.currvalue = key, v
	return true, nil
}

func (g *groupby) M__next__() (py.Object, error) {
	for {
		if g.currkey != nil {
			if g.tgtkey == nil {
				break
			}
			same, err := equal(g.tgtkey, g.currkey)
			if err != nil {
				return nil, err
			}
			if !same {
				break
			}
		}
		ok, err := g.fetch()
		if err != nil || !ok {
			return nil, orStop(err)
		}
	}
	g.tgtkey = g.currkey
	return py.Tuple{g.currkey, &grouper{parent: g, tgtkey: g.tgtkey}}, nil
}

func newGroupby(args py.Tuple, kwargs py.StringDict, _ bool) (py.Object, error) {
	a, err := pyarg.Parse36("groupby", args, kwargs, []string{"iterable", "key"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	it, err := vm.Iter(a[0])
	if err != nil {
		return nil, err
	}
	key := a[1]
	if key == nil {
		key = py.None
	}
	return &groupby{it: it, keyfunc: key}, nil
}

// grouper is one group of a groupby: the items while the parent's
// current key equals the group's.
type grouper struct {
	parent *groupby
	tgtkey py.Object
}

func (*grouper) Type() *py.Type                  { return GrouperType }
func (g *grouper) M__iter__() (py.Object, error) { return g, nil }

func (g *grouper) M__next__() (py.Object, error) {
	p := g.parent
	if p.currvalue == nil {
		ok, err := p.fetch()
		if err != nil || !ok {
			return nil, orStop(err)
		}
	}
	same, err := equal(g.tgtkey, p.currkey)
	if err != nil {
		return nil, err
	}
	if !same {
		return nil, stop
	}
	v := p.currvalue
	p.currvalue, p.currkey = nil, nil
	return v, nil
}

func initGrouper() {
	GrouperType.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := positional("_grouper", args, kwargs, false, 2, 2); err != nil {
			return nil, err
		}
		p, ok := args[0].(*groupby)
		if !ok {
			return nil, pyutil.TypeErrorf("argument 1 must be itertools.groupby, not %s", pyutil.TypeName(args[0]))
		}
		return &grouper{parent: p, tgtkey: args[1]}, nil
	}
}
