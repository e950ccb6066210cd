package vm

import (
	"fmt"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// slotMember is the class attribute a name of __slots__ becomes:
// CPython's member descriptor, <member 'a' of 'S' objects>. The value
// itself is kept in the instance's Go dict, which __dict__ does not show
// when the slots leave no __dict__ (genericGetAttr); when the instance
// has a __dict__ as well, in a holder of its own (pyutil.SlotValues), so
// that vars(obj) shows only the other attributes, as in CPython.
type slotMember struct {
	name  string
	owner *py.Type
	// last answers slotsApart for the class last asked about.
	last atomic.Pointer[slotsApartAnswer]
}

type slotsApartAnswer struct {
	cls   *py.Type
	epoch uint64
	apart bool
}

var memberDescriptorType = py.NewType("member_descriptor", "A __slots__ entry: reads, sets and deletes that attribute of instances.")

func (m *slotMember) Type() *py.Type { return memberDescriptorType }

func (m *slotMember) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<member '%s' of '%s' objects>", m.name, shortName(m.owner))), nil
}

// slotsApart reports whether instances of cls, a class deriving from the
// member's owner, keep their slot values apart from a __dict__ of theirs.
func (m *slotMember) slotsApart(cls *py.Type) bool {
	epoch := classEpoch.Load()
	if a := m.last.Load(); a != nil && a.cls == cls && a.epoch == epoch {
		return a.apart
	}
	apart := slotAllows(cls, "__dict__")
	m.last.Store(&slotsApartAnswer{cls: cls, epoch: epoch, apart: apart})
	return apart
}

// instance checks that o is an instance of the owner class, and returns
// the dict that holds its slots: an instance's own, its slot values
// holder when it has a __dict__ too (made when create is set, else nil
// while no slot was set), or for an exception (a class derived from
// Exception with __slots__) its attribute dict.
func (m *slotMember) instance(o py.Object, create bool) (py.StringDict, error) {
	switch inst := o.(type) {
	case *py.Type:
		if cls, isInst := pythonClassOf(inst); isInst && cls.IsSubtype(m.owner) {
			if sv, ok := pyutil.InstanceSlotValues(inst); ok {
				return sv.Values, nil
			}
			// An instance carrying a built-in value or an attached one
			// keeps its slots in its dict, as before.
			if len(inst.Bases) == 0 && m.slotsApart(cls) {
				if !create {
					return nil, nil
				}
				sv := &pyutil.SlotValues{Values: py.StringDict{}}
				inst.Bases = py.Tuple{sv}
				return sv.Values, nil
			}
			return inst.Dict, nil
		}
	case *py.Exception:
		if inst.Base != nil && inst.Base.IsSubtype(m.owner) {
			if inst.Dict == nil {
				inst.Dict = py.StringDict{}
			}
			return inst.Dict, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to '%s' object", m.name, shortName(m.owner), typeName(o))
}

func (m *slotMember) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return m, nil
	}
	d, err := m.instance(instance, false)
	if err != nil {
		return nil, err
	}
	if v, ok := d[m.name]; ok {
		return v, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "%s", m.name)
}

func (m *slotMember) M__set__(instance, value py.Object) (py.Object, error) {
	d, err := m.instance(instance, true)
	if err != nil {
		return nil, err
	}
	d[m.name] = value
	return py.None, nil
}

func (m *slotMember) M__delete__(instance py.Object) (py.Object, error) {
	d, err := m.instance(instance, false)
	if err != nil {
		return nil, err
	}
	if _, ok := d[m.name]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", m.name)
	}
	delete(d, m.name)
	return py.None, nil
}

// addSlotMembers puts a member for each of cls's __slots__ names in its
// dict (not __dict__ and __weakref__), private names mangled.
func addSlotMembers(cls *py.Type, slots py.Object) {
	names, err := classSlotNames(cls.Name, slots)
	if err != nil {
		return
	}
	for _, n := range names {
		if n == "__weakref__" {
			// 3.6's getset descriptor: None for an instance with no
			// weak reference, and the instance takes them.
			cls.Dict[n] = &instanceAttrDescr{name: n, owner: cls}
			continue
		}
		if n == "__dict__" {
			continue
		}
		cls.Dict[n] = &slotMember{name: n, owner: cls}
	}
}

func init() {
	member := func(get func(m *slotMember) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			m, ok := self.(*slotMember)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'member_descriptor' object")
			}
			return get(m), nil
		}, Fset: func(py.Object, py.Object) error {
			return py.ExceptionNewf(py.AttributeError, "readonly attribute")
		}}
	}
	d := memberDescriptorType.Dict
	d["__name__"] = member(func(m *slotMember) py.Object { return py.String(m.name) })
	d["__qualname__"] = member(func(m *slotMember) py.Object { return py.String(shortName(m.owner) + "." + m.name) })
	d["__objclass__"] = member(func(m *slotMember) py.Object { return m.owner })
	d["__doc__"] = py.None
	// The descriptor protocol as methods too, so that inspect (and pydoc)
	// see a data descriptor, as CPython's member_descriptor is.
	self := func(o py.Object) (*slotMember, error) {
		m, ok := o.(*slotMember)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'member_descriptor' object")
		}
		return m, nil
	}
	d["__get__"] = py.MustNewMethod("__get__", func(o py.Object, args py.Tuple) (py.Object, error) {
		if g, ok := o.(*goMember); ok {
			instance, owner, err := descrGetArgs(args)
			if err != nil {
				return nil, err
			}
			return g.M__get__(instance, owner)
		}
		m, err := self(o)
		if err != nil {
			return nil, err
		}
		instance, owner, err := descrGetArgs(args)
		if err != nil {
			return nil, err
		}
		return m.M__get__(instance, owner)
	}, 0, "__get__(instance, owner=None): the slot's value on instance.")
	d["__set__"] = py.MustNewMethod("__set__", func(o py.Object, args py.Tuple) (py.Object, error) {
		if g, ok := o.(*goMember); ok {
			var instance, value py.Object
			if err := py.UnpackTuple(args, nil, "__set__", 2, 2, &instance, &value); err != nil {
				return nil, err
			}
			return g.M__set__(instance, value)
		}
		m, err := self(o)
		if err != nil {
			return nil, err
		}
		var instance, value py.Object
		if err := py.UnpackTuple(args, nil, "__set__", 2, 2, &instance, &value); err != nil {
			return nil, err
		}
		return m.M__set__(instance, value)
	}, 0, "__set__(instance, value): set the slot on instance.")
	d["__delete__"] = py.MustNewMethod("__delete__", func(o py.Object, args py.Tuple) (py.Object, error) {
		m, err := self(o)
		if err != nil {
			return nil, err
		}
		var instance py.Object
		if err := py.UnpackTuple(args, nil, "__delete__", 1, 1, &instance); err != nil {
			return nil, err
		}
		return m.M__delete__(instance)
	}, 0, "__delete__(instance): remove the slot's value from instance.")
}
