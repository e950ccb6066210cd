package vm

import (
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The global-name cache of LOAD_GLOBAL (and of LOAD_NAME where a frame's
// namespace is its globals, module-level code).
//
// Globals and builtins are py.StringDict, plain Go maps with no version of
// their own, and Go code writes them too. So an entry is not tied to one
// map's history but to nsEpoch, one counter for every namespace of the
// process: any write that can change what a global name means moves it,
// and every entry made before the move is dead. What moves it:
//
//   - every store through storeName (STORE_NAME, STORE_GLOBAL,
//     globals()[k] = v, setattr on a module, import *, class bodies) of a
//     name the cache may hold (nameStored, below), and every deletion of a name (DELETE_NAME, DELETE_GLOBAL, del on a
//     module attribute or a namespace item);
//   - imports (the import machinery binds submodules in their packages);
//   - every call of Go code from the loop that is not known to leave
//     namespaces alone (namespaceSafe): a Go method whose receiver is a
//     namespace (globals().update) or a module, operator.setitem, exec,
//     setattr, anything of another module, after it returns;
//   - every entry into the loop from Go (evalCode), since an embedding
//     program may have written the globals it passes between two runs.
//
// Go code that writes a namespace from inside a Go call made by other Go
// code (a Go function handed to map() and run by it) is not seen until
// the outer call returns to the loop.
//
// An entry is keyed by the name (the address of the code object's string,
// so different code objects use different entries), the globals and the
// builtins the frame runs with; the cache is per thread, so it is read and
// written without locks. Only names found as they are (not gpython's
// dotted decorator names) are kept.
var nsEpoch atomic.Uint64

// namespacesChanged kills every global-cache entry.
func namespacesChanged() { nsEpoch.Add(1) }

// A store of one name (storeName) kills the entries only when an entry
// may hold that name: each name falls in one of nameBits classes, and
// cachedNames marks the classes of names the cache has taken since their
// last store. reboundNames marks those stored to after being cached;
// module-level code (LOAD_NAME) no longer caches them, so that a
// module-level loop's own variables (total += x) stop killing the
// entries of every other name at each store. Functions (LOAD_GLOBAL)
// cache every name: a global they rebind in a loop costs a refill.
const (
	nameClassBits = 12
	nameBits      = 1 << nameClassBits
)

var cachedNames, reboundNames [nameBits / 64]atomic.Uint64

func nameClass(name string) (word int, bit uint64) {
	// The length and three of its bytes, mixed: cheaper than hashing
	// every byte, on every store.
	h := uint64(len(name))
	if n := len(name); n > 0 {
		h |= uint64(name[0])<<8 | uint64(name[n/2])<<16 | uint64(name[n-1])<<24
	}
	c := (h * 0x9e3779b97f4a7c15) >> (64 - nameClassBits)
	return int(c / 64), 1 << (c % 64)
}

// nameStored is storeName's notice that name was bound in some
// namespace (after the store).
func nameStored(name string) {
	w, b := nameClass(name)
	if cachedNames[w].Load()&b != 0 {
		reboundNames[w].Or(b)
		cachedNames[w].And(^b)
		namespacesChanged()
	}
}

// cacheable reports whether name may be cached (for module-level code
// when moduleLevel), marking its class as cached (before the lookup whose
// result the entry keeps).
func cacheable(name string, moduleLevel bool) bool {
	w, b := nameClass(name)
	if moduleLevel && reboundNames[w].Load()&b != 0 {
		return false
	}
	if cachedNames[w].Load()&b == 0 {
		cachedNames[w].Or(b)
	}
	return true
}

const (
	globalCacheBits = 8
	globalCacheSize = 1 << globalCacheBits
)

type globalEntry struct {
	name     *byte // unsafe.StringData of the code's name
	nlen     int
	globals  unsafe.Pointer
	builtins unsafe.Pointer
	epoch    uint64
	v        py.Object
}

// mapAddr is the identity of a namespace map.
func mapAddr(m py.StringDict) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&m)) }

// globalSlot mixes every bit of the two addresses: short names sit a few
// bytes apart (the allocator packs them into one block), so their low
// bits alone would share slots.
func globalSlot(name string, globals unsafe.Pointer) int {
	h := uint64(uintptr(unsafe.Pointer(unsafe.StringData(name)))) ^ uint64(uintptr(globals))>>4
	return int((h * 0x9e3779b97f4a7c15) >> (64 - globalCacheBits))
}

