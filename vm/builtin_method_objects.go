package vm

import (
	"fmt"
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The objects CPython 3.6 shows for the methods of built-in types:
//
//	list.append    method_descriptor: <method 'append' of 'list' objects>,
//	               with __objclass__ and __qualname__ 'list.append'; its
//	               __get__ binds it
//	[].append      builtin_function_or_method (types.BuiltinMethodType),
//	               __self__ the list; not types.MethodType, which
//	               inspect.ismethod looks for
//
// gpython has one Go type for both, *py.Method, and binds it into the
// *py.BoundMethod of Python functions ('method'). GetAttr hands scripts
// these two wrappers instead; calls go to the wrapped method, so they run
// as before.

// methodDescriptorType is the type of list.append.
var methodDescriptorType = py.NewType("method_descriptor", "")

// methodDescr is a Go type's instance method read from the type.
type methodDescr struct {
	owner *py.Type
	m     *py.Method
}

// boundBuiltin is a Go method bound to its object ([].append,
// dict.fromkeys): a builtin_function_or_method, as len is.
type boundBuiltin struct {
	bm   *py.BoundMethod
	self py.Object // __self__: bm.Self, or the instance of a subclass whose value that is
}

// descrCache keeps one descriptor per method, so that list.append is
// list.append, as in CPython, for as long as the method lives.
var descrCache sync.Map // weak.Pointer[py.Method] -> *methodDescr

// methodDescrOf returns the descriptor of m, a method of owner's dict.
func methodDescrOf(owner *py.Type, m *py.Method) *methodDescr {
	key := weak.Make(m)
	if d, ok := descrCache.Load(key); ok {
		return d.(*methodDescr)
	}
	d, loaded := descrCache.LoadOrStore(key, &methodDescr{owner: owner, m: m})
	if !loaded {
		runtime.AddCleanup(m, func(k weak.Pointer[py.Method]) { descrCache.Delete(k) }, key)
	}
	return d.(*methodDescr)
}

// staticOwners maps a built-in type's static method (str.maketrans),
// once read from the type, to the type, for its __qualname__.
var staticOwners sync.Map // *py.Method -> *py.Type

// noteStaticOwner records the type among t's MRO whose dict holds m
// under name, directly or as a staticmethod object.
func noteStaticOwner(t *py.Type, name string, m *py.Method) {
	if m.Module != nil {
		return
	}
	if _, ok := staticOwners.Load(m); ok {
		return
	}
	for bt := range typeChain(t) {
		e := bt.Dict[name]
		if sm, ok := e.(*py.StaticMethod); ok {
			e = sm.Callable
		}
		if e == py.Object(m) {
			if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
				staticOwners.Store(m, bt)
			}
			return
		}
	}
}

// builtinQualname is the __qualname__ of a Go function: its name, after
// its type's for a static method read from one.
func builtinQualname(m *py.Method) string {
	if t, ok := staticOwners.Load(m); ok {
		return qualifiedTypeName(t.(*py.Type)) + "." + m.Name
	}
	return m.Name
}

// presentAttr is the object a script sees for r, the value of attribute
// name of o as the lookup found it: a Go type's method read from a class
// becomes its method descriptor, a Go method bound to an object a
// built-in method.
func presentAttr(o py.Object, name string, r py.Object) py.Object {
	if w, ok := presentSlotMethod(o, name, r); ok {
		return w // slot_method_presented.go
	}
	switch v := r.(type) {
	case *methodDescr:
		// a class standing for a C type (collections.OrderedDict): its
		// special methods are slot wrappers
		if _, ok := isClass(o); ok && v.m.Name == name {
			if s := slotOfMethod(v.owner, name, v.m); s != nil {
				return s
			}
		}
	case *boundBuiltin:
		if _, ok := isClass(o); !ok {
			if d, ok := v.bm.Method.(*py.Method); ok && d.Name == name {
				if dt, ok := ownerDescr(o.Type(), name, d); ok {
					if s := slotOfMethod(dt.owner, name, d); s != nil {
						return &boundSlot{self: v.self, slot: s}
					}
				}
			}
		}
	case *py.Method:
		t, ok := isClass(o)
		if !ok || v.Module != nil || v.Flags&py.METH_CLASS != 0 {
			return r
		}
		if v.Flags&py.METH_STATIC != 0 || !isInstanceMethodOf(t, name, v) {
			noteStaticOwner(t, name, v)
			return r
		}
		if owner, ok := methodOwners.Load(v); ok {
			if s := slotOfMethod(owner.(*py.Type), name, v); s != nil {
				return s
			}
			return methodDescrOf(owner.(*py.Type), v)
		}
	case *py.BoundMethod:
		if m, ok := v.Method.(*py.Method); ok && m.Module == nil {
			if len(name) > 4 && name[0] == '_' && name[1] == '_' {
				if _, ok := isClass(o); !ok {
					// [].__len__ read before list.__len__ was
					noteMethodOwner(o.Type(), name, m)
				}
				if owner, ok := methodOwners.Load(m); ok {
					if s := slotOfMethod(owner.(*py.Type), name, m); s != nil {
						// bound to what newBoundBuiltin names as __self__
						// (not a super object it was read through)
						return &boundSlot{self: newBoundBuiltin(o, v).self, slot: s}
					}
				}
			}
			return newBoundBuiltin(o, v)
		}
	}
	return r
}

