package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The iterator types written here list __iter__ and __next__ in their
// dicts, as CPython 3.6's do.
func init() {
	vm.IteratorSlots(listReverseIteratorType, ReversedType, bytearrayIteratorType)
}

func init() {
	// iter(callable, sentinel) pickles as the call that makes it, or as an
	// iterator over () once exhausted, as CPython 3.6's does.
	py.CallIteratorType.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it, ok := self.(*callIterator)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor '__reduce__' requires a 'callable_iterator' object but received a '%s'", pyutil.TypeName(self))
		}
		if it.fn == nil {
			return vm.ReduceIterator(py.Tuple{})
		}
		iter, err := vm.BuiltinIter()
		if err != nil {
			return nil, err
		}
		return py.Tuple{iter, py.Tuple{it.fn, it.sentinel}}, nil
	}, 0, "What pickle and copy rebuild the iterator from.")
}
