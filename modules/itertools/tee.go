package pyitertools

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// tee's iterators share what their source gave in a chain of cells of
// teeCells items (CPython's _tee_dataobject): each iterator holds a cell
// and a position in it, so cells every iterator has passed are garbage.

var (
	TeeType     = newType("_tee", "An iterator that can be copied; tee() makes these over one shared source.")
	TeeDataType = newType("_tee_dataobject", "The buffer of items that the tee iterators of one source share.")
)

const teeDoc = "tee(iterable, n=2)\n\nSplit one iterable into a tuple of n iterators, each of which can be\nadvanced on its own."

// teeCells is how many items one cell holds.
const teeCells = 57

// teeData is one cell: the shared source, the items read into this cell
// and the cell after it.
type teeData struct {
	it      py.Object
	values  []py.Object
	next    *teeData
	running bool
}

func (*teeData) Type() *py.Type { return TeeDataType }

// item is the cell's i-th item, read from the source when it is the
// first iterator to get there; ok is false at the source's end.
func (d *teeData) item(i int) (py.Object, bool, error) {
	if i < len(d.values) {
		return d.values[i], true, nil
	}
	if d.running {
		return nil, false, py.ExceptionNewf(py.RuntimeError, "cannot re-enter the tee iterator")
	}
	d.running = true
	v, ok, err := next(d.it)
	d.running = false
	if err != nil || !ok {
		return nil, false, err
	}
	d.values = append(d.values, v)
	return v, true, nil
}

// link is the cell after d, made on first use.
func (d *teeData) link() *teeData {
	if d.next == nil {
		d.next = &teeData{it: d.it}
	}
	return d.next
}

// tee is one of tee()'s iterators.
type tee struct {
	data  *teeData
	index int
}

func (*tee) Type() *py.Type                  { return TeeType }
func (t *tee) M__iter__() (py.Object, error) { return t, nil }

func (t *tee) M__next__() (py.Object, error) {
	if t.index >= teeCells {
		t.data, t.index = t.data.link(), 0
	}
	v, ok, err := t.data.item(t.index)
	if err != nil || !ok {
		return nil, orStop(err)
	}
	t.index++
	return v, nil
}

func (t *tee) copy() *tee { return &tee{data: t.data, index: t.index} }

// teeOf is a tee over it: a copy when it is one already.
func teeOf(it py.Object) *tee {
	if t, ok := it.(*tee); ok {
		return t.copy()
	}
	return &tee{data: &teeData{it: it}}
}

func teeFunc(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := pyarg.NoKeywords("tee", kwargs); err != nil {
		return nil, err
	}
	switch {
	case len(args) == 0:
		return nil, pyutil.TypeErrorf("function takes at least 1 argument (0 given)")
	case len(args) > 2:
		return nil, pyutil.TypeErrorf("function takes at most 2 arguments (%d given)", len(args))
	}
	n := 2
	if len(args) == 2 {
		if n, err = pyarg.SsizeT(args[1]); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return nil, pyutil.ValueErrorf("n must be >= 0")
	}
	out := make(py.Tuple, n)
	if n == 0 {
		return out, nil
	}
	it, err := vm.Iter(args[0])
	if err != nil {
		return nil, err
	}
	copier, err := vm.GetAttr(it, "__copy__")
	var first py.Object
	switch {
	case err == nil:
		first = it
	case py.IsException(py.AttributeError, err):
		copier, first = nil, teeOf(it)
	default:
		return nil, err
	}
	out[0] = first
	for i := 1; i < n; i++ {
		if t, ok := out[i-1].(*tee); ok {
			out[i] = t.copy()
			continue
		}
		if copier == nil {
			if copier, err = vm.GetAttr(out[i-1], "__copy__"); err != nil {
				return nil, err
			}
		}
		if out[i], err = vm.Call(copier, nil, nil); err != nil {
			return nil, err
		}
		copier = nil
	}
	return out, nil
}

func initTee() {
	TeeType.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if err := positional("_tee", args, kwargs, false, 1, 1); err != nil {
			return nil, err
		}
		it, err := vm.Iter(args[0])
		if err != nil {
			return nil, err
		}
		return teeOf(it), nil
	}
	method(TeeType, "__copy__", "Return a new iterator that goes on from this one's position, independently of it.", func(t *tee) (py.Object, error) {
		return t.copy(), nil
	})
	reducer(TeeType, func(t *tee, _ py.Object) (py.Object, error) {
		return py.Tuple{TeeType, py.Tuple{py.Tuple{}}, py.Tuple{t.data, py.Int(t.index)}}, nil
	})
	setstate(TeeType, func(t *tee, state py.Object) error {
		st, err := stateTuple(state)
		if err != nil {
			return err
		}
		if len(st) != 2 {
			return pyutil.TypeErrorf("function takes exactly 2 arguments (%d given)", len(st))
		}
		d, ok := st[0].(*teeData)
		if !ok {
			return pyutil.TypeErrorf("argument 1 must be itertools._tee_dataobject, not %s", pyutil.TypeName(st[0]))
		}
		i, err := pyarg.Int(st[1])
		if err != nil {
			return err
		}
		if i < 0 || i > teeCells {
			return pyutil.ValueErrorf("Index out of range")
		}
		t.data, t.index = d, i
		return nil
	})

	TeeDataType.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if err := positional("_tee_dataobject", args, kwargs, false, 3, 3); err != nil {
			return nil, err
		}
		values, ok := args[1].(*py.List)
		if !ok {
			return nil, pyutil.TypeErrorf("argument 2 must be list, not %s", pyutil.TypeName(args[1]))
		}
		if len(values.Items) > teeCells {
			return nil, pyutil.ValueErrorf("too many items")
		}
		d := &teeData{it: args[0], values: append([]py.Object(nil), values.Items...)}
		switch nx := args[2].(type) {
		case *teeData:
			if len(d.values) < teeCells {
				return nil, pyutil.ValueErrorf("too few items")
			}
			d.next = nx
		default:
			if nx != py.None {
				return nil, pyutil.TypeErrorf("_tee_dataobject next must be a _tee_dataobject or None")
			}
		}
		return d, nil
	}
	reducer(TeeDataType, func(d *teeData, _ py.Object) (py.Object, error) {
		var nx py.Object = py.None
		if d.next != nil {
			nx = d.next
		}
		return py.Tuple{TeeDataType, py.Tuple{d.it, py.NewListFromItems(append([]py.Object(nil), d.values...)), nx}}, nil
	})
}
