// Package pyoperator is CPython 3.6's _operator module in Go: the
// operators of the language as built-in functions (add, lt, getitem, ...,
// iadd, ...) and the callable types itemgetter, attrgetter and
// methodcaller. Every function computes through the loop's own operations
// (vm.Binary, vm.Compare, vm.GetItem, ...), so that it gives exactly what
// the expression it names would; being built-in functions, they do not
// bind as methods when stored in a class. Lib/modules/operator.py imports
// everything from here over its Python definitions, as CPython's does.
package pyoperator

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/compiler"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = `The operators of the language as functions.

add(x, y) computes x + y, getitem(x, k) computes x[k], and so on: one
built-in function per operator, also reachable in operator under the
special method's name (operator.__add__).  itemgetter, attrgetter and
methodcaller build callables fetching items, attributes or method
results, the usual sort keys.`

// unary is a function of one operand (METH_O in CPython: its argument
// errors name it with "()").
func unary(name, doc string, f func(py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if len(kwargs) > 0 {
			return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
		}
		return f(args[0])
	}, 0, doc)
}

// fixed is a function of n operands, whose count errors CPython words
// "op_<name> expected n arguments, got m".
func fixed(name, doc string, n int, f func(py.Tuple) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if len(kwargs) > 0 {
			return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
		}
		if len(args) != n {
			return nil, pyutil.TypeErrorf("op_%s expected %d arguments, got %d", name, n, len(args))
		}
		return f(args)
	}, 0, doc)
}

func binary(name, doc string, f func(a, b py.Object) (py.Object, error)) *py.Method {
	return fixed(name, doc, 2, func(args py.Tuple) (py.Object, error) { return f(args[0], args[1]) })
}

// operatorDoc is the docstring of a function standing for an operator.
func operatorDoc(name, params, expr string) string {
	return name + "(" + params + ") -> " + expr
}

// arithmetic lists the functions of the binary operators, by name and
// symbol; each also has an in-place form "i"+name with symbol+"=".
var arithmetic = []struct{ name, sym string }{
	{"add", "+"}, {"and_", "&"}, {"floordiv", "//"}, {"lshift", "<<"},
	{"mod", "%"}, {"mul", "*"}, {"or_", "|"}, {"pow", "**"},
	{"rshift", ">>"}, {"sub", "-"}, {"truediv", "/"}, {"xor", "^"},
}

var comparisons = []struct{ name, sym string }{
	{"lt", "<"}, {"le", "<="}, {"eq", "=="}, {"ne", "!="}, {"ge", ">="}, {"gt", ">"},
}

func methods() []*py.Method {
	var ms []*py.Method
	for _, op := range arithmetic {
		sym := op.sym
		ms = append(ms, binary(op.name, operatorDoc(op.name, "a, b", "a "+sym+" b"), func(a, b py.Object) (py.Object, error) {
			return vm.Binary(sym, a, b)
		}))
		iname := "i" + strings.TrimSuffix(op.name, "_")
		ms = append(ms, binary(iname, operatorDoc(iname, "a, b", "a "+sym+"= b, then a"), func(a, b py.Object) (py.Object, error) {
			return vm.Binary(sym+"=", a, b)
		}))
	}
	for _, op := range comparisons {
		sym := op.sym
		ms = append(ms, binary(op.name, operatorDoc(op.name, "a, b", "a "+sym+" b"), func(a, b py.Object) (py.Object, error) {
			return vm.Compare(a, b, sym)
		}))
	}
	for _, op := range []struct{ name, sym string }{{"neg", "-"}, {"pos", "+"}, {"inv", "~"}, {"invert", "~"}} {
		sym := op.sym
		ms = append(ms, unary(op.name, operatorDoc(op.name, "a", sym+"a"), func(a py.Object) (py.Object, error) {
			return vm.Unary(sym, a)
		}))
	}
	ms = append(ms,
		unary("not_", operatorDoc("not_", "a", "not a"), func(a py.Object) (py.Object, error) {
			t, err := vm.Truth(a)
			return boolResult(!t, err)
		}),
		unary("truth", "truth(a) -> bool(a): whether a counts as true", func(a py.Object) (py.Object, error) {
			t, err := vm.Truth(a)
			return boolResult(t, err)
		}),
		binary("is_", operatorDoc("is_", "a, b", "a is b"), func(a, b py.Object) (py.Object, error) {
			return py.NewBool(vm.Identical(a, b)), nil
		}),
		binary("is_not", operatorDoc("is_not", "a, b", "a is not b"), func(a, b py.Object) (py.Object, error) {
			return py.NewBool(!vm.Identical(a, b)), nil
		}),
		unary("abs", operatorDoc("abs", "a", "abs(a)"), absolute),
		unary("index", "index(a) -> a.__index__(), a itself for an int", index),
		binary("matmul", operatorDoc("matmul", "a, b", "a @ b"), compiler.Matmul),
		binary("imatmul", operatorDoc("imatmul", "a, b", "a @= b, then a"), compiler.InplaceMatmul),
		binary("concat", operatorDoc("concat", "a, b", "a + b (both sequences)"), func(a, b py.Object) (py.Object, error) {
			return concat(a, b, "+")
		}),
		binary("iconcat", operatorDoc("iconcat", "a, b", "a += b, then a (both sequences)"), func(a, b py.Object) (py.Object, error) {
			return concat(a, b, "+=")
		}),
		binary("contains", operatorDoc("contains", "a, b", "b in a (the container comes first)"), func(a, b py.Object) (py.Object, error) {
			in, err := vm.Contains(a, b)
			return boolResult(in, err)
		}),
		binary("countOf", "countOf(a, b) -> how many items of a are b or equal b", countOf),
		binary("indexOf", "indexOf(a, b) -> where in a the first item that is b or equals b stands", indexOf),
		binary("getitem", operatorDoc("getitem", "a, b", "a[b]"), vm.GetItem),
		fixed("setitem", operatorDoc("setitem", "a, b, c", "a[b] = c"), 3, func(args py.Tuple) (py.Object, error) {
			return py.None, vm.SetItem(args[0], args[1], args[2])
		}),
		binary("delitem", operatorDoc("delitem", "a, b", "del a[b]"), func(a, b py.Object) (py.Object, error) {
			return py.None, vm.DelItem(a, b)
		}),
		py.MustNewMethod("length_hint", lengthHint, 0, lengthHintDoc),
		py.MustNewMethod("_compare_digest", compareDigest, 0, compareDigestDoc),
	)
	return ms
}

func boolResult(b bool, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return py.NewBool(b), nil
}

// absolute is abs(a), through the builtin the loop installs.
func absolute(a py.Object) (py.Object, error) {
	abs, err := builtin("abs")
	if err != nil {
		return nil, err
	}
	return vm.Call(abs, py.Tuple{a}, nil)
}

// builtin is the builtins module's name of the running context.
func builtin(name string) (py.Object, error) {
	m, err := vm.CurrentContext().GetModule("builtins")
	if err != nil {
		return nil, err
	}
	return m.Globals[name], nil
}

// index is a.__index__(): an int (of a subclass too) is itself, and so
// is what __index__ returns, an int of any kind.
func index(a py.Object) (py.Object, error) {
	if isInt(a) {
		return a, nil
	}
	hook, err := vm.GetAttr(a, "__index__")
	if err != nil {
		if !py.IsException(py.AttributeError, err) {
			return nil, err
		}
		if x, ok := a.(py.I__index__); ok {
			n, err := x.M__index__()
			return n, err
		}
		return nil, pyarg.ErrNotInteger(a)
	}
	r, err := vm.Call(hook, nil, nil)
	if err != nil {
		return nil, err
	}
	if !isInt(r) {
		return nil, pyutil.TypeErrorf("__index__ returned non-int (type %s)", pyarg.TypeName(r))
	}
	return r, nil
}

// isInt reports whether o is an int, a bool or an instance of a subclass.
func isInt(o py.Object) bool {
	switch pyutil.Unwrap(o).(type) {
	case py.Int, *py.BigInt, py.Bool:
		return true
	}
	return false
}

// concat is a + b (a += b for sym "+=") for sequences. A built-in
// sequence concatenates by its own rules (and errors); other objects must
// both index, and a + b then must not come out unsupported: either way the
// error is that a "can't be concatenated", even when it defines __add__.
func concat(a, b py.Object, sym string) (py.Object, error) {
	if concatenates(a) {
		return vm.Binary(sym, a, b)
	}
	if isSequence(a) && isSequence(b) {
		r, err := vm.Binary(sym, a, b)
		if err == nil || !unsupported(err) {
			return r, err
		}
	}
	return nil, pyutil.TypeErrorf("'%s' object can't be concatenated", pyarg.TypeName(a))
}

// concatenates reports whether o is (or derives from) a built-in type
// with a concatenation of its own.
func concatenates(o py.Object) bool {
	switch v := pyutil.Unwrap(o).(type) {
	case py.String, py.Bytes, py.Tuple, *py.List:
		return true
	default:
		switch v.Type().Name {
		case "bytearray", "array.array", "collections.deque":
			return true
		}
	}
	return false
}

// unsupported reports whether err is the TypeError of an operator no
// operand implements.
func unsupported(err error) bool {
	e, ok := err.(*py.Exception)
	if !ok || !py.IsException(py.TypeError, err) {
		return false
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) == 0 {
		return false
	}
	msg, ok := args[0].(py.String)
	return ok && strings.HasPrefix(string(msg), "unsupported operand type(s)")
}

// isSequence reports whether o's type indexes (a mapping's does not count).
func isSequence(o py.Object) bool {
	v := pyutil.Unwrap(o)
	switch v.(type) {
	case py.String, py.Bytes, py.Tuple, *py.List:
		return true
	case py.StringDict, *vm.Dict:
		return false
	}
	if v != o {
		if t, ok := o.(*py.Type); ok && t.Lookup("__getitem__") != nil {
			return true
		}
	}
	if _, ok := v.(py.I__getitem__); ok {
		return true
	}
	_, err := vm.GetAttr(o, "__getitem__")
	return err == nil
}

// eachEqual calls f with the position of every item of seq that is x or
// equals it, until f says stop.
func eachEqual(seq, x py.Object, f func(i int) bool) error {
	it, err := vm.Iter(seq)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return pyutil.TypeErrorf("argument of type '%s' is not iterable", pyarg.TypeName(seq))
		}
		return err
	}
	for i := 0; ; i++ {
		v, ok, err := vm.Next(it)
		if err != nil || !ok {
			return err
		}
		same := vm.Identical(v, x)
		if !same {
			r, err := vm.Compare(v, x, "==")
			if err != nil {
				return err
			}
			if same, err = vm.Truth(r); err != nil {
				return err
			}
		}
		if same && !f(i) {
			return nil
		}
	}
}

func countOf(a, b py.Object) (py.Object, error) {
	n := 0
	err := eachEqual(a, b, func(int) bool { n++; return true })
	return py.Int(n), err
}

func indexOf(a, b py.Object) (py.Object, error) {
	at := -1
	if err := eachEqual(a, b, func(i int) bool { at = i; return false }); err != nil {
		return nil, err
	}
	if at < 0 {
		return nil, pyutil.ValueErrorf("sequence.index(x): x not in sequence")
	}
	return py.Int(at), nil
}

const lengthHintDoc = `length_hint(obj, default=0) -> int

