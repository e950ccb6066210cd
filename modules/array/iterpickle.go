package pyarray

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// An array iterator pickles as CPython 3.6's does: (iter, (array,), pos)
// while it runs, (iter, ((),)) once exhausted; __setstate__ takes the
// position back (a negative one counts as 0).

func iteratorOf(self py.Object, name string) (*arrayIterator, error) {
	it, ok := self.(*arrayIterator)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor '%s' requires a 'arrayiterator' object but received a '%s'", name, pyutil.TypeName(self))
	}
	return it, nil
}

func init() {
	arrayIteratorType.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it, err := iteratorOf(self, "__reduce__")
		if err != nil {
			return nil, err
		}
		if it.a == nil {
			return vm.ReduceIterator(py.Tuple{})
		}
		return vm.ReduceIterator(it.a, it.i)
	}, 0, "Return state information for pickling.")
	arrayIteratorType.Dict["__reduce_ex__"] = py.MustNewMethod("__reduce_ex__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, pyutil.TypeErrorf("__reduce_ex__() takes at most 1 argument (%d given)", len(args))
		}
		reduce := arrayIteratorType.Dict["__reduce__"].(*py.Method)
		return reduce.Call(self, nil)
	}, 0, "Helper for pickle.")
	arrayIteratorType.Dict["__setstate__"] = py.MustNewMethod("__setstate__", func(self py.Object, arg py.Object) (py.Object, error) {
		it, err := iteratorOf(self, "__setstate__")
		if err != nil {
			return nil, err
		}
		pos, err := pyarg.IteratorPosition(arg)
		if err != nil {
			return nil, err
		}
		it.i = max(pos, 0)
		return py.None, nil
	}, 0, "Set state information for unpickling.")
	// a type made after gpython readied its own has no MRO until asked;
	// without one, class lookups would find object's __reduce__
	if len(arrayIteratorType.Mro) == 0 {
		if err := arrayIteratorType.Ready(); err != nil {
			panic("array: cannot ready arrayiterator: " + err.Error())
		}
	}
}
