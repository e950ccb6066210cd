package vm

import (
	"reflect"
	"sync"

	"github.com/go-python/gpython/py"
)

// A built-in type's __dict__ view (builtinTypeDictView) is an ordered
// copy of its namespace with 3.6's other entries, which costs a dict of
// a hundred entries or more each time it is made. Modules read these
// views in loops (enum's `attr in data_type.__dict__`, abc's
// `base.__dict__.get('__new__')` over an MRO that ends in object), so
// each type keeps the view it last made until its namespace changes.
//
// A built-in type's namespace changes only from Go (Python code gets
// "can't set attributes of built-in/extension type"), by adding or
// deleting entries, or by a new map: the stamp is the map's identity and
// its length (set-up code that replaces the value of an existing key
// runs before any view is made).
// Built-in types live as long as the process, so the cache holds them
// without keeping anything alive that would otherwise go.

type builtinDictViewEntry struct {
	view *Dict
	ns   uintptr // the namespace map's identity when view was made
	n    int     // and its length
}

var builtinDictViews struct {
	sync.Mutex
	m map[*py.Type]builtinDictViewEntry
}

// cachedBuiltinTypeDictView is builtinTypeDictView(cls), made again only
// when cls's namespace has changed since it was last made. Callers only
// read the view.
func cachedBuiltinTypeDictView(cls *py.Type) (*Dict, bool) {
	if cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return builtinTypeDictView(cls)
	}
	ns, n := namespaceStamp(cls.Dict)
	builtinDictViews.Lock()
	e, ok := builtinDictViews.m[cls]
	builtinDictViews.Unlock()
	if ok && e.ns == ns && e.n == n {
		return e.view, e.view != nil
	}
	d, ok := builtinTypeDictView(cls)
	builtinDictViews.Lock()
	if builtinDictViews.m == nil {
		builtinDictViews.m = make(map[*py.Type]builtinDictViewEntry)
	}
	builtinDictViews.m[cls] = builtinDictViewEntry{view: d, ns: ns, n: n}
	builtinDictViews.Unlock()
	return d, ok
}

// namespaceStamp is the identity and the length of namespace ns.
func namespaceStamp(ns py.StringDict) (uintptr, int) {
	if ns == nil {
		return 0, 0
	}
	return uintptr(reflect.ValueOf(ns).UnsafePointer()), len(ns)
}
