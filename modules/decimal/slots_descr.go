package decimal

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// accelDescr is what accel puts in Decimal's dict: a descriptor, as
// CPython's C methods are, that binds its Go method to an instance and
// shows the name, __qualname__ and repr of the method it stands for
// (decimal.Decimal's slot wrappers and method descriptors).
type accelDescr struct {
	m *py.Method
	// fallback is the Python function the method stands for.
	fallback py.Object
	qualname string
	owner    *py.Type
	// slot marks a special method (a slot wrapper in CPython), and
	// takesValue one of those that take an operand.
	slot, takesValue bool
	// params are a method's parameters after self (accelSpec.params),
	// for its __text_signature__.
	params []string
}

// accelDescrType is the type of accelDescr; CPython names two types
// (wrapper_descriptor, method_descriptor) where one serves here.
var accelDescrType = py.NewType("method_descriptor", "A method of a type, written in Go; binds to an instance as a method.")

func init() {
	prop := func(name string, get func(d *accelDescr) py.Object) {
		accelDescrType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			d, ok := self.(*accelDescr)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' needs a method_descriptor", name)
			}
			return get(d), nil
		}}
	}
	prop("__name__", func(d *accelDescr) py.Object { return py.String(d.m.Name) })
	prop("__qualname__", func(d *accelDescr) py.Object { return py.String(d.qualname) })
	prop("__doc__", func(d *accelDescr) py.Object {
		if d.m.Doc == "" {
			return py.None
		}
		return py.String(d.m.Doc)
	})
	prop("__objclass__", func(d *accelDescr) py.Object { return d.owner })
	prop("__text_signature__", func(d *accelDescr) py.Object { return d.textSignature() })
}

func (*accelDescr) Type() *py.Type { return accelDescrType }

// DescribedMethod is the Go method the descriptor binds
// (vm.MethodDescriptor): a method call on a Decimal calls it with the
// Decimal first, without making the bound method.
func (d *accelDescr) DescribedMethod() *py.Method { return d.m }

// M__get__ binds the method to instance; read from the class it is the
// descriptor itself.
func (d *accelDescr) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return d, nil
	}
	return py.NewBoundMethod(instance, d.m), nil
}

// M__call__ calls the method with its receiver first.
func (d *accelDescr) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return d.m.M__call__(args, kwargs)
}

func (d *accelDescr) M__repr__() (py.Object, error) {
	kind := "method"
	if d.slot {
		kind = "slot wrapper"
	}
	return py.String(fmt.Sprintf("<%s '%s' of 'decimal.Decimal' objects>", kind, d.m.Name)), nil
}
