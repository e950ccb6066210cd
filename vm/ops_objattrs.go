package vm

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// objectAttr answers the attributes CPython's functions, generators and
// cells have and gpython's lack (__closure__, gi_running, cell_contents,
// ...); ok is false for anything else.
func objectAttr(o py.Object, name string) (py.Object, bool) {
	if name == "__get__" {
		if m, ok := descriptorGet(o); ok {
			return m, true
		}
	}
	switch v := o.(type) {
	case *py.Function:
		switch name {
		case "__closure__":
			if len(v.Closure) == 0 {
				return py.None, true
			}
			return v.Closure, true
		case "__doc__":
			return orNone(v.Doc), true
		case "__defaults__":
			if len(v.Defaults) == 0 {
				return py.None, true
			}
			return v.Defaults, true
		case "__kwdefaults__":
			if len(v.KwDefaults) == 0 {
				return py.None, true
			}
			return v.KwDefaults, true
		case "__globals__":
			return globalsObject(v.Globals), true
		case "__module__":
			if m, ok := v.Dict["__module__"]; ok {
				return m, true
			}
			if m, ok := v.Globals["__name__"]; ok {
				return m, true
			}
			return py.None, true
		case "__annotations__":
			if v.Annotations == nil {
				v.Annotations = py.NewStringDict()
			}
			return v.Annotations, true
		}
	case *py.Generator:
		switch name {
		case "gi_running":
			return py.NewBool(v.Running), true
		case "gi_frame":
			if finished(v.Frame) {
				return py.None, true
			}
			return v.Frame, true
		case "gi_code":
			return v.Code, true
		case "__name__":
			name, _ := generatorNames(v)
			return py.String(name), true
		case "__qualname__":
			_, qualname := generatorNames(v)
			return py.String(qualname), true
		case "gi_yieldfrom":
			// A running generator delegates to nothing that can be
			// shown (CPython: no stack top while it runs).
			if !v.Running && v.Frame.Yielded && len(v.Frame.Stack) > 0 {
				c := decoded(v.Frame.Code)
				if sub := v.Frame.Stack[len(v.Frame.Stack)-1]; sub != nil && c.ins[c.pcOf(v.Frame.Lasti)].op == opYIELD_FROM {
					return sub, true
				}
			}
			return py.None, true
		}
	case *py.Method:
		// A built-in function or method.
		switch name {
		case "__name__":
			return py.String(v.Name), true
		case "__qualname__":
			return py.String(builtinQualname(v)), true
		case "__doc__":
			if v.Doc == "" {
				return py.None, true
			}
			return py.String(v.Doc), true
		case "__module__":
			if v.Module != nil {
				return py.String(v.Module.ModuleImpl.Info.Name), true
			}
			return py.None, true
		case "__self__":
			if v.Module != nil {
				return v.Module, true
			}
			return py.None, true
		case "__text_signature__":
			return py.None, true
		}
	case *py.Cell:
		if name == "cell_contents" {
			if c := v.Get(); c != nil {
				return c, true
			}
		}
	case *py.ClassMethod, *py.StaticMethod:
		// Their attributes (cm.x = 1) live in a dict of their own.
		if name == "__dict__" {
			return v.(py.IGetDict).GetDict(), true
		}
	}
	return nil, false
}

func init() {
	// type(...).__name__ is 'ellipsis' in CPython.
	py.EllipsisTypeType.Name = "ellipsis"
	// gpython's big ints and complex numbers are int and complex.
	py.BigIntType.Name = "int"
	py.ComplexType.Name = "complex"
	py.TupleType.Dict["index"] = py.MustNewMethod("index", tupleIndex, 0, "index(value[, start[, stop]]) -> int\n\nPosition of the first item equal to value; ValueError when none is.")
	py.TupleType.Dict["count"] = py.MustNewMethod("count", tupleCount, 0, "count(value) -> int\n\nHow many items equal value.")
	prevIntNew := py.IntType.New
	py.IntType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			if b, ok := args[0].(py.Bool); ok {
				return boolInt(b), nil
			}
			if x, ok := args[0].(py.Float); ok {
				if err := floatIntegral(float64(x)); err != nil {
					return nil, err
				}
			}
			if r, ok, err := intFromMethod(args[0]); ok {
				return r, err
			}
		}
		r, err := prevIntNew(t, args, kwargs)
		if err != nil && len(args) == 1 {
			err = intArgError(err, args[0])
		}
		return r, err
	}
	installMethodType()
	// A bound method answers its function's docstring; its names
	// (__name__, __qualname__, __module__) it forwards to the function as
	// any attribute it lacks (GetAttr), which keeps them out of its type's
	// dict and its dir(), as in 3.6.
	for _, name := range []string{"__doc__"} {
		name := name
		if _, ok := py.BoundMethodType.Dict[name]; ok {
			continue
		}
		py.BoundMethodType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			bm, ok := self.(*py.BoundMethod)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'method' objects doesn't apply to a '%s' object", name, typeName(self))
			}
			return GetAttr(bm.Method, name)
		}}
	}
}

