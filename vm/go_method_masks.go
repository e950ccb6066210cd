package vm

import (
	"reflect"
	"sort"
)

// Which special methods (M__add__, M__len__, ...) a Go type implements,
// as a bit set: installTypeSlots asks about fifty names for each of about
// a hundred types at start-up, and reflection answers each yes by
// building the method's func type (reflect's Method), which cost three
// million instructions per start-up. The answers for the types registered
// at package init are computed ahead of time (goMethodTableEntry, in
// go_method_masks_gen.go, written by `go generate ./vm/`); a type the
// table lacks, or whose method count no longer matches its entry, is
// asked by reflection as before. internal/gomethodtable's test checks
// that the table is current.

//go:generate go run ../internal/gomethodtable/gen -o go_method_masks_gen.go

// goMethodNames are the names a bit set covers: bit i is M<goMethodNames[i]>.
// Any change needs `go generate ./vm/`.
var goMethodNames = [...]string{
	"__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
	"__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__",
	"__divmod__", "__rdivmod__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
	"__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
	"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
	"__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__",
	"__pow__", "__rpow__", "__len__", "__bool__", "__getitem__", "__setitem__",
	"__delitem__", "__contains__", "__iter__", "__iadd__", "__imul__", "__next__",
}

// binarySlotNames are the operator methods a type gets when its Go value
// implements them (M__add__ and so on); unarySlotNames the one-operand
// methods taken the same way.
var (
	binarySlotNames = goMethodNames[0:30:30]
	unarySlotNames  = goMethodNames[30:37:37]
)

// goMethodBits maps each of goMethodNames to its bit.
var goMethodBits = func() map[string]uint {
	m := make(map[string]uint, len(goMethodNames))
	for i, n := range goMethodNames {
		m[n] = uint(i)
	}
	return m
}()

// goMethodMask is the set of goMethodNames that a Go type has methods for.
type goMethodMask uint64

// has reports whether the set holds name, one of goMethodNames.
func (m goMethodMask) has(name string) bool {
	i, ok := goMethodBits[name]
	if !ok {
		panic("vm: " + name + " is not in goMethodNames")
	}
	return m.hasBit(i)
}

// hasBit reports whether the set holds goMethodNames[i].
func (m goMethodMask) hasBit(i uint) bool { return m&(1<<i) != 0 }

// goMethodTypes are the types goMethodsOf was asked about, for
// GoMethodTable: a set, so that types registered again at run time (a
// module set up per interpreter) do not make it grow.
var goMethodTypes = make(map[reflect.Type]struct{}, 128)

// goMethodsOf is the set of goMethodNames that rt has M methods for.
func goMethodsOf(rt reflect.Type) goMethodMask {
	goMethodTypes[rt] = struct{}{}
	return goMethodsFrom(rt, goMethodTableEntry)
}

// goMethodsFrom is goMethodsOf with the table's rows from table.
func goMethodsFrom(rt reflect.Type, table func(key string) (mask uint64, methods int, ok bool)) goMethodMask {
	if mask, methods, ok := table(goMethodKey(rt)); ok && methods == rt.NumMethod() {
		return goMethodMask(mask)
	}
	return reflectGoMethods(rt)
}

// reflectGoMethods asks reflection for each of goMethodNames.
func reflectGoMethods(rt reflect.Type) goMethodMask {
	var m goMethodMask
	for i, name := range goMethodNames {
		if hasMethodM(rt, nil, name) {
			m |= 1 << uint(i)
		}
	}
	return m
}

// goMethodKey names rt in the table: its package path and its name
// ("*itertools.chain" alone could be two types).
func goMethodKey(rt reflect.Type) string {
	named := rt
	if named.Kind() == reflect.Pointer {
		named = named.Elem()
	}
	return named.PkgPath() + " " + rt.String()
}

// GoMethodEntry is a row of the table of go_method_masks_gen.go.
type GoMethodEntry struct {
	Key     string // goMethodKey
	Methods int    // the type's count of exported methods
	Mask    uint64 // goMethodMask, by reflection
}

// GoMethodTable computes the table's rows by reflection for the types
// installTypeSlots met so far (those of package init, when called from
// the generator), sorted by key; a key two types share is left out. It
// is for internal/gomethodtable, which writes and checks the table.
func GoMethodTable() []GoMethodEntry {
	byKey := map[string]reflect.Type{}
	clash := map[string]bool{}
	for rt := range goMethodTypes {
		k := goMethodKey(rt)
		if prev, ok := byKey[k]; ok && prev != rt {
			clash[k] = true
		}
		byKey[k] = rt
	}
	var rows []GoMethodEntry
	for k, rt := range byKey {
		if clash[k] {
			continue
		}
		rows = append(rows, GoMethodEntry{Key: k, Methods: rt.NumMethod(), Mask: uint64(reflectGoMethods(rt))})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Key < rows[j].Key })
	return rows
}
