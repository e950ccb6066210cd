package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"
)

// The Go-method cache of LOAD_METHOD on built-in values.
//
// lst.append(x), d.get(k) and s.unpack_from(b) find their method in the
// value's type dict, a Go map with tens of entries: every call hashed the
// name and probed the map. Each thread keeps the methods it found in a
// small direct-mapped table keyed by the type and the name's address
// (decoded code interns its names, so a site always passes the same one),
// with no hashing of the name's bytes.
//
// What can change a type dict: nothing, for the core types (list, dict,
// set, tuple, str, bytes: "can't set attributes of built-in/extension
// type"), whose dicts are complete once the packages' init functions have
// run; for other types, a class attribute stored through setattr or
// type.__setattr__, which moves classEpoch (attrcache.go). An entry is
// valid for the epoch it was filled in, so both are seen. Only the lookup
// in the type dict is cached: whether the value may use it (its own
// __getattribute__, an instance dict) is checked on every call, as before.
// Entries hold types and their methods, never a value.

const (
	typeMethodBits = 7
	typeMethodSize = 1 << typeMethodBits
)

type typeMethodEntry struct {
	typ   *py.Type
	name  *byte // the name's address
	nlen  int
	epoch uint64
	m     *py.Method
}

type typeMethodCache [typeMethodSize]typeMethodEntry

// MethodDescriptor is a type-dict entry that stands for a Go method of
// the type's values, as a C method descriptor does (decimal.Decimal's
// accelerated methods): LOAD_METHOD calls DescribedMethod with the value
// first, as the bound method the entry's __get__ makes would be called.
type MethodDescriptor interface {
	DescribedMethod() *py.Method
}

// typeMethod is typ.Dict[name] when that is a Go method (or a
// MethodDescriptor's), else nil.
func (tc *typeMethodCache) typeMethod(typ *py.Type, name string) *py.Method {
	p := unsafe.StringData(name)
	e := &tc[((uintptr(unsafe.Pointer(typ))^uintptr(unsafe.Pointer(p))<<5^uintptr(len(name)))*0x9e3779b97f4a7c15)>>(64-typeMethodBits)]
	epoch := classEpoch.Load()
	if e.typ == typ && e.name == p && e.nlen == len(name) && e.epoch == epoch {
		return e.m
	}
	attr := typ.Dict[name]
	m, ok := attr.(*py.Method)
	if !ok {
		md, isMD := attr.(MethodDescriptor)
		if !isMD {
			return nil // not kept: GetAttr's path follows
		}
		m = md.DescribedMethod()
	}
	*e = typeMethodEntry{typ: typ, name: p, nlen: len(name), epoch: epoch, m: m}
	return m
}
