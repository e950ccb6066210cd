package vm

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// type.mro(), and metaclasses that override it.
//
// gpython's type has no mro method, and when a metaclass defines one,
// gpython's class creation calls it without the class (its lookup_maybe
// finds the plain function). Here cls.mro() and type.mro(cls) answer with
// the C3 linearization of cls's bases, as CPython's type.mro, and a class
// whose metaclass overrides mro gets the MRO that override returns: gpython
// builds the class with its own linearization, the override hidden from
// it, and the loop then calls cls.mro() and installs its result.

// mroNamed is what cls.mro and type.mro answer (classGetAttr): for a
// metaclass (type or a subclass) the method taking the class, else the
// method bound to the class.
func mroNamed(t *py.Type) py.Object {
	if t.IsSubtype(py.TypeType) {
		builtinDictOnce.Do(makeBuiltinDictDescrs)
		return typeDictEntries["mro"] // <method 'mro' of 'type' objects>
	}
	return py.MustNewMethod("mro", func(py.Object) (py.Object, error) {
		return linearize(t)
	}, 0, typeMroDoc)
}

const typeMroDoc = "mro() -> list\nthe classes searched, in order, when an attribute of the type is looked up"

// linearize is the C3 linearization of t: t, then the merge of its
// bases' MROs and the list of its bases.
func linearize(t *py.Type) (py.Object, error) {
	bases := t.Bases
	if len(bases) == 0 {
		if t == py.ObjectType {
			return py.NewListFromItems([]py.Object{t}), nil
		}
		bases = py.Tuple{py.ObjectType}
	}
	seqs := make([][]*py.Type, 0, len(bases)+1)
	direct := make([]*py.Type, 0, len(bases))
	for _, b := range bases {
		bt, ok := b.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "bases must be types")
		}
		for _, seen := range direct {
			if seen == bt {
				return nil, py.ExceptionNewf(py.TypeError, "duplicate base class %s", shortName(bt))
			}
		}
		direct = append(direct, bt)
		var seq []*py.Type
		for _, m := range bt.Mro {
			if mt, ok := m.(*py.Type); ok {
				seq = append(seq, mt)
			}
		}
		seqs = append(seqs, seq)
	}
	seqs = append(seqs, direct)
	out := []py.Object{t}
	for {
		var next *py.Type
		for _, s := range seqs {
			if len(s) == 0 || inTail(seqs, s[0]) {
				continue
			}
			next = s[0]
			break
		}
		if next == nil {
			break
		}
		out = append(out, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
	var left []string
	for _, s := range seqs {
		if len(s) > 0 && !containsName(left, shortName(s[0])) {
			left = append(left, shortName(s[0]))
		}
	}
	if len(left) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(left, ", "))
	}
	return py.NewListFromItems(out), nil
}

// inTail reports whether t is in the tail of one of seqs.
func inTail(seqs [][]*py.Type, t *py.Type) bool {
	for _, s := range seqs {
		for _, x := range s[min(1, len(s)):] {
			if x == t {
				return true
			}
		}
	}
	return false
}

func containsName(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// mroOverride is the class among the metaclass meta's MRO whose own
// namespace defines mro (a class statement's), nil when none does.
func mroOverride(meta *py.Type) *py.Type {
	for _, k := range meta.Mro {
		kt, ok := k.(*py.Type)
		if !ok || kt == py.TypeType || kt == py.ObjectType {
			continue
		}
		if _, ok := kt.Dict["mro"]; ok {
			return kt
		}
	}
	return nil
}

// mroHiding serialises the class creations that hide a metaclass's mro
// from gpython.
var mroHiding sync.Mutex

// withMroHidden runs make, gpython's class creation, with owner's mro out
// of its namespace.
func withMroHidden(owner *py.Type, make func() (py.Object, error)) (py.Object, error) {
	mroHiding.Lock()
	defer mroHiding.Unlock()
	fn := owner.Dict["mro"]
	delete(owner.Dict, "mro")
	defer func() { owner.Dict["mro"] = fn }()
	return make()
}

// applyFirstMroOverride sets the MRO of a class being made to what its
// metaclass's mro() returns. While mro() runs, the class has no MRO yet
// (its __mro__ is None, as in CPython's type_new), and an MRO that an
// assignment to __bases__ inside mro() gave it stands.
func applyFirstMroOverride(cls *py.Type) error {
	computed := cls.Mro
	cls.Mro = nil
	_, err := applyMroOverrideReent(cls)
	if err != nil && cls.Mro == nil {
		cls.Mro = computed
	}
	return err
}

// applyMroOverrideReent sets cls's MRO to what cls.mro() returns, but
// leaves it alone and reports reent when the mro() call itself replaced
// it (an assignment to __bases__ made inside mro(), whose MRO stands).
func applyMroOverrideReent(cls *py.Type) (reent bool, err error) {
	before := cls.Mro
	items, err := mroOverrideResult(cls)
	if err != nil {
		return false, err
	}
	if !sameTuple(cls.Mro, before) {
		return true, nil
	}
	cls.Mro = items
	return false, nil
}

// sameTuple reports whether a and b are the same tuple object.
func sameTuple(a, b py.Tuple) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0]
}

// mroOverrideResult is what cls's metaclass's mro() gives, checked.
func mroOverrideResult(cls *py.Type) (py.Tuple, error) {
	m, err := GetAttr(cls, "mro")
	if err != nil {
		return nil, err
	}
	res, err := Call(m, nil, nil)
	if err != nil {
		return nil, err
	}
	items, err := py.SequenceTuple(res)
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		if _, ok := it.(*py.Type); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "mro() returned a non-class ('%s')", it.Type().Name)
		}
	}
	return items, nil
}
