package vm

import (
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// GetAttr is getattr(o, name): the attribute lookup the loop applies.
// gpython's generic lookup serves most objects; what it lacks for
// exceptions, classes and every object's __class__ is answered here.
func GetAttr(o py.Object, name string) (py.Object, error) {
	r, err := getAttr(o, name)
	if err != nil {
		return r, err
	}
	return presentFound(o, name, r), nil
}

// presentFound is the attribute r of o as GetAttr hands it out: a Go
// method as the builtin method CPython shows.
func presentFound(o py.Object, name string, r py.Object) py.Object {
	switch v := r.(type) {
	case *py.Method:
		if t, ok := isClass(o); ok {
			noteMethodOwner(t, name, v)
		}
		return presentAttr(o, name, r) // builtin_method_objects.go
	case *py.BoundMethod, *methodDescr, *boundBuiltin:
		return presentAttr(o, name, r)
	}
	return r
}

// lookupAttr is GetAttr for a caller that discards AttributeError
// (hasattr, getattr with a default): ok false when o has no attribute
// name. An instance of a Python class misses without building the
// exception (most of a miss's cost); other objects fall back to GetAttr.
func lookupAttr(o py.Object, name string) (py.Object, bool, error) {
	if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
		if _, isCls := isClass(t); !isCls {
			r, ok, err := instanceLookupSlow(t, t.ObjectType, name)
			if err != nil {
				if py.IsException(py.AttributeError, err) {
					return nil, false, nil
				}
				return nil, false, err
			}
			if !ok {
				return nil, false, nil
			}
			return presentFound(o, name, r), true, nil
		}
	}
	r, err := getAttrIn(o, name, true)
	if err != nil {
		if err == errQuietMiss || py.IsException(py.AttributeError, err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return presentFound(o, name, r), true, nil
}

func getAttr(o py.Object, name string) (py.Object, error) { return getAttrIn(o, name, false) }

// getAttrIn is getAttr; quiet, for lookupAttr, returns errQuietMiss
// instead of building the AttributeError where the generic lookup of a
// Go value misses.
func getAttrIn(o py.Object, name string, quiet bool) (py.Object, error) {
	switch v := o.(type) {
	case *py.Exception:
		return exceptionAttr(v, name)
	case *py.Type:
		if _, ok := isClass(v); ok {
			r, err := classGetAttr(v, name)
			if err != nil && py.IsException(py.AttributeError, err) {
				// A descriptor's AttributeError: the metaclass's
				// __getattr__ has the last word, as type_getattro's
				// caller gives it.
				if ga := metaGetattr(v); ga != nil {
					return callMethod(v, ga, py.String(name))
				}
			}
			if r != nil || err != nil {
				return r, err
			}
		} else if pyutil.IsInstanceObject(v) {
			return instanceGetAttrSlow(v, v.ObjectType, name)
		}
	case *superObject:
		return v.getattr(name)
	case *property:
		if s, ok := propertySlots[name]; ok {
			// p.__get__ is the slot bound to p (gpython would bind
			// M__get__, which wants both arguments).
			return &methodWrapper{self: v, slot: s}, nil
		}
	case *methodDescr:
		if r, ok := v.attr(name); ok {
			return r, nil
		}
	case *py.Property:
		if name == "__doc__" && v.Doc != "" {
			// a Go type's dunder property (coroutine.__name__), which
			// CPython has as a getset descriptor with this doc
			return py.String(v.Doc), nil
		}
	case *goGetset:
		if r, ok := v.attr(name); ok {
			return r, nil
		}
	case *goMember:
		if r, ok := v.attr(name); ok {
			return r, nil
		}
	case *boundBuiltin:
		if r, ok := v.attr(name); ok {
			return r, nil
		}
	case *threadLocal:
		return localGetAttr(v, name)
	case *py.Module:
		if name == "__dict__" {
			return v.Globals, nil
		}
		if inst := moduleStandIn(v); inst != nil {
			return GetAttr(inst, name) // its class was set (class_module_standin.go)
		}
	case py.StringDict:
		// A namespace dict's methods; gpython's generic lookup would take
		// the dict for its own __dict__ and find its keys first.
		if m, ok := py.StringDictType.Dict[name]; ok {
			if g, ok := m.(py.I__get__); ok {
				return g.M__get__(v, py.StringDictType)
			}
			return m, nil
		}
	case *py.Traceback, *py.Frame, *py.Code:
		if r, ok := introspectAttr(o, name); ok {
			return r, nil
		}
	case *py.Function, *py.Generator, *py.Cell, *py.Method, *py.ClassMethod, *py.StaticMethod:
		if r, ok := objectAttr(o, name); ok {
			return r, nil
		}
	}
	if name == "__class__" {
		return o.Type(), nil
	}
	if name == "__repr__" || name == "__str__" {
		if t, ok := isClass(o); ok && valueBases[t] {
			// list.__repr__(x): the built-in text of x's value.
			return valueTextSlots[name], nil
		}
		if o == py.ObjectType && name == "__str__" {
			return objectStrSlot, nil // object.__str__(x) is repr(x)
		}
		// gpython's own __repr__/__str__ methods of built-in values give
		// its text ("(1)"); these give the builtins' (CPython's).
		if name == "__repr__" {
			return py.NewBoundMethod(o, reprMethod), nil
		}
		return py.NewBoundMethod(o, strMethod), nil
	}
	if m, ok := builtinMethod(o, name); ok {
		return m, nil
	}
	if t, ok := isClass(o); ok {
		return classGetAttrLast(t, name)
	}
	if r, ok, err := inheritedAttr(o, name); ok {
		return r, err // bool's int attributes (bool_int.go)
	}
	if b, ok := o.(*py.BigInt); ok {
		if r, ok, err := bigIntAttr(b, name); ok {
			return r, err
		}
	}
	if hiddenGoSlot(o, name) {
		return nil, attributeError(o, name) // builtin_slots.go
	}
	if r, ok, err := goValueProperty(o, name); ok {
		return r, err // fast_goprop.go
	}
	r, found, err := goValueLookup(o, name)
	if found || err != nil && !py.IsException(py.AttributeError, err) {
		return r, err
	}
	if bm, ok := o.(*py.BoundMethod); ok {
		if r, ok := boundMethodObjectAttr(bm, name); ok {
			return r, nil
		}
		// A method forwards what it lacks to its function
		// (__name__, __qualname__, __module__ among them).
		if b, ok := bm.Method.(*methodOfBuiltin); ok {
			return GetAttr(b.fn, name)
		}
		return GetAttr(bm.Method, name)
	}
	if t := o.Type(); t != nil && len(t.Mro) == 0 && name == "__reduce_ex__" {
		// A value of a Go type never readied (os.stat_result): its
		// own __reduce__ whatever the protocol, as object's
		// __reduce_ex__ reached through its MRO would call it.
		if own, ok := t.Dict["__reduce__"]; ok {
			return py.MustNewMethod("__reduce_ex__", func(_ py.Object, args py.Tuple) (py.Object, error) {
				if len(args) > 1 {
					return nil, py.ExceptionNewf(py.TypeError, "__reduce_ex__ expected at most 1 arguments, got %d", len(args))
				}
				return Call(own, py.Tuple{o}, nil)
			}, 0, ""), nil
		}
	}
	if r, ok := inheritedObjectMethod(o, name); ok {
		return r, nil
	}
	if r, ok, err := presentedInstanceAttr(o, name); ok {
		return r, err // builtin_dict_extras.go
	}
	if quiet {
		return nil, errQuietMiss
	}
	return nil, attributeError(o, name)
}

// objectWideMethods are object's methods that every value has and that
// no built-in type of the project overrides in a way object's misses.
var objectWideMethods = map[string]bool{
	"__init__": true, "__setattr__": true, "__delattr__": true, "__getattribute__": true,
	"__reduce__": true, "__reduce_ex__": true, "__format__": true, "__sizeof__": true,
	"__dir__": true, "__init_subclass__": true, "__subclasshook__": true,
	// object's comparisons (identity, else NotImplemented), its hash and
	// __new__: types whose values compare or hash otherwise answer these
	// from their own lookup first
	"__eq__": true, "__ne__": true, "__lt__": true, "__le__": true, "__gt__": true, "__ge__": true,
	"__hash__": true, "__new__": true,
}

// valueHashSlot is __hash__ of a Go value that its own lookup does not
// answer: the loop's hash, so that x.__hash__() == hash(x) whatever x's
// type hashes by.
var valueHashSlot = &slotFunc{name: "__hash__"}

func init() { valueHashSlot.fn = valueHash }

func valueHash(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 0 arguments, got %d", len(args)-1+len(kwargs))
	}
	h, err := Hash(args[0])
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}

// inheritedObjectMethod is one of object's methods read from a value of a
// Go type whose own lookup missed it ((5).__init__, frozenset().__dir__):
// the attribute its class shows, bound to the value. __reduce__ and
// __reduce_ex__ only for a type that says how to rebuild its values
// (__getnewargs__, __getnewargs_ex__ or __getstate__, as int does):
// object's would pickle any other Go value (a property) without the state
// it cannot see, where 3.6 refuses with "can't pickle property objects".
func inheritedObjectMethod(o py.Object, name string) (py.Object, bool) {
	if !objectWideMethods[name] {
		return nil, false
	}
	t := o.Type()
	if t == nil {
		return nil, false
	}
	if (name == "__reduce__" || name == "__reduce_ex__") && !rebuildable(t) {
		return nil, false
	}
	if name == "__hash__" {
		if a, err := GetAttr(t, name); err == nil && a == py.None {
			return py.None, true // an unhashable type's ([].__hash__)
		}
		return &methodWrapper{self: o, slot: valueHashSlot}, true
	}
	a, err := GetAttr(t, name)
	if err != nil {
		return nil, false
	}
	if name == "__new__" {
		return a, true // a static method: never bound
	}
	switch d := a.(type) {
	case *slotFunc:
		// bound to the value (None too): a method-wrapper, or a built-in
		// method for object's methods, as (5).__eq__ and (5).__format__
		return &methodWrapper{self: o, slot: d}, true
	case *typeSlot:
		// a built-in type's own slot (int.__getattribute__,
		// builtin_dict_extras.go): a method-wrapper bound to the value
		r, err := d.M__get__(o, t)
		return r, err == nil
	case *methodDescr:
		if o == py.None {
			return py.NewBoundMethod(o, d), true
		}
		r, err := d.M__get__(o, t)
		return r, err == nil
	}
	return a, true // already bound (__subclasshook__ to the class)
}

// boundMethodObjectAttr is one of object's methods read from a bound
// method, before the method forwards the name to its function: its
// comparisons are the method type's own (the same function bound to
// equal objects), the rest object's.
func boundMethodObjectAttr(bm *py.BoundMethod, name string) (py.Object, bool) {
	switch name {
	case "__eq__", "__ne__":
		return &methodWrapper{self: bm, slot: boundMethodCompareSlots[name]}, true
	case "__reduce__", "__reduce_ex__":
		return nil, false
	case "__get__":
		// the method type's own __get__, which gives the method back,
		// not its function's, which would bind the function anew
		if s, ok := presentedOf(py.BoundMethodType)["__get__"].(*typeSlot); ok {
			return &boundSlot{self: bm, slot: s}, true
		}
	}
	return inheritedObjectMethod(bm, name)
}

// boundMethodCompareSlots are a bound method's __eq__ and __ne__.
var boundMethodCompareSlots = map[string]*slotFunc{"__eq__": {name: "__eq__"}, "__ne__": {name: "__ne__"}}

func init() {
	for name, s := range boundMethodCompareSlots {
		ne := name == "__ne__"
		s.fn = func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) != 2 || len(kwargs) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 arguments, got %d", len(args)-1+len(kwargs))
			}
			eq, ok, err := methodsEqual(args[0], args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				return py.NotImplemented, nil
			}
			return py.NewBool(eq != ne), nil
		}
	}
}

