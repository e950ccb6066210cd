package vm

import "github.com/go-python/gpython/py"

// seqItem is o[i] for a list, tuple, bytes or mostly-ASCII str o and an index i within it
// (negative ones counting from the end), as GetItem gives it; ok is false
// for anything else, which GetItem answers (errors included). BINARY_SUBSCR
// tries it first, sparing GetItem's checks for slices, str surrogates and
// int subclasses on the commonest subscripts.
func seqItem(o py.Object, i py.Int) (v py.Object, ok bool) {
	switch s := o.(type) {
	case *py.List:
		if i < 0 {
			i += py.Int(len(s.Items))
		}
		if i >= 0 && int(i) < len(s.Items) {
			return s.Items[i], true
		}
	case py.Tuple:
		if i < 0 {
			i += py.Int(len(s))
		}
		if i >= 0 && int(i) < len(s) {
			return s[i], true
		}
	case py.Bytes:
		if i < 0 {
			i += py.Int(len(s))
		}
		if i >= 0 && int(i) < len(s) {
			return py.Int(s[i]), true
		}
	case py.String:
		return strItemASCII(string(s), int(i)) // asciichar.go
	}
	return nil, false
}
