package vm

import (
	"slices"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
)

// Module and class namespaces keep the order their names were bound in
// (internal/nsorder), as CPython 3.6 shows globals(), vars(module) and a
// class's __dict__. Every statement or builtin that binds a name in such a
// namespace stores through storeName.

// storeName binds name to v in the namespace ns (STORE_NAME, STORE_GLOBAL,
// import *, setattr on a module or class), noting a new name's place in
// the order. Rebinding a name is a plain map store: the map's length alone
// tells a new name apart, with no extra lookup.
func storeName(ns py.StringDict, name string, v py.Object) {
	n := len(ns)
	ns[name] = v
	nameStored(name) // global_cache.go
	if len(ns) != n {
		nsorder.Stored(ns, name)
	}
	if execDictsLive.Load() != 0 {
		execDictStored(ns, name, v) // exec_namespace.go
	}
}

// moduleSetAttr is setattr(module, name, v): the name joins the module's
// namespace in order.
func moduleSetAttr(m *py.Module, name string, v py.Object) {
	storeName(m.Globals, name, v)
}

// setNamespaceOrder gives the namespace ns the order keys (names of ns;
// any others follow, sorted) for as long as ns lives: a class's __dict__
// made from its body.
func setNamespaceOrder(ns py.StringDict, keys []string) { nsorder.Order(ns, keys) }

// beginNamespace gives ns the order keys until endNamespace(ns): a
// namespace used for a known span (a class body, a dict run by exec()),
// which costs less than one that lives on.
func beginNamespace(ns py.StringDict, keys []string) { nsorder.Begin(ns, keys) }

// endNamespace ends the span beginNamespace started.
func endNamespace(ns py.StringDict) { nsorder.End(ns) }

// strKeys lists d's str keys in order.
func (d *Dict) strKeys() []string {
	keys := make([]string, 0, d.used)
	for _, e := range d.entries {
		if k, ok := e.key.(py.String); ok {
			keys = append(keys, string(k))
		}
	}
	return keys
}

// A class's __dict__ keeps its order as an instance's does: the log lives
// in the class itself (its Doc, internal/nsorder), and the map is
// registered only when Python code fetches the __dict__.

// logClassOrder starts the log of a new class: its body's names (order),
// then __doc__ and __hash__ where type.__new__ added them.
func logClassOrder(cls *py.Type, order []string) {
	for _, extra := range []string{"__doc__", "__hash__"} {
		if !slices.Contains(order, extra) {
			order = append(order, extra)
		}
	}
	nsorder.Log(cls, order)
}

// classKeys is cls.__dict__'s keys in order.
func classKeys(cls *py.Type) []string { return nsorder.LoggedKeys(cls) }

// setClassDict binds name in a Python class's __dict__, noting a new
// name's place.
func setClassDict(cls *py.Type, name string, v py.Object) {
	n := len(cls.Dict)
	cls.Dict[name] = v
	if len(cls.Dict) != n {
		nsorder.Added(cls, name)
	}
}

// publishClassDict notes that a class's __dict__ is handed to Python
// code (C.__dict__, vars(C)), which then sees its order.
func publishClassDict(cls *py.Type) {
	if cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		nsorder.Published(cls)
	}
}

// classDoc is the docstring a class keeps in its Doc field ("" when the
// field holds the class's order log).
func classDoc(cls *py.Type) string { return nsorder.DocOf(cls) }

// madeByTypeNew reports whether cls was made by a class statement or
// type() (type.__new__, which starts the order log in its Doc), as
// opposed to a Go type, the heap-flagged ones included.
func madeByTypeNew(cls *py.Type) bool {
	return cls.Flags&py.TPFLAGS_HEAPTYPE != 0 && cls.Doc != "" && nsorder.DocOf(cls) == ""
}