// rebuildable reports whether t, a Go type, says how to rebuild its
// values for pickling and copying.
func rebuildable(t *py.Type) bool {
	switch t {
	case DictType, py.StringDictType, py.ListType:
		// protocol 2 rebuilds them from their items; 0 and 1 refuse (a
		// namespace, such as an imported module's __builtins__, is a dict)
		return true
	}
	if _, ok := t.Dict["__reduce__"].(*py.Method); ok {
		return true // its own __reduce__ answers (set's)
	}
	for _, n := range []string{"__getnewargs__", "__getnewargs_ex__", "__getstate__"} {
		if t.Lookup(n) != nil {
			return true
		}
	}
	return false
}

// classGetAttrLast ends an attribute lookup on a class that its MRO and
// metaclass did not answer: gpython's generic lookup (its Go methods),
// then the metaclass's __getattr__. gpython would call the class's own
// __getattr__ or __getattribute__, which serve its instances, not it: a
// class defining either skips the generic lookup.
func classGetAttrLast(t *py.Type, name string) (py.Object, error) {
	if userMethod(t, "__getattr__") == nil && userMethod(t, "__getattribute__") == nil {
		r, err := py.GetAttrString(t, name)
		if err == nil || !py.IsException(py.AttributeError, err) {
			return r, err
		}
	}
	if ga := metaGetattr(t); ga != nil {
		return callMethod(t, ga, py.String(name))
	}
	return nil, attributeError(t, name)
}

