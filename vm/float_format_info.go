package vm

import "github.com/go-python/gpython/py"

// float.__getformat__ and float.__setformat__ describe the machine's
// floating point layout; Python's own test support reads them. Go's float32
// and float64 are IEEE 754 and every platform the project builds for is
// little-endian.
func init() {
	py.FloatType.Dict["__getformat__"] = &py.ClassMethod{Callable: py.MustNewMethod("__getformat__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__getformat__() takes exactly one argument (%d given)", len(args))
		}
		s, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__getformat__() argument must be string, not %s", args[0].Type().Name)
		}
		if s != "double" && s != "float" {
			return nil, py.ExceptionNewf(py.ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return py.String("IEEE, little-endian"), nil
	}, 0, "float.__getformat__(typestr) -> string\n\nThe layout of the C type typestr ('double' or 'float'): here always\n'IEEE, little-endian'.")}
}
