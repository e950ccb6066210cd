package vm

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// object.__dict__ and type.__dict__ list what CPython 3.6's do: object's
// slot wrappers and methods (which the loop answers without keeping them
// in object's namespace) and the '__class__' getset; type's getset and
// member descriptors ('__name__', '__mro__', ...), which read and write
// the attribute of the class they are given.

// typeDataNames are type's data descriptors in 3.6's order, true for a
// member descriptor.
var typeDataNames = []struct {
	name   string
	member bool
}{
	{"__basicsize__", true}, {"__itemsize__", true}, {"__flags__", true},
	{"__weakrefoffset__", true}, {"__base__", true}, {"__dictoffset__", true},
	{"__mro__", true}, {"__name__", false}, {"__qualname__", false},
	{"__bases__", false}, {"__module__", false}, {"__abstractmethods__", false},
	{"__dict__", false}, {"__doc__", false}, {"__text_signature__", false},
}

// objectDictNames is object.__dict__'s keys in 3.6's order.
var objectDictNames = []string{
	"__repr__", "__hash__", "__str__", "__getattribute__", "__setattr__", "__delattr__",
	"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__init__", "__new__",
	"__reduce_ex__", "__reduce__", "__subclasshook__", "__init_subclass__", "__format__",
	"__sizeof__", "__dir__", "__class__", "__doc__",
}

var (
	builtinDictOnce  sync.Once
	typeDataDescrs   []py.Object // one per typeDataNames entry
	objectClassDescr py.Object
)

// dataDescr is a getset (or member) descriptor of owner for name, which
// reads and writes the attribute of instances of owner.
func dataDescr(owner *py.Type, name string, member bool) py.Object {
	check := func(self py.Object) error {
		if !self.Type().IsSubtype(owner) {
			return py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to '%s' object", name, owner.Name, typeName(self))
		}
		return nil
	}
	p := &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if err := check(self); err != nil {
				return nil, err
			}
			if owner == py.TypeType {
				return typeDescrGet(self, name) // metatype.go
			}
			return GetAttr(self, name)
		},
		Fset: func(self, value py.Object) error {
			if err := check(self); err != nil {
				return err
			}
			if t, ok := self.(*py.Type); ok && owner == py.TypeType && t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
				return py.ExceptionNewf(py.TypeError, "can't set %s.%s", t.Name, name)
			}
			return SetAttr(self, name, value)
		},
		Fdel: func(self py.Object) error {
			if err := check(self); err != nil {
				return err
			}
			if t, ok := self.(*py.Type); ok && owner == py.TypeType && name != "__abstractmethods__" {
				if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
					return py.ExceptionNewf(py.TypeError, "can't set %s.%s", t.Name, name)
				}
				return py.ExceptionNewf(py.TypeError, "can't delete %s.%s", t.Name, name)
			}
			return DelAttr(self, name)
		},
	}
	if member || name == "__dict__" || name == "__text_signature__" {
		p.Fset, p.Fdel = nil, nil // read-only
	}
	g := &goGetset{name: name, owner: owner, p: p}
	if member {
		return &goMember{g}
	}
	return g
}

// objectClassMethods are object's two class methods as its __dict__ holds
// them: classmethod_descriptors (not classmethod objects, which doctest's
// finder and inspect tell apart), doing what object's do (nothing).
var objectClassMethods = map[string]py.Object{
	"__subclasshook__": &classMethodDescr{name: "__subclasshook__", owner: py.ObjectType, doc: py.None,
		fn: py.MustNewMethod("__subclasshook__", func(_ py.Object, args py.Tuple) (py.Object, error) {
			return py.NotImplemented, nil
		}, 0, "")},
	"__init_subclass__": &classMethodDescr{name: "__init_subclass__", owner: py.ObjectType, doc: py.None,
		fn: py.MustNewMethod("__init_subclass__", func(_ py.Object, args py.Tuple) (py.Object, error) {
			return py.None, nil
		}, 0, "")},
}

func makeBuiltinDictDescrs() {
	for _, n := range typeDataNames {
		typeDataDescrs = append(typeDataDescrs, dataDescr(py.TypeType, n.name, n.member))
	}
	objectClassDescr = dataDescr(py.ObjectType, "__class__", false)
	makeTypeDictEntries() // type_dict_methods.go
}

// builtinTypeDictView is the mapping object.__dict__ or type.__dict__
// shows: the namespace with 3.6's other entries; ok is false for any
// other class.
func builtinTypeDictView(cls *py.Type) (*Dict, bool) {
	if cls != py.ObjectType && cls != py.TypeType {
		return presentedDictView(cls) // builtin_dict_extras.go
	}
	builtinDictOnce.Do(makeBuiltinDictDescrs)
	d := NewDict(len(cls.Dict) + len(objectDictNames))
	if cls == py.ObjectType {
		for _, name := range objectDictNames {
			if v, ok := cls.Dict[name]; ok {
				d.SetStr(name, v)
			} else if name == "__class__" {
				d.SetStr(name, objectClassDescr)
			} else if cm, ok := objectClassMethods[name]; ok {
				d.SetStr(name, cm)
			} else if v, err := GetAttr(py.ObjectType, name); err == nil {
				d.SetStr(name, v)
			}
		}
	}
	if cls == py.TypeType {
		for _, name := range typeDictMethodNames {
			if v, ok := typeDictEntries[name]; ok {
				d.SetStr(name, v)
			} else if v, ok := cls.Dict[name]; ok {
				d.SetStr(name, v)
			}
		}
	}
	for _, k := range namespaceKeys(cls.Dict) {
		if cls == py.TypeType && k == "__doc__" {
			continue // a descriptor in type's dict
		}
		if _, ok := d.GetStr(k); !ok {
			d.SetStr(k, cls.Dict[k])
		}
	}
	if cls == py.TypeType {
		for i, n := range typeDataNames {
			if _, ok := d.GetStr(n.name); !ok {
				d.SetStr(n.name, typeDataDescrs[i])
			}
		}
	}
	return d, true
}
