package vm

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// Per-module import locks, as CPython 3.6's importlib keeps them
// (_ModuleLock): the thread that starts loading a module owns its lock
// until the module body has run, and another thread importing the same
// name meanwhile waits for it (with the interpreter lock released)
// instead of taking the half-made module from the store. The owner itself
// importing the name again (a circular import) gets the partial module, as
// does a thread whose wait would close a cycle of waiting threads (two
// threads each importing what the other is loading: importlib detects the
// deadlock and, the module being in sys.modules already, takes the partial
// module too).

// moduleLoad is the lock on one module name while a thread loads it.
type moduleLoad struct {
	owner *thread
	done  chan struct{} // closed when the load ends
}

// importKey names a module in one interpreter.
type importKey struct {
	ctx  py.Context
	name string
}

var (
	// importMu guards moduleLoads and loadWaits.
	importMu sync.Mutex
	// moduleLoads are the loads under way.
	moduleLoads = map[importKey]*moduleLoad{}
	// loadWaits is the load each waiting thread waits for.
	loadWaits = map[*thread]*moduleLoad{}
)

// beginModuleImport is called before t imports name in ctx. When name is
// not loaded and no thread is loading it, t becomes its loader: the
// returned function, never nil then, ends the load and must be called once
// the import is over. When another thread is loading it, t waits for that
// load to end first. Otherwise it returns nil.
func (t *thread) beginModuleImport(ctx py.Context, name string) (end func()) {
	key := importKey{ctx, name}
	for {
		importMu.Lock()
		load := moduleLoads[key]
		switch {
		case load == nil:
			if moduleLoaded(ctx, name) {
				importMu.Unlock()
				return nil
			}
			load = &moduleLoad{owner: t, done: make(chan struct{})}
			moduleLoads[key] = load
			importMu.Unlock()
			return func() {
				importMu.Lock()
				delete(moduleLoads, key)
				importMu.Unlock()
				close(load.done)
			}
		case load.owner == t || waitCloses(load, t):
			importMu.Unlock()
			return nil
		}
		loadWaits[t] = load
		importMu.Unlock()
		gil.Unlocked(func() { <-load.done })
		importMu.Lock()
		delete(loadWaits, t)
		importMu.Unlock()
		// The load ended; a failed one left the name unloaded, and this
		// thread tries it in turn, as CPython's importers do.
	}
}

// awaitModuleLoad waits while another thread is loading name in ctx.
func (t *thread) awaitModuleLoad(ctx py.Context, name string) {
	if end := t.beginModuleImport(ctx, name); end != nil {
		end() // nobody was loading it: nothing to wait for
	}
}

// waitCloses reports whether t waiting for load would close a cycle of
// threads each waiting for a load the next one owns. importMu is held.
func waitCloses(load *moduleLoad, t *thread) bool {
	for seen := 0; load != nil && seen <= len(loadWaits); seen++ {
		if load.owner == t {
			return true
		}
		load = loadWaits[load.owner]
	}
	return false
}
