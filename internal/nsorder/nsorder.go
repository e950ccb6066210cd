// Package nsorder keeps the insertion order of the namespaces gpython
// stores as Go maps (py.StringDict), which have no order: an instance's
// __dict__, a module's globals, a class body and the class's __dict__, an
// exec() namespace. CPython 3.6 shows them in the order names were bound
// (vars(obj), globals(), list(C.__dict__), print(module.__dict__),
// json.dumps(vars(obj)), {**obj.__dict__}).
//
// Writing: the loop reports each name it adds to a namespace, and only
// those; it tells a new name from a rebinding by the map's length
// growing, so a store of a name already bound costs no more than the map
// store itself. Each name goes to the end of a log (names separated by
// sep); a name bound, deleted and bound again appears twice, and counts at
// its last place.
//
// Where the log lives: an instance's in the instance itself (Added), so
// nothing outlives it, and its map is registered, weakly, only when Python
// code fetches the __dict__ (Published). Any other namespace has a record
// in the registry. A namespace used for a known span (a class body, a
// dict run by exec()) is registered from Begin to End and costs no weak
// pointer; one that lives on (a module's globals, a class's __dict__) is
// registered on the first name reported (Stored) or when its order is set
// whole (Order), with a weak pointer to the map. The registry keeps no
// map or instance alive past its span and forgets the collected ones.
//
// Reading: Keys. Names a namespace held before its log started come first
// (module attributes in CPython's order, then sorted); names a Go module
// wrote without reporting them come after the logged ones, sorted.
package nsorder

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"
)

// sep starts an object's log and ends each name in it. A Python
// attribute name cannot contain it in practice (setattr with such a name
// still works: the name is then left out of the log, and sorted), and no
// docstring starts with it.
const sep = "\x00"

// The log of an object (an instance or a class: a *py.Type) lives in its
// Doc field, as sep, then each name followed by sep. An instance's Doc is
// a type-only field gpython leaves unused; a class made by a class
// statement or type() keeps its docstring in __dict__['__doc__'], where
// __doc__ is read, and its Doc holds the log from its creation (Log). A
// Doc that does not start with sep is a docstring and never a log (DocOf).

// Added notes that key has just been added to obj's __dict__ (it was
// not there before the store). A class whose Doc is its docstring keeps
// no log.
func Added(obj *py.Type, key string) {
	if strings.Contains(key, sep) || obj.Doc != "" && !isLog(obj.Doc) {
		return
	}
	obj.Doc = extended(obj.Doc, key)
	if len(obj.Doc) > 64*len(obj.Dict)+1024 {
		// Names added and deleted over and over: keep the live ones.
		obj.Doc = joinLog(live(obj.Dict, logNames(obj.Doc)))
	}
}

// extended is log with key added at its end. Instances of one class
// usually bind the same names in the same order, so the logs they go
// through are the same strings: a small cache of recent steps (log, key)
// -> longer log, keyed by the log's address, lets them share one string
// per step instead of concatenating (two allocations per instance of a
// class with two attributes, a tenth of making one).
func extended(log, key string) string {
	i := stepIndex(log, key)
	if s := steps[i].Load(); s != nil && sameString(s.from, log) && s.key == key {
		return s.to
	}
	var to string
	if log == "" {
		to = sep + key + sep
	} else {
		to = log + key + sep
	}
	steps[i].Store(&step{from: log, key: key, to: to})
	return to
}

// step is one cached extension of a log.
type step struct{ from, key, to string }

// steps is a direct-mapped cache; entries are replaced whole, so the
// interpreters running in other goroutines read a consistent one.
var steps [512]atomic.Pointer[step]

func stepIndex(log, key string) int {
	h := uintptr(unsafe.Pointer(unsafe.StringData(log)))>>3 ^ uintptr(len(log))*31 ^ uintptr(len(key))*131
	if key != "" {
		h ^= uintptr(key[0])*7 ^ uintptr(key[len(key)-1])*17
	}
	return int(h % uintptr(len(steps)))
}

// sameString reports whether a and b are the same string in memory, not
// only equal: a log equal to a cached one but built apart is a miss (a
// cheap compare, and an equal log gives an equal result anyway).
func sameString(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || unsafe.StringData(a) == unsafe.StringData(b))
}

// Log starts obj's log with keys: a new class, whose __dict__ lists its
// body's names in their order.
func Log(obj *py.Type, keys []string) {
	obj.Doc = joinLog(keys)
}

