package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// str, bytes and bytearray answer __mod__ and __rmod__ as CPython 3.6's
// do: the % formatting with the receiver as the format, and
// NotImplemented for a left operand that is no format of the kind (str;
// bytes-like). bytearray also has __alloc__, the size of its storage
// (the trailing NUL CPython keeps included).

func percentMethods(t *py.Type) {
	isFormat := func(v py.Object) bool {
		switch v.(type) {
		case py.String:
			return t == py.StringType
		case py.Bytes, *ByteArray:
			return t != py.StringType
		}
		return false
	}
	receiver := func(self py.Object, name string) (py.Object, error) {
		if v := pyutil.Unwrap(self); isFormat(v) {
			return v, nil
		}
		return nil, pyutil.TypeErrorf("descriptor '%s' requires a '%s' object but received a '%s'", name, t.Name, pyutil.TypeName(self))
	}
	t.Dict["__mod__"] = py.MustNewMethod("__mod__", func(self py.Object, arg py.Object) (py.Object, error) {
		format, err := receiver(self, "__mod__")
		if err != nil {
			return nil, err
		}
		return vm.Mod(format, arg)
	}, 0, "Return self%value.")
	t.Dict["__rmod__"] = py.MustNewMethod("__rmod__", func(self py.Object, arg py.Object) (py.Object, error) {
		values, err := receiver(self, "__rmod__")
		if err != nil {
			return nil, err
		}
		if format := pyutil.Unwrap(arg); isFormat(format) {
			return vm.Mod(format, values)
		}
		return py.NotImplemented, nil
	}, 0, "Return value%self.")
}

func init() {
	percentMethods(py.StringType)
	percentMethods(py.BytesType)
	percentMethods(ByteArrayType)
	ByteArrayType.Dict["__alloc__"] = py.MustNewMethod("__alloc__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		b, ok := pyutil.Unwrap(self).(*ByteArray)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor '__alloc__' requires a 'bytearray' object but received a '%s'", pyutil.TypeName(self))
		}
		return py.Int(cap(b.Data) + 1), nil
	}, 0, "B.__alloc__() -> int\n\nThe size of the storage behind the bytearray, in bytes (at least len(B) + 1).")
}
