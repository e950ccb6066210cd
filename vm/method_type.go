package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The bound method type as CPython names and builds it: type(obj.m) is
// 'method', with __self__ and __func__, and types.MethodType(f, obj)
// binds f to obj.

const methodTypeDoc = "method(function, instance)\n\nA function bound to an instance: calling it calls the function with the\ninstance first."

func installMethodType() {
	py.BoundMethodType.Name = "method"
	attr := func(name string, get func(*py.BoundMethod) py.Object) {
		py.BoundMethodType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			bm, ok := self.(*py.BoundMethod)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'method' objects doesn't apply to a '%s' object", name, typeName(self))
			}
			return get(bm), nil
		}}
	}
	attr("__self__", func(bm *py.BoundMethod) py.Object { return bm.Self })
	// gpython's type Dict holds the type's docstring under __doc__; a
	// bound method answers its function's instead.
	py.BoundMethodType.Dict["__doc__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		bm, ok := self.(*py.BoundMethod)
		if !ok {
			return py.String(methodTypeDoc), nil
		}
		if b, ok := bm.Method.(*methodOfBuiltin); ok {
			return GetAttr(b.fn, "__doc__")
		}
		return GetAttr(bm.Method, "__doc__")
	}}
	py.BoundMethodType.Doc = methodTypeDoc
	pyrepr.MethodFuncName = methodFuncName
	py.BoundMethodType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "method() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "method expected 2 arguments, got %d", len(args))
		}
		if !pyutil.IsCallable(args[0]) {
			return nil, py.ExceptionNewf(py.TypeError, "first argument must be callable")
		}
		if args[1] == py.None {
			return nil, py.ExceptionNewf(py.TypeError, "self must not be None")
		}
		if m, ok := args[0].(*py.Method); ok && m.Module != nil {
			// A module's builtin function (len): bound, it is called
			// with the instance as its first argument, as any other
			// callable is.
			return py.NewBoundMethod(args[1], &methodOfBuiltin{m}), nil
		}
		return py.NewBoundMethod(args[1], args[0]), nil
	}
	attr("__func__", func(bm *py.BoundMethod) py.Object {
		if b, ok := bm.Method.(*methodOfBuiltin); ok {
			return b.fn
		}
		return bm.Method
	})
}

// methodOfBuiltin holds a module's builtin function that types.MethodType
// bound to an instance. gpython calls a bound *py.Method with the instance
// as its receiver, which a module function ignores; through this holder
// the instance is passed as an argument instead.
type methodOfBuiltin struct{ fn *py.Method }

var methodOfBuiltinType = py.NewType("builtin_function_or_method", "")

// Type implements py.Object.
func (b *methodOfBuiltin) Type() *py.Type { return methodOfBuiltinType }

// M__call__ calls the function with the bound method's arguments.
func (b *methodOfBuiltin) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return Call(b.fn, args, kwargs)
}

// methodFuncName names a bound method's callable in its repr: its
// __qualname__ or __name__ when it has a str one, else "?".
func methodFuncName(f py.Object) string {
	if b, ok := f.(*methodOfBuiltin); ok {
		f = b.fn
	}
	for _, attr := range [...]string{"__qualname__", "__name__"} {
		if v, err := GetAttr(f, attr); err == nil {
			if s, ok := strValue(v); ok {
				return string(s)
			}
		}
	}
	return "?"
}
