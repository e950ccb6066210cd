package vm

import "github.com/go-python/gpython/py"

// SequenceFast is CPython's PySequence_Fast: the items of o, a tuple or
// list as they are, anything else iterated. An object that cannot be
// iterated gives TypeError with message; an error raised while iterating
// (a __getitem__ or __next__ that fails) is returned as it is.
func SequenceFast(o py.Object, message string) (py.Tuple, error) {
	switch s := o.(type) {
	case py.Tuple:
		return s, nil
	case *py.List:
		return append(py.Tuple(nil), s.Items...), nil
	}
	it, err := Iter(o)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return nil, py.ExceptionNewf(py.TypeError, "%s", message)
		}
		return nil, err
	}
	items, err := AppendItems(nil, it)
	if err != nil {
		return nil, err
	}
	return items, nil
}
