package pyrepr

import (
	"fmt"
	"hash/fnv"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// MaxDepth bounds the nesting Repr follows, as CPython's recursion limit
// does: deeper structures raise RecursionErrorType instead of exhausting
// the Go stack.
const MaxDepth = 1000

// RecursionErrorType is the class of that error: gpython has no
// RecursionError, so the loop that defines one installs it here.
var RecursionErrorType = py.RuntimeError

// Repr is repr(o) with CPython's text for the built-in types (see the
// package doc); other objects give their own __repr__.
func Repr(o py.Object) (s string, err error) {
	// The scalars' texts need no builder, no cycle set and no recovery.
	switch v := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(v), 10), nil
	case py.String:
		return StrRepr(string(v)), nil
	case py.NoneType:
		return "None", nil
	}
	defer pyutil.Recover(&err)
	var b strings.Builder
	var r reprer
	defer r.joinActive()()
	if err := r.repr(&b, o, 0); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Str is str(o): the text itself for a str, the __str__ a Python class
// defines (an exception's too), CPython's BaseException.__str__ and its
// KeyError and OSError forms for the other exceptions, the repr for the
// other built-in types and for classes and instances with no __str__ of
// their own (object.__str__ is repr), and the object's own __str__
// otherwise.
func Str(o py.Object) (s string, err error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), nil
	}
	defer pyutil.Recover(&err)
	if o == py.NotImplemented {
		return "NotImplemented", nil
	}
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case *py.Exception:
		if f := pythonMethod(v.Base, "__str__"); f != nil {
			return callText(f, v, "__str__")
		}
		return exceptionStr(v)
	case *py.Type:
		if val, ok := pyutil.BuiltinValue(v); ok && pythonMethod(v.ObjectType, "__str__") == nil {
			// A class derived from a built-in type: str, bytes and the
			// numbers have a str of their own, which shows the value;
			// the containers' is object's, which is repr (the class's
			// __repr__ if it has one).
			switch val.(type) {
			case py.String, py.Bytes, py.Int, *py.BigInt, py.Float, py.Complex:
				return Str(val)
			}
			if _, ok := val.(ownStr); ok {
				return Str(val) // bytearray's str, whatever the class's repr
			}
			if _, ok := val.(OwnStr); ok {
				return Str(val)
			}
			return Repr(v)
		}
		if s, ok, err := typeStr(v); ok {
			return s, err
		}
	}
	if BytesWarning != nil {
		if _, ok := o.(py.Bytes); ok {
			if err := BytesWarning("str() on a bytes instance"); err != nil {
				return "", err
			}
		} else if IsByteArray(o) {
			if err := BytesWarning("str() on a bytearray instance"); err != nil {
				return "", err
			}
		}
	}
	if isBuiltin(o) {
		return Repr(o)
	}
	if _, ok := o.(py.I__str__); !ok {
		if res, found, err := py.TypeCall0(o, "__str__"); found {
			if err != nil {
				return "", err
			}
			return strResult(res)
		}
		return Repr(o) // object.__str__ is repr
	}
	res, err := py.Str(o)
	if err != nil {
		return "", err
	}
	return strResult(res)
}

// strResult checks what a __str__ returned: a str, or an instance of a
// str subclass (its text).
func strResult(res py.Object) (string, error) {
	str, ok := res.(py.String)
	if !ok {
		if v, isValue := pyutil.BuiltinValue(res); isValue {
			str, ok = v.(py.String)
		}
	}
	if !ok {
		return "", pyutil.TypeErrorf("__str__ returned non-string (type %s)", pyutil.TypeName(res))
	}
	return string(str), nil
}

// isBuiltin reports whether o's text is produced by this package.
func isBuiltin(o py.Object) bool {
	switch o.(type) {
	case py.String, py.Bytes, py.Float, py.Complex, py.Bool, py.NoneType, py.Int, *py.BigInt,
		py.StringDict, *py.List, py.Tuple, *py.Set, *py.FrozenSet,
		*py.Function, *py.BoundMethod, *py.Generator, *py.Module:
		return true
	case *py.Method:
		return o.(*py.Method).Module != nil
	}
	return IsByteArray(o)
}

