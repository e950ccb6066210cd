package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// __length_hint__ of reversed() and of reversed(list): how many items
// are left, 0 once the sequence has shrunk below the next index (as
// CPython's reversed and list_reverseiterator estimate).

func init() {
	ReversedType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object) (py.Object, error) {
		r, ok := self.(*reversedIter)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__length_hint__' requires a 'reversed' object but received a '%s'", vm.TypeName(self.Type()))
		}
		if r.seq == nil {
			return py.Int(0), nil
		}
		n, err := lenOf(r.seq)
		if err != nil {
			return nil, err
		}
		if left := r.i + 1; left <= n {
			return py.Int(left), nil
		}
		return py.Int(0), nil
	}, 0, "How many items the iterator has left.")
	listReverseIteratorType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object) (py.Object, error) {
		r, ok := self.(*listReverseIter)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__length_hint__' requires a 'list_reverseiterator' object but received a '%s'", vm.TypeName(self.Type()))
		}
		if r.l == nil || r.i+1 > len(r.l.Items) {
			return py.Int(0), nil
		}
		return py.Int(r.i + 1), nil
	}, 0, "How many items the iterator has left.")
}

// probeLength is the size estimate list() asks an instance of a Python
// class for before iterating it (__len__, else __length_hint__), as
// 3.6's list() does: only an error other than TypeError matters, and it
// is the call's error.
func probeLength(src py.Object) error {
	cls, ok := instanceClass(src)
	if !ok {
		return nil
	}
	for _, name := range []string{"__len__", "__length_hint__"} {
		if cls.Lookup(name) == nil {
			continue
		}
		_, _, err := callSpecial(src, name)
		if err != nil && !py.IsException(py.TypeError, err) {
			return err
		}
		return nil
	}
	return nil
}
