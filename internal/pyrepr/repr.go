package pyrepr

import (
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// MaxDepth bounds the nesting Repr follows, as CPython's recursion limit
// does: deeper structures raise RecursionError's text as a RuntimeError
// (gpython has no RecursionError) instead of exhausting the Go stack.
const MaxDepth = 1000

// Repr is repr(o) with CPython's text for the built-in types (see the
// package doc); other objects give their own __repr__.
func Repr(o py.Object) (s string, err error) {
	defer pyutil.Recover(&err)
	var b strings.Builder
	r := reprer{active: map[uintptr]bool{}}
	if err := r.repr(&b, o, 0); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Str is str(o): the text itself for a str, CPython's BaseException
// __str__ for exceptions, the repr for the other built-in types whose str
// is their repr, and the object's own __str__ otherwise.
func Str(o py.Object) (s string, err error) {
	defer pyutil.Recover(&err)
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case *py.Exception:
		return exceptionStr(v)
	}
	if isBuiltin(o) {
		return Repr(o)
	}
	res, err := py.Str(o)
	if err != nil {
		return "", err
	}
	str, ok := res.(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("__str__ returned non-string (type %s)", pyutil.TypeName(res))
	}
	return string(str), nil
}

// isBuiltin reports whether o's text is produced by this package.
func isBuiltin(o py.Object) bool {
	switch o.(type) {
	case py.String, py.Bytes, py.Float, py.Complex, py.Bool, py.NoneType, py.Int, *py.BigInt,
		py.StringDict, *py.List, py.Tuple, *py.Set, *py.FrozenSet:
		return true
	case *py.Method:
		return o.(*py.Method).Module != nil
	}
	return IsByteArray(o)
}

// exceptionStr is CPython's BaseException.__str__: "" without arguments,
// str(arg) for one, repr(args) for several; KeyError shows its one
// argument's repr.
func exceptionStr(e *py.Exception) (string, error) {
	args, ok := e.Args.(py.Tuple)
	if !ok {
		return Str(e.Args)
	}
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if e.Base != nil && e.Base.IsSubtype(py.KeyError) {
			return Repr(args[0])
		}
		return Str(args[0])
	}
	if e.Base != nil && e.Base.IsSubtype(py.OSError) && len(args) <= 5 {
		return osErrorStr(args)
	}
	return Repr(args)
}

// osErrorStr is CPython's OSError.__str__ for 2 to 5 arguments (errno,
// strerror[, filename[, winerror[, filename2]]]): "[Errno 2] text",
// then ": 'filename'" and " -> 'filename2'" when given.
func osErrorStr(args py.Tuple) (string, error) {
	errno, err := Str(args[0])
	if err != nil {
		return "", err
	}
	text, err := Str(args[1])
	if err != nil {
		return "", err
	}
	s := "[Errno " + errno + "] " + text
	if len(args) >= 3 && args[2] != py.None {
		f, err := Repr(args[2])
		if err != nil {
			return "", err
		}
		s += ": " + f
		if len(args) == 5 && args[4] != py.None {
			f2, err := Repr(args[4])
			if err != nil {
				return "", err
			}
			s += " -> " + f2
		}
	}
	return s, nil
}

// reprer carries the containers being rendered, to print a container met
// inside itself as CPython does ("[...]").
type reprer struct {
	active map[uintptr]bool
}

// enter marks a container as being rendered; false if it already is.
func (r *reprer) enter(o py.Object) (uintptr, bool) {
	id := reflect.ValueOf(o).Pointer()
	if r.active[id] {
		return id, false
	}
	r.active[id] = true
	return id, true
}

