package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The __class__ cell of a class body (zero-argument super() and
// __class__ in methods) is filled as CPython 3.6 fills it: the body's
// namespace carries it as __classcell__, type.__new__ takes it out and
// sets it to the class it makes, so that __class__ works as soon as
// type.__new__ returns, even inside a metaclass's __new__ or when the
// namespace is given to type() later; __build_class__ then checks that
// the metaclass passed it on.

// takeClassCell removes __classcell__ from the namespace type.__new__ is
// about to use (returning a copy without it) and gives the cell; a value
// that is not a cell is CPython's TypeError.
func takeClassCell(ns py.StringDict) (py.StringDict, *py.Cell, error) {
	v, ok := ns["__classcell__"]
	if !ok {
		return ns, nil, nil
	}
	cell, ok := v.(*py.Cell)
	if !ok {
		return nil, nil, py.ExceptionNewf(py.TypeError, "__classcell__ must be a nonlocal cell, not %s", classRepr(v.Type()))
	}
	ns = ns.Copy()
	delete(ns, "__classcell__")
	return ns, cell, nil
}

// publishClassCell puts the body's __class__ cell into the namespace the
// metaclass receives.
func publishClassCell(ns py.StringDict, prepared py.Object, cell py.Object) error {
	c, ok := cell.(*py.Cell)
	if !ok {
		return nil
	}
	if prepared != nil {
		return SetItem(prepared, py.String("__classcell__"), c)
	}
	ns["__classcell__"] = c
	return nil
}

// checkClassCell runs after the metaclass made cls for the class
// statement name: a cell type.__new__ never saw is set here, with
// CPython 3.6's DeprecationWarning; a cell holding another class is a
// TypeError.
func checkClassCell(cell py.Object, cls py.Object, name py.String) error {
	c, ok := cell.(*py.Cell)
	if !ok {
		return nil
	}
	if _, isType := isClass(cls); !isType {
		return nil
	}
	switch v := c.Get(); {
	case v == nil:
		msg := fmt.Sprintf("__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", reprOrName(name), reprOrName(cls))
		if err := WarnDeprecation(msg); err != nil {
			return err
		}
		c.Set(cls)
	case v != cls:
		return py.ExceptionNewf(py.TypeError, "__class__ set to %s defining %s as %s", reprOrName(v), reprOrName(name), reprOrName(cls))
	}
	return nil
}

// classRepr is repr() of a class, for messages.
func classRepr(t *py.Type) string { return reprOrName(t) }

func reprOrName(o py.Object) string {
	s, err := Repr(o)
	if err != nil {
		return typeName(o)
	}
	return s
}

// seedNamespace copies what a metaclass's __prepare__ put in the mapping
// it returned (a dict or a dict subclass) into ns, the namespace the class
// body runs in, so that the body reads those names.
func seedNamespace(ns py.StringDict, prepared py.Object) {
	d, ok := pyutil.Unwrap(prepared).(*Dict)
	if !ok {
		return
	}
	d.Items(func(k, v py.Object) bool {
		if s, ok := k.(py.String); ok {
			ns[string(s)] = v
		}
		return true
	})
}
