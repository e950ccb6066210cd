package vm

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// m.__class__ = SubclassOfModuleType on a plain module (a *py.Module,
// whose Go type is fixed) makes an instance of the class stand for m
// (usermodule_class.go), and sys.modules hands that out from then on.
// The module object itself, still held by whoever had it, answers as the
// instance too: its __class__ and type() are the class, and the names it
// lacks (the class's attributes, methods, properties, __getattr__) come
// through the instance, whose namespace is m's globals. Setting
// __class__ back to module ends it.

// moduleClassRecord is the class given to a module and the instance that
// last stood for it (made again if it was collected).
type moduleClassRecord struct {
	cls  *py.Type
	inst weak.Pointer[py.Type]
}

var (
	moduleClassesMu sync.Mutex
	moduleClasses   = map[weak.Pointer[py.Module]]*moduleClassRecord{}
)

// recordModuleClass notes that m's class is now cls, with inst standing
// for it; cls module itself forgets m's record.
func recordModuleClass(m *py.Module, cls *py.Type, inst *py.Type) {
	key := weak.Make(m)
	moduleClassesMu.Lock()
	defer moduleClassesMu.Unlock()
	if cls == py.ModuleType {
		delete(moduleClasses, key)
		return
	}
	if _, known := moduleClasses[key]; !known {
		runtime.AddCleanup(m, func(k weak.Pointer[py.Module]) {
			moduleClassesMu.Lock()
			delete(moduleClasses, k)
			moduleClassesMu.Unlock()
		}, key)
	}
	moduleClasses[key] = &moduleClassRecord{cls: cls, inst: weak.Make(inst)}
}

// moduleStandIn is the instance standing for m when m's class was set to
// a subclass of module, else nil.
func moduleStandIn(m *py.Module) *py.Type {
	moduleClassesMu.Lock()
	defer moduleClassesMu.Unlock()
	if len(moduleClasses) == 0 {
		return nil
	}
	r, ok := moduleClasses[weak.Make(m)]
	if !ok {
		return nil
	}
	if inst := r.inst.Value(); inst != nil {
		return inst
	}
	inst := newModuleStandIn(m, r.cls)
	r.inst = weak.Make(inst)
	return inst
}

// newModuleStandIn is a new instance of cls whose value and namespace
// are m's.
func newModuleStandIn(m *py.Module, cls *py.Type) *py.Type {
	inst := allocInstance(cls)
	pyutil.SetBuiltinValue(inst, m)
	shareModuleDict(inst, m)
	return inst
}

// moduleInstanceToModule is o.__class__ = module for o an instance of a
// class derived from module (CPython lets module subclasses trade
// classes with module itself, as importlib.util's lazy modules do once
// run). o answers as a plain module from then on: its class is module,
// whose attributes it finds through its namespace. When o stands for a
// module object (setModuleClass made it), that module is plain again
// too, and takes o's place back in sys.modules.
func moduleInstanceToModule(o *py.Type) error {
	o.ObjectType, o.Base = py.ModuleType, py.ModuleType
	v, _ := pyutil.BuiltinValue(o)
	m, ok := v.(*py.Module)
	if !ok || moduleStandIn(m) != o {
		return nil
	}
	recordModuleClass(m, py.ModuleType, nil)
	if name, ok := m.Globals["__name__"].(py.String); ok {
		replaceSysModule(m, string(name), o, m) // usermodule_class.go
	}
	return nil
}

func init() {
	// module's own __dict__ descriptor (a member in CPython): the plain
	// module's globals, and the namespace of an instance whose class went
	// back to module (moduleInstanceToModule), which has no class of its
	// own to give it one.
	py.ModuleType.Dict["__dict__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			switch v := self.(type) {
			case *py.Module:
				return v.Globals, nil
			case *py.Type:
				if pyutil.IsInstanceObject(v) {
					return v.Dict, nil
				}
			}
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__dict__' for 'module' objects doesn't apply to '%s' object", typeName(self))
		},
		// a read-only member: assigning it is refused as 3.6 words it
		Fset: func(self, value py.Object) error {
			return py.ExceptionNewf(py.AttributeError, "readonly attribute")
		},
	}
}
