package vm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"

	"github.com/go-python/gpython/py"
)

// The __dict__ of an exception whose class keeps fields in C-level slots
// in CPython (OSError's errno, strerror, filename...; SyntaxError's,
// UnicodeError's, ImportError's: exceptionSlotNames). The project keeps
// those fields in the exception's Go map (py.Exception.Dict), where every
// package that raises or reads one finds them; CPython's __dict__ holds
// only the instance's other attributes, so OSError(2, 'x').__dict__ is {}.
//
// Such an exception's __dict__ is therefore a dict of its own, made at
// the first access and kept for the exception's life (so e.__dict__ is
// e.__dict__): its items are the map's other attributes, and it passes
// every change of one of them on to the map (Dict.mirror), where
// attribute lookup and Go code read it. A key named like a slot field
// stays in the dict alone, as in CPython, where the field's member
// descriptor wins over the dict. Attribute stores and deletions reach the
// dict too (exceptionDictStored), and each access brings it up to date
// with changes Go code made to the map directly.

// exceptionDicts maps a live exception to its __dict__; slottedDicts maps
// each such dict back to the exception's class, for the mirror's filter.
var (
	exceptionDictsMu  sync.Mutex
	exceptionDicts    = map[weak.Pointer[py.Exception]]*Dict{}
	slottedDicts      = map[*Dict]*py.Type{}
	slottedDictsLive  atomic.Int32
	exceptionDictKeys = map[*Dict]weak.Pointer[py.Exception]{}
)

// exceptionHasSlots reports whether instances of cls keep fields in slots.
func exceptionHasSlots(cls *py.Type) bool {
	for _, f := range exceptionSlotNames {
		if cls.IsSubtype(f.base) {
			return true
		}
	}
	return false
}

// classSlotField reports whether name is a slot field of cls's instances.
// args is one for all of them: BaseException's own getset, which a Go
// exception type may keep in the map (ssl.SSLError does).
func classSlotField(cls *py.Type, name string) bool {
	if name == "args" {
		return true
	}
	for _, f := range exceptionSlotNames {
		if !cls.IsSubtype(f.base) {
			continue
		}
		for _, n := range f.names {
			if n == name {
				return true
			}
		}
	}
	return false
}

// exceptionDictOf is e.__dict__.
func exceptionDictOf(e *py.Exception) py.Object {
	if e.Dict == nil {
		e.Dict = py.StringDict{}
	}
	if !exceptionHasSlots(e.Base) {
		return e.Dict
	}
	key := weak.Make(e)
	exceptionDictsMu.Lock()
	d := exceptionDicts[key]
	if d != nil && nsKey(d.mirror) != nsKey(e.Dict) {
		// The map was replaced (exc.__dict__ = ...): a new dict for it.
		forgetSlottedDict(d)
		d = nil
	}
	if d == nil {
		d = NewDict(0)
		d.mirror = e.Dict
		exceptionDicts[key] = d
		slottedDicts[d] = e.Base
		exceptionDictKeys[d] = key
		slottedDictsLive.Store(int32(len(slottedDicts)))
		runtime.AddCleanup(e, func(d *Dict) {
			exceptionDictsMu.Lock()
			forgetSlottedDict(d)
			exceptionDictsMu.Unlock()
		}, d)
	}
	exceptionDictsMu.Unlock()
	syncExceptionDict(e, d)
	return d
}

// forgetSlottedDict drops d from the tables; the caller holds the lock.
func forgetSlottedDict(d *Dict) {
	if key, ok := exceptionDictKeys[d]; ok && exceptionDicts[key] == d {
		delete(exceptionDicts, key)
	}
	delete(exceptionDictKeys, d)
	delete(slottedDicts, d)
	slottedDictsLive.Store(int32(len(slottedDicts)))
}

// syncExceptionDict makes d's non-slot items those of e's map: Go code
// may have set or deleted attributes in the map directly.
func syncExceptionDict(e *py.Exception, d *Dict) {
	for _, k := range d.Keys() {
		s, ok := k.(py.String)
		if !ok || classSlotField(e.Base, string(s)) {
			continue
		}
		if _, live := e.Dict[string(s)]; !live {
			d.mirrorOff(func() { _, _ = d.DelItem(k) })
		}
	}
	for _, k := range namespaceKeys(e.Dict) {
		if classSlotField(e.Base, k) {
			continue
		}
		v := e.Dict[k]
		if old, ok, _ := d.GetItem(py.String(k)); !ok || !identical(old, v) {
			d.mirrorOff(func() { d.SetStr(k, v) })
		}
	}
}

// mirrorOff runs f, a change of d that its namespace already has, with
// the mirror off.
func (d *Dict) mirrorOff(f func()) {
	m := d.mirror
	d.mirror = nil
	defer func() { d.mirror = m }()
	f()
}

// exceptionDictStored passes setattr(e, name, v) (v nil: delattr) on to
// e's __dict__ when one was made.
func exceptionDictStored(e *py.Exception, name string, v py.Object) {
	if slottedDictsLive.Load() == 0 || !exceptionHasSlots(e.Base) {
		return
	}
	exceptionDictsMu.Lock()
	d := exceptionDicts[weak.Make(e)]
	exceptionDictsMu.Unlock()
	if d == nil {
		return
	}
	d.mirrorOff(func() {
		if v == nil {
			_, _ = d.DelItem(py.String(name))
		} else {
			d.SetStr(name, v)
		}
	})
}

// slottedDictClass is the exception class whose __dict__ d is, nil for
// any other dict.
func slottedDictClass(d *Dict) *py.Type {
	if slottedDictsLive.Load() == 0 {
		return nil
	}
	exceptionDictsMu.Lock()
	defer exceptionDictsMu.Unlock()
	return slottedDicts[d]
}

// mirrorSkips reports whether d[key] stays out of d's namespace: a slot
// field's name in an exception's __dict__.
func (d *Dict) mirrorSkips(key py.Object) bool {
	cls := slottedDictClass(d)
	if cls == nil {
		return false
	}
	s, ok := key.(py.String)
	return ok && classSlotField(cls, string(s))
}

// mirrorClearAll passes d.clear() on to its namespace: all of it, or for
// an exception's __dict__ its attributes but not its slot fields.
func (d *Dict) mirrorClearAll() {
	cls := slottedDictClass(d)
	if cls == nil {
		d.mirrorClear()
		return
	}
	for k := range d.mirror {
		if !classSlotField(cls, k) {
			delete(d.mirror, k)
		}
	}
}

// exceptionDictMade reports whether e has a __dict__ CPython would have
// made by now: an attribute was stored, or __dict__ was read.
func exceptionDictMade(e *py.Exception) bool {
	if !exceptionHasSlots(e.Base) {
		return e.Dict != nil
	}
	for k := range e.Dict {
		if !classSlotField(e.Base, k) {
			return true
		}
	}
	if slottedDictsLive.Load() == 0 {
		return false
	}
	exceptionDictsMu.Lock()
	defer exceptionDictsMu.Unlock()
	_, ok := exceptionDicts[weak.Make(e)]
	return ok
}
