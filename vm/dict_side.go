package vm

import (
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Namespaces (py.StringDict: an instance's or a class's __dict__, a
// module's globals) are Go maps with str keys. CPython lets any hashable
// key in (vars(obj)[1] = 2, type('A', (), {1: 2})); such a key lives in a
// side table beside the map, found by the map's identity. Attribute
// lookup never reads it (an attribute name is a str), and a namespace
// that never got such a key has no entry: the table is not even consulted
// until some namespace gets one (sideTables counts them).
//
// Everything that shows a namespace as a dict merges the two: iteration,
// len, repr, the views, ==, copies (namespaceItems, DictFromStringDict).
// A side key keeps its place among the str keys: it follows the str keys
// that were present when it was added (those still present).

// sideBody stands for the runtime's map object a py.StringDict points to.
type sideBody struct{ _ byte }

func sideMapOf(d py.StringDict) *sideBody {
	return (*sideBody)(*(*unsafe.Pointer)(unsafe.Pointer(&d)))
}

// sideTable is the non-str part of one namespace.
type sideTable struct {
	m weak.Pointer[sideBody]
	// d maps each non-str key to a *sideValue, in insertion order.
	d *Dict
}

// sideValue is a side key's value and the str keys that preceded it when
// it was added.
type sideValue struct {
	v      py.Object
	before []string
}

func (*sideValue) Type() *py.Type { return py.NoneTypeType }

var (
	sideMu     sync.Mutex
	sides      = map[uintptr]*sideTable{}
	sideTables atomic.Int32 // len(sides)
	sideSwept  = 16
)

// sideOf is d's side table, nil when d has no key other than a str.
func sideOf(d py.StringDict) *sideTable {
	if sideTables.Load() == 0 {
		return nil
	}
	p := sideMapOf(d)
	if p == nil {
		return nil
	}
	sideMu.Lock()
	s := sides[uintptr(unsafe.Pointer(p))]
	sideMu.Unlock()
	if s == nil || s.m.Value() != p || s.d.Len() == 0 {
		return nil
	}
	return s
}

// sideFor is d's side table, made when d has none.
func sideFor(d py.StringDict) *sideTable {
	if s := sideOf(d); s != nil {
		return s
	}
	p := sideMapOf(d)
	id := uintptr(unsafe.Pointer(p))
	sideMu.Lock()
	defer sideMu.Unlock()
	if s := sides[id]; s != nil && s.m.Value() == p {
		return s
	}
	s := &sideTable{m: weak.Make(p), d: NewDict(1)}
	sides[id] = s
	if len(sides) > 2*sideSwept {
		for k, t := range sides {
			if t.m.Value() == nil {
				delete(sides, k)
			}
		}
		sideSwept = max(len(sides), 16)
	}
	sideTables.Store(int32(len(sides)))
	return s
}

// sideGet is d[key] for a key that is not a str.
func sideGet(d py.StringDict, key py.Object) (py.Object, bool, error) {
	s := sideOf(d)
	if s == nil {
		return nil, false, dictKeyCheck(key)
	}
	v, ok, err := s.d.GetItem(key)
	if !ok || err != nil {
		return nil, false, err
	}
	return v.(*sideValue).v, true, nil
}

// sideSet is d[key] = v for a key that is not a str.
func sideSet(d py.StringDict, key, v py.Object) error {
	if err := dictKeyCheck(key); err != nil {
		return err
	}
	if sideMapOf(d) == nil {
		return py.ExceptionNewf(py.TypeError, "'%s' object does not support item assignment", typeName(d))
	}
	s := sideFor(d)
	old, ok, err := s.d.GetItem(key)
	if err != nil {
		return err
	}
	if ok {
		old.(*sideValue).v = v
		return nil
	}
	return s.d.SetItem(key, &sideValue{v: v, before: namespaceKeys(d)})
}

// sideDel is del d[key] for a key that is not a str; found is false when
// d has no such key.
func sideDel(d py.StringDict, key py.Object) (found bool, err error) {
	s := sideOf(d)
	if s == nil {
		return false, dictKeyCheck(key)
	}
	return s.d.DelItem(key)
}

// sideLen is the number of d's keys that are not str.
func sideLen(d py.StringDict) int {
	if s := sideOf(d); s != nil {
		return s.d.Len()
	}
	return 0
}

// sideClear drops d's keys that are not str.
func sideClear(d py.StringDict) {
	if s := sideOf(d); s != nil {
		s.d.Clear()
	}
}

// sideCopy gives to the namespace dst the non-str keys of src.
func sideCopy(src, dst py.StringDict) {
	s := sideOf(src)
	if s == nil || sideMapOf(dst) == nil || sideMapOf(src) == sideMapOf(dst) {
		return
	}
	t := sideFor(dst)
	s.d.Items(func(k, v py.Object) bool {
		sv := v.(*sideValue)
		_ = t.d.SetItem(k, &sideValue{v: sv.v, before: sv.before})
		return true
	})
}

// namespaceItems is d's keys and values in order, str keys and others.
func namespaceItems(d py.StringDict) (keys, values []py.Object) {
	strKeys := namespaceKeys(d)
	s := sideOf(d)
	n := len(strKeys)
	if s != nil {
		n += s.d.Len()
	}
	keys = make([]py.Object, 0, n)
	values = make([]py.Object, 0, n)
	if s == nil {
		for _, k := range strKeys {
			keys = append(keys, py.String(k))
			values = append(values, d[k])
		}
		return keys, values
	}
	at := make(map[string]int, len(strKeys))
	for i, k := range strKeys {
		at[k] = i + 1
	}
	// Each side key goes after the last of its predecessors still there,
	// and never before a side key added earlier.
	type placed struct {
		pos  int
		k, v py.Object
	}
	var side []placed
	pos := 0
	s.d.Items(func(k, v py.Object) bool {
		sv := v.(*sideValue)
		for _, b := range sv.before {
			pos = max(pos, at[b])
		}
		side = append(side, placed{pos, k, sv.v})
		return true
	})
	j := 0
	for i := 0; i <= len(strKeys); i++ {
		for j < len(side) && side[j].pos == i {
			keys = append(keys, side[j].k)
			values = append(values, side[j].v)
			j++
		}
		if i < len(strKeys) {
			keys = append(keys, py.String(strKeys[i]))
			values = append(values, d[strKeys[i]])
		}
	}
	return keys, values
}

// splitNamespace turns a dict into a namespace: its str keys in the map,
// any others in the map's side table; order is the str keys' order.
func splitNamespace(d *Dict) (ns py.StringDict, order []string, err error) {
	ns = make(py.StringDict, d.used)
	for _, e := range d.entries {
		if e.key == nil {
			continue
		}
		if k, ok := e.key.(py.String); ok {
			ns[string(k)] = e.value
			order = append(order, string(k))
		} else if err := dictKeyCheck(e.key); err != nil {
			return nil, nil, err
		} else if err := sideFor(ns).d.SetItem(e.key, &sideValue{v: e.value, before: append([]string(nil), order...)}); err != nil {
			return nil, nil, err
		}
	}
	return ns, order, nil
}

func init() {
	pyrepr.NamespaceItems = func(d py.StringDict) (keys, values []py.Object, ok bool) {
		if sideOf(d) == nil {
			return nil, nil, false
		}
		keys, values = namespaceItems(d)
		return keys, values, true
	}
}

// NamespaceItems is d's keys and values in order, the str keys and the
// others (for the unpacking of {**ns} outside the loop).
func NamespaceItems(d py.StringDict) (keys, values []py.Object) { return namespaceItems(d) }

// sideAttr finds the attribute name among d's non-str keys: a key whose
// hash is name's and that compares equal to it (CPython's lookup of an
// instance attribute is a dict lookup, so such a key answers o.name).
// It costs one load while no namespace has a side key. err is always nil
// (kept so that callers need not change if lookups come to report one).
func sideAttr(d py.StringDict, name string) (py.Object, bool, error) {
	if sideTables.Load() == 0 {
		return nil, false, nil
	}
	s := sideOf(d)
	if s == nil {
		return nil, false, nil
	}
	v, ok, err := s.d.GetItem(py.String(name))
	if !ok || err != nil {
		// 3.6's attribute lookup drops an error the key's __eq__ raises
		// (PyDict_GetItem), and the attribute is missing.
		return nil, false, nil
	}
	return v.(*sideValue).v, true, nil
}

// replaceInstanceDict is obj.__dict__ = v for an instance o: its
// attributes become a copy of v's items, keys of any type (those not a
// str in the side table), in v's order.
func replaceInstanceDict(o *py.Type, v py.Object) error {
	if o.ObjectType != nil && o.ObjectType.IsSubtype(py.ModuleType) {
		return moduleDictReadonly() // a module's __dict__ is a read-only member
	}
	if u, ok := pyutil.BuiltinValue(v); ok {
		v = u // a dict subclass's instance: its items
	}
	switch x := v.(type) {
	case py.StringDict:
		keys := namespaceKeys(x)
		d := x.Copy()
		sideCopy(x, d)
		o.Dict = d
		nsorder.Log(o, keys)
	case *Dict:
		d, order, err := splitNamespace(x)
		if err != nil {
			return err
		}
		o.Dict = d
		nsorder.Log(o, order)
	default:
		return py.ExceptionNewf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
	}
	return nil
}

func moduleDictReadonly() error {
	return py.ExceptionNewf(py.AttributeError, "readonly attribute")
}

// setExceptionDict is exc.__dict__ = v: the exception's attributes become
// a copy of v's items (OSError's fields, kept in the same map, stay).
func setExceptionDict(e *py.Exception, v py.Object) error {
	if u, ok := pyutil.BuiltinValue(v); ok {
		v = u // a dict subclass's instance: its items
	}
	var d py.StringDict
	switch x := v.(type) {
	case py.StringDict:
		d = x.Copy()
		sideCopy(x, d)
	case *Dict:
		var err error
		if d, _, err = splitNamespace(x); err != nil {
			return err
		}
	default:
		return py.ExceptionNewf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
	}
	for _, k := range []string{"errno", "strerror", "filename", "filename2", "characters_written"} {
		if old, ok := e.Dict[k]; ok {
			if _, set := d[k]; !set {
				d[k] = old
			}
		}
	}
	e.Dict = d
	return nil
}
