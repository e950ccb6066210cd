package pyutil

import "github.com/go-python/gpython/py"

// TupleItem is t[key] for an index or a slice object. gpython's own
// tuple subscript sliced t[start:stop] without clamping and panicked when
// stop fell before start with a step of 1 (t[2:0]); the Go types that
// index as a tuple (struct_time, stat_result) reached it too.
func TupleItem(t py.Tuple, key py.Object) (py.Object, error) {
	s, ok := key.(*py.Slice)
	if !ok {
		return t.M__getitem__(key)
	}
	start, _, step, n, err := s.GetIndices(len(t))
	if err != nil {
		return nil, err
	}
	out := make(py.Tuple, n)
	for i := range out {
		out[i] = t[start+i*step]
	}
	return out, nil
}
