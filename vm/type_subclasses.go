package vm

import (
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// type.__subclasses__(): the classes made by type.__new__ that name a
// class among their bases, oldest first, while they live. gpython's
// types keep no such list; the registry holds weak pointers only (bases
// and subclasses alike), so that a class nothing else refers to is still
// collected, with its methods and the globals they reach (CPython's list
// is of weak references too). Classes built into the interpreter are not
// listed: int.__subclasses__() is [] where CPython lists bool.

var subclassRegistry struct {
	sync.Mutex
	of       map[weak.Pointer[py.Type]][]weak.Pointer[py.Type]
	recorded int // classes recorded since the last sweep of dead bases
}

// recordSubclass notes cls as a subclass of each of its bases.
func recordSubclass(cls *py.Type) {
	subclassRegistry.Lock()
	defer subclassRegistry.Unlock()
	if subclassRegistry.of == nil {
		subclassRegistry.of = map[weak.Pointer[py.Type]][]weak.Pointer[py.Type]{}
	}
	if subclassRegistry.recorded++; subclassRegistry.recorded >= 1024 {
		// Drop the entries of collected bases, so that a program making
		// classes without end does not grow the map without end.
		subclassRegistry.recorded = 0
		for k := range subclassRegistry.of {
			if k.Value() == nil {
				delete(subclassRegistry.of, k)
			}
		}
	}
	bases := cls.Bases
	if len(bases) == 0 && cls.Base != nil {
		bases = py.Tuple{cls.Base}
	}
	for _, b := range bases {
		if bt, ok := b.(*py.Type); ok {
			key := weak.Make(bt)
			subclassRegistry.of[key] = append(subclassRegistry.of[key], weak.Make(cls))
		}
	}
}

// subclassesOf lists the live subclasses recorded for t, dropping the
// dead ones from the registry.
func subclassesOf(t *py.Type) *py.List {
	subclassRegistry.Lock()
	defer subclassRegistry.Unlock()
	key := weak.Make(t)
	ptrs := subclassRegistry.of[key]
	live := ptrs[:0]
	out := py.NewList()
	for _, p := range ptrs {
		if c := p.Value(); c != nil {
			live = append(live, p)
			out.Append(c)
		}
	}
	if len(live) == 0 {
		delete(subclassRegistry.of, key)
	} else {
		subclassRegistry.of[key] = live
	}
	return out
}

func installSubclasses() {
	py.TypeType.Dict["__subclasses__"] = py.MustNewMethod("__subclasses__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if m, ok := self.(*py.Module); ok && m == nil && len(args) > 0 {
			self, args = args[0], args[1:] // type.__subclasses__(cls)
		}
		t, ok := self.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__subclasses__' requires a 'type' object but received a '%s'", typeName(self))
		}
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__subclasses__() takes no arguments (%d given)", len(args))
		}
		return subclassesOf(t), nil
	}, 0, "__subclasses__() -> list\n\nThe classes that name this one among their bases, while they live.")
}