// metaGetattr is the __getattr__ a class's metaclass defines in Python,
// or nil.
func metaGetattr(t *py.Type) py.Object {
	if meta := metaclassOf(t); meta != nil && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return userMethod(meta, "__getattr__")
	}
	return nil
}

func attributeError(o py.Object, name string) error {
	if t, ok := isClass(o); ok {
		return py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", tpName(t), name)
	}
	if m, ok := o.(*py.Module); ok {
		// named by its __name__ as it is now; a module without a str
		// one (deleted, or made by ModuleType.__new__) is unnamed
		if modName, ok := m.Globals["__name__"].(py.String); ok {
			return py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute '%s'", string(modName), name)
		}
		return py.ExceptionNewf(py.AttributeError, "module has no attribute '%s'", name)
	}
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", typeName(o), name)
}

// isInstanceProperty reports whether m, found in the dict of a type made
// in Go, is a property for that type's instances.
func isInstanceProperty(t *py.Type, m py.Object) bool {
	_, prop := m.(*py.Property)
	return prop && t.Flags&py.TPFLAGS_HEAPTYPE == 0
}

// moduleless reports whether t is a class made in Python whose namespace
// has no __module__ (type() called from globals without __name__, or
// del C.__module__): 3.6 has no module to give for it.
func moduleless(t *py.Type) bool {
	if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return false
	}
	if _, ok := t.Dict["__module__"]; ok {
		return false
	}
	return !pyutil.IsInstanceObject(t)
}

