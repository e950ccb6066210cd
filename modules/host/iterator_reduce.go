package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Pickling support of map, filter, zip and enumerate, in CPython 3.6's
// shapes: each reduces to its type and the arguments that rebuild it
// from the iterators it is consuming (which pickle in turn), so an
// unpickled one goes on from where the original was.

// reduceMethod installs __reduce__ on t, for t's objects and instances of
// classes derived from t: the reduction names the object's own class, as
// CPython's does (so a derived class unpickles as itself).
func reduceMethod(t *py.Type, args func(self py.Object) py.Tuple) {
	m := py.MustNewMethod("__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		v := pyutil.Unwrap(self)
		if v == nil || v.Type() != t {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__reduce__' requires a '%s' object", t.Name)
		}
		cls, _ := vm.ReduceParts(self)
		return py.Tuple{cls, args(v)}, nil
	}, 0, "What pickle and copy rebuild the object from.")
	vm.TakesInstance(m)
	t.Dict["__reduce__"] = m
}

func init() {
	reduceMethod(py.MapType, func(self py.Object) py.Tuple {
		m := self.(*mapIter)
		return append(py.Tuple{m.fn}, m.its...)
	})
	reduceMethod(py.FilterType, func(self py.Object) py.Tuple {
		f := self.(*filterIter)
		return py.Tuple{f.fn, f.it}
	})
	reduceMethod(py.ZipType, func(self py.Object) py.Tuple {
		return append(py.Tuple{}, self.(*zipIter).its...)
	})
	reduceMethod(py.EnumerateType, func(self py.Object) py.Tuple {
		e := self.(*enumerateIter)
		return py.Tuple{e.it, e.index}
	})
}
