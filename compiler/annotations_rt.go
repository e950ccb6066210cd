package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The builtin __pep526__ runs the variable annotations that annotations.go
// rewrites. Its first argument says what:
//
//	's', ns              SETUP_ANNOTATIONS: ns['__annotations__'] = {}
//	                     unless ns has one (ns is the body's locals())
//	'a', ns, name, ann   STORE_ANNOTATION: ns['__annotations__'][name] = ann,
//	                     NameError when ns has no __annotations__
//	'A', ns, name, ann   the same, making the dict when ns has none
//	'e', ...             nothing: its operands were evaluated for their
//	                     effects, as CPython evaluates them
//
// It returns None.

// installAnnotationHelper adds __pep526__ to gpython's builtins module.
func installAnnotationHelper() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("compiler: gpython's builtins module is not registered")
	}
	impl.Methods = append(impl.Methods, py.MustNewMethod(annHelper, annotationBuiltin, 0,
		"__pep526__(kind, *operands): variable annotations, called by rewritten source."))
}

func annotationBuiltin(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() needs a kind", annHelper)
	}
	kind, _ := args[0].(py.String)
	switch kind {
	case "e":
		return py.None, nil
	case "s", "a", "A":
	default:
		return nil, py.ExceptionNewf(py.ValueError, "%s(): unknown kind %q", annHelper, string(kind))
	}
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() needs a namespace", annHelper)
	}
	var d py.Object
	var found bool
	if ns, ok := args[1].(py.StringDict); ok {
		d, found = vm.LoadName(ns, "__annotations__")
		if !found && kind != "a" {
			d = vm.NewDict(0)
			if err := vm.StoreName(ns, "__annotations__", d); err != nil {
				return nil, err
			}
		}
	} else {
		// locals() is a mapping of its own (exec() with a mapping, a
		// __prepare__d class namespace): 3.6 reads and binds
		// __annotations__ through its items.
		var err error
		if d, found, err = mappingAnnotations(args[1], kind != "a"); err != nil {
			return nil, err
		}
	}
	if kind == "s" {
		return py.None, nil
	}
	if !found && kind == "a" {
		return nil, py.ExceptionNewf(py.NameError, "__annotations__ not found")
	}
	if len(args) != 4 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes 4 arguments", annHelper)
	}
	if vd, ok := d.(*vm.Dict); ok {
		return py.None, vd.SetItem(args[2], args[3])
	}
	if _, err := py.SetItem(d, args[2], args[3]); err != nil {
		return nil, err
	}
	return py.None, nil
}

// mappingAnnotations is m['__annotations__'], made a new dict and bound
// there first when absent and create is set; found reports whether it
// was there.
func mappingAnnotations(m py.Object, create bool) (py.Object, bool, error) {
	d, err := vm.GetItem(m, py.String("__annotations__"))
	if err == nil {
		return d, true, nil
	}
	if !py.IsException(py.KeyError, err) {
		return nil, false, err
	}
	if !create {
		return nil, false, nil
	}
	d = vm.NewDict(0)
	if err := vm.SetItem(m, py.String("__annotations__"), d); err != nil {
		return nil, false, err
	}
	return d, false, nil
}