// classAttr answers the attributes every class has.
func classAttr(t *py.Type, name string) (py.Object, bool) {
	switch name {
	case "__name__":
		return py.String(shortName(t)), true
	case "__qualname__":
		if t.Qualname != "" {
			return py.String(t.Qualname), true
		}
		return py.String(shortName(t)), true
	case "__module__":
		// A Go type's own __module__ entry can be the property its
		// instances answer with (function, method): not the class's.
		if m, ok := t.Dict["__module__"]; ok && !isInstanceProperty(t, m) {
			return m, true
		}
		if i := strings.LastIndexByte(t.Name, '.'); i >= 0 && t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return py.String(t.Name[:i]), true // a Go type named "module.name"
		}
		if moduleless(t) {
			return nil, false // the caller raises AttributeError
		}
		return py.String("builtins"), true
	case "__mro__":
		if t == py.BoolType {
			return py.Tuple{py.BoolType, py.IntType, py.ObjectType}, true
		}
		if len(t.Mro) == 0 && t != py.ObjectType && t.Base == nil && t.Bases == nil {
			return py.Tuple{t, py.ObjectType}, true // a Go type never readied derives from object
		}
		if t.Mro == nil && t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			return py.None, true // a class whose metaclass's mro() is running
		}
		return t.Mro, true
	case "__bases__":
		if t == py.BoolType {
			// gpython's bool is not built on int; CPython's derives from it.
			return py.Tuple{py.IntType}, true
		}
		if t.Bases != nil {
			return t.Bases, true
		}
		if t.Base != nil {
			return py.Tuple{t.Base}, true
		}
		if t != py.ObjectType {
			return py.Tuple{py.ObjectType}, true // every other class derives from object
		}
		return py.Tuple{}, true
	case "__base__":
		if t == py.BoolType {
			return py.IntType, true
		}
		if t.Flags&py.TPFLAGS_HEAPTYPE != 0 && len(t.Bases) > 1 {
			// CPython's best base: the one whose instance layout the
			// others' extend (class_instance_layout.go), not the first.
			return layoutBase(t), true
		}
		if t.Base == nil {
			if t != py.ObjectType && t.Bases == nil {
				return py.ObjectType, true
			}
			return py.None, true
		}
		return t.Base, true
	case "__dict__":
		return classDictProxy(t), true
	case "__class__":
		return t.Type(), true
	case "__doc__":
		if d, ok := t.Dict["__doc__"]; ok {
			if dc, ok := pythonClassOf(d); ok && userMethod(dc, "__get__") != nil {
				return nil, false // a descriptor written in Python: the MRO lookup binds it
			}
			// A built-in type's own docstring is not its instances'
			// __doc__ descriptor (types.MethodType.__doc__ is a str).
			if _, isDesc := d.(py.I__get__); !isDesc || t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
				return d, true
			}
		}
		if t.Flags&py.TPFLAGS_HEAPTYPE != 0 && metaShadows(t, "__doc__") {
			// A Python metaclass's __doc__ hides type's descriptor,
			// so a class whose own __doc__ was deleted finds its
			// bases' (object's docstring at the end), as any name.
			return inheritedDoc(t), true
		}
		if doc := classDoc(t); doc != "" {
			return py.String(doc), true
		}
		return py.None, true
	}
	return nil, false
}

