package vm

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// Attribute sites: an inline cache per attribute name of a code object.
//
// LOAD_ATTR, STORE_ATTR and LOAD_METHOD on an instance of a Python class
// need the class side of the lookup (attrcache.go's attrEntry: the class
// attribute, whether it is a data descriptor, the __getattribute__,
// __getattr__ and __setattr__ hooks). Each thread's attrCache finds it by
// hashing the class and the name; the site of the instruction's name in
// its code object answers before that hash with two comparisons, since
// one site almost always sees one class (self.x in a method).
//
// A site holds an immutable copy of the entry it was filled from, stamped
// with the class epoch of attrcache.go, so every change to any class (an
// attribute stored or deleted on a class, a new class, __bases__ or
// __class__ assigned) makes every site stale at once, and the next lookup
// refills it from the thread's cache. Sites are shared by the threads
// that run the code, hence the atomic pointer. A site that already holds
// a valid entry for another class keeps it (a name seen on several
// classes goes to the thread's cache), so that alternating classes do not
// allocate a copy at every lookup.

// attrAt is the class-attribute lookup of name number ni of c on cls.
func (t *thread) attrAt(c *code, ni int32, cls *py.Type) *attrEntry {
	site := &c.attrSites[ni]
	if e := site.Load(); e != nil && e.cls == cls && e.epoch == classEpoch.Load() {
		return e
	}
	return t.fillAttrSite(site, cls, c.py.Names[ni])
}

// fillAttrSite looks name up on cls through t's cache and keeps a copy in
// site unless the site holds a current entry for another class.
func (t *thread) fillAttrSite(site *atomic.Pointer[attrEntry], cls *py.Type, name string) *attrEntry {
	e := t.attrs.lookup(cls, name)
	if old := site.Load(); old == nil || old.epoch != e.epoch {
		kept := *e
		site.Store(&kept)
	}
	return e
}
