package vm

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// extensionNames maps a class written in Python to the name CPython's C
// implementation of it prints in messages (its tp_name, such as
// "decimal.Decimal"), where a class statement's class prints its bare name.
// It holds the classes weakly: a class belongs to one interpreter, and a
// strong key would keep every closed interpreter that defined one alive.
var extensionNames sync.Map // weak.Pointer[py.Type] -> string

// SetExtensionName makes the messages that name a type by its tp_name (an
// unsupported operand, an unorderable comparison) call t name, as CPython
// does for the C type this project writes in Python. Subclasses keep their
// own names.
func SetExtensionName(t *py.Type, name string) {
	key := weak.Make(t)
	if _, had := extensionNames.Swap(key, name); !had {
		runtime.AddCleanup(t, func(k weak.Pointer[py.Type]) { extensionNames.Delete(k) }, key)
	}
}

// extensionName is the name SetExtensionName gave t, if any.
func extensionName(t *py.Type) (string, bool) {
	n, ok := extensionNames.Load(weak.Make(t))
	if !ok {
		return "", false
	}
	return n.(string), true
}

// TypeName is how CPython's messages name a type (its tp_name): a class
// statement's name as given, the C name SetExtensionName recorded, or a Go
// type's module-qualified name ("datetime.date").
func TypeName(t *py.Type) string {
	return tpName(t)
}

// orderName is how an unorderable comparison's message names o's type.
func orderName(o py.Object) string {
	if n, ok := extensionName(o.Type()); ok {
		return n
	}
	return typeName(o)
}
