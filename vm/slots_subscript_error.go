package vm

import (
	"github.com/go-python/gpython/py"
)

// notSubscriptable is the TypeError of o[key] when o's class has no
// __getitem__. CPython 3.6 gives every class statement's type a sequence
// slot table, so an integer key (anything with __index__, converted
// first: a key too large raises IndexError) reaches its empty item slot
// and reads "does not support indexing"; other keys, and instances of
// built-in types (also the C types this project writes in Python, which
// SetExtensionName names), read "is not subscriptable".
func notSubscriptable(cls *py.Type, key py.Object) error {
	if cls.Flags&py.TPFLAGS_HEAPTYPE != 0 && isIndex(key) {
		if _, ok := extensionName(cls); !ok {
			if _, err := indexOf(key, "%s"); err != nil {
				return err
			}
			return py.ExceptionNewf(py.TypeError, "'%s' object does not support indexing", tpName(cls))
		}
	}
	return py.ExceptionNewf(py.TypeError, "'%s' object is not subscriptable", tpName(cls))
}
