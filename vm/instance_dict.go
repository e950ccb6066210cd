package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// InstanceDict is the instance __dict__ of a value of a Go type whose
// CPython 3.6 counterpart has one: the _io file objects, and SSLSocket
// and SSLObject (Python classes in 3.6). A script may hang attributes of
// its own on such a value (conn.peer = ..., f.owner = ...) or replace a
// method on one of them (obj.read = traced_read). The zero value is
// empty; the map is made on the first store, so until then a lookup
// costs a nil-map probe.
//
// Lookup order is CPython's: the type's data descriptors (properties)
// win, then the instance dict (OwnAttr, which the loop's method fast
// paths consult through OwnAttrs), then the type's other attributes;
// GetAttr answers the rest. Assignment of a property's name never gets
// here (the property's setter, or "can't set attribute", answers first),
// so the dict holds only names a property does not answer.
//
// The owner's M__getattr__, M__setattr__ and M__delattr__ call GetAttr,
// SetAttr and DelAttr; its OwnAttr and OwnDict call those of the
// InstanceDict (dir() lists OwnDict's names).
type InstanceDict struct {
	d py.StringDict
}

// OwnDict is a value of a Go type with an InstanceDict: dir() lists the
// names of its dict, and __dict__.
type OwnDict interface {
	OwnDict() py.StringDict
}

// OwnAttr is the attribute name set on the instance, if any.
func (a *InstanceDict) OwnAttr(name string) (py.Object, bool) {
	v, ok := a.d[name]
	return v, ok
}

// OwnDict is the dict, nil while nothing was stored (for dir()).
func (a *InstanceDict) OwnDict() py.StringDict { return a.d }

// Put stores name on the instance, as an assignment from Python does, or
// as CPython's C code sets an attribute of its own (FileIO's name, the
// mode open() gives a TextIOWrapper). The dict keeps CPython's order,
// that of the names' first binding (vars(obj)).
func (a *InstanceDict) Put(name string, v py.Object) {
	if a.d == nil {
		a.d = py.StringDict{}
	}
	_, had := a.d[name]
	a.d[name] = v
	if !had {
		nsorder.Stored(a.d, name)
	}
}

// GetAttr answers an attribute o's type lacks: __dict__ (made if need
// be, so that vars(o) and o.__dict__ are the same dict), or one set on
// the instance; otherwise 3.6's AttributeError naming o's tp_name.
func (a *InstanceDict) GetAttr(o py.Object, name string) (py.Object, error) {
	if name == "__dict__" {
		if a.d == nil {
			a.d = py.StringDict{}
		}
		return a.d, nil
	}
	if v, ok := a.d[name]; ok {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", pyutil.TypeName(o), name)
}

// SetAttr is o.name = v for a name o's type does not answer. o.__dict__ =
// v replaces the dict as for an instance of a Python class: v must be a
// dict (a namespace is kept as given, so o.__dict__ is v; a dict's items
// are copied in order); a type whose CPython __dict__ is read-only checks
// that itself before calling SetAttr. __class__ is refused (the loop
// turns the AttributeError into CPython's TypeError).
func (a *InstanceDict) SetAttr(o py.Object, name string, v py.Object) (py.Object, error) {
	switch name {
	case "__class__":
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", pyutil.TypeName(o), name)
	case "__dict__":
		return py.None, a.replace(v)
	}
	a.Put(name, v)
	return py.None, nil
}

// replace is o.__dict__ = v.
func (a *InstanceDict) replace(v py.Object) error {
	if u, ok := pyutil.BuiltinValue(v); ok {
		v = u // a dict subclass's instance: its items
	}
	switch x := v.(type) {
	case py.StringDict:
		a.d = x
	case *Dict:
		d, order, err := splitNamespace(x)
		if err != nil {
			return err
		}
		nsorder.Order(d, order)
		a.d = d
	default:
		return py.ExceptionNewf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
	}
	return nil
}

// DelAttr removes an attribute set on the instance; CPython's message for
// a name the dict lacks is the bare name. del o.__dict__ empties it, as
// for an instance of a Python class (the next o.__dict__ is a new dict).
func (a *InstanceDict) DelAttr(o py.Object, name string) (py.Object, error) {
	switch name {
	case "__class__":
		return nil, py.ExceptionNewf(py.TypeError, "can't delete __class__ attribute")
	case "__dict__":
		a.d = nil
		return py.None, nil
	}
	// The type's data descriptors answer first, as on assignment.
	switch d := o.Type().NativeGetAttrOrNil(name).(type) {
	case *instanceAttrDescr:
		return nil, d.del(o)
	case *py.Property:
		if d.Fdel == nil {
			return nil, py.ExceptionNewf(py.AttributeError, "can't delete attribute")
		}
		return py.None, d.Fdel(o)
	}
	if _, ok := a.d[name]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	delete(a.d, name)
	return py.None, nil
}

// NewWeakrefDescr is the __weakref__ descriptor of a Go type standing for
// a Python class of 3.6 (ssl.SSLSocket): instances answer __weakref__
// (None: the loop keeps no list of an object's weak references), dir()
// lists it, and assigning it is refused as in CPython.
func NewWeakrefDescr(owner *py.Type) py.Object {
	return &instanceAttrDescr{name: "__weakref__", owner: owner}
}
