package vm

import (
	"slices"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/nsorder"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// isDataDescriptor reports whether a class attribute takes precedence over
// the instance dict on reads: it defines __set__ or __delete__, and
// __get__ (without __get__, the instance dict's entry wins).
func isDataDescriptor(a py.Object) bool {
	switch a.(type) {
	case *property, *py.Property, *slotMember:
		return true
	}
	if t, ok := pythonClassOf(a); ok {
		return (userMethod(t, "__set__") != nil || userMethod(t, "__delete__") != nil) && userMethod(t, "__get__") != nil
	}
	return false
}

// bindAttr applies a class attribute's descriptor protocol for instance
// self of cls.
func bindAttr(a py.Object, self py.Object, cls *py.Type) (py.Object, error) {
	switch d := a.(type) {
	case *py.Function:
		return py.NewBoundMethod(self, d), nil
	case *py.Method:
		if d.Module != nil {
			return d, nil // a module's function (print, len) is no descriptor
		}
		return presentAttr(self, d.Name, py.NewBoundMethod(methodReceiver(self, d), d)), nil
	case *py.Property:
		return d.M__get__(pyutil.Unwrap(self), cls) // a built-in base's attribute
	case py.I__get__:
		return d.M__get__(self, cls)
	}
	if dc, ok := pythonClassOf(a); ok {
		if g := userMethod(dc, "__get__"); g != nil {
			return callMethod(a, g, self, cls)
		}
	}
	return a, nil
}

// instanceGetAttr is attribute lookup on an instance of a Python class:
// __getattribute__ if the class defines one, else data descriptors, the
// instance dict, other class attributes; then __getattr__.
func (t *thread) instanceGetAttr(o *py.Type, cls *py.Type, name string) (py.Object, error) {
	if err := enterLocal(o); err != nil {
		return nil, err
	}
	e := *t.attrs.lookup(cls, name) // a copy: the calls below may refill the entry
	if e.getattrs {
		ga := userMethod(cls, "__getattribute__")
		r, err := callMethod(o, ga, py.String(name))
		if err != nil && e.getattr != nil && py.IsException(py.AttributeError, err) {
			return callMethod(o, e.getattr, py.String(name))
		}
		return r, err
	}
	if e.attr != nil && e.data {
		return bindAttr(e.attr, o, cls)
	}
	if !e.data {
		if v, ok := instDictGet(o.Dict, &e, name); ok {
			return v, nil
		}
		if v, ok, err := sideAttr(o.Dict, name); ok || err != nil {
			return v, err
		}
		if e.attr != nil {
			return bindAttr(e.attr, o, cls)
		}
	}
	// A data descriptor without a class attribute (object's __class__,
	// attrcache.go) is genericGetAttr's, as is every name not found.
	r, err := genericGetAttr(o, cls, name)
	if err != nil && e.getattr != nil && py.IsException(py.AttributeError, err) {
		return callMethod(o, e.getattr, py.String(name))
	}
	return r, err
}

// instanceGetAttrSlow is instanceGetAttr without a thread's cache, for Go
// callers of GetAttr.
func instanceGetAttrSlow(o *py.Type, cls *py.Type, name string) (py.Object, error) {
	v, ok, err := instanceLookupSlow(o, cls, name)
	if !ok && err == nil {
		return nil, instanceMissing(cls, name)
	}
	return v, err
}

// instanceLookupSlow is instanceGetAttrSlow for a caller that discards a
// plain miss (hasattr, getattr with a default): ok false and no error
// when no attribute, __getattribute__ or __getattr__ answers, so that no
// AttributeError is built. One that Python code raised comes back as the
// error.
func instanceLookupSlow(o *py.Type, cls *py.Type, name string) (py.Object, bool, error) {
	if err := enterLocal(o); err != nil {
		return nil, false, err
	}
	getattr := userMethod(cls, "__getattr__")
	if ga := userMethod(cls, "__getattribute__"); ga != nil {
		r, err := callMethod(o, ga, py.String(name))
		if err != nil && getattr != nil && py.IsException(py.AttributeError, err) {
			return found(callMethod(o, getattr, py.String(name)))
		}
		return r, err == nil, err
	}
	r, ok, err := genericLookup(o, cls, name)
	if getattr != nil && (!ok || err != nil && py.IsException(py.AttributeError, err)) {
		return found(callMethod(o, getattr, py.String(name)))
	}
	return r, ok, err
}

// genericGetAttr is object.__getattribute__ for instances of Python
// classes.
func genericGetAttr(o *py.Type, cls *py.Type, name string) (py.Object, error) {
	v, ok, err := genericLookup(o, cls, name)
	if !ok && err == nil {
		return nil, instanceMissing(cls, name)
	}
	return v, err
}

// genericLookup is genericGetAttr with a plain miss reported as ok false
// and no error.
func genericLookup(o *py.Type, cls *py.Type, name string) (py.Object, bool, error) {
	switch name {
	case "__class__":
		// A class's own __class__ answers as any attribute would (a
		// property, or a plain value such as `__class__ = str`, which the
		// instance's dict may shadow); without one, object's data
		// descriptor gives the real class.
		if attr := cls.Lookup(name); attr != nil {
			if !isDataDescriptor(attr) {
				if v, ok := o.Dict[name]; ok {
					return v, true, nil
				}
			}
			return found(bindAttr(attr, o, cls))
		}
		return cls, true, nil
	case "__dict__":
		// __slots__ without '__dict__' in every class leaves none; the
		// instance's Go dict then holds only its slots' values. A class's
		// own data descriptor (a __dict__ property) answers first.
		if attr := cls.Lookup(name); attr != nil && isDataDescriptor(attr) {
			return found(bindAttr(attr, o, cls))
		}
		if slotAllows(cls, name) {
			nsorder.Published(o)
			return o.Dict, true, nil
		}
	}
	attr := classLookup(cls, name)
	if attr != nil && isDataDescriptor(attr) {
		return found(bindAttr(attr, o, cls))
	}
	if v, ok := o.Dict[name]; ok {
		return v, true, nil
	}
	if v, ok, err := sideAttr(o.Dict, name); ok || err != nil {
		return v, true, err
	}
	if attr != nil {
		return found(bindAttr(attr, o, cls))
	}
	switch name {
	case "__doc__":
		return py.None, true, nil
	case "__module__":
		if m, ok := cls.Dict["__module__"]; ok {
			return m, true, nil
		}
	}
	if s, ok := objectSlotAttr(o, cls, name); ok {
		return s, true, nil
	}
	if v, ok := presentedAttr(cls, name); ok {
		// an entry a built-in base presents (builtin_dict_extras.go):
		// class F(float) instances have float's __trunc__
		return found(bindAttr(v, o, cls))
	}
	return nil, false, nil
}

// found is a lookup's answer when the name was found: v, or the error
// finding its value raised (a property's AttributeError included).
func found(v py.Object, err error) (py.Object, bool, error) { return v, true, err }

// instanceMissing is the AttributeError of a name genericLookup missed.
func instanceMissing(cls *py.Type, name string) error {
	if slotDeclared(cls, name) {
		// An empty __slots__ member: CPython's member descriptor names it.
		return py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", tpName(cls), name)
}

// slotDeclared reports whether a Python class of cls's MRO lists name in
// its __slots__.
func slotDeclared(cls *py.Type, name string) bool {
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			continue
		}
		slots, ok := classSlots(bt) // class_slots_record.go
		if !ok {
			continue
		}
		if names, err := classSlotNames(bt.Name, slots); err == nil && slices.Contains(names, name) {
			return true
		}
	}
	return false
}