// hit reports whether e holds name for a frame with globals g and
// builtins b, made since the last namespace change.
func (e *globalEntry) hit(name string, g, b unsafe.Pointer) bool {
	return e.name == unsafe.StringData(name) && e.nlen == len(name) && e.epoch == nsEpoch.Load() &&
		e.globals == g && e.builtins == b
}

// loadNameCachedAt is LOAD_NAME of f's name i in module-level code (its
// namespace is its globals): the cache, else the lookup, whose result
// the cache keeps when the name was found as it is; LOAD_GLOBAL does the
// same in the loop itself. It notes in f's code that the name is
// rebound when the cache refuses it for that.
func (t *thread) loadNameCachedAt(f *frame, i int32) error {
	name := f.c.names[i]
	g := mapAddr(f.globals)
	if gc := t.globalCache; gc != nil {
		if e := &gc[globalSlot(name, g)]; e.hit(name, g, mapAddr(f.builtins)) {
			f.push(e.v)
			return nil
		}
	}
	if rebound(name) {
		f.c.rebound[i].Store(true)
	}
	return t.loadGlobalMiss(f, name, true)
}

// rebound reports whether name is in a class of names stored to after
// being cached: module-level code no longer caches it (cacheable), and
// never will again, as the classes marked rebound stay so.
func rebound(name string) bool {
	w, b := nameClass(name)
	return reboundNames[w].Load()&b != 0
}

// loadGlobalMiss is LOAD_GLOBAL (LOAD_NAME in module-level code when
// moduleLevel) past the cache.
func (t *thread) loadGlobalMiss(f *frame, name string, moduleLevel bool) error {
	if !moduleLevel && mappedGlobalsLive.Load() != 0 {
		if m := mappedGlobalsOf(f.globals); m != nil {
			return f.loadMappedGlobal(m, name) // exec_namespace.go; never cached
		}
	}
	if !cacheable(name, moduleLevel) {
		return f.loadGlobal(name)
	}
	epoch := nsEpoch.Load()
	v, ok := f.globals[name]
	if !ok {
		v, ok = f.builtins[name]
	}
	if !ok {
		return f.loadGlobal(name) // dotted names and the NameError
	}
	if t.globalCache == nil {
		t.globalCache = new([globalCacheSize]globalEntry)
	}
	g := mapAddr(f.globals)
	t.globalCache[globalSlot(name, g)] = globalEntry{
		name: unsafe.StringData(name), nlen: len(name),
		globals: g, builtins: mapAddr(f.builtins),
		epoch: epoch, v: v,
	}
	f.push(v)
	return nil
}

// namespaceSafe reports whether calling fn from the loop leaves every
// namespace as it was, but through the loop's own stores (Python code it
// runs) and storeName: Python functions, classes, builtins of the
// builtins module that take no namespace (len, isinstance, min...), Go
// methods of plain values (list.append, dict.get, str.join) and Go
// functions of the modules quietGoFunc knows (struct.unpack).
func namespaceSafe(fn py.Object) bool {
	switch fn := fn.(type) {
	case *py.Function, *py.Type:
		return true
	case *py.BoundMethod:
		if _, ok := fn.Method.(*py.Function); ok {
			return true
		}
		if plainValue(fn.Self) {
			return true
		}
		m, ok := fn.Method.(*py.Method)
		return ok && quietGoFunc(m) // namespace_quiet.go
	case *pyutil.BuiltinMethod:
		return fn.Method != nil && quietGoFunc(fn.Method)
	case *boundBuiltin:
		// A Go method read as an attribute: its call is the bound
		// method's (builtin_method_objects.go).
		return namespaceSafe(fn.bm)
	case *py.Method:
		if fn.Module == nil || fn.Module.ModuleImpl == nil || fn.Module.ModuleImpl.Info.Name != "builtins" {
			return quietGoFunc(fn)
		}
		switch fn.Name {
		case "len", "abs", "isinstance", "issubclass", "min", "max", "ord", "chr", "hash", "id",
			"repr", "ascii", "sum", "iter", "next", "round", "divmod", "pow", "sorted", "any",
			"all", "callable", "hex", "oct", "bin", "format", "getattr", "hasattr", "print":
			return true
		}
	}
	return false
}

// plainValue reports whether o is a value whose Go methods cannot reach a
// namespace: a namespace itself (py.StringDict) and modules are not.
func plainValue(o py.Object) bool {
	switch o.(type) {
	case *py.List, *Dict, *Set, py.String, py.Bytes, py.Tuple, py.Int, py.Float, *py.BigInt, py.Bool:
		return true
	}
	return false
}
