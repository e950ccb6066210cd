package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// bytearrayIterator walks a bytearray as it is at each step (a later
// append shows), until it has once reached the end: then it stays
// exhausted. It pickles as CPython 3.6's: (iter, (bytearray,), pos), or
// iter over an empty str once exhausted.
type bytearrayIterator struct {
	b *ByteArray // nil once exhausted
	i int
}

var bytearrayIteratorType = py.NewType("bytearray_iterator", "")

func (*bytearrayIterator) Type() *py.Type { return bytearrayIteratorType }

func (it *bytearrayIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *bytearrayIterator) M__next__() (py.Object, error) {
	if it.b == nil || it.i >= len(it.b.Data) {
		it.b = nil
		return nil, py.StopIteration
	}
	v := py.Int(it.b.Data[it.i])
	it.i++
	return v, nil
}

func (it *bytearrayIterator) M__length_hint__() (py.Object, error) {
	if it.b == nil || it.i >= len(it.b.Data) {
		return py.Int(0), nil
	}
	return py.Int(len(it.b.Data) - it.i), nil
}

func init() {
	d := bytearrayIteratorType.Dict
	receiver := func(self py.Object, name string) (*bytearrayIterator, error) {
		it, ok := self.(*bytearrayIterator)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor '%s' requires a 'bytearray_iterator' object but received a '%s'", name, pyutil.TypeName(self))
		}
		return it, nil
	}
	d["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it, err := receiver(self, "__reduce__")
		if err != nil {
			return nil, err
		}
		if it.b == nil {
			return vm.ReduceIterator(py.String(""))
		}
		return vm.ReduceIterator(it.b, it.i)
	}, 0, "Return state information for pickling.")
	d["__setstate__"] = py.MustNewMethod("__setstate__", func(self py.Object, arg py.Object) (py.Object, error) {
		it, err := receiver(self, "__setstate__")
		if err != nil {
			return nil, err
		}
		pos, err := pyarg.IteratorPosition(arg)
		if err != nil {
			return nil, err
		}
		if it.b != nil {
			it.i = min(max(pos, 0), len(it.b.Data))
		}
		return py.None, nil
	}, 0, "Set state information for unpickling.")
	d["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it, err := receiver(self, "__length_hint__")
		if err != nil {
			return nil, err
		}
		return it.M__length_hint__()
	}, 0, "Private method returning an estimate of len(list(it)).")
	// a type made after gpython readied its own has no MRO until asked
	if len(bytearrayIteratorType.Mro) == 0 {
		if err := bytearrayIteratorType.Ready(); err != nil {
			panic("host: cannot ready bytearray_iterator: " + err.Error())
		}
	}
}
