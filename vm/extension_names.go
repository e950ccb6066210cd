package vm

import (
	"runtime"
	"sync"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"
)

// extensionNames maps a class written in Python to the name CPython's C
// implementation of it prints in messages (its tp_name, such as
// "decimal.Decimal"), where a class statement's class prints its bare name.
// It holds the classes weakly: a class belongs to one interpreter, and a
// strong key would keep every closed interpreter that defined one alive.
//
// The key is the class's address, so that a lookup, made for every
// message that names a type (an attribute miss, which hasattr discards),
// costs a map probe and no weak pointer; the entry's weak pointer tells
// the class from a later one made at the address of a collected class
// whose cleanup has not run yet.
var extensionNames sync.Map // uintptr -> extensionEntry

type extensionEntry struct {
	cls  weak.Pointer[py.Type]
	name string
}

func typeAddr(t *py.Type) uintptr { return uintptr(unsafe.Pointer(t)) }

// SetExtensionName makes the messages that name a type by its tp_name (an
// unsupported operand, an unorderable comparison) call t name, as CPython
// does for the C type this project writes in Python. Subclasses keep their
// own names.
func SetExtensionName(t *py.Type, name string) {
	key := typeAddr(t)
	e := extensionEntry{cls: weak.Make(t), name: name}
	if old, had := extensionNames.Swap(key, e); !had || old.(extensionEntry).cls != e.cls {
		runtime.AddCleanup(t, func(cls weak.Pointer[py.Type]) {
			// Only this class's entry: a class made since at the
			// same address may have its own.
			if v, ok := extensionNames.Load(key); ok && v.(extensionEntry).cls == cls {
				extensionNames.CompareAndDelete(key, v)
			}
		}, e.cls)
	}
}

// extensionName is the name SetExtensionName gave t, if any.
func extensionName(t *py.Type) (string, bool) {
	v, ok := extensionNames.Load(typeAddr(t))
	if !ok {
		return "", false
	}
	e := v.(extensionEntry)
	if e.cls.Value() != t {
		return "", false
	}
	return e.name, true
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
