package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// pythonMetaclassOf is the metaclass of o when o is a class whose
// metaclass was written in Python (class M(type)); ok is false otherwise.
func pythonMetaclassOf(o py.Object) (*py.Type, bool) {
	t, ok := o.(*py.Type)
	if !ok || pyutil.IsInstanceObject(t) {
		return nil, false
	}
	meta := t.Type()
	if meta == nil || meta.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil, false
	}
	return meta, true
}

// metaclassCompare applies a rich comparison between classes whose
// metaclass defines it in Python (X == Y calls M.__eq__(X, Y)), with the
// reflected method of the other operand's metaclass as for instances. ok
// is false when no such method answered: the default comparison applies.
func metaclassCompare(op int, a, b py.Object) (py.Object, bool, error) {
	ma, aok := pythonMetaclassOf(a)
	mb, bok := pythonMetaclassOf(b)
	if !aok && !bok {
		return nil, false, nil
	}
	n := compareNames[op]
	try := func(self py.Object, meta *py.Type, name string, other py.Object) (py.Object, bool, error) {
		if meta == nil {
			return nil, false, nil
		}
		invert := false
		m := userMethod(meta, name)
		if m == nil && name == "__ne__" {
			// type's __ne__ inverts the metaclass's __eq__.
			m, invert = userMethod(meta, "__eq__"), true
		}
		if m == nil {
			return nil, false, nil
		}
		m, err := bindComparison(self, m)
		if err != nil {
			return nil, false, nil
		}
		r, err := callMethod(self, m, other)
		if err != nil {
			return nil, true, err
		}
		if r == py.NotImplemented {
			return nil, false, nil
		}
		if invert {
			t, err := Truth(r)
			return py.NewBool(!t), true, err
		}
		return r, true, nil
	}
	reflectedFirst := aok && bok && mb != ma && mb.IsSubtype(ma)
	if reflectedFirst {
		if r, ok, err := try(b, mb, n.reflected, a); ok || err != nil {
			return r, true, err
		}
	}
	if r, ok, err := try(a, ma, n.name, b); ok || err != nil {
		return r, true, err
	}
	if !reflectedFirst {
		if r, ok, err := try(b, mb, n.reflected, a); ok || err != nil {
			return r, true, err
		}
	}
	return nil, false, nil
}