func (r *reprer) repr(b *strings.Builder, o py.Object, depth int) error {
	if depth > MaxDepth {
		return py.ExceptionNewf(py.RuntimeError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	switch v := o.(type) {
	case py.String:
		b.WriteString(StrRepr(string(v)))
	case py.Bytes:
		b.WriteString(BytesRepr(v))
	case py.Float:
		b.WriteString(FloatRepr(float64(v)))
	case py.Complex:
		b.WriteString(ComplexRepr(complex128(v)))
	case py.Bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case py.NoneType:
		b.WriteString("None")
	case py.Int:
		b.WriteString(strconv.FormatInt(int64(v), 10))
	case *py.BigInt:
		b.WriteString((*big.Int)(v).String())
	case py.Tuple:
		if len(v) == 1 {
			return r.seq(b, v, "(", ",)", depth)
		}
		return r.seq(b, v, "(", ")", depth)
	case *py.List:
		id, ok := r.enter(v)
		if !ok {
			b.WriteString("[...]")
			return nil
		}
		defer delete(r.active, id)
		return r.seq(b, v.Items, "[", "]", depth)
	case py.StringDict:
		return r.dict(b, v, depth)
	case *py.Set:
		return r.set(b, v, "{", "}", "set()", depth)
	case *py.FrozenSet:
		return r.set(b, v, "frozenset({", "})", "frozenset()", depth)
	case *py.Exception:
		return r.exception(b, v, depth)
	case *py.Method:
		if v.Module != nil {
			b.WriteString("<built-in function " + v.Name + ">")
			return nil
		}
		return own(b, o)
	case pyutil.ReadableBuffer:
		if IsByteArray(o) {
			b.WriteString(ByteArrayRepr(v.BufferBytes()))
			return nil
		}
		return own(b, o)
	default:
		return own(b, o)
	}
	return nil
}

// own writes the object's own __repr__.
func own(b *strings.Builder, o py.Object) error {
	res, err := py.Repr(o)
	if err != nil {
		return err
	}
	s, ok := res.(py.String)
	if !ok {
		return pyutil.TypeErrorf("__repr__ returned non-string (type %s)", pyutil.TypeName(res))
	}
	b.WriteString(string(s))
	return nil
}

func (r *reprer) seq(b *strings.Builder, items []py.Object, open, end string, depth int) error {
	if len(items) == 0 {
		b.WriteString(open + strings.TrimPrefix(end, ","))
		return nil
	}
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := r.repr(b, it, depth+1); err != nil {
			return err
		}
	}
	b.WriteString(end)
	return nil
}

// dict renders a dict with its keys sorted: gpython's dict is a Go map
// and keeps no insertion order, so sorted is the one stable order, and
// CPython's whenever the keys were inserted in order.
func (r *reprer) dict(b *strings.Builder, d py.StringDict, depth int) error {
	if len(d) == 0 {
		b.WriteString("{}")
		return nil
	}
	id, ok := r.enter(d)
	if !ok {
		b.WriteString("{...}")
		return nil
	}
	defer delete(r.active, id)
	b.WriteByte('{')
	for i, k := range SortedKeys(d) {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(StrRepr(k))
		b.WriteString(": ")
		if err := r.repr(b, d[k], depth+1); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

func (r *reprer) set(b *strings.Builder, s py.Object, open, end, empty string, depth int) error {
	items, err := SetItems(s)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		b.WriteString(empty)
		return nil
	}
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := r.repr(b, it, depth+1); err != nil {
			return err
		}
	}
	b.WriteString(end)
	return nil
}

// exception is CPython's BaseException.__repr__: the type's name without
// its module, then the arguments ("ValueError('x')", "OSError(2, 'y')").
func (r *reprer) exception(b *strings.Builder, e *py.Exception, depth int) error {
	args, ok := e.Args.(py.Tuple)
	if !ok || e.Base == nil {
		return own(b, e)
	}
	name := e.Base.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	b.WriteString(name)
	if len(args) == 1 {
		b.WriteByte('(')
		if err := r.repr(b, args[0], depth+1); err != nil {
			return err
		}
		b.WriteByte(')')
		return nil
	}
	return r.seq(b, args, "(", ")", depth)
}

// SortedKeys returns the keys of d in Python's str ordering (code points,
// which is UTF-8 byte order).
func SortedKeys(d py.StringDict) []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// IsByteArray recognises the project's bytearray type (modules/host) by
// its Python name, so that this package does not depend on host.
func IsByteArray(o py.Object) bool {
	if _, ok := o.(pyutil.ReadableBuffer); !ok {
		return false
	}
	return o.Type().Name == "bytearray"
}
