package vm

import (
	"reflect"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Go builtins called without an empty keyword dict.
//
// py.Method.Call, for a Go function of the (self, args, kwargs) shape,
// makes a new empty dict for kwargs on every call; most of the built-in
// types' methods (dict's, list's) have that shape, so each d.get(k) or
// lst.sort() allocated one. callGo passes nil instead: a nil StringDict
// reads as an empty one, and no Go method in gpython or this project
// writes into the kwargs it is given (pyutil.BuiltinMethod already passes
// nil the same way). Other shapes go through Method.Call unchanged.

// methodFuncOffset is the offset of py.Method's Go function (an
// unexported interface field of the pinned gpython), or 0 if the field is
// not found, which turns the shortcut off.
var methodFuncOffset = func() uintptr {
	f, ok := reflect.TypeOf(py.Method{}).FieldByName("method")
	if !ok || f.Type.Kind() != reflect.Interface || f.Offset == 0 {
		return 0
	}
	return f.Offset
}()

// callGo is m.Call(self, args) without the per-call kwargs dict.
func callGo(m *py.Method, self py.Object, args py.Tuple) (py.Object, error) {
	if methodFuncOffset != 0 {
		fn := *(*any)(unsafe.Add(unsafe.Pointer(m), methodFuncOffset))
		if kf, ok := fn.(func(py.Object, py.Tuple, py.StringDict) (py.Object, error)); ok {
			return kf(self, args, nil)
		}
	}
	return m.Call(self, args)
}
