package vm

import (
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// C.__bases__ = (A, B): 3.6's checks, then the new bases, __base__ and
// MRO of the class and of every class derived from it (each through its
// metaclass's mro() when that is overridden). Any failure leaves every
// class as it was.

// solidBase is the class whose instance layout t's instances have: the
// first class of t's MRO built into the interpreter (object for a
// Python class with no built-in base).
func solidBase(t *py.Type) *py.Type {
	for _, m := range t.Mro {
		if mt, ok := m.(*py.Type); ok && mt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			if mt == py.BigIntType {
				return py.IntType
			}
			return mt
		}
	}
	return py.ObjectType
}

// collected reports whether CPython's cycle collector tracks t's
// instances, which decides how they are freed: classes of class
// statements and containers are, plain values are not.
func collected(t *py.Type) bool {
	if madeByTypeNew(t) {
		// tracked when it adds to its base's layout, else as its base
		// (class_layout.go): class W: __slots__ = () is not
		if o := layoutOwner(t); o != t {
			return collected(o)
		}
		return true
	}
	if t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return true
	}
	switch t {
	case py.ObjectType, py.IntType, py.BigIntType, py.FloatType, py.ComplexType, py.StringType, py.BytesType, py.BoolType, py.RangeType, py.SliceType:
		return false
	}
	return true
}

// bestBase is the base among bases whose layout extends the others', as
// the new __base__.
func bestBase(bases []*py.Type) *py.Type {
	best := bases[0]
	for _, b := range bases[1:] {
		if solidBase(b) != solidBase(best) && solidBase(b).IsSubtype(solidBase(best)) {
			best = b
		}
	}
	return best
}

// baseChainHas reports whether t is on b's __base__ chain, which an
// assignment of __bases__ sets before the MROs are recomputed (a
// metaclass's mro() may assign __bases__ again meanwhile).
func baseChainHas(b, t *py.Type) bool {
	for n := 0; b != nil && n < 10000; b, n = b.Base, n+1 {
		if b == t {
			return true
		}
	}
	return false
}

// setClassBases is t.__bases__ = v (v nil: del t.__bases__).
func setClassBases(t *py.Type, v py.Object) error {
	name := shortName(t)
	if v == nil {
		return py.ExceptionNewf(py.TypeError, "can't delete %s.__bases__", name)
	}
	tup, ok := v.(py.Tuple)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "can only assign tuple to %s.__bases__, not %s", name, typeName(v))
	}
	if len(tup) == 0 {
		return py.ExceptionNewf(py.TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", name)
	}
	bases := make([]*py.Type, len(tup))
	for i, b := range tup {
		bt, ok := b.(*py.Type)
		if !ok || pyutil.IsInstanceObject(bt) {
			return py.ExceptionNewf(py.TypeError, "%s.__bases__ must be tuple of classes, not '%s'", name, typeName(b))
		}
		if err := acceptableBases(py.Tuple{bt}); err != nil {
			return err
		}
		if bt == t || bt.IsSubtype(t) || baseChainHas(bt, t) {
			return py.ExceptionNewf(py.TypeError, "a __bases__ item causes an inheritance cycle")
		}
		bases[i] = bt
	}
	oldBase := t.Base
	if oldBase == nil {
		oldBase = py.ObjectType
	}
	newBase := bestBase(bases)
	if collected(newBase) != collected(oldBase) {
		return py.ExceptionNewf(py.TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'", shortName(newBase), shortName(oldBase))
	}
	if !compatibleLayouts(oldBase, newBase) { // class_layout.go
		return py.ExceptionNewf(py.TypeError, "__bases__ assignment: '%s' object layout differs from '%s'", shortName(newBase), shortName(oldBase))
	}

	// What mro() of a Python metaclass does may assign __bases__ again
	// (reentrance): a class whose MRO was replaced meanwhile keeps it,
	// and t's registration under its bases (or, on error, the undoing
	// of its bases) is left to the inner assignment when t.Bases is no
	// longer this one's.
	type saved struct {
		t   *py.Type
		mro py.Tuple
	}
	var undo []saved
	oldBases, oldBase := t.Bases, t.Base
	mine := append(py.Tuple(nil), tup...)
	restore := func() {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i].t.Mro = undo[i].mro
		}
		if sameTuple(t.Bases, mine) {
			t.Bases, t.Base = oldBases, oldBase
		}
	}
	t.Bases = mine
	t.Base = newBase
	defer classChanged()
	// t first, then the classes derived from it, each after its bases.
	todo := []*py.Type{t}
	seen := map[*py.Type]bool{}
	for len(todo) > 0 {
		c := todo[0]
		todo = todo[1:]
		if seen[c] {
			continue
		}
		seen[c] = true
		before := c.Mro
		reent, err := recomputeMro(c)
		if err != nil {
			restore()
			return err
		}
		if reent {
			continue // its classes were redone by the inner assignment
		}
		undo = append(undo, saved{c, before})
		for _, sub := range subclassesOf(c).Items {
			if st, ok := sub.(*py.Type); ok {
				todo = append(todo, st)
			}
		}
	}
	if sameTuple(t.Bases, mine) {
		moveSubclass(t, oldBases, oldBase)
	}
	return nil
}

