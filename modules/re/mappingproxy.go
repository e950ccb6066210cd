package re

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// MappingProxyType is the read-only view Pattern.groupindex returns, as
// CPython 3.6's (types.MappingProxyType).
var MappingProxyType = py.ObjectType.NewType("mappingproxy", "", nil, nil)

type mappingProxy struct{ d *vm.Dict }

// Type returns MappingProxyType.
func (*mappingProxy) Type() *py.Type { return MappingProxyType }

var (
	_ py.I__getitem__  = (*mappingProxy)(nil)
	_ py.I__len__      = (*mappingProxy)(nil)
	_ py.I__iter__     = (*mappingProxy)(nil)
	_ py.I__contains__ = (*mappingProxy)(nil)
	_ py.I__repr__     = (*mappingProxy)(nil)
	_ py.I__str__      = (*mappingProxy)(nil)
	_ py.I__eq__       = (*mappingProxy)(nil)
	_ py.I__ne__       = (*mappingProxy)(nil)
)

// M__getitem__ looks a name up.
func (m *mappingProxy) M__getitem__(key py.Object) (py.Object, error) {
	v, ok, err := m.d.GetItem(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		r, err := pyrepr.Repr(key)
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.KeyError, "%s", r)
	}
	return v, nil
}

// M__eq__ compares the names with a mapping, as the dict behind the
// proxy would.
func (m *mappingProxy) M__eq__(other py.Object) (py.Object, error) {
	if o, ok := other.(*mappingProxy); ok {
		other = o.d
	}
	return py.Eq(m.d, other)
}

// M__ne__ is the negation of M__eq__.
func (m *mappingProxy) M__ne__(other py.Object) (py.Object, error) {
	if o, ok := other.(*mappingProxy); ok {
		other = o.d
	}
	return py.Ne(m.d, other)
}

// M__len__ is the number of names.
func (m *mappingProxy) M__len__() (py.Object, error) { return py.Int(m.d.Len()), nil }

// M__iter__ iterates over the names.
func (m *mappingProxy) M__iter__() (py.Object, error) { return py.Iter(m.d) }

// M__contains__ tests a name.
func (m *mappingProxy) M__contains__(key py.Object) (py.Object, error) {
	_, ok, err := m.d.GetItem(key)
	return py.NewBool(ok), err
}

// M__repr__ is mappingproxy({...}).
func (m *mappingProxy) M__repr__() (py.Object, error) {
	r, err := pyrepr.Repr(m.d)
	if err != nil {
		return nil, err
	}
	return py.String("mappingproxy(" + r + ")"), nil
}

// M__str__ is the str of the mapping viewed, as CPython 3.6's
// mappingproxy (print(p.groupindex) shows {...}).
func (m *mappingProxy) M__str__() (py.Object, error) {
	r, err := pyrepr.Repr(m.d)
	if err != nil {
		return nil, err
	}
	return py.String(r), nil
}

func setupMappingProxy() {
	for _, name := range []string{"keys", "items", "values", "get", "copy"} {
		name := name
		MappingProxyType.Dict[name] = py.MustNewMethod(name, pyutil.Guard(func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			m, ok := self.(*mappingProxy)
			if !ok {
				return nil, pyutil.TypeErrorf("descriptor '%s' requires a 'mappingproxy' object", name)
			}
			f, err := py.GetAttrString(m.d, name)
			if err != nil {
				return nil, err
			}
			return vm.Call(f, args, kwargs)
		}), 0, "")
	}
}