// exceptionStr is CPython 3.6's BaseException.__str__: "" without
// arguments, str(arg) for one, repr(args) for several; KeyError shows its
// one argument's repr, OSError its fields (osErrorStr).
func exceptionStr(e *py.Exception) (string, error) {
	if e.Args != nil {
		if _, ok := e.Args.(py.Tuple); !ok {
			return Str(e.Args)
		}
	}
	args, _ := e.Args.(py.Tuple)
	if e.Base != nil && e.Base.IsSubtype(py.SyntaxError) {
		if _, ok := e.Dict["msg"]; ok {
			return pyutil.SyntaxErrorStr(e)
		}
	}
	if e.Base != nil && (len(args) == 5 && (e.Base.IsSubtype(py.UnicodeEncodeError) || e.Base.IsSubtype(py.UnicodeDecodeError)) ||
		len(args) == 4 && e.Base.IsSubtype(py.UnicodeTranslateError)) {
		if s, ok := unicodeErrorStr(e); ok {
			return s, nil
		}
	}
	if e.Base != nil && e.Base.IsSubtype(py.OSError) && len(args) != 1 {
		if s, ok, err := osErrorStr(e); ok {
			return s, err
		}
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
	return Repr(args)
}

// osErrorStr is CPython 3.6's OSError.__str__ from the fields errno,
// strerror, filename and filename2 (pyutil.OSErrorAttr): "[Errno 2]
// text", then ": 'filename'" and " -> 'filename2'" when set (unset
// fields print as None); false when neither a filename nor both errno
// and strerror are set, for BaseException's rule. An OSError with one
// argument keeps that rule: so does CPython when its fields are unset,
// and Go code (pyutil.NewOSError, ssl) gives its errors their whole
// message as the one argument.
func osErrorStr(e *py.Exception) (string, bool, error) {
	field := func(name string, str func(py.Object) (string, error)) (string, bool, error) {
		v, ok := pyutil.OSErrorAttr(e, name)
		if !ok {
			return "None", false, nil
		}
		s, err := str(v)
		return s, true, err
	}
	errno, hasErrno, err := field("errno", Str)
	if err != nil {
		return "", true, err
	}
	text, hasText, err := field("strerror", Str)
	if err != nil {
		return "", true, err
	}
	file, hasFile, err := field("filename", Repr)
	if err != nil {
		return "", true, err
	}
	switch {
	case hasFile:
		s := "[Errno " + errno + "] " + text + ": " + file
		file2, hasFile2, err := field("filename2", Repr)
		if hasFile2 {
			s += " -> " + file2
		}
		return s, true, err
	case hasErrno && hasText:
		return "[Errno " + errno + "] " + text, true, nil
	}
	return "", false, nil
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
	if r.active == nil {
		// Made on the first container: most reprs meet none.
		r.active = map[uintptr]bool{}
	}
	r.active[id] = true
	return id, true
}

func (r *reprer) repr(b *strings.Builder, o py.Object, depth int) error {
	if depth > MaxDepth {
		return py.ExceptionNewf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
	}
	if o == py.NotImplemented {
		// gpython's NotImplemented is an exception instance.
		b.WriteString("NotImplemented")
		return nil
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
	case OrderedDict:
		return r.orderedDict(b, v, depth)
	case View:
		id, ok := r.enter(v)
		if !ok {
			b.WriteString("...")
			return nil
		}
		defer delete(r.active, id)
		name, items := v.ViewItems()
		b.WriteString(name)
		if err := r.seq(b, items, "([", "])", depth); err != nil {
			return err
		}
	case SetLike:
		items, frozen := v.SetMembers()
		if frozen {
			return r.members(b, v, items, "frozenset({", "})", "frozenset()", depth)
		}
		return r.members(b, v, items, "{", "}", "set()", depth)
	case *py.Exception:
		return r.exception(b, v, depth)
	case *py.Type:
		if val, ok := pyutil.BuiltinValue(v); ok && pythonMethod(v.ObjectType, "__repr__") == nil {
			// A class derived from a built-in type shows its value; a
			// set's with the class's name, as CPython's set repr does.
			if s, ok := val.(SetLike); ok {
				items, _ := s.SetMembers()
				name := qualifiedName(v.ObjectType)
				if i := strings.LastIndexByte(name, '.'); i >= 0 {
					name = name[i+1:]
				}
				return r.members(b, v, items, name+"({", "})", name+"()", depth)
			}
			if cr, ok := val.(ClassRepr); ok {
				s, err := cr.ReprForClass(qualifiedName(v.ObjectType))
				b.WriteString(s)
				return err
			}
			return r.repr(b, val, depth)
		}
		s, ok, err := typeRepr(v)
		if !ok {
			return own(b, o)
		}
		b.WriteString(s)
		return err
	case *py.Method:
		if v.Module != nil {
			b.WriteString("<built-in function " + v.Name + ">")
			return nil
		}
		if owner := methodOwner(v); owner != nil {
			fmt.Fprintf(b, "<method '%s' of '%s' objects>", v.Name, owner.Name)
			return nil
		}
		return own(b, o)
	case *py.Function:
		fmt.Fprintf(b, "<function %s at %p>", v.Qualname, v)
	case *py.BoundMethod:
		return r.boundMethod(b, v, depth)
	case *py.Generator:
		name := v.Code.Name
		if GeneratorQualname != nil {
			name = GeneratorQualname(v)
		}
		fmt.Fprintf(b, "<generator object %s at %p>", name, v)
	case *py.Code:
		fmt.Fprintf(b, "<code object %s at %p, file \"%s\", line %d>", v.Name, v, v.Filename, v.Firstlineno)
	case *py.Cell:
		// A closure cell names the type and address of what it holds
		// (reprlib and debuggers show it), or says it is empty.
		if content := v.Get(); content != nil {
			fmt.Fprintf(b, "<cell at %p: %s object at 0x%x>", v, pyutil.TypeName(content), addressOf(content))
		} else {
			fmt.Fprintf(b, "<cell at %p: empty>", v)
		}
	case *py.Module:
		moduleRepr(b, v)
	case *py.Slice:
		b.WriteString("slice")
		return r.seq(b, []py.Object{orNone(v.Start), orNone(v.Stop), orNone(v.Step)}, "(", ")", depth)
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

// orNone is o, or None for a nil part of a value.
func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// GeneratorQualname, when set (by the loop), is a generator's
// __qualname__, which its repr shows.
var GeneratorQualname func(g *py.Generator) string

// ModuleRepr, when set (by the import system), gives the repr of a
// module whose loader or spec decides it: ok is false for the others.
var ModuleRepr func(m *py.Module) (s string, ok bool)

// moduleRepr is CPython's module repr: "<module 'name' from 'file'>" for
// a module with a __file__, "<module 'name' (built-in)>" for the others
// compiled into the binary, "<module 'name'>" for one a script made
// (types.ModuleType).
func moduleRepr(b *strings.Builder, m *py.Module) {
	if ModuleRepr != nil {
		if s, ok := ModuleRepr(m); ok {
			b.WriteString(s)
			return
		}
	}
	name, ok := m.Globals["__name__"].(py.String)
	if !ok {
		name = "?"
	}
	if file, ok := m.Globals["__file__"].(py.String); ok {
		fmt.Fprintf(b, "<module %s from %s>", StrRepr(string(name)), StrRepr(string(file)))
		return
	}
	if impl := m.ModuleImpl; impl != nil && (impl.Code != nil || impl.CodeSrc != "" || len(impl.CodeBuf) > 0 || len(impl.Methods) > 0 || len(impl.Globals) > 0) {
		fmt.Fprintf(b, "<module %s (built-in)>", StrRepr(string(name)))
		return
	}
	fmt.Fprintf(b, "<module %s>", StrRepr(string(name)))
}

// boundMethod is a bound method's repr: "<bound method C.f of obj>" for a
// Python function, "<built-in method f of T object at 0x...>" for a Go
// one.
func (r *reprer) boundMethod(b *strings.Builder, m *py.BoundMethod, depth int) error {
	switch f := m.Method.(type) {
	case *py.Function:
		b.WriteString("<bound method " + f.Qualname + " of ")
		if err := r.repr(b, m.Self, depth+1); err != nil {
			return err
		}
		b.WriteString(">")
	case *py.Method:
		fmt.Fprintf(b, "<built-in method %s of %s object at 0x%x>", f.Name, pyutil.TypeName(m.Self), addressOf(m.Self))
	default:
		if MethodFuncName == nil {
			return own(b, m)
		}
		b.WriteString("<bound method " + MethodFuncName(f) + " of ")
		if err := r.repr(b, m.Self, depth+1); err != nil {
			return err
		}
		b.WriteString(">")
	}
	return nil
}

// MethodFuncName, set by the vm, names the callable of a bound method
// that is neither a Python function nor a Go one: its __qualname__, else
// its __name__, else "?".
var MethodFuncName func(f py.Object) string

// own writes the object's own __repr__ (a Go type's M__repr__, a Python
// class's, or a method in a Go type's dict), or object.__repr__'s text for
// a Go-implemented type without one: "<T object at 0x...>" (gpython's
// default says "instance").
func own(b *strings.Builder, o py.Object) error {
	var res py.Object
	var err error
	if _, ok := o.(py.I__repr__); ok {
		res, err = py.Repr(o)
	} else if r, found, e := py.TypeCall0(o, "__repr__"); found {
		res, err = r, e
	} else if m, ok := o.Type().Dict["__repr__"].(*py.Method); ok {
		// A Go type given its __repr__ in its dict (gpython's file).
		res, err = m.Call(o, nil)
	} else {
		fmt.Fprintf(b, "<%s object at 0x%x>", o.Type().Name, addressOf(o))
		return nil
	}
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

// dict renders a namespace dict with its keys sorted: it is a Go map and
// keeps no insertion order, so sorted is the one stable order, and
// CPython's whenever the keys were inserted in order.
func (r *reprer) dict(b *strings.Builder, d py.StringDict, depth int) error {
	return r.orderedDict(b, namespaceDict(d), depth)
}

// namespaceDict presents a namespace dict as an OrderedDict, keys in
// insertion order (internal/nsorder).
type namespaceDict py.StringDict

// NamespaceItems, set by the loop, lists a namespace's items when some of
// its keys are not str (the loop keeps those beside the map); ok is false
// when all are str.
var NamespaceItems func(d py.StringDict) (keys, values []py.Object, ok bool)

func (d namespaceDict) Type() *py.Type { return py.StringDictType }

func (d namespaceDict) DictItems() (keys, values []py.Object) {
	if NamespaceItems != nil {
		if keys, values, ok := NamespaceItems(py.StringDict(d)); ok {
			return keys, values
		}
	}
	for _, k := range nsorder.Keys(py.StringDict(d)) {
		keys = append(keys, py.String(k))
		values = append(values, d[k])
	}
	return keys, values
}

func (r *reprer) set(b *strings.Builder, s py.Object, open, end, empty string, depth int) error {
	items, err := SetItems(s)
	if err != nil {
		return err
	}
	return r.members(b, s, items, open, end, empty, depth)
}

// OrderedDict is a dict that knows its items' order (the loop's dict).
type OrderedDict interface {
	py.Object
	DictItems() (keys, values []py.Object)
}

// View is a dict's keys, values or items view: its repr is
// name([members]), or "..." inside itself.
type View interface {
	py.Object
	ViewItems() (name string, items []py.Object)
}

// SetLike is a set or frozenset that knows its members' order (the loop's
// sets, laid out as CPython's).
type SetLike interface {
	py.Object
	SetMembers() (items []py.Object, frozen bool)
}

// orderedDict renders a dict in its own order.
func (r *reprer) orderedDict(b *strings.Builder, d OrderedDict, depth int) error {
	keys, values := d.DictItems()
	if len(keys) == 0 {
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
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := r.repr(b, k, depth+1); err != nil {
			return err
		}
		b.WriteString(": ")
		if err := r.repr(b, values[i], depth+1); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return nil
}

// members renders a set's members between open and end.
func (r *reprer) members(b *strings.Builder, s py.Object, items []py.Object, open, end, empty string, depth int) error {
	if len(items) == 0 {
		b.WriteString(empty)
		return nil
	}
	id, ok := r.enter(s)
	if !ok {
		// 3.6 names the set's type: set(...), frozenset(...), S(...).
		name := strings.TrimSuffix(open, "({")
		if name == "{" {
			name = "set"
		}
		b.WriteString(name + "(...)")
		return nil
	}
	defer delete(r.active, id)
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

// exception is CPython 3.6's BaseException.__repr__: the class's name
// without its module, then the repr of args ("ValueError('x',)",
// "OSError(2, 'y')", "StopIteration()"); or the __repr__ a Python class
// defines.
func (r *reprer) exception(b *strings.Builder, e *py.Exception, depth int) error {
	if e.Base == nil {
		return own(b, e)
	}
	if f := pythonMethod(e.Base, "__repr__"); f != nil {
		s, err := callText(f, e, "__repr__")
		b.WriteString(s)
		return err
	}
	return r.exceptionBase(b, e, depth)
}

// ExceptionBaseText is BaseException's own __str__ (method "__str__") or
// __repr__ of e, whatever e's class defines: what super().__str__()
// reaches from an exception class's method.
func ExceptionBaseText(e *py.Exception, method string) (s string, err error) {
	if method == "__str__" {
		return exceptionStr(e)
	}
	defer pyutil.Recover(&err)
	var b strings.Builder
	var r reprer
	if e.Base == nil {
		err = own(&b, e)
	} else {
		err = r.exceptionBase(&b, e, 0)
	}
	return b.String(), err
}

// exceptionBase is BaseException.__repr__ of e, whose Base is set.
func (r *reprer) exceptionBase(b *strings.Builder, e *py.Exception, depth int) error {
	name := e.Base.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	b.WriteString(name)
	argsObj := exceptionArgs(e)
	if argsObj == nil {
		b.WriteString("()")
		return nil
	}
	args, ok := argsObj.(py.Tuple)
	if !ok {
		// args is always a tuple in CPython; show what there is.
		b.WriteByte('(')
		if err := r.repr(b, argsObj, depth+1); err != nil {
			return err
		}
		b.WriteByte(')')
		return nil
	}
	return r.repr(b, args, depth+1)
}

// exceptionArgs is e's args as Python code reads them: what an args
// property of its class gives (ssl's errors keep the text str() shows in
// e.Args and serve their arguments so), else e.Args.
func exceptionArgs(e *py.Exception) py.Object {
	for _, t := range e.Base.Mro {
		cls, ok := t.(*py.Type)
		if !ok {
			continue
		}
		if p, ok := cls.Dict["args"].(*py.Property); ok && p.Fget != nil {
			if v, err := p.Fget(e); err == nil {
				return v
			}
			break
		}
	}
	return e.Args
}

// SortedKeys returns the keys of d in Python's str ordering (code points,
// which is UTF-8 byte order).
func SortedKeys(d py.StringDict) []string {
	return nsorder.Sorted(d)
}

// IsByteArray recognises the project's bytearray type (modules/host) by
// its Python name, so that this package does not depend on host.
func IsByteArray(o py.Object) bool {
	if _, ok := o.(pyutil.ReadableBuffer); !ok {
		return false
	}
	return o.Type().Name == "bytearray"
}

// unicodeErrorStr is str() of a UnicodeEncodeError or UnicodeDecodeError
// made from its five arguments (encoding, object, start, end, reason), or
// of a UnicodeTranslateError made from its four (no encoding), as
// CPython 3.6 words it; ok is false when the attributes are not of the
// expected types.
func unicodeErrorStr(e *py.Exception) (string, bool) {
	// CPython 3.6 formats str() of the encoding and the reason, whatever
	// a script assigned to them.
	enc, err1 := Str(e.Dict["encoding"])
	start, ok2 := e.Dict["start"].(py.Int)
	end, ok3 := e.Dict["end"].(py.Int)
	reason, err4 := Str(e.Dict["reason"])
	if err1 != nil || !ok2 || !ok3 || err4 != nil {
		return "", false
	}
	single := end == start+1
	translate := e.Base.IsSubtype(py.UnicodeTranslateError)
	if e.Base.IsSubtype(py.UnicodeEncodeError) || translate {
		obj, ok := e.Dict["object"].(py.String)
		if !ok {
			return "", false
		}
		var runes []rune
		for rest := string(obj); rest != ""; {
			r, w := pyutil.DecodeWTF8(rest)
			runes, rest = append(runes, r), rest[w:]
		}
		if single && start >= 0 && int(start) < len(runes) {
			var ch string
			switch r := runes[start]; {
			case r < 0x100:
				ch = fmt.Sprintf("\\x%02x", r)
			case r < 0x10000:
				ch = fmt.Sprintf("\\u%04x", r)
			default:
				ch = fmt.Sprintf("\\U%08x", r)
			}
			if translate {
				return fmt.Sprintf("can't translate character '%s' in position %d: %s", ch, start, reason), true
			}
			return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, ch, start, reason), true
		}
		if translate {
			return fmt.Sprintf("can't translate characters in position %d-%d: %s", start, end-1, reason), true
		}
		return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason), true
	}
	obj, ok := e.Dict["object"].(py.Bytes)
	if !ok {
		return "", false
	}
	if single && start >= 0 && int(start) < len(obj) {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, obj[start], start, reason), true
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason), true
}

// BytesWarning, when set (by the loop), issues a BytesWarning with msg
// if the -b option asks for it: str() of bytes and bytearray call it.
var BytesWarning func(msg string) error

// ObjectID, when set (by the loop), is id(o): a repr shows the same
// address as hex(id(o)), as CPython's do.
var ObjectID func(o py.Object) int64

// addressOf is what a repr shows as an object's address: id(o) when the
// loop is installed, else its pointer, or for a Go value type (a
// datetime) a number derived from the value.
func addressOf(o py.Object) uintptr {
	if ObjectID != nil {
		return uintptr(ObjectID(o))
	}
	rv := reflect.ValueOf(o)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return rv.Pointer()
	case reflect.Slice:
		if rv.Len() > 0 {
			return rv.Pointer()
		}
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%T%v", o, o)
	return uintptr(h.Sum64() &^ 0xf)
}
