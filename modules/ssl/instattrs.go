package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// instAttrs is the instance __dict__ of SSLSocket and SSLObject. In
// CPython 3.6 both are Python classes, so a script may hang attributes of
// its own on a connection (conn.peer_name = ..., obj.tag = ...) or
// replace a method on one of them (obj.read = traced_read). The dict is
// made on the first assignment; until then a lookup costs a nil-map probe.
//
// Lookup order is CPython's: the type's data descriptors (the properties:
// context, server_side, ...) win, then the instance dict, then the type's
// methods. Assignment never stores a property's name (the property's
// setter, or "can't set attribute", answers first), so the dict holds
// only names a property does not answer.
type instAttrs struct {
	d py.StringDict
}

// own is the attribute name set on the instance, if any.
func (a *instAttrs) own(name string) (py.Object, bool) {
	v, ok := a.d[name]
	return v, ok
}

// getattr answers what the type lacks: __dict__, or an attribute set on
// the instance; otherwise 3.6's AttributeError, which names the class
// without its module ('SSLObject', as a Python class's tp_name).
func (a *instAttrs) getattr(o py.Object, name string) (py.Object, error) {
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

// setattr stores an attribute on the instance (a property of the type
// never gets here: the caller's lookup calls its setter first).
func (a *instAttrs) setattr(o py.Object, name string, v py.Object) (py.Object, error) {
	switch name {
	case "__class__", "__dict__":
		// __class__: the loop turns this into CPython's TypeError.
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object attribute '%s' is read-only", pyutil.TypeName(o), name)
	}
	if a.d == nil {
		a.d = py.StringDict{}
	}
	_, had := a.d[name]
	a.d[name] = v
	if !had {
		// vars(obj) lists names in the order of their first binding.
		nsorder.Stored(a.d, name)
	}
	return py.None, nil
}

// delattr removes an attribute set on the instance; CPython's message for
// a name the instance dict lacks is the bare name.
func (a *instAttrs) delattr(name string) (py.Object, error) {
	if _, ok := a.d[name]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	delete(a.d, name)
	return py.None, nil
}

// M__getattr__ answers names SSLObjectType lacks (instAttrs.getattr).
func (o *sslObject) M__getattr__(name string) (py.Object, error) { return o.attrs.getattr(o, name) }

// M__setattr__ stores an attribute on the SSLObject.
func (o *sslObject) M__setattr__(name string, v py.Object) (py.Object, error) {
	return o.attrs.setattr(o, name, v)
}

// M__delattr__ removes an attribute set on the SSLObject.
func (o *sslObject) M__delattr__(name string) (py.Object, error) { return o.attrs.delattr(name) }

// OwnAttr implements vm.OwnAttrs: an attribute set on the SSLObject
// shadows the type's method of that name, and the loop's method fast path
// (which needs the value to have no M__getattribute__) stays open.
func (o *sslObject) OwnAttr(name string) (py.Object, bool) { return o.attrs.own(name) }

// M__getattr__ answers names SSLSocketType lacks (instAttrs.getattr).
func (s *sslSocket) M__getattr__(name string) (py.Object, error) { return s.attrs.getattr(s, name) }

// M__setattr__ stores an attribute on the SSLSocket.
func (s *sslSocket) M__setattr__(name string, v py.Object) (py.Object, error) {
	return s.attrs.setattr(s, name, v)
}

// M__delattr__ removes an attribute set on the SSLSocket.
func (s *sslSocket) M__delattr__(name string) (py.Object, error) { return s.attrs.delattr(name) }

// OwnAttr implements vm.OwnAttrs.
func (s *sslSocket) OwnAttr(name string) (py.Object, bool) { return s.attrs.own(name) }

// M__getattribute__ takes pyutil's fast attribute path, after the
// instance dict for a name that is not one of the type's properties.
func (s *sslSocket) M__getattribute__(key string) (py.Object, error) {
	if v, ok := s.attrs.d[key]; ok {
		if _, prop := SSLSocketType.NativeGetAttrOrNil(key).(*py.Property); !prop {
			return v, nil
		}
	}
	return pyutil.GetAttr(s, key)
}
