package ssl

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Classes may derive from ssl.SSLContext (and _ssl._SSLContext), as in
// CPython: the context is made from the protocol alone
// (SSLContext.__new__(cls, protocol=PROTOCOL_TLS, *args, **kwargs)), so a
// subclass's __init__ may take other arguments. Methods such as
// wrap_socket run on the context the instance holds. A step of setup
// (module.go), after the methods exist.
func setupContextSubclass() {
	vm.RegisterValueBase(SSLContextType, vm.ValueBase{
		New: func(base *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			proto := py.Tuple{}
			if len(args) > 0 {
				proto = args[:1]
			} else if p, ok := kwargs["protocol"]; ok {
				proto = py.Tuple{p}
			}
			return base.New(base, proto, nil)
		},
	})
	// Classes derived from SSLObject (ctx.sslobject_class, 3.7) hold the
	// connection that SSLObject._create makes through them; calling such a
	// class is refused as SSLObject() is.
	vm.RegisterValueBase(SSLObjectType, vm.ValueBase{Sample: &sslObject{}})
	// The connections these make keep the instance as their context
	// (sslsock.context is ctx).
	for _, name := range []string{"wrap_socket", "wrap_bio"} {
		if m, ok := SSLContextType.Dict[name].(*py.Method); ok {
			vm.TakesInstance(m)
		}
	}
}

// ReprForClass is the repr of an instance of a class derived from
// SSLContext: object's default text, with the class's name
// (pyrepr.ClassRepr).
func (c *sslContext) ReprForClass(qualname string) (string, error) {
	return fmt.Sprintf("<%s object at %p>", qualname, c), nil
}
