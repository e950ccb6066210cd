package vm

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// type's member descriptors that describe the memory layout of a class's
// instances, with CPython 3.6's figures for a 64-bit build:
// __basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__ and
// __flags__. The project's values are Go objects whose sizes differ;
// what scripts and tests compare is the figures' relations (a class
// that adds nothing has its base's size, a class that adds a __dict__
// has a dict offset), which follow from the layout the class was made
// with (class_instance_layout.go) as CPython works them out in
// type_new: the base's size, a word per slot, then the __dict__ and
// __weakref__ words the class adds.

// typeSizes are a class's __basicsize__, __itemsize__, __dictoffset__
// and __weakrefoffset__.
type typeSizes struct{ basic, item, dict, weak int }

// CPython 3.6's flag bits that __flags__ shows.
const (
	tpHaveFinalize    = 1 << 0
	tpHeapType        = 1 << 9
	tpBaseType        = 1 << 10
	tpReady           = 1 << 12
	tpHaveGC          = 1 << 14
	tpHaveVersionTag  = 1 << 18
	tpValidVersionTag = 1 << 19
	tpIsAbstract      = 1 << 20
)

// builtinSizes and builtinFlags are 3.6's figures for the built-in types.
var (
	builtinSizes = map[*py.Type]typeSizes{}
	builtinFlags = map[*py.Type]int{}
)

func init() {
	sizes := []struct {
		t     *py.Type
		s     typeSizes
		flags int
	}{
		{py.ObjectType, typeSizes{16, 0, 0, 0}, 0xc1400},
		{py.IntType, typeSizes{24, 4, 0, 0}, 0x10c1400},
		{py.BigIntType, typeSizes{24, 4, 0, 0}, 0x10c1400},
		{py.BoolType, typeSizes{32, 4, 0, 0}, 0x10c1000},
		{py.FloatType, typeSizes{24, 0, 0, 0}, 0x41400},
		{py.ComplexType, typeSizes{32, 0, 0, 0}, 0x41400},
		{py.StringType, typeSizes{80, 0, 0, 0}, 0x100c1400},
		{py.BytesType, typeSizes{33, 1, 0, 0}, 0x80c1400},
		{py.TupleType, typeSizes{24, 8, 0, 0}, 0x40c5400},
		{py.ListType, typeSizes{40, 0, 0, 0}, 0x20c5400},
		{DictType, typeSizes{48, 0, 0, 0}, 0x200c5400},
		{SetType, typeSizes{200, 0, 0, 192}, 0xc5400},
		{FrozenSetType, typeSizes{200, 0, 0, 192}, 0xc5400},
		{py.TypeType, typeSizes{864, 40, 264, 368}, 0x800c5400},
		{propertyType, typeSizes{56, 0, 0, 0}, 0xc5400},
		{py.ClassMethodType, typeSizes{32, 0, 24, 0}, 0xc5400},
		{py.StaticMethodType, typeSizes{32, 0, 24, 0}, 0xc5400},
		{py.ModuleType, typeSizes{56, 0, 16, 40}, 0xc5400},
		{py.FunctionType, typeSizes{112, 0, 72, 80}, 0xc5000},
		{py.RangeType, typeSizes{48, 0, 0, 0}, 0x41000},
		{py.SliceType, typeSizes{40, 0, 0, 0}, 0x45000},
		{py.NoneTypeType, typeSizes{16, 0, 0, 0}, 0xc1000},
		{py.BaseException, typeSizes{64, 0, 16, 0}, 0x400c5400},
		{py.StopIteration, typeSizes{72, 0, 16, 0}, 0x400c5400},
		{py.SystemExit, typeSizes{72, 0, 16, 0}, 0x400c5400},
		{py.ImportError, typeSizes{88, 0, 16, 0}, 0x400c5400},
		{py.OSError, typeSizes{104, 0, 16, 0}, 0x400c5400},
		{py.SyntaxError, typeSizes{112, 0, 16, 0}, 0x400c5400},
		{py.UnicodeEncodeError, typeSizes{104, 0, 16, 0}, 0x400c5400},
		{py.UnicodeDecodeError, typeSizes{104, 0, 16, 0}, 0x400c5400},
		{py.UnicodeTranslateError, typeSizes{104, 0, 16, 0}, 0x400c5400},
		{py.CodeType, typeSizes{144, 0, 0, 128}, 0x41000},
		{py.FrameType, typeSizes{384, 8, 0, 0}, 0xc5000},
		{py.GeneratorType, typeSizes{64, 0, 0, 40}, 0xc5001},
		{py.BoundMethodType, typeSizes{40, 0, 0, 32}, 0x45000},
		{py.MethodType, typeSizes{48, 0, 0, 40}, 0xc5000},
		{py.TracebackType, typeSizes{40, 0, 0, 0}, 0xc5000},
		{py.EnumerateType, typeSizes{48, 0, 0, 0}, 0x45400},
		{py.FilterType, typeSizes{32, 0, 0, 0}, 0x45400},
		{py.MapType, typeSizes{32, 0, 0, 0}, 0xc5400},
		{py.ZipType, typeSizes{40, 0, 0, 0}, 0x45400},
		{superType, typeSizes{40, 0, 0, 0}, 0x45400},
		{listIteratorType, typeSizes{32, 0, 0, 0}, 0x45000},
		{py.EllipsisTypeType, typeSizes{16, 0, 0, 0}, 0x41000},
	}
	for _, s := range sizes {
		builtinSizes[s.t] = s.s
		builtinFlags[s.t] = s.flags
	}
}