// instanceSetAttr is setattr on an instance of a Python class.
func instanceSetAttr(o *py.Type, cls *py.Type, name string, v py.Object) error {
	if err := enterLocalWrite(o, cls, name); err != nil {
		return err
	}
	if sa := userMethod(cls, "__setattr__"); sa != nil {
		_, err := callMethod(o, sa, py.String(name), v)
		return err
	}
	return genericSetAttr(o, cls, name, v)
}

// genericSetAttr is object.__setattr__ for instances of Python classes.
func genericSetAttr(o *py.Type, cls *py.Type, name string, v py.Object) error {
	if name == "__dict__" && plainLayout(cls) {
		return setInstanceDictWhole(o, v)
	}
	if name == "__dict__" && cls.Lookup(name) == nil && dictWithSlots(cls) {
		return setInstanceDictWhole(o, v)
	}
	if attr := cls.Lookup(name); attr != nil {
		switch d := attr.(type) {
		case *property:
			return d.set(o, v)
		case *py.Property:
			_, err := d.M__set__(pyutil.Unwrap(o), v)
			return err
		case py.I__set__:
			_, err := d.M__set__(o, v)
			return err
		}
		if dc, ok := pythonClassOf(attr); ok {
			if s := userMethod(dc, "__set__"); s != nil {
				_, err := callMethod(attr, s, o, v)
				return err
			}
		}
	}
	if name == "__class__" {
		return setInstanceClass(o, cls, v)
	}
	if name == "__dict__" && cls.IsSubtype(py.ModuleType) {
		return moduleDictReadonly() // dict_side.go
	}

	if !slotAllows(cls, name) {
		return noDictAttrError(cls, name)
	}
	setInstanceDict(o, name, v)
	return nil
}