// recomputeMro gives c the MRO of its current bases: its metaclass's mro()
// when a Python metaclass overrides it, else the C3 linearization.
// reent reports an MRO replaced by the metaclass's mro() itself.
func recomputeMro(c *py.Type) (reent bool, err error) {
	if meta := c.Type(); meta != nil && mroOverride(meta) != nil {
		return applyMroOverrideReent(c)
	}
	l, err := linearize(c)
	if err != nil {
		return false, err
	}
	c.Mro = py.Tuple(l.(*py.List).Items)
	return false, nil
}

// moveSubclass files t under its new bases in the __subclasses__
// registry, and out of the old ones it no longer names.
func moveSubclass(t *py.Type, oldBases py.Tuple, oldBase *py.Type) {
	if len(oldBases) == 0 && oldBase != nil {
		oldBases = py.Tuple{oldBase}
	}
	subclassRegistry.Lock()
	for _, b := range oldBases {
		bt, ok := b.(*py.Type)
		if !ok {
			continue
		}
		key := weak.Make(bt)
		ptrs := subclassRegistry.of[key]
		kept := ptrs[:0]
		for _, p := range ptrs {
			if p.Value() != t {
				kept = append(kept, p)
			}
		}
		subclassRegistry.of[key] = kept
	}
	subclassRegistry.Unlock()
	recordSubclass(t)
}

// builtinTypeLocked reports whether scripts may not set or delete the
// attributes of t, as CPython 3.6 refuses for its static types (those
// written in C): every Go type (int, ValueError, itertools.repeat,
// _ssl.MemoryBIO, the _io classes, which carry TPFLAGS_HEAPTYPE only so
// that class statements derive from them) and a class written in Python
// for a C type (SetExtensionName: collections.OrderedDict), but not a Go
// type standing for a class 3.6 writes in Python: one of a module
// pyutil.WrittenInPython names (socket.socket, ssl.SSLContext), an
// exception class of a module (3.6 makes them heap types). (An enum's
// attributes are its metaclass's, internal/pyenum.)
func builtinTypeLocked(t *py.Type) bool {
	if madeByTypeNew(t) {
		_, extension := extensionName(t)
		return extension
	}
	mod, _ := t.Dict["__module__"].(py.String)
	if mod == "" {
		if m, ok := classAttr(t, "__module__"); ok {
			mod, _ = m.(py.String)
		}
	}
	if mod != "builtins" && t.IsSubtype(py.BaseException) {
		return false
	}
	return !pyutil.WrittenInPython(string(mod))
}

// builtinTypeSetError is 3.6's refusal of int.x = 1 and del int.x.
func builtinTypeSetError(t *py.Type) error {
	return py.ExceptionNewf(py.TypeError, "can't set attributes of built-in/extension type '%s'", tpName(t))
}
