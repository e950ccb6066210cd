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