// inheritedDoc is the __doc__ of the first class after t in its MRO that
// has one in its dict (a built-in type always has: its docstring or None).
func inheritedDoc(t *py.Type) py.Object {
	for _, b := range t.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt == t {
			continue
		}
		if d, ok := bt.Dict["__doc__"]; ok {
			return d
		}
		if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			if d, err := GetAttr(bt, "__doc__"); err == nil {
				return d
			}
		}
	}
	return py.None
}

// shortName is a class's __name__: gpython names some types with their
// module ("ssl.SSLError").
func shortName(t *py.Type) string {
	if t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return t.Name // a class statement's name is the name as given
	}
	for i := len(t.Name) - 1; i >= 0; i-- {
		if t.Name[i] == '.' {
			return t.Name[i+1:]
		}
	}
	return t.Name
}

// exceptionAttr looks up an attribute of an exception object: the
// exception's own slots, descriptors of its class, its instance dict,
// then methods.
func exceptionAttr(e *py.Exception, name string) (py.Object, error) {
	if p, ok := e.Base.Lookup(name).(*py.Property); ok {
		// A class's own descriptor (ssl.SSLError's args) comes first.
		return p.M__get__(e, e.Base)
	}
	switch name {
	case "args":
		if e.Args == nil {
			return py.Tuple{}, nil
		}
		return e.Args, nil
	case "__traceback__":
		return orNone(e.Traceback), nil
	case "__cause__":
		return orNone(e.Cause), nil
	case "__context__":
		return orNone(e.Context), nil
	case "__suppress_context__":
		return py.NewBool(e.SuppressContext), nil
	case "__class__":
		return e.Base, nil
	case "__weakref__":
		if weakrefDescrOf(e.Base) != nil { // class_instance_layout.go
			return py.None, nil
		}
	case "__dict__":
		// Exceptions make their dict when it is first needed; OSError's
		// and the others with slot fields show them apart.
		return exceptionDictOf(e), nil // exception_dict.go
	}
	if v, ok := exceptionSlot(e, name); ok {
		return v, nil
	}
	attr := e.Base.Lookup(name)
	if p, ok := attr.(*py.Property); ok {
		return p.M__get__(e, e.Base)
	}
	if v, ok := e.Dict[name]; ok {
		return v, nil
	}
	if attr != nil {
		if g, ok := attr.(py.I__get__); ok {
			return g.M__get__(e, e.Base)
		}
		return attr, nil
	}
	if name != "__repr__" && name != "__str__" {
		if r, ok := objectSlotAttr(e, e.Base, name); ok {
			return r, nil // object's, as for any instance (e.__eq__)
		}
	}
	if m := e.Base.Lookup("__getattr__"); m != nil {
		return callMethod(e, m, py.String(name))
	}
	switch name {
	case "__repr__":
		return py.NewBoundMethod(e, reprMethod), nil
	case "__str__":
		return py.NewBoundMethod(e, strMethod), nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", shortName(e.Base), name)
}

// SetAttr is setattr(o, name, v).
func SetAttr(o py.Object, name string, v py.Object) error {
	if cls, ok := isClass(o); ok {
		if name == "__del__" {
			delAssigned() // finalize.go: instances made before need a finalizer
		}
		// Cls.x = v is the metaclass's __setattr__ (type.__setattr__
		// unless a Python metaclass defines one), never the class's own,
		// which is its instances'.
		if m, ok := metaclassMethod(o, "__setattr__"); ok {
			defer classChanged()
			_, err := callMethod(o, m, py.String(name), v)
			return err
		}
		if cls.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if name == "__dict__" {
				return classDictNotWritable()
			}
			if name == "__slots__" {
				noteSlotsChange(cls) // class_slots_record.go
			}
			return classSetAttrGeneric(cls, name, v)
		}
		if builtinTypeLocked(cls) {
			return builtinTypeSetError(cls)
		}
		defer classChanged()
		if name == "__abstractmethods__" {
			cls.Flags |= abstractFlagged
		}
	}
	if g, ok := o.(*py.Generator); ok {
		if ok, err := setGeneratorName(g, name, v); ok {
			return err
		}
	}
	if fn, ok := o.(*py.Function); ok && name == "__doc__" {
		fn.Doc = v
		return nil
	}
	if d, ok := v.(*Dict); ok {
		if _, isFunc := o.(*py.Function); isFunc && (name == "__kwdefaults__" || name == "__annotations__") {
			// A function keeps these as namespaces of str keys.
			ns, err := d.ToStringDict(func(k py.Object) error {
				return py.ExceptionNewf(py.TypeError, "%s must be set to a dict object with str keys", name)
			})
			if err != nil {
				return err
			}
			v = ns
		}
	}
	if e, ok := o.(*py.Exception); ok {
		switch name {
		case "args":
			t, err := toTuple(v)
			if err != nil {
				return err
			}
			e.Args = t
			return nil
		case "__traceback__":
			if v != py.None {
				if _, ok := v.(*py.Traceback); !ok {
					return py.ExceptionNewf(py.TypeError, "__traceback__ must be a traceback or None")
				}
			}
			e.Traceback = noneToNil(v)
			return nil
		case "__cause__":
			if v != py.None && !isExceptionInstance(v) {
				return py.ExceptionNewf(py.TypeError, "exception cause must be None or derive from BaseException")
			}
			e.Cause = v
			e.SuppressContext = true
			return nil
		case "__context__":
			if v != py.None && !isExceptionInstance(v) {
				return py.ExceptionNewf(py.TypeError, "exception context must be None or derive from BaseException")
			}
			e.Context = noneToNil(v)
			return nil
		case "__suppress_context__":
			b, err := Truth(v)
			e.SuppressContext = b
			return err
		case "__dict__":
			if _, own := e.Base.Lookup(name).(py.I__set__); !own {
				return setExceptionDict(e, v)
			}
		}
		if s, ok := e.Base.Lookup(name).(py.I__set__); ok {
			_, err := s.M__set__(e, v)
			return err
		}
		if e.Dict == nil {
			e.Dict = py.StringDict{}
		}
		e.Dict[name] = v
		exceptionDictStored(e, name, v)
		return nil
	}
	if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
		return instanceSetAttr(t, t.ObjectType, name, v)
	}
	if l, ok := o.(*threadLocal); ok {
		return localSetAttr(l, name, v)
	}
	if pf, ok := o.(*py.Frame); ok {
		if done, err := frameSetAttr(pf, name, v); done { // sys_trace.go
			return err
		}
	}
	if m, ok := o.(*py.Module); ok && m.Globals != nil {
		if name == "__class__" {
			return setModuleClass(m, v) // usermodule_class.go
		}
		if inst := moduleStandIn(m); inst != nil {
			return SetAttr(inst, name, v) // class_module_standin.go
		}
		if _, isDesc := py.ModuleType.NativeGetAttrOrNil(name).(py.I__set__); !isDesc {
			moduleSetAttr(m, name, v)
			return nil
		}
	}
	if d := readOnlyGoGetset(o, name); d != nil && d.p.Fset == nil {
		_, err := d.M__set__(o, v)
		return err
	}
	_, err := py.SetAttrString(o, name, v)
	if err != nil && plainSetMiss(o, name) && py.IsException(py.AttributeError, err) {
		err = setAttrMiss(o, name)
	}
	if fn, ok := o.(*py.Function); ok && err == nil {
		funcAttrChanged(fn, name) // function_attrs.go
	}
	if name == "__class__" && err != nil && py.IsException(py.AttributeError, err) {
		return builtinClassAssignError(v) // class_assign_builtin.go
	}
	return err
}

