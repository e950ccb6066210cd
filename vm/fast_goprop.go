package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// goValueProperty reads a property of a Go value's own type (bio.pending,
// sslobj.server_side) without py.GetAttrString, which first probes for a
// Python-level __getattribute__ by boxing the name and a 2-tuple (two
// allocations per read, 0.27 -> 0.44 us for MemoryBIO.pending once the
// type dropped its M__getattribute__ to get the method fast path).
//
// ok is true only where GetAttrString would call that property's getter
// with o and nothing else: o is not a class or an instance of one (getAttr
// answers those before), has neither M__getattribute__ nor an instance
// dict (both come before the type in GetAttrString), the name is not a
// __special__ one (GetAttrString binds an M__name__ Go method first), and
// the property is in o's type's own dict (the first place
// NativeGetAttrOrNil looks). A getter's AttributeError is left to the
// generic path, so its message is what it was.
func goValueProperty(o py.Object, name string) (r py.Object, ok bool, err error) {
	if _, isType := o.(*py.Type); isType {
		return nil, false, nil
	}
	if _, has := o.(py.I__getattribute__); has {
		return nil, false, nil
	}
	if _, has := o.(py.IGetDict); has {
		return nil, false, nil
	}
	t := o.Type()
	if t == nil {
		return nil, false, nil
	}
	p, isProp := t.Dict[name].(*py.Property)
	if !isProp || strings.HasPrefix(name, "__") {
		return nil, false, nil
	}
	r, err = p.M__get__(o, t)
	if err != nil && py.IsException(py.AttributeError, err) {
		// getAttr words a getter's AttributeError its own way after
		// GetAttrString (which calls the getter again, as before).
		return nil, false, nil
	}
	return r, true, err
}
