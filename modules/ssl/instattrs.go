package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// SSLSocket and SSLObject are Python classes in CPython 3.6, so their
// instances have a __dict__ (vm.InstanceDict: attributes a script hangs
// on a connection, methods replaced on one, __dict__ replaced or
// deleted) and a __weakref__.

// setupInstanceAttrs gives SSLObject 3.6's __weakref__ descriptor
// (SSLSocket inherits socket.socket's).
func setupInstanceAttrs() {
	SSLObjectType.Dict["__weakref__"] = vm.NewWeakrefDescr(SSLObjectType)
}

// M__getattr__ answers names SSLObjectType lacks (vm.InstanceDict.GetAttr).
func (o *sslObject) M__getattr__(name string) (py.Object, error) { return o.attrs.GetAttr(o, name) }

// M__setattr__ stores an attribute on the SSLObject.
func (o *sslObject) M__setattr__(name string, v py.Object) (py.Object, error) {
	return o.attrs.SetAttr(o, name, v)
}

// M__delattr__ removes an attribute set on the SSLObject.
func (o *sslObject) M__delattr__(name string) (py.Object, error) { return o.attrs.DelAttr(o, name) }

// OwnAttr implements vm.OwnAttrs: an attribute set on the SSLObject
// shadows the type's method of that name, and the loop's method fast path
// (which needs the value to have no M__getattribute__) stays open.
func (o *sslObject) OwnAttr(name string) (py.Object, bool) { return o.attrs.OwnAttr(name) }

// OwnDict implements vm.OwnDict (dir()).
func (o *sslObject) OwnDict() py.StringDict { return o.attrs.OwnDict() }

// M__getattr__ answers names SSLSocketType lacks (vm.InstanceDict.GetAttr).
func (s *sslSocket) M__getattr__(name string) (py.Object, error) { return s.attrs.GetAttr(s, name) }

// M__setattr__ stores an attribute on the SSLSocket.
func (s *sslSocket) M__setattr__(name string, v py.Object) (py.Object, error) {
	return s.attrs.SetAttr(s, name, v)
}

// M__delattr__ removes an attribute set on the SSLSocket.
func (s *sslSocket) M__delattr__(name string) (py.Object, error) { return s.attrs.DelAttr(s, name) }

// OwnAttr implements vm.OwnAttrs.
func (s *sslSocket) OwnAttr(name string) (py.Object, bool) { return s.attrs.OwnAttr(name) }

// OwnDict implements vm.OwnDict (dir()).
func (s *sslSocket) OwnDict() py.StringDict { return s.attrs.OwnDict() }

// M__getattribute__ takes pyutil's fast attribute path, after the
// instance dict for a name that is not one of the type's properties.
func (s *sslSocket) M__getattribute__(key string) (py.Object, error) {
	if v, ok := s.attrs.OwnAttr(key); ok {
		if _, prop := SSLSocketType.NativeGetAttrOrNil(key).(*py.Property); !prop {
			return v, nil
		}
	}
	return pyutil.GetAttr(s, key)
}
