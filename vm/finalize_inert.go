package vm

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// inertFinalizers holds the classes whose own instances need no __del__
// call: classes the project writes in Python for a C type of CPython
// whose finalizer has no effect a script can see (io.BytesIO's close
// only lets its memory go). Tracking their instances for __del__ costs a
// forced collection per dropped object, which made io.BytesIO() cost
// 50 us. Subclasses are not covered: one may override close. The classes
// are held weakly, as extensionNames' are.
var inertFinalizers sync.Map // weak.Pointer[py.Type] -> struct{}

// SetFinalizerInert makes instances of exactly t skip the __del__ call
// they would get from a base class (see inertFinalizers).
func SetFinalizerInert(t *py.Type) {
	key := weak.Make(t)
	if _, had := inertFinalizers.LoadOrStore(key, struct{}{}); !had {
		runtime.AddCleanup(t, func(k weak.Pointer[py.Type]) { inertFinalizers.Delete(k) }, key)
	}
	classChanged() // hasDel's cached answer for t
}

// finalizerInert reports whether SetFinalizerInert was called for t.
func finalizerInert(t *py.Type) bool {
	_, ok := inertFinalizers.Load(weak.Make(t))
	return ok
}
