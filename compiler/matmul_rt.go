package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The builtin __pep465__ runs the matrix multiplication operators that
// matmul.go rewrites. Its first argument says what:
//
//	'@'   (a, b): a @ b
//	'@='  (a, b): a @= b, the value to bind to the target
//	'.'   (obj, name): reads obj.name for an augmented assignment, returned
//	      as a pending store
//	'[]'  (obj, key): the same for obj[key]
//	'='   (pending store, value): applies @= to the read value and value,
//	      and stores the result back; returns None
//	':'   (start, stop, step): the slice object of a subscript
//
// Errors are CPython 3.6's ("unsupported operand type(s) for @: 'int' and
// 'int'").

// pendingStore is the target of an augmented assignment, read but not yet
// written.
type pendingStore struct {
	obj   py.Object
	attr  string    // the attribute's name, or "" for a subscript
	key   py.Object // the subscript's key
	value py.Object // the value read
}

var pendingStoreType = py.NewType("pep465_store", "a target being assigned by "+matmulHelper)

func (*pendingStore) Type() *py.Type { return pendingStoreType }

// installMatmulHelper adds __pep465__ to gpython's builtins module.
func installMatmulHelper() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("compiler: gpython's builtins module is not registered")
	}
	impl.Methods = append(impl.Methods, py.MustNewMethod(matmulHelper, matmulBuiltin, 0,
		"__pep465__(kind, *operands): the @ and @= operators, called by rewritten source."))
}

func matmulBuiltin(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 && !(len(args) == 4 && args[0] == py.String(":")) {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes a kind and two operands", matmulHelper)
	}
	kind, _ := args[0].(py.String)
	switch kind {
	case "@":
		return Matmul(args[1], args[2])
	case "@=":
		return InplaceMatmul(args[1], args[2])
	case ".":
		name, ok := args[2].(py.String)
		if !ok {
			break
		}
		v, err := vm.GetAttr(args[1], string(name))
		if err != nil {
			return nil, err
		}
		return &pendingStore{obj: args[1], attr: string(name), value: v}, nil
	case "[]":
		v, err := vm.GetItem(args[1], args[2])
		if err != nil {
			return nil, err
		}
		return &pendingStore{obj: args[1], key: args[2], value: v}, nil
	case "=":
		ps, ok := args[1].(*pendingStore)
		if !ok {
			break
		}
		v, err := InplaceMatmul(ps.value, args[2])
		if err != nil {
			return nil, err
		}
		if ps.attr != "" {
			err = vm.SetAttr(ps.obj, ps.attr, v)
		} else {
			err = vm.SetItem(ps.obj, ps.key, v)
		}
		if err != nil {
			return nil, err
		}
		return py.None, nil
	case ":":
		return &py.Slice{Start: args[1], Stop: args[2], Step: args[3]}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s(): bad arguments", matmulHelper)
}

// Matmul is a @ b: a.__matmul__(b), then b.__rmatmul__(a), the reflected
// method first when b's type is a proper subclass of a's that overrides
// it. A method returning NotImplemented passes; when both do (or neither
// exists) the result is CPython's TypeError.
func Matmul(a, b py.Object) (py.Object, error) {
	r, err := binaryMatmul(a, b)
	if err == nil && r == py.NotImplemented {
		return nil, matmulUnsupported("@", a, b)
	}
	return r, err
}

// InplaceMatmul is the value a @= b binds: a.__imatmul__(b), or a @ b
// when a has no __imatmul__ or it returns NotImplemented.
func InplaceMatmul(a, b py.Object) (py.Object, error) {
	r, err := callSpecial(a, "__imatmul__", b)
	if err != nil || r != py.NotImplemented {
		return r, err
	}
	r, err = binaryMatmul(a, b)
	if err == nil && r == py.NotImplemented {
		return nil, matmulUnsupported("@=", a, b)
	}
	return r, err
}

// binaryMatmul is the binary protocol of @, NotImplemented when neither
// operand takes it.
func binaryMatmul(a, b py.Object) (py.Object, error) {
	ta, tb := specialType(a), specialType(b)
	if ta == tb {
		return callSpecial(a, "__matmul__", b)
	}
	first := ta != nil && tb != nil && tb.IsSubtype(ta) &&
		tb.Lookup("__rmatmul__") != nil && tb.Lookup("__rmatmul__") != ta.Lookup("__rmatmul__")
	if first {
		r, err := callSpecial(b, "__rmatmul__", a)
		if err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	r, err := callSpecial(a, "__matmul__", b)
	if err != nil || r != py.NotImplemented || first {
		return r, err
	}
	return callSpecial(b, "__rmatmul__", a)
}

// specialType is the type whose special methods apply to o: its class for
// an instance, its metaclass for a class made by a class statement with
// one, nil for the built-in objects (none of which has @).
func specialType(o py.Object) *py.Type {
	if t, ok := o.(*py.Type); ok && !pyutil.IsInstanceObject(t) {
		if meta := t.Type(); meta != nil && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			return meta
		}
		return nil
	}
	t := o.Type()
	if t == nil || t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil
	}
	return t
}

// callSpecial calls the special method name of self's type with other,
// or returns NotImplemented when the type has none.
func callSpecial(self py.Object, name string, other py.Object) (py.Object, error) {
	t := specialType(self)
	if t == nil {
		return py.NotImplemented, nil
	}
	m := t.Lookup(name)
	if m == nil {
		return py.NotImplemented, nil
	}
	return vm.Call(m, py.Tuple{self, other}, nil)
}

// matmulUnsupported is CPython's TypeError for operands that do not take
// the operator sym.
func matmulUnsupported(sym string, a, b py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, cTypeName(a.Type()), cTypeName(b.Type()))
}

// cTypeName is a type's name as CPython's messages print it (vm.TypeName).
func cTypeName(t *py.Type) string {
	return vm.TypeName(t)
}
