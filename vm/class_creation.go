package vm

import (
	"github.com/go-python/gpython/py"
)

// What happens when a class is made, by a class statement or by
// type(name, bases, namespace): gpython's type.__new__ builds the class;
// around it the loop adds what gpython lacks: __slots__, __set_name__,
// __init_subclass__ with the class's keyword arguments, and the loop's
// instance creation (setUpClass).

// prevTypeNew is gpython's type.__new__.
var prevTypeNew py.NewFunc

// typeNew is type.__new__(meta, name, bases, namespace, **kwargs).
func typeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 3 {
		return prevTypeNew(t, args, kwargs)
	}
	ns, ok := args[2].(py.StringDict)
	if d, isDict := args[2].(*Dict); isDict {
		var err error
		ns, err = d.ToStringDict(func(k py.Object) error {
			return py.ExceptionNewf(py.TypeError, "type() namespace keys must be strings")
		})
		if err != nil {
			return nil, err
		}
		ok = true
	}
	if !ok {
		return prevTypeNew(t, args, kwargs)
	}
	// gpython refuses __slots__: the class is made without it, and the
	// loop enforces it (slotAllows).
	slots, hasSlots := ns["__slots__"]
	if hasSlots {
		ns = ns.Copy()
		delete(ns, "__slots__")
		if err := checkSlots(slots); err != nil {
			return nil, err
		}
	}
	r, err := prevTypeNew(t, py.Tuple{args[0], args[1], ns}, nil)
	// Every class made invalidates the class-attribute caches: a new
	// class may reuse a dead one's address.
	classChanged()
	if err != nil {
		return r, err
	}
	cls, ok := r.(*py.Type)
	if !ok {
		return r, nil
	}
	if hasSlots {
		cls.Dict["__slots__"] = slots
	}
	setUpClass(cls)
	if err := setNames(cls); err != nil {
		return nil, err
	}
	if err := initSubclass(cls, kwargs); err != nil {
		return nil, err
	}
	return cls, nil
}

// slotNames lists a __slots__ value's names: one str, or an iterable of
// them.
func slotNames(slots py.Object) ([]string, error) {
	if s, ok := slots.(py.String); ok {
		return []string{string(s)}, nil
	}
	items, err := toTuple(slots)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := it.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__slots__ items must be strings, not '%s'", typeName(it))
		}
		names = append(names, string(s))
	}
	return names, nil
}

func checkSlots(slots py.Object) error {
	names, err := slotNames(slots)
	if err != nil {
		return err
	}
	for _, n := range names {
		if !isIdentifier(n) {
			return py.ExceptionNewf(py.TypeError, "__slots__ must be identifiers")
		}
	}
	return nil
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// slotAllows reports whether instances of cls may hold the attribute
// name in their dict: always, unless every Python class of the MRO
// declares __slots__ (and none of them lists __dict__), in which case
// only the names listed.
func slotAllows(cls *py.Type, name string) bool {
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok {
			return true
		}
		if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			if bt == py.ObjectType || valueBases[bt] {
				continue
			}
			return true
		}
		slots, ok := bt.Dict["__slots__"]
		if !ok {
			return true
		}
		names, err := slotNames(slots)
		if err != nil {
			return true
		}
		for _, n := range names {
			if n == name || n == "__dict__" {
				return true
			}
		}
	}
	return false
}

// setNames calls __set_name__(cls, name) on the attributes of the new
// class that define it.
func setNames(cls *py.Type) error {
	for _, name := range sortedKeys(cls.Dict) {
		v := cls.Dict[name]
		dc, ok := pythonClassOf(v)
		if !ok {
			continue
		}
		if m := userMethod(dc, "__set_name__"); m != nil {
			if _, err := callMethod(v, m, cls, py.String(name)); err != nil {
				return py.ExceptionNewf(py.RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'", shortName(dc), name, cls.Name)
			}
		}
	}
	return nil
}

// initSubclass calls the parent's __init_subclass__ (an implicit
// classmethod) with the class statement's keyword arguments; object's
// takes none.
func initSubclass(cls *py.Type, kwargs py.StringDict) error {
	for _, b := range cls.Mro[1:] {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			break
		}
		m, ok := bt.Dict["__init_subclass__"]
		if !ok {
			continue
		}
		if cm, ok := m.(*py.ClassMethod); ok {
			m = cm.Callable
		}
		_, err := callMethodKw(cls, m, nil, kwargs)
		return err
	}
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "__init_subclass__() takes no keyword arguments")
	}
	return nil
}
