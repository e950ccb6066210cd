package vm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// A dict passed to exec() or eval() as globals (or named by a globals'
// __builtins__) runs as a namespace dict of its str keys, since
// gpython's frames need one. Each dict keeps one namespace for its life,
// made at its first exec(): the dict mirrors every str-keyed change into
// it at once (Dict.mirror), so that functions and generators made by an
// earlier exec() (whose globals are that namespace) see what later code
// or the caller binds in the dict. What the code binds in the namespace
// reaches the dict when an exec() ends or starts and whenever the dict is
// handed to Python as those globals (f.__globals__, frame.f_globals,
// globals()): for Python code the namespace and the dict are one object.

type execNS struct {
	ns     py.StringDict
	active int // exec() calls running in ns
}

var execNamespaces struct {
	sync.Mutex
	m    map[weak.Pointer[Dict]]*execNS
	dict map[uintptr]weak.Pointer[Dict] // by nsKey of the namespace
}

// execNamespace returns d's namespace and whether it is free to sync
// (no exec() in d is running); the caller ends its use with
// releaseExecNamespace when fresh.
func execNamespace(d *Dict) (py.StringDict, bool) {
	execNamespaces.Lock()
	defer execNamespaces.Unlock()
	e := dictNamespace(d)
	e.active++
	if e.active > 1 {
		e.active--
		return e.ns, false
	}
	return e.ns, true
}

// dictNamespace is d's namespace record, made (and mirrored from d) on
// first use; execNamespaces must be locked.
func dictNamespace(d *Dict) *execNS {
	key := weak.Make(d)
	if execNamespaces.m == nil {
		execNamespaces.m = map[weak.Pointer[Dict]]*execNS{}
		execNamespaces.dict = map[uintptr]weak.Pointer[Dict]{}
	}
	e := execNamespaces.m[key]
	if e != nil {
		return e
	}
	e = &execNS{ns: make(py.StringDict, d.used)}
	refreshExecNamespace(e.ns, d)
	d.mirror = e.ns
	execNamespaces.m[key] = e
	nk := nsKey(e.ns)
	execNamespaces.dict[nk] = key
	execDictOf.Store(nk, key)
	execDictsLive.Add(1)
	runtime.AddCleanup(d, func(k weak.Pointer[Dict]) {
		execNamespaces.Lock()
		delete(execNamespaces.m, k)
		if execNamespaces.dict[nk] == k {
			delete(execNamespaces.dict, nk)
		}
		if execDictOf.CompareAndDelete(nk, k) {
			execDictsLive.Add(-1)
		}
		execNamespaces.Unlock()
	}, key)
	return e
}

// execDictOf finds, without the lock, the dict a namespace stands for
// (by nsKey); execDictsLive counts its entries, so that a store into a
// namespace costs one atomic load while no exec() dict is alive.
var (
	execDictOf    sync.Map // uintptr -> weak.Pointer[Dict]
	execDictsLive atomic.Int64
)

// execDictFor is the live dict whose exec namespace ns still is, or nil.
func execDictFor(ns py.StringDict) *Dict {
	k, ok := execDictOf.Load(nsKey(ns))
	if !ok {
		return nil
	}
	d := k.(weak.Pointer[Dict]).Value()
	if d == nil || d.mirror == nil || nsKey(d.mirror) != nsKey(ns) {
		return nil
	}
	return d
}

// execDictStored passes a store of name into ns on to the dict ns is the
// namespace of, if any: a function made by exec(src, d) that binds a
// global binds it in d at once, as the dict is its globals in CPython.
// Stores made through the dict itself come back here and stop, the dict
// already holding the value.
func execDictStored(ns py.StringDict, name string, v py.Object) {
	d := execDictFor(ns)
	if d == nil {
		return
	}
	if old, had := d.GetStr(name); had && identical(old, v) {
		return
	}
	d.SetStr(name, v)
}

// execDictDeleted passes the deletion of name from ns on to the dict ns
// is the namespace of, if any.
func execDictDeleted(ns py.StringDict, name string) {
	d := execDictFor(ns)
	if d == nil {
		return
	}
	if _, had := d.GetStr(name); had {
		_, _ = d.DelItem(py.String(name))
	}
}

// mirroredNamespace is d's namespace, for a globals' __builtins__ dict.
func mirroredNamespace(d *Dict) py.StringDict {
	execNamespaces.Lock()
	defer execNamespaces.Unlock()
	return dictNamespace(d).ns
}

// releaseExecNamespace ends a fresh use of d's namespace.
func releaseExecNamespace(d *Dict) {
	execNamespaces.Lock()
	defer execNamespaces.Unlock()
	if e := execNamespaces.m[weak.Make(d)]; e != nil && e.active > 0 {
		e.active--
	}
}

// globalsObject is the globals ns as Python code sees them: the dict
// exec() was given when ns is its namespace (brought up to date), else
// ns itself.
func globalsObject(ns py.StringDict) py.Object {
	if ns == nil {
		return ns
	}
	execNamespaces.Lock()
	var d *Dict
	if key, ok := execNamespaces.dict[nsKey(ns)]; ok {
		d = key.Value()
	}
	execNamespaces.Unlock()
	if d == nil || d.mirror == nil || nsKey(d.mirror) != nsKey(ns) {
		return ns
	}
	syncExecDict(d, ns)
	return d
}

// mirrorStore passes d[key] = value on to d's namespace.
func (d *Dict) mirrorStore(key, value py.Object) {
	if k, ok := key.(py.String); ok {
		if old, had := d.mirror[string(k)]; !had || !identical(old, value) {
			storeName(d.mirror, string(k), value)
		}
	}
}