// setInstanceDict stores an instance attribute, noting a new key's place
// in the instance's __dict__ order.
func setInstanceDict(o *py.Type, name string, v py.Object) {
	n := len(o.Dict)
	o.Dict[name] = v
	if len(o.Dict) != n {
		nsorder.Added(o, name)
	}
	if len(o.Bases) == 1 && isModuleValue(o.Bases[0]) {
		nameStored(name) // a module's globals (usermodule_class.go)
	}
}

// instanceDelAttr is delattr on an instance of a Python class.
func instanceDelAttr(o *py.Type, cls *py.Type, name string) error {
	if err := enterLocalWrite(o, cls, name); err != nil {
		return err
	}
	if da := userMethod(cls, "__delattr__"); da != nil {
		_, err := callMethod(o, da, py.String(name))
		return err
	}
	return genericDelAttr(o, cls, name)
}

// genericDelAttr is object.__delattr__ for instances of Python classes: a
// data descriptor of the class deletes (a property's deleter, a
// descriptor's __delete__; one that only sets cannot), else the name
// leaves the instance's __dict__.
func genericDelAttr(o *py.Type, cls *py.Type, name string) error {
	if attr := cls.Lookup(name); attr != nil {
		switch d := attr.(type) {
		case *property:
			return d.del(o)
		case py.I__delete__:
			_, err := d.M__delete__(o)
			return err
		}
		if dc, ok := pythonClassOf(attr); ok {
			if d := userMethod(dc, "__delete__"); d != nil {
				_, err := callMethod(attr, d, o)
				return err
			}
			if userMethod(dc, "__set__") != nil {
				return py.ExceptionNewf(py.AttributeError, "__delete__")
			}
		}
	}
	if name == "__class__" && cls.Lookup(name) == nil {
		// object's __class__ descriptor, which no deletion gets past
		return py.ExceptionNewf(py.TypeError, "can't delete __class__ attribute")
	}
	if _, ok := o.Dict[name]; !ok {
		if !slotAllows(cls, name) {
			return noDictAttrError(cls, name)
		}
		return py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	delete(o.Dict, name)
	return nil
}

// property is the property builtin: a data descriptor calling Python
// getter, setter and deleter functions.
type property struct {
	fget, fset, fdel py.Object // nil when absent
	doc              py.Object
}

var propertyType = py.NewTypeX("property", `property(fget=None, fset=None, fdel=None, doc=None) -> property

A managed attribute: reading, assigning and deleting it on an instance
call fget, fset and fdel. doc defaults to fget's docstring.`, propertyNew, nil)

func (p *property) Type() *py.Type { return propertyType }

func propertyNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("property", args, kwargs, []string{"fget", "fset", "fdel", "doc"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	for i := range a {
		if a[i] == nil {
			a[i] = py.None
		}
	}
	fget, fset, fdel, doc := a[0], a[1], a[2], a[3]
	p := &property{fget: noneToNil(fget), fset: noneToNil(fset), fdel: noneToNil(fdel), doc: doc}
	if doc == py.None && p.fget != nil {
		if d, err := GetAttr(p.fget, "__doc__"); err == nil {
			p.doc = d
		}
	}
	return p, nil
}

func (p *property) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return p, nil
	}
	if p.fget == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "unreadable attribute")
	}
	return callValue(p.fget, instance)
}

func (p *property) M__set__(instance, value py.Object) (py.Object, error) {
	return py.None, p.set(instance, value)
}

func (p *property) M__delete__(instance py.Object) (py.Object, error) {
	return py.None, p.del(instance)
}

func (p *property) set(instance, value py.Object) error {
	if p.fset == nil {
		return py.ExceptionNewf(py.AttributeError, "can't set attribute")
	}
	_, err := callValue(p.fset, instance, value)
	return err
}