// LoggedKeys returns obj.Dict's keys in obj's logged order, then any
// others sorted, without registering anything: for Go code that holds the
// object (a class being made).
func LoggedKeys(obj *py.Type) []string {
	if !isLog(obj.Doc) {
		return Sorted(obj.Dict)
	}
	return ordered(obj.Dict, logNames(obj.Doc))
}

// DocOf is obj's Doc when it is a docstring, "" when it is a log.
func DocOf(obj *py.Type) string {
	if isLog(obj.Doc) {
		return ""
	}
	return obj.Doc
}

func isLog(doc string) bool { return strings.HasPrefix(doc, sep) }

// joinLog writes names as a log, leaving out those it cannot hold.
func joinLog(names []string) string {
	var b strings.Builder
	b.WriteString(sep)
	for _, k := range names {
		if !strings.Contains(k, sep) {
			b.WriteString(k)
			b.WriteString(sep)
		}
	}
	return b.String()
}

// logNames reads a log written by joinLog or Added.
func logNames(log string) []string {
	if len(log) <= len(sep) {
		return nil
	}
	return strings.Split(strings.TrimSuffix(log[len(sep):], sep), sep)
}

// mapBody stands for the runtime's map object, which a py.StringDict
// points to: the registry holds weak pointers to it.
type mapBody struct{ _ byte }

// mapOf is the map object d refers to (nil for a nil map). Its address
// names the map for as long as it lives, however the map grows.
func mapOf(d py.StringDict) *mapBody { return (*mapBody)(*(*unsafe.Pointer)(unsafe.Pointer(&d))) }

func mapHeader(d py.StringDict) uintptr { return uintptr(unsafe.Pointer(mapOf(d))) }

// owner is a registered map's source of order: an instance whose Doc
// holds the log, or a namespace record.
type owner struct {
	inst weak.Pointer[py.Type]
	ns   *namespace
}

// namespace is the order record of a map that is no instance's __dict__.
// A scoped record (Begin to End: a class body, an exec() namespace)
// holds its map; any other holds it weakly, as making a weak pointer
// costs about a microsecond and most namespaces are short-lived scoped
// ones.
type namespace struct {
	m     weak.Pointer[mapBody]
	scope py.StringDict // the map, while scoped
	names []string      // the log

	// keys is the last answer of Keys, read from the log keysLog (the
	// slice names was then). While names is that slice and the map holds
	// exactly those keys, the answer is the same: a module's namespace
	// iterated again (`for k in vars(mod)`, filter over it) costs a check
	// per key instead of a walk of the log with a map of the names seen.
	keys    []string
	keysLog []string
	// tuple is keys as str objects (KeyTuple), made from tupleKeys.
	tuple     py.Tuple
	tupleKeys []string
}

// The registry maps a map's address to its owner. An entry is valid while
// its map lives: a map's address cannot be reused while it does.
var (
	mu     sync.Mutex
	owners = map[uintptr]owner{}
	swept  = 64 // registry size after the last sweep, at least 64
)

// log returns the names logged for the map at id (a namespace record's)
// or the log text (an instance's, which logNames reads), and whether o
// still describes that map.
func (o owner) log(id uintptr) ([]string, string, bool) {
	if o.ns != nil {
		if o.ns.scope == nil && o.ns.m.Value() == nil {
			return nil, "", false
		}
		return o.ns.names, "", true
	}
	inst := o.inst.Value()
	if inst == nil || mapHeader(inst.Dict) != id || !isLog(inst.Doc) {
		return nil, "", false
	}
	return nil, inst.Doc, true
}

// instAnswer is the answer of Keys for the instances whose log is the
// string log, as keys and as str objects (KeyTuple), for any map holding
// exactly those keys: Keys depends only on the log and the map's set of
// keys. Instances of one class that bind the same names in the same
// order share their log string (extended), so iterating over their
// __dict__ (`for k in obj.__dict__`, vars(obj)) reuses one answer instead
// of splitting the log, walking it and boxing the names each time.
type instAnswer struct {
	log   string
	keys  []string
	tuple py.Tuple
}

// instAnswers is a direct-mapped cache of instAnswer by the log's
// address; entries are replaced whole and never changed, so that
// interpreters in other goroutines read a consistent one.
var instAnswers [256]atomic.Pointer[instAnswer]