// typeLayoutAttr answers the class t's layout members; ok is false for
// any other name.
func typeLayoutAttr(t *py.Type, name string) (py.Object, bool) {
	switch name {
	case "__basicsize__":
		return py.Int(sizesOf(t, 0).basic), true
	case "__itemsize__":
		return py.Int(sizesOf(t, 0).item), true
	case "__dictoffset__":
		return py.Int(sizesOf(t, 0).dict), true
	case "__weakrefoffset__":
		return py.Int(sizesOf(t, 0).weak), true
	case "__flags__":
		return py.Int(flagsOf(t, 0)), true
	}
	return nil, false
}

// sizesOf works out t's figures: a built-in type's from the table (a Go
// type it lacks has its nearest described base's), a class's from its
// layout base and what the class adds.
func sizesOf(t *py.Type, depth int) typeSizes {
	if depth > 64 {
		return builtinSizes[py.ObjectType]
	}
	if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		for _, c := range builtinAncestry(t) {
			if s, ok := builtinSizes[c]; ok {
				return s
			}
		}
		return builtinSizes[py.ObjectType]
	}
	if s, ok := declaredLayouts.Load(weak.Make(t)); ok {
		return s.(typeSizes)
	}
	s := sizesOf(layoutBase(t), depth+1)
	if slots, ok := classSlots(t); ok {
		if names, err := classSlotNames(t.Name, slots); err == nil {
			for _, n := range names {
				if n != "__dict__" && n != "__weakref__" {
					s.basic += 8
				}
			}
		}
	}
	addDict, addWeak, known := classAdds(t)
	if !known {
		addDict, addWeak = s.dict == 0, s.weak == 0 && s.item == 0
	}
	if addDict {
		if s.item != 0 {
			s.dict = -8 // after the variable part, found from the end
		} else {
			s.dict = s.basic
		}
		s.basic += 8
	}
	if addWeak {
		s.weak = s.basic
		s.basic += 8
	}
	return s
}

// builtinAncestry is t and its bases, nearest first: its MRO, or its
// Base chain for a Go type never readied (gpython's exception types have
// an MRO but no Base).
func builtinAncestry(t *py.Type) []*py.Type {
	var out []*py.Type
	for _, b := range t.Mro {
		if bt, ok := b.(*py.Type); ok {
			out = append(out, bt)
		}
	}
	if len(out) == 0 {
		for c := t; c != nil && len(out) < 64; c = c.Base {
			out = append(out, c)
		}
	}
	return out
}

// flagsOf is t's __flags__.
func flagsOf(t *py.Type, depth int) int {
	if t.Flags&py.TPFLAGS_HEAPTYPE == 0 || depth > 64 {
		for _, c := range builtinAncestry(t) {
			if f, ok := builtinFlags[c]; ok {
				return f
			}
		}
		f := tpReady | tpHaveVersionTag | tpValidVersionTag
		if t.Flags&py.TPFLAGS_BASETYPE != 0 {
			f |= tpBaseType
		}
		return f
	}
	base := layoutBase(t)
	bf := flagsOf(base, depth+1)
	f := tpHaveFinalize | tpHeapType | tpBaseType | tpReady | tpHaveVersionTag
	if refusedClass(t) {
		f &^= tpBaseType // class_refused_base.go
	}
	f |= bf & subclassFlagBits
	if bf&tpHaveGC != 0 || sizesOf(t, 0).basic > sizesOf(base, 0).basic {
		f |= tpHaveGC
	}
	if isAbstractClass(t) {
		f |= tpIsAbstract
	} else {
		f |= tpValidVersionTag
	}
	return f
}

// subclassFlagBits are the bits that mark subclasses of int, list,
// tuple, bytes, str, dict, BaseException and type.
const subclassFlagBits = 0xff << 24

// isAbstractClass reports whether t has abstract methods left (abc's
// classes set __abstractmethods__ to a non-empty set).
func isAbstractClass(t *py.Type) bool {
	v, ok := t.Dict["__abstractmethods__"]
	if !ok {
		return false
	}
	b, err := Truth(v)
	return err == nil && b
}

// declaredLayouts holds the figures of the Python classes that stand in
// for CPython extension types (SetInstanceLayout), keyed weakly: a class
// belongs to one interpreter, which must be free to go when it is
// closed; its entry goes with it.
var declaredLayouts sync.Map // weak.Pointer[py.Type] -> typeSizes

// SetInstanceLayout gives the Python class cls, which stands in for a C
// type of CPython's (io.py's BytesIO), that type's __basicsize__,
// __dictoffset__ and __weakrefoffset__; object.__sizeof__ of its
// instances and of its subclasses' then follows from them.
func SetInstanceLayout(cls *py.Type, basic, dictOffset, weakOffset int) {
	key := weak.Make(cls)
	if _, loaded := declaredLayouts.Swap(key, typeSizes{basic: basic, dict: dictOffset, weak: weakOffset}); !loaded {
		runtime.AddCleanup(cls, func(k weak.Pointer[py.Type]) { declaredLayouts.Delete(k) }, key)
	}
}

// hasDeclaredLayout reports whether a class of cls's MRO has a layout
// given by SetInstanceLayout.
func hasDeclaredLayout(cls *py.Type) bool {
	for _, b := range cls.Mro {
		if bt, isType := b.(*py.Type); isType {
			if _, ok := declaredLayouts.Load(weak.Make(bt)); ok {
				return true
			}
		}
	}
	return false
}
