// Package pycollections is collections.deque in Go, with its two
// iterator types: a ring buffer of items with CPython 3.6's methods,
// messages, bounds, pickling and mutation checks. Classes may derive from
// it (an instance holds a *Deque, filled by deque.__init__), and it takes
// weak references. Lib/modules/collections imports it from the module
// _collections_accel, which CPython 3.6 does not have and
// sys.builtin_module_names does not list; _collections re-exports the
// three types under CPython's names.
package pycollections

import (
	"github.com/go-python/gpython/py"
)

const moduleDoc = "collections.deque and its iterators, in Go."

func init() {
	setupDequeMethods()
	setupDequeType()
	setupIterators()
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_collections_accel", Doc: moduleDoc},
		Globals: py.StringDict{
			"deque":                   DequeType,
			"_deque_iterator":         IteratorType,
			"_deque_reverse_iterator": ReverseIteratorType,
		},
	})
}
