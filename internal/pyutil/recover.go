package pyutil

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Recover turns a Go panic in the calling function into a SystemError stored
// in *err. Use it as `defer pyutil.Recover(&err)` in every method exposed to
// Python, so that a bug surfaces as a Python exception and never as a crash.
func Recover(err *error) {
	if r := recover(); r != nil {
		*err = py.ExceptionNewf(py.SystemError, "internal error: %v", r)
	}
}

// Guard wraps a gpython method implementation with Recover.
func Guard(f func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer Recover(&err)
		return f(self, args, kwargs)
	}
}

// TypeName is the name CPython's messages give o's type, its tp_name
// (TpName): "argument must be str, not int", "'collections.deque' object
// is not an iterator".
func TypeName(o py.Object) string {
	if o == nil {
		return "NoneType"
	}
	return TpName(o.Type())
}

// TpName is t's tp_name, the name CPython's C code prints for the type: a
// class statement's name as given (a heap type), a Go type's name when it
// carries its module ("_ssl.MemoryBIO"), else the name after the module
// the type's __module__ names unless that is builtins ("select.epoll").
// A Go type standing for a class of a module 3.6 writes in Python
// (pythonModules: socket.socket, ssl.SSLContext) has the bare name, as a
// class statement's class, and so has an exception class (struct.error:
// 'error'), but for ssl.SSLError. The vm's TypeName adds the names of C types
// this project writes in Python ("decimal.Decimal").
func TpName(t *py.Type) string {
	if t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return t.Name
	}
	if t.IsSubtype(py.BaseException) {
		// An exception class of a module is a heap type in 3.6
		// (PyErr_NewException): its bare name, but for the one made
		// from a type spec under its dotted name.
		if t.Name == "SSLError" && t.Dict["__module__"] == py.String("ssl") || t.Name == "ssl.SSLError" {
			return "ssl.SSLError"
		}
		return t.Name[strings.LastIndexByte(t.Name, '.')+1:]
	}
	for i := len(t.Name) - 1; i >= 0; i-- {
		if t.Name[i] == '.' {
			if pythonModules[t.Name[:i]] {
				return t.Name[i+1:]
			}
			return t.Name
		}
	}
	if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" && m != "" && !pythonModules[string(m)] {
		return string(m) + "." + t.Name
	}
	return t.Name
}

// pythonModules are the modules whose classes CPython 3.6 defines in
// Python, so that their tp_name is the class's bare name, where the
// project defines some of them in Go under a module-qualified name.
var pythonModules = map[string]bool{
	"socket": true, "ssl": true, "hmac": true, "io": true,
	"sre_constants": true, "json.decoder": true, "_sitebuiltins": true, "__future__": true,
}

// WrittenInPython reports whether CPython 3.6 defines the classes of
// module in Python, where the project may define some in Go: their tp_name
// is bare, and, being heap types there, scripts may set their attributes.
func WrittenInPython(module string) bool { return pythonModules[module] }

// TypeErrorf is a TypeError with a formatted message.
func TypeErrorf(format string, a ...any) error {
	return py.ExceptionNewf(py.TypeError, format, a...)
}

// ValueErrorf is a ValueError with a formatted message.
func ValueErrorf(format string, a ...any) error {
	return py.ExceptionNewf(py.ValueError, format, a...)
}