// DelAttr is delattr(o, name).
func DelAttr(o py.Object, name string) error {
	if pf, ok := o.(*py.Frame); ok && name == "f_trace" {
		_, err := frameSetAttr(pf, name, nil) // sys_trace.go
		return err
	}
	if t, ok := isClass(o); ok {
		defer classChanged()
		if m, ok := metaclassMethod(o, "__delattr__"); ok {
			_, err := callMethod(o, m, py.String(name))
			return err
		}
		if _, own := t.Dict[name]; own || builtinTypeLocked(t) || typeGetsetName(name) {
			return classDelAttrGeneric(t, name) // type_setattr_slots.go
		}
		if _, isDesc := t.Type().Lookup(name).(py.I__delete__); !isDesc {
			return py.ExceptionNewf(py.AttributeError, "%s", name)
		}
	}
	if e, ok := o.(*py.Exception); ok {
		if _, ok := e.Dict[name]; ok {
			delete(e.Dict, name)
			exceptionDictStored(e, name, nil)
			return nil
		}
		if name == "__dict__" {
			return py.ExceptionNewf(py.TypeError, "cannot delete __dict__")
		}
		if err := exceptionSlotDelete(name); err != nil {
			return err
		}
		return py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	if g, ok := o.(*py.Generator); ok {
		if ok, err := setGeneratorName(g, name, nil); ok {
			return err
		}
	}
	if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
		if name == "__dict__" && t.ObjectType.IsSubtype(py.ModuleType) && userMethod(t.ObjectType, "__delattr__") == nil {
			return moduleDictReadonly()
		}
		if name == "__dict__" && (plainLayout(t.ObjectType) || dictWithSlots(t.ObjectType)) && userMethod(t.ObjectType, "__delattr__") == nil {
			// del obj.__dict__ drops the instance's attributes, as
			// obj.__dict__ = {} does, unless its class's own data
			// descriptor answers for __dict__ or its __delattr__ is
			// the class's own.
			if attr := t.ObjectType.Lookup(name); attr == nil || !isDataDescriptor(attr) {
				t.Dict = py.StringDict{}
				return nil
			}
		}
		return instanceDelAttr(t, t.ObjectType, name)
	}
	if l, ok := o.(*threadLocal); ok {
		return localDelAttr(l, name)
	}
	if m, ok := o.(*py.Module); ok && m.Globals != nil {
		if inst := moduleStandIn(m); inst != nil {
			return DelAttr(inst, name) // its class was set (class_module_standin.go)
		}
	}
	if d := readOnlyGoGetset(o, name); d != nil && d.p.Fdel == nil {
		return d.del(o)
	}
	err := py.DeleteAttrString(o, name)
	if fn, ok := o.(*py.Function); ok && err == nil {
		funcAttrChanged(fn, name) // function_attrs.go
	}
	if name == "__class__" && err != nil && py.IsException(py.AttributeError, err) {
		return py.ExceptionNewf(py.TypeError, "can't delete __class__ attribute")
	}
	return err
}

