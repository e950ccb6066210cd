package pytime

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// NamespaceType is the type of get_clock_info's result, CPython's
// types.SimpleNamespace (repr "namespace(a=1, b=2)").
var NamespaceType = py.NewType("types.SimpleNamespace", "An object whose attributes are set from keyword arguments, with a readable repr.")

// namespace is a read-mostly bag of attributes.
type namespace struct{ attrs py.StringDict }

// Type returns NamespaceType.
func (*namespace) Type() *py.Type { return NamespaceType }

// M__getattr__ finds an attribute.
func (n *namespace) M__getattr__(name string) (py.Object, error) {
	if v, ok := n.attrs[name]; ok {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'types.SimpleNamespace' object has no attribute '%s'", name)
}

// M__repr__ lists the attributes, sorted by name.
func (n *namespace) M__repr__() (py.Object, error) {
	keys := make([]string, 0, len(n.attrs))
	for k := range n.attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("namespace(")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := py.ReprAsString(n.attrs[k])
		if err != nil {
			return nil, err
		}
		b.WriteString(k + "=" + r)
	}
	b.WriteByte(')')
	return py.String(b.String()), nil
}