How many items obj holds (len(obj)) or, when it has no length, how many
it expects to yield (obj.__length_hint__()), else default: a size to
reserve before filling a container from obj, exact only in the first
case.`

func lengthHint(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("length_hint() takes no keyword arguments")
	}
	switch {
	case len(args) == 0:
		return nil, pyutil.TypeErrorf("length_hint() takes at least 1 argument (0 given)")
	case len(args) > 2:
		return nil, pyutil.TypeErrorf("length_hint() takes at most 2 arguments (%d given)", len(args))
	}
	fallback := 0
	if len(args) == 2 {
		if fallback, err = pyarg.SsizeT(args[1]); err != nil {
			return nil, err
		}
	}
	obj := args[0]
	if n, err := pyLen(obj); err == nil || !py.IsException(py.TypeError, err) {
		return n, err
	}
	hook, err := vm.GetAttr(obj, "__length_hint__")
	if err != nil {
		return py.Int(fallback), nil
	}
	hint, err := vm.Call(hook, nil, nil)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return py.Int(fallback), nil
		}
		return nil, err
	}
	if hint == py.NotImplemented {
		return py.Int(fallback), nil
	}
	if !pyarg.IsInteger(hint) {
		return nil, pyutil.TypeErrorf("__length_hint__ must be an integer, not %s", pyarg.TypeName(hint))
	}
	size, err := pyarg.SsizeT(hint)
	if err != nil {
		return nil, err
	}
	if size < 0 {
		return nil, pyutil.ValueErrorf("__length_hint__() should return >= 0")
	}
	return py.Int(size), nil
}

// pyLen is len(o) through the builtin.
func pyLen(o py.Object) (py.Object, error) {
	f, err := builtin("len")
	if err != nil {
		return nil, err
	}
	return vm.Call(f, py.Tuple{o}, nil)
}

const compareDigestDoc = `_compare_digest(a, b) -> bool

Whether a and b are equal, taking a time that does not depend on where
they differ (for comparing secrets such as MACs).  Both are str of
ASCII characters, or both bytes-like.`

// compareDigest is hmac.compare_digest (modules/hashlib), which is this
// function in CPython.
func compareDigest(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	f, err := moduleAttr("hmac", "compare_digest")
	if err != nil {
		return nil, err
	}
	return vm.Call(f, args, kwargs)
}

func init() {
	initGetters()
	globals := py.StringDict{}
	for _, t := range []*py.Type{ItemgetterType, AttrgetterType, MethodcallerType} {
		globals[strings.TrimPrefix(t.Name, "operator.")] = t
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_operator", Doc: moduleDoc},
		Methods: methods(),
		Globals: globals,
	})
}
