package vm

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// A dict passed to exec() or eval() as globals runs as a namespace dict
// of its str keys (gpython's frames need one). Each dict keeps the same
// namespace from one exec() to the next, refreshed from the dict when an
// exec() starts and copied back into it when it ends, so that functions
// and generators made by an earlier exec() (whose globals are that
// namespace) see the names later ones bind: doctest runs every example
// of a docstring with exec() in one dict, and a generator made in one
// example reads a global rebound in the next.

type execNS struct {
	ns     py.StringDict
	active int // exec() calls running in ns
}

var execNamespaces struct {
	sync.Mutex
	m map[weak.Pointer[Dict]]*execNS
}

// execNamespace returns d's namespace and whether it is free to refresh
// (no exec() in d is running); the caller ends its use with
// releaseExecNamespace when fresh.
func execNamespace(d *Dict) (py.StringDict, bool) {
	key := weak.Make(d)
	execNamespaces.Lock()
	defer execNamespaces.Unlock()
	if execNamespaces.m == nil {
		execNamespaces.m = map[weak.Pointer[Dict]]*execNS{}
	}
	e := execNamespaces.m[key]
	if e == nil {
		e = &execNS{ns: make(py.StringDict, d.used)}
		execNamespaces.m[key] = e
		runtime.AddCleanup(d, func(k weak.Pointer[Dict]) {
			execNamespaces.Lock()
			delete(execNamespaces.m, k)
			execNamespaces.Unlock()
		}, key)
	}
	e.active++
	if e.active > 1 {
		e.active--
		return e.ns, false
	}
	return e.ns, true
}

// releaseExecNamespace ends a fresh use of d's namespace.
func releaseExecNamespace(d *Dict) {
	execNamespaces.Lock()
	defer execNamespaces.Unlock()
	if e := execNamespaces.m[weak.Make(d)]; e != nil && e.active > 0 {
		e.active--
	}
}

// refreshExecNamespace makes ns hold exactly d's str keys and values,
// and returns those keys in d's order.
func refreshExecNamespace(ns py.StringDict, d *Dict) []string {
	for k := range ns {
		if _, ok := d.GetStr(k); !ok {
			delete(ns, k)
		}
	}
	order := make([]string, 0, d.used)
	for _, e := range d.entries {
		if k, ok := e.key.(py.String); ok {
			ns[string(k)] = e.value
			order = append(order, string(k))
		}
	}
	return order
}

// syncExecDict copies what the code run in ns changed back into d:
// names deleted, names bound or rebound (in the namespace's order).
func syncExecDict(d *Dict, ns py.StringDict) {
	for _, k := range d.Keys() {
		if s, ok := k.(py.String); ok {
			if _, kept := ns[string(s)]; !kept {
				_, _ = d.DelItem(k)
			}
		}
	}
	for _, k := range namespaceKeys(ns) {
		if v, ok := d.GetStr(k); !ok || !identical(v, ns[k]) {
			d.SetStr(k, ns[k])
		}
	}
}

// mappingNamespace is a namespace holding the str keys of the mapping m
// (a dict subclass's items, or what m.keys() lists), for exec() and eval()
// with m as locals.
func mappingNamespace(m py.Object) py.StringDict {
	ns := py.NewStringDict()
	if d, ok := pyutil.Unwrap(m).(*Dict); ok {
		refreshExecNamespace(ns, d)
		return ns
	}
	keysFn, err := GetAttr(m, "keys")
	if err != nil {
		return ns
	}
	keys, err := Call(keysFn, nil, nil)
	if err != nil {
		return ns
	}
	it, err := Iter(keys)
	if err != nil {
		return ns
	}
	for {
		k, more, err := Next(it)
		if err != nil || !more {
			return ns
		}
		if s, ok := k.(py.String); ok {
			if v, err := GetItem(m, k); err == nil {
				ns[string(s)] = v
			}
		}
	}
}

// StoreName binds name to v in ns, the namespace of running code, and
// passes the store on to the mapping ns stands for, if any (a class
// body's prepared namespace, exec()'s locals mapping), as a store by
// the code itself would be: the compiler's runtime helpers use it for
// the names they bind (__annotations__).
func StoreName(ns py.StringDict, name string, v py.Object) error {
	storeName(ns, name, v)
	if t := heldThread(); t != nil {
		return t.forwardStore(ns, name, v)
	}
	return nil
}

// LoadName finds name in ns, the namespace of running code, or else in
// the mapping ns stands for (a mapping that cannot list its keys), as
// CPython reads a non-dict locals mapping with __getitem__.
func LoadName(ns py.StringDict, name string) (py.Object, bool) {
	if v, ok := ns[name]; ok {
		return v, true
	}
	t := heldThread()
	if t == nil {
		return nil, false
	}
	mapping, ok := t.prepared[nsKey(ns)]
	if !ok {
		return nil, false
	}
	v, err := GetItem(mapping, py.String(name))
	if err != nil {
		return nil, false
	}
	return v, true
}

// mappedLocals is the mapping f's namespace stands for (exec()'s or
// eval()'s locals that are not a dict, a class body's prepared
// namespace), or nil.
func (t *thread) mappedLocals(f *frame) py.Object {
	if t.prepared == nil || f.locals == nil {
		return nil
	}
	return t.prepared[nsKey(f.locals)]
}

// loadMappedName is LOAD_NAME over a locals mapping m: m[name] (its
// __getitem__, a dict subclass's __missing__), then the globals and
// builtins when m raises KeyError.
func (f *frame) loadMappedName(m py.Object, name string) error {
	v, err := GetItem(m, py.String(name))
	if err == nil {
		f.push(v)
		return nil
	}
	if !py.IsException(py.KeyError, err) {
		return err
	}
	return f.loadGlobal(name)
}

// mappedLocalsDir is dir() in code whose locals are a mapping: the
// sorted list of its keys(); ok is false for other code, or when keys()
// fails or lists non-str keys.
func mappedLocalsDir(f *frame) (*py.List, bool) {
	t := heldThread()
	if t == nil {
		return nil, false
	}
	m := t.mappedLocals(f)
	if m == nil {
		return nil, false
	}
	keysFn, err := GetAttr(m, "keys")
	if err != nil {
		return nil, false
	}
	keys, err := Call(keysFn, nil, nil)
	if err != nil {
		return nil, false
	}
	items, err := py.SequenceTuple(keys)
	if err != nil {
		return nil, false
	}
	l := py.NewListFromItems(append([]py.Object(nil), items...))
	if sortList(l, nil, "sorted") != nil {
		return nil, false
	}
	return l, true
}