// classDictNotWritable is the error of C.__dict__ = v and del C.__dict__:
// a class's namespace is type's read-only __dict__ attribute.
func classDictNotWritable() error {
	return py.ExceptionNewf(py.AttributeError, "attribute '__dict__' of 'type' objects is not writable")
}

// readOnlyGoGetset is the getset descriptor of a Go type's property name
// for o, a value of that type (not a class), or nil: its messages are
// CPython's when the property cannot be set or deleted ((5).real = 1).
func readOnlyGoGetset(o py.Object, name string) *goGetset {
	if _, ok := isClass(o); ok {
		return nil
	}
	t := o.Type()
	if t == nil || t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return nil
	}
	a := t.Lookup(name)
	if a == nil {
		a = t.Dict[name]
	}
	if _, ok := a.(*py.Property); !ok {
		return nil
	}
	switch d := classGetset(t, name, a).(type) {
	case *goGetset:
		return d
	case *goMember:
		return d.goGetset
	}
	return nil
}

func toTuple(v py.Object) (py.Tuple, error) {
	switch x := v.(type) {
	case py.Tuple:
		return x, nil
	case *py.List:
		return append(py.Tuple(nil), x.Items...), nil
	}
	it, err := Iter(v)
	if err != nil {
		return nil, err
	}
	out, err := AppendItems(nil, it)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// sameMap reports whether two dicts are the same object.
func sameMap(a, b py.StringDict) bool {
	// A map value is a pointer to the map's header.
	return *(*unsafe.Pointer)(unsafe.Pointer(&a)) == *(*unsafe.Pointer)(unsafe.Pointer(&b))
}

// builtinMethod is the fast path of a method lookup on a value of a Go
// type (list.append, bytes.join): a method in its type's own dict, when
// the value has no attribute hook and no instance dict of its own that
// could shadow it.
func builtinMethod(o py.Object, name string) (py.Object, bool) {
	if _, ok := o.(py.I__getattribute__); ok {
		return nil, false
	}
	if _, ok := o.(py.IGetDict); ok {
		return nil, false
	}
	if v, ok := ownAttr(o, name); ok {
		return v, true // own_attrs.go
	}
	d, owner := goMroAttr(o.Type(), name)
	switch m := d.(type) {
	case *py.Method:
		if owner != o.Type() {
			return py.NewBoundMethod(methodReceiverIn(o, owner, m), m), true
		}
		return py.NewBoundMethod(o, m), true
	case *typeSlot:
		if m.keepSelf {
			return &boundSlot{self: receiverIn(o, owner), slot: m}, true
		}
		// (1).__add__: a method-wrapper; True.__add__ is bool's, called
		// with its int (callBound)
		return &boundSlot{self: o, slot: m}, true
	}
	return nil, false
}

var reprMethod = py.MustNewMethod("__repr__", func(self py.Object) (py.Object, error) {
	s, err := pyrepr.Repr(self)
	return py.String(s), err
}, 0, "Return repr(self).")

var strMethod = py.MustNewMethod("__str__", func(self py.Object) (py.Object, error) {
	s, err := pyrepr.Str(self)
	return py.String(s), err
}, 0, "Return str(self).")

// builtinGetattr is getattr(object, name[, default]) with the loop's
// attribute lookup.
func builtinGetattr(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.UnpackCount("getattr", args, 2, 3); err != nil {
		return nil, err
	}
	name, ok := strValue(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "getattr(): attribute name must be string")
	}
	if len(args) == 2 {
		return GetAttr(args[0], string(name))
	}
	v, ok, err := lookupAttr(args[0], string(name))
	if !ok && err == nil {
		return args[2], nil
	}
	return v, err
}

// builtinHasattr is hasattr(object, name): whether getattr raises
// AttributeError.
func builtinHasattr(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "hasattr expected 2 arguments, got %d", len(args))
	}
	name, ok := strValue(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "hasattr(): attribute name must be string")
	}
	_, ok, err := lookupAttr(args[0], string(name))
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}
