package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Classes derived from types.ModuleType (lazy loaders, six's module
// shims, a module that sets sys.modules[__name__].__class__). An
// instance holds a *py.Module as its value, and the instance's own
// namespace is that module's globals: attributes set on the instance are
// the module's names, and the functions of a module the instance stands
// for see them. The class's methods, properties and __getattr__ apply as
// to any instance.

// moduleInit is module.__init__(name, doc=None) on m: it names m and
// sets its docstring, keeping the other names m has.
func moduleInit(m *py.Module, args py.Tuple, kwargs py.StringDict) error {
	a, err := pyarg.Parse36("module", args, kwargs, []string{"name", "doc"}, 1, pyarg.Getargs36)
	if err != nil {
		return err
	}
	name, ok := a[0].(py.String)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "module.__init__() argument 1 must be str, not %s", typeName(a[0]))
	}
	doc := a[1]
	if doc == nil {
		doc = py.None
	}
	if m.Globals == nil {
		m.Globals = py.StringDict{}
	}
	if m.ModuleImpl == nil {
		m.ModuleImpl = &py.ModuleImpl{}
	}
	m.ModuleImpl.Info.Name = string(name)
	for k, v := range map[string]py.Object{"__name__": name, "__doc__": doc, "__package__": py.None, "__loader__": py.None, "__spec__": py.None} {
		if _, set := m.Globals[k]; !set || k == "__name__" || k == "__doc__" {
			m.Globals[k] = v
		}
	}
	return nil
}

// emptyModule is the value of a new instance before module.__init__.
func emptyModule() py.Object {
	m := &py.Module{ModuleImpl: &py.ModuleImpl{}, Globals: py.StringDict{}}
	if c := currentContext(); c != nil {
		m.Context = c
	}
	return m
}

// shareModuleDict makes inst's namespace the globals of v when v, the
// value just given to inst, is a module.
func shareModuleDict(inst *py.Type, v py.Object) {
	m, ok := v.(*py.Module)
	if !ok {
		return
	}
	for k, x := range inst.Dict {
		m.Globals[k] = x
	}
	inst.Dict = m.Globals
}

// setModuleClass is m.__class__ = v for a plain module: v must be a class
// derived from module. The module's globals then belong to a new
// instance of v, which takes m's place in sys.modules.
func setModuleClass(m *py.Module, v py.Object) error {
	cls, ok := pyutil.IsClass(v)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "__class__ must be set to a class, not '%s' object", typeName(v))
	}
	if cls == py.ModuleType {
		recordModuleClass(m, cls, nil) // class_module_standin.go
		return nil
	}
	if !cls.IsSubtype(py.ModuleType) || cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return py.ExceptionNewf(py.TypeError, "__class__ assignment only supported for heap types or ModuleType subclasses")
	}
	inst := newModuleStandIn(m, cls)
	recordModuleClass(m, cls, inst)
	if name, ok := m.Globals["__name__"].(py.String); ok {
		replaceSysModule(m, string(name), m, inst)
	}
	return nil
}

// replaceSysModule puts inst in sys.modules[name] when old is there, in
// m's interpreter.
func replaceSysModule(m *py.Module, name string, old, inst py.Object) {
	ctx := m.Context
	if ctx == nil {
		ctx = currentContext()
	}
	if ctx == nil {
		return
	}
	sysMod, err := ctx.GetModule("sys")
	if err != nil {
		return
	}
	mods, ok := sysMod.Globals["modules"]
	if !ok {
		return
	}
	cur, err := GetItem(mods, py.String(name))
	if err != nil || cur != old {
		return
	}
	_ = SetItem(mods, py.String(name), inst)
}

func init() {
	RegisterValueBase(py.ModuleType, ValueBase{
		Empty: emptyModule,
		Init: func(old py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			m, ok := old.(*py.Module)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'module' object but received a '%s'", typeName(old))
			}
			return m, moduleInit(m, args, kwargs)
		},
	})
	// module.__init__(m, name) and m.__init__(name) alike: the name is a
	// str, so a module first is the receiver of an unbound call.
	init := py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 0 && isModuleObject(args[0]) && (self == nil || !isModuleObject(self) || self.(*py.Module).Globals == nil) {
			self, args = args[0], args[1:]
		} else if len(args) > 0 && isModuleObject(args[0]) && len(args) > 1 {
			if _, isStr := args[1].(py.String); isStr {
				self, args = args[0], args[1:]
			}
		}
		if self == nil || !isModuleObject(self) {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'module' object but received a '%s'", typeName(self))
		}
		return py.None, reinitValue(py.ModuleType, self, args, kwargs)
	}, 0, "module.__init__(name, doc=None): set the module's __name__ and __doc__ (again).")
	TakesInstance(init)
	py.ModuleType.Dict["__init__"] = init
}

// isModuleObject reports whether o is a module or an instance of a class
// derived from module.
func isModuleObject(o py.Object) bool {
	switch v := o.(type) {
	case *py.Module:
		return true
	case *py.Type:
		return pyutil.IsInstanceObject(v) && v.ObjectType.IsSubtype(py.ModuleType)
	}
	return false
}

func isModuleValue(v py.Object) bool {
	_, ok := v.(*py.Module)
	return ok
}

// bothModuleClasses reports whether a and b are classes derived from
// module, whose instances may trade classes (CPython 3.5+).
func bothModuleClasses(a, b *py.Type) bool {
	return a.IsSubtype(py.ModuleType) && b.IsSubtype(py.ModuleType)
}

// moduleInstanceDir is dir(o) for o an instance of a class derived from
// module: the sorted names of its __dict__ (module.__dir__), which must
// be a dict. ok is false for other objects.
func moduleInstanceDir(o py.Object) (r py.Object, ok bool, err error) {
	inst, isInst := o.(*py.Type)
	if !isInst || !pyutil.IsInstanceObject(inst) || len(inst.Bases) != 1 || !isModuleValue(inst.Bases[0]) {
		return nil, false, nil
	}
	var d py.Object
	if a := userMethod(inst.ObjectType, "__dict__"); a != nil {
		d, err = bindAttr(a, o, inst.ObjectType) // a class's own __dict__
	} else {
		d, err = GetAttr(o, "__dict__")
	}
	if err != nil {
		return nil, true, err
	}
	ns, isNS := d.(py.StringDict)
	if !isNS {
		name := "?"
		if n, ok := inst.Dict["__name__"].(py.String); ok {
			name = string(n)
		}
		return nil, true, py.ExceptionNewf(py.TypeError, "%s.__dict__ is not a dictionary", name)
	}
	names := make([]py.Object, 0, len(ns))
	for k := range ns {
		names = append(names, py.String(k))
	}
	l := py.NewListFromItems(names)
	return l, true, sortList(l, nil, "sorted")
}
