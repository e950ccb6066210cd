package vm

import "github.com/go-python/gpython/py"

// OwnAttrs is a value of a Go type that keeps attributes of its own in a
// dict made on first use (the _io file objects: f.flush = bad_flush).
// One of them shadows a method of the type, as an instance dict's entry
// does in CPython, where the fast method paths would otherwise bind the
// type's method without looking.
type OwnAttrs interface {
	OwnAttr(name string) (py.Object, bool)
}

// ownAttr is o's own attribute name, when o keeps any.
func ownAttr(o py.Object, name string) (py.Object, bool) {
	if oa, ok := o.(OwnAttrs); ok {
		return oa.OwnAttr(name)
	}
	return nil, false
}
