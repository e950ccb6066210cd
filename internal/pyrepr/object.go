package pyrepr

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The text of objects of Python classes, of classes, and the overrides
// Python classes define: CPython's repr() and str() ask the class for
// __repr__ and __str__ along its MRO; gpython asks the instance first and
// misses what a class inherits from another Python class.

// pythonMethod returns what a class statement (or a later assignment to
// the class) defined as name for instances of cls: the first one along
// cls's MRO, provided no built-in class comes before it (a built-in class
// such as BaseException or dict has its own __str__ and __repr__, whose
// rule applies then). It is a Python function, or any other object but a
// Go method (a descriptor, a callable); nil when there is none.
func pythonMethod(cls *py.Type, name string) py.Object {
	if cls == nil {
		return nil
	}
	mro := cls.Mro
	if len(mro) == 0 {
		mro = py.Tuple{cls}
	}
	for _, o := range mro {
		t, ok := o.(*py.Type)
		if !ok {
			continue
		}
		if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return nil
		}
		if m, ok := t.Dict[name]; ok {
			if _, isGo := m.(*py.Method); isGo {
				return nil
			}
			return m
		}
	}
	return nil
}

// callText calls a Python __str__ or __repr__ (name), m, on self and
// checks that it returned a str. A function is called with self; anything
// else is bound as CPython's slots bind it (pyutil.SpecialMethodCall).
func callText(m py.Object, self py.Object, name string) (string, error) {
	_, s, err := callTextObject(m, self, name)
	return s, err
}

// callTextObject is callText that also returns what m returned: a str,
// or an instance of a str subclass, whose text s is.
func callTextObject(m py.Object, self py.Object, name string) (res py.Object, s string, err error) {
	if _, ok := m.(*py.Function); ok || pyutil.SpecialMethodCall == nil {
		res, err = py.Call(m, py.Tuple{self}, nil)
	} else {
		res, err = pyutil.SpecialMethodCall(self, m)
	}
	if err != nil {
		return nil, "", err
	}
	text, ok := res.(py.String)
	if !ok {
		// an instance of a str subclass is a str
		if v, isValue := pyutil.BuiltinValue(res); isValue {
			text, ok = v.(py.String)
		}
	}
	if !ok {
		return nil, "", pyutil.TypeErrorf("%s returned non-string (type %s)", name, pyutil.TypeName(res))
	}
	return res, string(text), nil
}

// StrObject is str(o) as CPython's PyObject_Str gives it: Str's text as a
// str, but the very object the __str__ of o's Python class returned when
// that is an instance of a str subclass (type(str(x)) is the subclass).
func StrObject(o py.Object) (py.Object, error) { return textObject(o, "__str__", Str) }

// HasPythonText reports whether o's Python class (an instance's or an
// exception's) defines name, "__str__" or "__repr__", so that StrObject
// or ReprObject may return an instance of a str subclass.
func HasPythonText(o py.Object, name string) bool {
	switch v := o.(type) {
	case *py.Type:
		return pyutil.IsInstanceObject(v) && pythonMethod(v.ObjectType, name) != nil
	case *py.Exception:
		return pythonMethod(v.Base, name) != nil
	}
	return false
}

// ReprObject is repr(o) as CPython's PyObject_Repr gives it: Repr's
// text as a str, but the very object the __repr__ of o's Python class
// returned when that is an instance of a str subclass.
func ReprObject(o py.Object) (py.Object, error) { return textObject(o, "__repr__", Repr) }

// textObject is StrObject (name "__str__", text Str) or ReprObject: the
// result of the method name of o's Python class (an instance's or an
// exception's) when it has one, a str or a str subclass's instance, else
// text's answer as a str.
func textObject(o py.Object, name string, text func(py.Object) (string, error)) (res py.Object, err error) {
	var cls *py.Type
	switch v := o.(type) {
	case *py.Type:
		if pyutil.IsInstanceObject(v) {
			cls = v.ObjectType
		}
	case *py.Exception:
		cls = v.Base
	}
	if f := pythonMethod(cls, name); f != nil {
		defer pyutil.Recover(&err)
		res, _, err := callTextObject(f, o, name)
		return res, err
	}
	s, err := text(o)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// metaclassOf is the metaclass of class t when gpython records one:
// gpython gives built-in subclasses their base class as ObjectType, which
// is no metaclass.
func metaclassOf(t *py.Type) *py.Type {
	if m := t.Type(); m != nil && m != t && m.IsSubtype(py.TypeType) {
		return m
	}
	return py.TypeType
}

// typeRepr is repr() of a *py.Type, which is either an instance of a
// Python class or a class: the class's (or metaclass's) Python
// __repr__, else CPython's default text, "<__main__.A object at
// 0x...>" or "<class '__main__.A'>". ok is false when a Go-defined
// __repr__ of the class (or metaclass) applies instead.
func typeRepr(t *py.Type) (s string, ok bool, err error) {
	cls, self := t.Type(), py.Object(t)
	if !pyutil.IsInstanceObject(t) {
		if _, isClass := pyutil.IsClass(t); !isClass {
			return "", false, nil
		}
		cls = metaclassOf(t)
	}
	if f := pythonMethod(cls, "__repr__"); f != nil {
		s, err := callText(f, self, "__repr__")
		return s, true, err
	}
	if cls.Lookup("__repr__") != nil {
		return "", false, nil
	}
	if pyutil.IsInstanceObject(t) {
		return fmt.Sprintf("<%s object at %p>", qualifiedName(cls), t), true, nil
	}
	return "<class '" + qualifiedName(t) + "'>", true, nil
}

// typeStr is str() of a *py.Type: the class's (or metaclass's) Python
// __str__, else its repr (object.__str__ is repr). ok is false when a
// Go-defined __str__ applies instead.
func typeStr(t *py.Type) (s string, ok bool, err error) {
	cls := t.Type()
	if !pyutil.IsInstanceObject(t) {
		if _, isClass := pyutil.IsClass(t); !isClass {
			return "", false, nil
		}
		cls = metaclassOf(t)
	}
	if f := pythonMethod(cls, "__str__"); f != nil {
		s, err := callText(f, t, "__str__")
		return s, true, err
	}
	if cls.Lookup("__str__") != nil {
		return "", false, nil
	}
	s, err = Repr(t)
	return s, true, err
}

// qualifiedName is a class as CPython's repr names it: its __qualname__
// after its __module__ unless that is "builtins" ("int",
// "__main__.Outer.Inner", "ssl.SSLError"); a __module__ that is not a
// str is left out.
// ownStr is a Go-implemented buffer type with a __str__ of its own
// (bytearray's), which a derived class's __repr__ does not change.
type ownStr interface {
	py.I__str__
	BufferBytes() []byte
}

// OwnStr is a built-in value whose str is not its repr and stays its own
// for an instance of a class derived from its type (datetime's types).
type OwnStr interface {
	py.I__str__
	KeepsStr()
}

// ClassRepr is a built-in value whose repr names the class of the
// instance carrying it, when that class derives from the value's type
// (socket.socket's "<__main__.MySock fd=3, ...>").
type ClassRepr interface {
	ReprForClass(qualname string) (string, error)
}

func qualifiedName(t *py.Type) string {
	name := t.Qualname
	if name == "" {
		name = t.Name
		if _, set := t.Dict["__module__"]; !set {
			if i := strings.LastIndexByte(name, '.'); i >= 0 {
				name = name[i+1:]
			}
		}
	}
	module, ok := pyutil.TypeModule(t)
	if !ok || module == "builtins" {
		return name
	}
	return module + "." + name
}