// mirrorDelete passes del d[key] on to d's namespace.
func (d *Dict) mirrorDelete(key py.Object) {
	if k, ok := key.(py.String); ok {
		if _, had := d.mirror[string(k)]; had {
			delete(d.mirror, string(k))
			namespacesChanged()
		}
	}
}

// mirrorClear passes d.clear() on to d's namespace.
func (d *Dict) mirrorClear() {
	for k := range d.mirror {
		delete(d.mirror, k)
	}
	namespacesChanged()
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

// overridesGetItem reports whether m, the instance of a dict subclass
// given to exec() or eval() as globals and locals, reads its items through
// a __getitem__ or __missing__ of its class: the code's LOAD_NAME then
// reads m as a locals mapping (loadMappedName), as 3.6 reads a locals
// that is not exactly a dict.
func overridesGetItem(m py.Object) bool {
	cls, ok := pythonClassOf(m)
	return ok && (userMethod(cls, "__getitem__") != nil || userMethod(cls, "__missing__") != nil)
}

// The namespaces of dict subclass instances given to exec() or eval() as
// globals whose class defines __getitem__ or __missing__: 3.6's
// LOAD_GLOBAL reads globals that are not exactly a dict by subscripting
// them, so that a function made by that code sees the instance's
// __getitem__ and __missing__ for every global name it reads, before the
// builtins. The global cache never holds their names (loadGlobalMiss).
var (
	mappedGlobals     sync.Map // uintptr (nsKey) -> weak.Pointer[py.Type]
	mappedGlobalsLive atomic.Int64
)

// registerMappedGlobals records m, a dict subclass instance, as the
// mapping ns, its namespace, stands for in LOAD_GLOBAL, for m's life.
func registerMappedGlobals(ns py.StringDict, m py.Object) {
	inst, ok := m.(*py.Type)
	if !ok {
		return
	}
	key := nsKey(ns)
	w := weak.Make(inst)
	if old, had := mappedGlobals.Load(key); had && old.(weak.Pointer[py.Type]) == w {
		return
	}
	if _, had := mappedGlobals.Swap(key, w); !had {
		mappedGlobalsLive.Add(1)
	}
	namespacesChanged() // entries cached for ns before now are stale
	runtime.AddCleanup(inst, func(key uintptr) {
		if v, ok := mappedGlobals.Load(key); ok && v.(weak.Pointer[py.Type]).Value() == nil {
			if mappedGlobals.CompareAndDelete(key, v) {
				mappedGlobalsLive.Add(-1)
			}
		}
	}, key)
}

// mappedGlobalsOf is the instance ns stands for in LOAD_GLOBAL, or nil.
func mappedGlobalsOf(ns py.StringDict) py.Object {
	v, ok := mappedGlobals.Load(nsKey(ns))
	if !ok {
		return nil
	}
	if inst := v.(weak.Pointer[py.Type]).Value(); inst != nil {
		return inst
	}
	return nil
}

// loadMappedGlobal is LOAD_GLOBAL over globals that stand for m: m[name]
// (its __getitem__, __missing__), then the builtins when m raises
// KeyError, as 3.6's slow path reads them.
func (f *frame) loadMappedGlobal(m py.Object, name string) error {
	v, err := GetItem(m, py.String(name))
	if err == nil {
		f.push(v)
		return nil
	}
	if !py.IsException(py.KeyError, err) {
		return err
	}
	if v, ok := f.builtins[name]; ok {
		f.push(v)
		return nil
	}
	return py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
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
// sorted list its keys() returns, which must be a list (3.6's
// _dir_locals); ok is false for other code. keys() failing, returning
// something that is not iterable or not a list, or a list that does not
// sort, is the error dir() raises.
func mappedLocalsDir(f *frame) (l *py.List, err error, ok bool) {
	t := heldThread()
	if t == nil {
		return nil, nil, false
	}
	m := t.mappedLocals(f)
	if m == nil {
		return nil, nil, false
	}
	keysFn, err := GetAttr(m, "keys")
	if err != nil {
		return nil, err, true
	}
	keys, err := Call(keysFn, nil, nil)
	if err != nil {
		return nil, err, true
	}
	list, isList := keys.(*py.List)
	if !isList {
		if _, err := Iter(keys); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "o.keys() are not iterable"), true
		}
		return nil, py.ExceptionNewf(py.TypeError, "dir(): expected keys() of locals to be a list, not '%s'", typeName(keys)), true
	}
	l = py.NewListFromItems(append([]py.Object(nil), list.Items...))
	if err := sortList(l, nil, "sorted"); err != nil {
		return nil, err, true
	}
	return l, nil, true
}

// opaqueBuiltins is the (empty) builtins namespace of code whose globals'
// __builtins__ is neither a dict nor a module: a name not found in the
// globals is then looked up by subscripting that object, as CPython 3.6
// does (so __builtins__ = 5 makes every builtin a TypeError).
var opaqueBuiltins = py.StringDict{}

// opaqueBuiltin is name looked up in the __builtins__ object of f's
// globals: its value, NameError for a KeyError, or the object's error.
func opaqueBuiltin(f *frame, name string) (py.Object, error) {
	b, ok := f.globals["__builtins__"]
	if !ok {
		return nil, py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
	}
	v, err := GetItem(b, py.String(name))
	if err != nil && py.IsException(py.KeyError, err) {
		return nil, py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
	}
	return v, err
}