// instKeys is Keys for an instance's map d whose log is doc.
func instKeys(d py.StringDict, doc string) *instAnswer {
	h := uintptr(unsafe.Pointer(unsafe.StringData(doc)))>>4 ^ uintptr(len(doc))*31
	slot := &instAnswers[h%uintptr(len(instAnswers))]
	if a := slot.Load(); a != nil && sameString(a.log, doc) && holdsExactly(d, a.keys) {
		return a
	}
	keys := ordered(d, logNames(doc))
	t := make(py.Tuple, len(keys))
	for i, k := range keys {
		t[i] = py.String(k)
	}
	a := &instAnswer{log: doc, keys: keys, tuple: t}
	slot.Store(a)
	return a
}

// collected reports whether the map or instance o describes is gone.
func (o owner) collected() bool {
	if o.ns != nil {
		return o.ns.scope == nil && o.ns.m.Value() == nil
	}
	return o.inst.Value() == nil
}

// Published notes that obj's __dict__ has been handed to Python code,
// so that Keys can find its order. An instance with no log yet starts an
// empty one: names the dict's own methods add later (vars(obj).update(),
// obj.__dict__[k] = v) are logged in it, before and after the ones
// attribute stores add.
func Published(inst *py.Type) {
	if inst.Dict == nil {
		return
	}
	if inst.Doc == "" {
		inst.Doc = sep
	}
	if !isLog(inst.Doc) {
		return
	}
	id := mapHeader(inst.Dict)
	mu.Lock()
	defer mu.Unlock()
	if o, ok := owners[id]; ok && o.ns == nil && o.inst.Value() == inst {
		return
	}
	register(id, owner{inst: weak.Make(inst)})
}

// Stored notes that key has just been added to the namespace d (it was
// not there before the store). The first name reported for a map starts
// its log, after the names it already held.
func Stored(d py.StringDict, key string) {
	p := mapOf(d)
	if p == nil {
		return
	}
	id := uintptr(unsafe.Pointer(p))
	mu.Lock()
	o, ok := owners[id]
	if ns := o.ns; ok && ns != nil && (ns.scope != nil || ns.m.Value() != nil) {
		ns.names = append(ns.names, key)
		if len(ns.names) > 2*len(d)+64 {
			// Names bound and deleted over and over: keep the live ones.
			ns.names = live(d, ns.names)
		}
		mu.Unlock()
		return
	}
	defer mu.Unlock()
	if inst := o.inst.Value(); ok && o.ns == nil && inst != nil && mapHeader(inst.Dict) == id {
		Added(inst, key) // exec() in an instance's __dict__
		return
	}
	names := append(initialKeys(d, key), key)
	register(id, owner{ns: &namespace{m: weak.Make(p), names: names}})
}

// Order sets d's order to keys (names of d; others follow, sorted), as
// when a class's __dict__ is made from its body's namespace. d's record
// lives as long as d; it keeps keys, which the caller must not change.
func Order(d py.StringDict, keys []string) {
	if p := mapOf(d); p != nil {
		setOrder(d, &namespace{m: weak.Make(p), names: keys})
	}
}

// Begin starts d's order with keys, for as long as the caller uses d
// (until End): a class body, a dict run as an exec() namespace. It costs
// no weak pointer.
func Begin(d py.StringDict, keys []string) {
	if mapOf(d) != nil {
		names := make([]string, len(keys), max(len(keys), 8))
		copy(names, keys)
		setOrder(d, &namespace{scope: d, names: names})
	}
}

// End forgets the order Begin started for d.
func End(d py.StringDict) {
	id := mapHeader(d)
	mu.Lock()
	defer mu.Unlock()
	if o, ok := owners[id]; ok && o.ns != nil && o.ns.scope != nil {
		delete(owners, id)
	}
}

func setOrder(d py.StringDict, ns *namespace) {
	mu.Lock()
	defer mu.Unlock()
	register(mapHeader(d), owner{ns: ns})
}

// register records o for the map at id; mu is held.
func register(id uintptr, o owner) {
	owners[id] = o
	if len(owners) > 2*swept {
		sweep()
	}
}

// sweep drops the registry entries of collected maps and instances (and of
// maps an instance no longer uses); mu is held. Sweeping when the registry
// has doubled keeps its cost linear in the registrations.
func sweep() {
	// Only the weak pointers are read here: an instance's Doc and Dict
	// belong to the interpreter that runs it (written under its lock,
	// not mu), and the registry is shared by every interpreter. An entry
	// whose instance has moved to another map is dropped when the
	// instance dies, or replaced when its new map registers.
	for id, o := range owners {
		if o.collected() {
			delete(owners, id)
		}
	}
	swept = max(len(owners), 64)
}

// moduleAttrs are the attributes a module's namespace starts with, in the
// order CPython 3.6 binds them.
var moduleAttrs = []string{"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__"}