// newBoundBuiltin wraps bm, read as an attribute of o.
func newBoundBuiltin(o py.Object, bm *py.BoundMethod) *boundBuiltin {
	self := bm.Self
	if it, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(it) {
		if _, hasValue := pyutil.BuiltinValue(it); hasValue {
			self = o // bm.Self is its value (methodReceiver)
		}
	}
	return &boundBuiltin{bm: bm, self: self}
}

// isInstanceMethodOf reports whether m is held as it is (not as a
// staticmethod object) in the dict of a class of t's MRO under name.
func isInstanceMethodOf(t *py.Type, name string, m *py.Method) bool {
	for bt := range typeChain(t) {
		if e, ok := bt.Dict[name]; ok {
			return e == py.Object(m)
		}
	}
	return false
}

func (d *methodDescr) Type() *py.Type { return methodDescriptorType }

// receiverFits reports whether self may be the receiver of a method of
// owner (bool counts as int, gpython's big ints too).
func receiverFits(self py.Object, owner *py.Type) bool {
	st := self.Type()
	if st.IsSubtype(owner) {
		return true
	}
	if owner == py.IntType {
		return st == py.BoolType || st == py.BigIntType
	}
	return false
}

// uncheckedOwners holds the Go types registered with
// ValueBase.PythonClass, whose methods called through the class check no
// receiver.
var uncheckedOwners sync.Map // *py.Type -> bool

func (d *methodDescr) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if _, ok := uncheckedOwners.Load(d.owner); ok {
		return Call(d.m, args, kwargs)
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", d.m.Name, tpName(d.owner))
	}
	if !receiverFits(args[0], d.owner) {
		// 3.6 names both types as their tp_name: module-qualified for
		// extension types ('_sha3.sha3_256', 'select.epoll').
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", d.m.Name, tpName(d.owner), tpName(args[0].Type()))
	}
	return Call(d.m, args, kwargs)
}

func (d *methodDescr) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return d, nil
	}
	if !receiverFits(instance, d.owner) {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to '%s' object", d.m.Name, shortName(d.owner), typeName(instance))
	}
	if s := slotOfMethod(d.owner, d.m.Name, d.m); s != nil {
		// od.__eq__: a special method of a class standing for a C type
		// is a method-wrapper
		return &boundSlot{self: instance, slot: s}, nil
	}
	return newBoundBuiltin(instance, py.NewBoundMethod(pyutil.Unwrap(instance), d.m)), nil
}

// M__eq__: the descriptor stands for its method, which the type's
// __dict__ shows as it is.
func (d *methodDescr) M__eq__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *methodDescr:
		return py.NewBool(o.m == d.m), nil
	case *py.Method:
		return py.NewBool(o == d.m), nil
	}
	return py.NotImplemented, nil
}

func (d *methodDescr) M__ne__(other py.Object) (py.Object, error) {
	r, err := d.M__eq__(other)
	if eq, ok := r.(py.Bool); ok && err == nil {
		return !eq, nil
	}
	return r, err
}

func (d *methodDescr) M__hash__() (py.Object, error) {
	return py.Int(identityHash(d.m)), nil
}

func (d *methodDescr) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<method '%s' of '%s' objects>", d.m.Name, tpName(d.owner))), nil
}

// attr answers the method descriptor's attributes.
func (d *methodDescr) attr(name string) (py.Object, bool) {
	switch name {
	case "__name__":
		return py.String(d.m.Name), true
	case "__qualname__":
		return py.String(qualifiedTypeName(d.owner) + "." + d.m.Name), true
	case "__objclass__":
		return d.owner, true
	case "__doc__":
		return docOrNone(d.m.Doc), true
	case "__text_signature__":
		return py.None, true
	case "__get__":
		return newBoundBuiltin(d, py.NewBoundMethod(d, descrGetMethod)), true
	case "__reduce__", "__reduce_ex__":
		return newBoundBuiltin(d, py.NewBoundMethod(d, descrReduceMethod)), true
	}
	return nil, false
}

func (b *boundBuiltin) Type() *py.Type { return py.MethodType }

func (b *boundBuiltin) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return Call(b.bm, args, kwargs)
}

func (b *boundBuiltin) M__repr__() (py.Object, error) {
	if n, ok := extensionName(b.self.Type()); ok {
		// a class standing for a C type: named by its tp_name
		if m, ok := b.bm.Method.(*py.Method); ok {
			return py.String(fmt.Sprintf("<built-in method %s of %s object at %#x>", m.Name, n, objectID(b.self))), nil
		}
	}
	s, err := pyrepr.Repr(py.NewBoundMethod(b.self, b.bm.Method))
	return py.String(s), err
}