func (p *property) del(instance py.Object) error {
	if p.fdel == nil {
		return py.ExceptionNewf(py.AttributeError, "can't delete attribute")
	}
	_, err := callValue(p.fdel, instance)
	return err
}

// callValue calls a Python callable with positional arguments.
func callValue(fn py.Object, args ...py.Object) (py.Object, error) {
	if f, ok := fn.(*py.Function); ok {
		t, acquired := enterThread(f.Context)
		if acquired {
			defer t.leave()
		}
		return t.callFunction(f, nil, args, nil, nil)
	}
	return py.Call(fn, py.Tuple(args), nil)
}

func init() {
	copyWith := func(change func(p *property, fn py.Object)) func(py.Object, py.Object) (py.Object, error) {
		return func(self, fn py.Object) (py.Object, error) {
			p := *self.(*property)
			change(&p, noneToNil(fn))
			return &p, nil
		}
	}
	propertyType.Dict["getter"] = py.MustNewMethod("getter", copyWith(func(p *property, fn py.Object) { p.fget = fn }), 0, "getter(fget) -> property\n\nA copy of this property that reads through fget.")
	propertyType.Dict["setter"] = py.MustNewMethod("setter", copyWith(func(p *property, fn py.Object) { p.fset = fn }), 0, "setter(fset) -> property\n\nA copy of this property that assigns through fset.")
	propertyType.Dict["deleter"] = py.MustNewMethod("deleter", copyWith(func(p *property, fn py.Object) { p.fdel = fn }), 0, "deleter(fdel) -> property\n\nA copy of this property that deletes through fdel.")
	propertyType.Dict["fget"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return orNone(self.(*property).fget), nil }}
	propertyType.Dict["fset"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return orNone(self.(*property).fset), nil }}
	propertyType.Dict["fdel"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return orNone(self.(*property).fdel), nil }}
	propertyType.Dict["__doc__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return orNone(self.(*property).doc), nil }}
}

// setInstanceClass is obj.__class__ = v for an instance o of the Python
// class cls: v must be a Python class too (a heap type), and both must
// lay their instances out alike (compatibleLayouts, class_layout.go).
func setInstanceClass(o, cls *py.Type, v py.Object) error {
	nc, ok := v.(*py.Type)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "__class__ must be set to a class, not '%s' object", typeName(v))
	}
	if nc == py.ModuleType && cls.IsSubtype(py.ModuleType) {
		return moduleInstanceToModule(o) // class_module_standin.go
	}
	if nc.Flags&py.TPFLAGS_HEAPTYPE == 0 || cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return py.ExceptionNewf(py.TypeError, "__class__ assignment only supported for heap types or ModuleType subclasses")
	}
	if !compatibleLayouts(cls, nc) && !bothModuleClasses(cls, nc) {
		return py.ExceptionNewf(py.TypeError, "__class__ assignment: '%s' object layout differs from '%s'", shortName(nc), shortName(cls))
	}
	o.ObjectType, o.Base = nc, nc
	return nil
}

// plainLayout reports whether instances of the Python class c are plain
// objects with a __dict__: no __slots__ along its MRO and no built-in
// base other than object.
func plainLayout(c *py.Type) bool {
	for _, b := range c.Mro {
		t, ok := b.(*py.Type)
		if !ok {
			return false
		}
		if t == py.ObjectType {
			continue
		}
		if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return false
		}
		if _, has := classSlots(t); has {
			return false
		}
	}
	return true
}

// dictWithSlots reports whether instances of cls, a class with __slots__
// somewhere along its MRO, still have a __dict__ (the instance's Go
// dict, its slots' values kept apart: slot_member.go), which
// obj.__dict__ = v and del obj.__dict__ replace as for a class without
// __slots__.
func dictWithSlots(c *py.Type) bool {
	slotted := false
	for _, b := range c.Mro {
		t, ok := b.(*py.Type)
		if !ok {
			return false
		}
		if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			if t != py.ObjectType && !valueBases[t] {
				return false
			}
			continue
		}
		if _, has := classSlots(t); has {
			slotted = true
		}
	}
	return slotted && slotAllows(c, "__dict__")
}

// setInstanceDictWhole is obj.__dict__ = v: the instance's attributes
// become v's items (a copy: the instance keeps its own map).
func setInstanceDictWhole(o *py.Type, v py.Object) error {
	return replaceInstanceDict(o, v)
}