// initialKeys lists the names d held before its log started (all but
// key): module attributes in CPython's order, then the rest sorted.
func initialKeys(d py.StringDict, key string) []string {
	out := make([]string, 0, len(d))
	if len(d) <= 1 {
		return out
	}
	for _, k := range moduleAttrs {
		if _, ok := d[k]; ok && k != key {
			out = append(out, k)
		}
	}
	first := len(out)
	for k := range d {
		if k != key && !slices.Contains(moduleAttrs, k) {
			out = append(out, k)
		}
	}
	sort.Strings(out[first:])
	return out
}

// Keys returns d's keys: in insertion order when d's order is known, then
// any others sorted.
//
// The answer is a new slice, which the caller may keep and change.
func Keys(d py.StringDict) []string {
	keys, ns, inst := keysOf(d)
	if ns != nil || inst != nil {
		return slices.Clone(keys)
	}
	return keys
}

// KeyTuple is Keys(d) as str objects, for iterating over d. The tuple may
// be the one an earlier call gave (the keys unchanged): the caller must
// not change it.
func KeyTuple(d py.StringDict) py.Tuple {
	keys, ns, inst := keysOf(d)
	if inst != nil {
		return inst.tuple
	}
	if ns != nil {
		mu.Lock()
		defer mu.Unlock()
		if ns.tuple != nil && sameSlice(ns.tupleKeys, keys) {
			return ns.tuple
		}
	}
	t := make(py.Tuple, len(keys))
	for i, k := range keys {
		t[i] = py.String(k)
	}
	if ns != nil && sameSlice(ns.keys, keys) {
		ns.tuple, ns.tupleKeys = t, keys
	}
	return t
}

// keysOf is Keys(d), and the namespace record or instance answer that
// keeps it when it is kept (then the slice is shared and must not be
// changed).
func keysOf(d py.StringDict) ([]string, *namespace, *instAnswer) {
	id := mapHeader(d)
	mu.Lock()
	o, ok := owners[id]
	var names, cached []string
	var doc string
	if ok {
		names, doc, ok = o.log(id)
		if ok && o.ns != nil && sameSlice(o.ns.keysLog, names) {
			cached = o.ns.keys
		}
	}
	mu.Unlock()
	if !ok {
		return Sorted(d), nil, nil
	}
	if o.ns == nil {
		a := instKeys(d, doc)
		return a.keys, nil, a
	}
	if cached != nil && holdsExactly(d, cached) {
		return cached, o.ns, nil
	}
	keys := ordered(d, names)
	mu.Lock()
	defer mu.Unlock()
	if !sameSlice(o.ns.names, names) {
		return keys, nil, nil
	}
	o.ns.keys, o.ns.keysLog = keys, names
	return keys, o.ns, nil
}

// sameSlice reports whether a and b are the same slice: the same length
// over the same array. The log only grows by append or is replaced, so a
// log that is the same slice holds the same names.
func sameSlice(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// holdsExactly reports whether d's keys are keys (distinct names).
func holdsExactly(d py.StringDict, keys []string) bool {
	if len(d) != len(keys) {
		return false
	}
	for _, k := range keys {
		if _, ok := d[k]; !ok {
			return false
		}
	}
	return true
}

// ordered is d's keys: the logged names d holds, then the others sorted.
func ordered(d py.StringDict, names []string) []string {
	out := live(d, names)
	if len(out) < len(d) {
		known := make(map[string]bool, len(out))
		for _, k := range out {
			known[k] = true
		}
		rest := make([]string, 0, len(d)-len(out))
		for k := range d {
			if !known[k] {
				rest = append(rest, k)
			}
		}
		sort.Strings(rest)
		out = append(out, rest...)
	}
	return out
}

// Sorted returns d's keys sorted, as Python sorts str.
func Sorted(d py.StringDict) []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// live reads a log: the names d still holds, each at its last
// occurrence, in a new slice.
func live(d py.StringDict, names []string) []string {
	out := make([]string, 0, min(len(names), len(d)))
	var seen map[string]bool
	if len(names) > 32 {
		seen = make(map[string]bool, len(names))
	}
	for i := len(names) - 1; i >= 0; i-- {
		k := names[i]
		if seen != nil {
			if seen[k] {
				continue
			}
			seen[k] = true
		} else if slices.Contains(names[i+1:], k) {
			continue
		}
		if _, ok := d[k]; ok {
			out = append(out, k)
		}
	}
	slices.Reverse(out)
	return out
}