func (b *boundBuiltin) M__hash__() (py.Object, error) {
	h, err := Hash(b.bm)
	return py.Int(h), err
}

func (b *boundBuiltin) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*boundBuiltin)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(identical(b.bm.Method, o.bm.Method) && identical(b.self, o.self)), nil
}

func (b *boundBuiltin) M__ne__(other py.Object) (py.Object, error) {
	r, err := b.M__eq__(other)
	if eq, ok := r.(py.Bool); ok && err == nil {
		return !eq, nil
	}
	return r, err
}

// attr answers the built-in method's attributes.
func (b *boundBuiltin) attr(name string) (py.Object, bool) {
	m, _ := b.bm.Method.(*py.Method)
	switch name {
	case "__self__":
		return b.self, true
	case "__name__":
		return py.String(methodName(b.bm.Method)), true
	case "__qualname__":
		t, ok := isClass(b.self)
		if !ok {
			t = b.self.Type()
		}
		return py.String(qualifiedTypeName(t) + "." + methodName(b.bm.Method)), true
	case "__doc__":
		if m == nil {
			return py.None, true
		}
		return docOrNone(m.Doc), true
	case "__module__", "__text_signature__":
		return py.None, true
	case "__func__":
		// A built-in class method (int.from_bytes): gpython's types keep
		// it as a classmethod object, whose __func__ callers (doctest's
		// finder) read after binding it.
		if _, ok := isClass(b.self); ok {
			return b.bm.Method, true
		}
	case "__reduce__", "__reduce_ex__":
		return newBoundBuiltin(b, py.NewBoundMethod(b, boundReduceMethod)), true
	}
	return nil, false
}

func methodName(o py.Object) string {
	switch m := o.(type) {
	case *py.Method:
		return m.Name
	case *methodDescr:
		return m.m.Name
	}
	return "?"
}

// qualifiedTypeName is t's __qualname__.
func qualifiedTypeName(t *py.Type) string {
	if t.Qualname != "" {
		return t.Qualname
	}
	return shortName(t)
}

func docOrNone(doc string) py.Object {
	if doc == "" {
		return py.None
	}
	return py.String(doc)
}

// descrGetMethod is method_descriptor.__get__(instance, owner=None),
// made in init: M__get__ reaches the loop, which reaches this.
var descrGetMethod *py.Method

func init() {
	descrGetMethod = py.MustNewMethod("__get__", descrGet, 0, "Return an attribute of instance, which is of type owner.")
}

func descrGet(self py.Object, args py.Tuple) (py.Object, error) {
	d := self.(*methodDescr)
	if len(args) < 1 || len(args) > 2 {
		return nil, oneOrTwoArgs(len(args))
	}
	if args[0] == py.None && (len(args) < 2 || args[1] == py.None) {
		return nil, py.ExceptionNewf(py.TypeError, "__get__(None, None) is invalid")
	}
	return d.M__get__(args[0], nil)
}

// descrReduceMethod pickles list.append as getattr(list, 'append');
// boundReduceMethod pickles [].append as getattr(the list, 'append').
var descrReduceMethod, boundReduceMethod *py.Method

func init() {
	descrReduceMethod = py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
		d := self.(*methodDescr)
		return py.Tuple{builtinGetattrObject(), py.Tuple{d.owner, py.String(d.m.Name)}}, nil
	}, 0, "")
	boundReduceMethod = py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
		switch b := self.(type) {
		case *boundBuiltin:
			return py.Tuple{builtinGetattrObject(), py.Tuple{b.self, py.String(methodName(b.bm.Method))}}, nil
		case *py.Method:
			return py.String(b.Name), nil // a module's function: by name
		}
		return nil, py.ExceptionNewf(py.TypeError, "can't pickle %s objects", typeName(self))
	}, 0, "")
}

// builtinGetattrObject is the builtins' getattr.
func builtinGetattrObject() py.Object {
	if c := currentContext(); c != nil {
		if b, err := c.GetModule("builtins"); err == nil {
			if g, ok := b.Globals["getattr"]; ok {
				return g
			}
		}
	}
	return py.None
}

func init() {
	methodDescriptorType.Dict["__get__"] = descrGetMethod
	methodDescriptorType.Dict["__reduce__"] = descrReduceMethod
	if _, ok := py.MethodType.Dict["__reduce__"]; !ok {
		py.MethodType.Dict["__reduce__"] = boundReduceMethod
	}
	// gpython leaves the MRO of a Go type empty; pickle's lookup of
	// __reduce__ walks it.
	methodDescriptorType.Base = py.ObjectType
	methodDescriptorType.Mro = py.Tuple{methodDescriptorType, py.ObjectType}
}

// ownerDescr finds the method descriptor of m, name in the dict of a
// class of t's MRO.
func ownerDescr(t *py.Type, name string, m *py.Method) (*methodDescr, bool) {
	for bt := range typeChain(t) {
		if e, ok := bt.Dict[name]; ok {
			d, ok := e.(*methodDescr)
			return d, ok && d.m == m
		}
	}
	return nil, false
}