// intFromMethod is int(x) for an instance of a Python class: its __int__,
// else its __trunc__ (CPython 3.6's order); ok is false for other
// objects, which gpython converts.
func intFromMethod(x py.Object) (py.Object, bool, error) {
	cls, ok := pythonClassOf(x)
	if !ok {
		return nil, false, nil
	}
	for _, name := range []string{"__int__", "__trunc__"} {
		m := userMethod(cls, name)
		if m == nil {
			continue
		}
		r, err := callMethod(x, m)
		if err != nil {
			return nil, true, err
		}
		r, err = intResult(name, r) // int_result.go
		return r, true, err
	}
	if v, ok := pyutil.BuiltinValue(x); ok {
		switch v.(type) {
		case py.Int, *py.BigInt:
			return v, true, nil // an int subclass's own value (its __index__ aside)
		}
	}
	return nil, false, nil
}

func tupleSelf(self py.Object, args py.Tuple, name string) (py.Tuple, py.Tuple, error) {
	if t, ok := self.(py.Tuple); ok {
		return t, args, nil
	}
	if self != nil && self.Type().IsSubtype(py.TupleType) {
		t, err := toTuple(self)
		return t, args, err
	}
	if len(args) > 0 {
		if t, ok := args[0].(py.Tuple); ok {
			return t, args[1:], nil
		}
		// A tuple subtype implemented in Go (time.struct_time) through
		// the class: tuple.count(t, x).
		if args[0].Type().IsSubtype(py.TupleType) {
			t, err := toTuple(args[0])
			return t, args[1:], err
		}
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'tuple' object", name)
}

func tupleIndex(self py.Object, args py.Tuple) (py.Object, error) {
	t, args, err := tupleSelf(self, args, "index")
	if err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "index expected at least 1 arguments, got %d", len(args))
	}
	start, stop := 0, len(t)
	if len(args) > 1 {
		if start, err = searchBound(args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = searchBound(args[2]); err != nil {
			return nil, err
		}
	}
	if start < 0 {
		start = max(start+len(t), 0)
	}
	if stop < 0 {
		stop = max(stop+len(t), 0)
	}
	for i := start; i < stop && i < len(t); i++ {
		eq, err := equal(t[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	return nil, py.ExceptionNewf(py.ValueError, "tuple.index(x): x not in tuple")
}

func tupleCount(self py.Object, args py.Tuple) (py.Object, error) {
	t, args, err := tupleSelf(self, args, "count")
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "count() takes exactly one argument (%d given)", len(args))
	}
	n := 0
	for _, v := range t {
		eq, err := equal(v, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return py.Int(n), nil
}

// intArgError rewords gpython's TypeErrors for int(x) of an unconvertible
// x as CPython 3.6 words them; other errors pass unchanged.
func intArgError(err error, x py.Object) error {
	e, ok := err.(*py.Exception)
	if !ok || e.Base != py.TypeError {
		return err
	}
	a, _ := e.Args.(py.Tuple)
	if len(a) != 1 {
		return err
	}
	msg, _ := a[0].(py.String)
	switch {
	case strings.HasPrefix(string(msg), "unsupported operand type(s) for int:"):
		return py.ExceptionNewf(py.TypeError, "int() argument must be a string, a bytes-like object or a number, not '%s'", typeName(x))
	case msg == "cant convert complex to int":
		return py.ExceptionNewf(py.TypeError, "can't convert complex to int")
	}
	return err
}
