package pyutil

import "github.com/go-python/gpython/py"

// IteratorMethods puts __iter__ and __next__ in the Dict of t, a type
// whose Go values implement py.I__iter__ and py.I__next__. gpython calls
// those Go methods directly and leaves the class without the names, so
// that collections.abc.Iterator's subclass check, hasattr(it,
// "__next__") and type(it).__next__(it) fail without them. Names t
// already has are kept.
func IteratorMethods(t *py.Type) {
	if _, ok := t.Dict["__iter__"]; !ok {
		t.Dict["__iter__"] = py.MustNewMethod("__iter__", func(self py.Object, _ py.Tuple) (py.Object, error) {
			return py.Iter(self)
		}, 0, "Implement iter(self).")
	}
	if _, ok := t.Dict["__next__"]; !ok {
		t.Dict["__next__"] = py.MustNewMethod("__next__", func(self py.Object, _ py.Tuple) (py.Object, error) {
			if it, ok := self.(py.I__next__); ok {
				return it.M__next__()
			}
			return nil, TypeErrorf("descriptor '__next__' requires a '%s' object but received a '%s'", t.Name, TypeName(self))
		}, 0, "Implement next(self).")
	}
}
