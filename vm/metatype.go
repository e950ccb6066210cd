package vm

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// gpython's Type.NewType records a built-in subclass's base class as its
// type (ObjectType): type(ValueError) would be Exception, and a class
// statement deriving from such a class fails with "metaclass conflict"
// (gpython's TypeNew asks each base for its metaclass). The classes are
// given their real metaclass, type, before Python code runs, and any
// other base on its first use as a base.

var metaMu sync.Mutex

// fixMetatype makes type the metaclass of class t when gpython left a
// non-metaclass there.
func fixMetatype(t *py.Type) {
	if m := t.ObjectType; m == nil || m.IsSubtype(py.TypeType) {
		return
	}
	metaMu.Lock()
	if m := t.ObjectType; m != nil && !m.IsSubtype(py.TypeType) {
		t.ObjectType = py.TypeType
	}
	metaMu.Unlock()
}

var fixBuiltinsOnce sync.Once

// fixBuiltinMetatypes fixes every class the builtins module and the
// registered modules named in knownModules export.
func fixBuiltinMetatypes() {
	fixBuiltinsOnce.Do(func() {
		for _, name := range knownModules {
			impl := py.GetModuleImpl(name)
			if impl == nil {
				continue
			}
			for _, v := range impl.Globals {
				if t, ok := pyutil.IsClass(v); ok {
					fixMetatype(t)
				}
			}
		}
	})
}

var knownModules = []string{"builtins", "sys", "_ssl", "ssl", "socket", "select", "datetime", "pprint", "time", "math", "os", "binascii", "array", "string", "marshal", "glob", "tempfile"}

// classGetAttr looks an attribute up on a class: the class's MRO first
// (descriptors get None as the instance), then the metaclass.
func classGetAttr(t *py.Type, name string) (py.Object, error) {
	if r, ok, err := metaDataDescriptor(t, name); ok {
		return r, err
	}
	if r, ok := classAttr(t, name); ok {
		return r, nil
	}
	if name == "__module__" && moduleless(t) {
		return nil, py.ExceptionNewf(py.AttributeError, "__module__")
	}
	attr := classLookup(t, name)
	if attr == nil && len(t.Mro) == 0 {
		// A Go type never readied (os.stat_result) has no MRO to look
		// through: its own dict answers, then object's slots below.
		attr = t.Dict[name]
	}
	if attr != nil {
		if d := classGetset(t, name, attr); d != nil {
			return d, nil
		}
		if d := functionDescr(t, name, attr); d != nil {
			return d, nil
		}
		switch a := attr.(type) {
		case *py.Method, *py.Function:
			return a, nil
		case *py.Property:
			if !strings.HasPrefix(name, "__") {
				// a Go property that classGetset leaves as it is (one
				// on a heap class, such as _io._IOBase's closed): read
				// from the class it is itself, as property.__get__(None,
				// cls) gives, never its getter called with None
				return a, nil
			}
			return a.M__get__(py.None, t)
		case py.I__get__:
			return a.M__get__(py.None, t)
		}
		if dc, ok := pythonClassOf(attr); ok {
			// A descriptor written in Python: __get__(None, cls).
			if g := userMethod(dc, "__get__"); g != nil {
				return callMethod(attr, g, py.None, t)
			}
		}
		return attr, nil
	}
	if name == "__weakref__" {
		if d := weakrefDescrOf(t); d != nil { // class_instance_layout.go
			return d, nil
		}
	}
	if v, ok := presentedAttr(t, name); ok {
		return v, nil // builtin_dict_extras.go
	}
	if s, ok := objectSlot(name); ok {
		if name == "__subclasshook__" || name == "__init_subclass__" {
			return &methodWrapper{self: t, slot: s.(*slotFunc)}, nil // class methods of object's
		}
		return s, nil
	}
	if attr := metaclassOf(t).Lookup(name); attr != nil {
		if s, ok := attr.(*slotFunc); ok && !s.method {
			// C.__call__: type's slot bound to the class, a method-wrapper
			return &methodWrapper{self: t, slot: s}, nil
		}
		if g, ok := attr.(py.I__get__); ok {
			return g.M__get__(t, metaclassOf(t))
		}
		return attr, nil
	}
	if name == "mro" {
		return mroNamed(t), nil // type_mro.go
	}
	if r, ok := typeLayoutAttr(t, name); ok {
		return r, nil // type_layout_attrs.go
	}
	return nil, nil
}

// metaDataDescriptor reads name through a data descriptor (a property,
// or an object whose class defines __get__ and __set__ or __delete__) that a
// metaclass written in Python defines: as in CPython, such a descriptor
// wins over the class's own namespace. ok is false when there is none.
func metaDataDescriptor(t *py.Type, name string) (r py.Object, ok bool, err error) {
	meta := t.Type()
	if meta == nil || meta.Flags&py.TPFLAGS_HEAPTYPE == 0 || pyutil.IsInstanceObject(t) {
		return nil, false, nil
	}
	for _, b := range meta.Mro {
		bt, isType := b.(*py.Type)
		if !isType || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return nil, false, nil
		}
		attr, found := bt.Dict[name]
		if !found {
			continue
		}
		if !isDataDescriptor(attr) { // ops_instance_attr.go
			return nil, false, nil
		}
		r, err = bindAttr(attr, t, meta)
		return r, true, err
	}
	return nil, false, nil
}

// typeDescrGet is what type's own descriptors (type.__dict__['__dict__'],
// ['__mro__'], ...) read from a class: the class's own value, never a
// metaclass's descriptor of the same name, as inspect.getattr_static
// relies on.
func typeDescrGet(self py.Object, name string) (py.Object, error) {
	if t, ok := self.(*py.Type); ok {
		if _, isCls := isClass(t); isCls {
			if r, ok := classAttr(t, name); ok {
				return r, nil
			}
			if name == "__module__" && moduleless(t) {
				return nil, py.ExceptionNewf(py.AttributeError, "__module__")
			}
		}
	}
	return GetAttr(self, name)
}

// functionDescrKinds are the attributes of functions that the function
// class holds as descriptors in 3.6, true for a member descriptor; the
// property gpython keeps for each would read a function out of None.
var functionDescrKinds = map[string]bool{
	"__code__": false, "__defaults__": false, "__kwdefaults__": false,
	"__annotations__": false, "__globals__": true, "__closure__": true,
}

// functionDescr is the descriptor function.__code__ (and the others of
// functionDescrKinds) reads as from the class, or nil.
func functionDescr(t *py.Type, name string, attr py.Object) py.Object {
	p, ok := attr.(*py.Property)
	if !ok || t != py.FunctionType {
		return nil
	}
	member, ok := functionDescrKinds[name]
	if !ok {
		return nil
	}
	if d, ok := goGetsets.Load(p); ok {
		return d.(py.Object)
	}
	var d py.Object = &goGetset{name: name, owner: t, p: p}
	if member {
		d = &goMember{d.(*goGetset)}
	}
	got, _ := goGetsets.LoadOrStore(p, d)
	return got.(py.Object)
}
