package pyrepr

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// methodOwners are the built-in types whose methods, taken from the type
// (str.upper), repr as CPython's method descriptors do: "<method 'upper'
// of 'str' objects>". gpython's own types are listed here; packages that
// make other built-in types register them (RegisterMethodOwner).
var methodOwners = struct {
	sync.Mutex
	types []*py.Type
}{types: []*py.Type{
	py.StringType, py.BytesType, py.IntType, py.FloatType, py.ComplexType,
	py.ListType, py.TupleType, py.BoolType, py.RangeType,
}}

// RegisterMethodOwner adds built-in types whose dicts hold Go methods.
func RegisterMethodOwner(types ...*py.Type) {
	methodOwners.Lock()
	defer methodOwners.Unlock()
	methodOwners.types = append(methodOwners.types, types...)
}

// methodOwner is the registered type whose dict holds m, or nil. Only a
// repr asks, so a scan of the dicts is cheap enough.
func methodOwner(m *py.Method) *py.Type {
	methodOwners.Lock()
	defer methodOwners.Unlock()
	for _, t := range methodOwners.types {
		if v, ok := t.Dict[m.Name]; ok && v == py.Object(m) {
			return t
		}
	}
	return nil
}
