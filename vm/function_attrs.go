package vm

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The writable and deletable attributes of functions as CPython 3.6 has
// them, where gpython's descriptors differ: None is a valid __defaults__
// and __kwdefaults__, __dict__ takes any dict (and keeps it: f.__dict__
// is d after f.__dict__ = d) but cannot be deleted,
// deleting __doc__ or __module__ leaves None, deleting __name__,
// __qualname__ or __code__ is the TypeError of assigning a wrong type,
// and __globals__ and __closure__ are read-only.

func init() {
	d := py.FunctionType.Dict
	fn := func(o py.Object) *py.Function { return o.(*py.Function) }
	wrapSet := func(name string, set func(f *py.Function, v py.Object) (bool, error)) {
		old, _ := d[name].(*py.Property)
		if old == nil {
			return
		}
		p := *old
		p.Fset = func(self, v py.Object) error {
			if done, err := set(fn(self), v); done || err != nil {
				return err
			}
			return old.Fset(self, v)
		}
		d[name] = &p
	}
	wrapSet("__defaults__", func(f *py.Function, v py.Object) (bool, error) {
		if v == py.None {
			f.Defaults = nil
			return true, nil
		}
		return false, nil
	})
	wrapSet("__kwdefaults__", func(f *py.Function, v py.Object) (bool, error) {
		if v == py.None {
			f.KwDefaults = nil
			return true, nil
		}
		return false, nil
	})
	wrapSet("__dict__", func(f *py.Function, v py.Object) (bool, error) {
		switch m := v.(type) {
		case py.StringDict:
			f.Dict = m
			return true, nil
		case *Dict:
			// The function keeps the dict itself: its attributes live
			// in the namespace the dict mirrors (exec_namespace.go),
			// which f.__dict__ gives back as the dict.
			f.Dict = mirroredNamespace(m)
			return true, nil
		case *py.Type:
			if inner, ok := pyutil.Unwrap(m).(*Dict); ok {
				// An instance of a dict subclass: the same, and
				// f.__dict__ is the instance.
				f.Dict = mirroredNamespace(inner)
				key, wp := nsKey(f.Dict), weak.Make(m)
				funcDictInstances.Store(key, wp)
				runtime.AddCleanup(m, func(key uintptr) { funcDictInstances.CompareAndDelete(key, wp) }, key)
				return true, nil
			}
		}
		return true, py.ExceptionNewf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
	})
	if p, ok := d["__dict__"].(*py.Property); ok {
		p.Fget = func(self py.Object) (py.Object, error) {
			ns := funcDict(fn(self))
			d := globalsObject(ns)
			if w, ok := funcDictInstances.Load(nsKey(ns)); ok {
				if inst := w.(weak.Pointer[py.Type]).Value(); inst != nil && pyutil.Unwrap(inst) == d {
					return inst, nil
				}
			}
			return d, nil
		}
		p.Fdel = func(py.Object) error {
			return py.ExceptionNewf(py.TypeError, "cannot delete __dict__")
		}
	}
	mustBe := map[string]string{"__name__": "a string", "__qualname__": "a string", "__code__": "a code"}
	for name, what := range mustBe {
		msg := name + " must be set to " + what + " object"
		if p, ok := d[name].(*py.Property); ok {
			p.Fdel = func(py.Object) error { return py.ExceptionNewf(py.TypeError, "%s", msg) }
		}
	}
	d["__doc__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return orNone(fn(self).Doc), nil },
		Fset: func(self, v py.Object) error { fn(self).Doc = v; return nil },
		Fdel: func(self py.Object) error { fn(self).Doc = py.None; return nil },
	}
	// __module__ lives in the function's dict (ops_objattrs.go reads it
	// there, the module's name when unset); deleting it leaves None.
	d["__module__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			r, _ := objectAttr(self, "__module__")
			return r, nil
		},
		Fset: func(self, v py.Object) error { funcDict(fn(self))["__module__"] = v; return nil },
		Fdel: func(self py.Object) error { funcDict(fn(self))["__module__"] = py.None; return nil },
	}
	readonly := func(py.Object) error { return py.ExceptionNewf(py.AttributeError, "readonly attribute") }
	d["__globals__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return globalsObject(fn(self).Globals), nil },
		Fset: func(self, v py.Object) error { return readonly(self) },
		Fdel: readonly,
	}
	d["__closure__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if c := fn(self).Closure; len(c) > 0 {
				return c, nil
			}
			return py.None, nil
		},
		Fset: func(self, v py.Object) error { return readonly(self) },
		Fdel: readonly,
	}
}

func init() {
	// An empty cell (a variable deleted or not yet bound) has no
	// contents: ValueError, as in CPython 3.6.
	py.CellType.Dict["cell_contents"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		c, ok := self.(*py.Cell)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'cell_contents' for 'cell' objects doesn't apply to a '%s' object", typeName(self))
		}
		if v := c.Get(); v != nil {
			return v, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "Cell is empty")
	}}
}

func init() {
	// Cells compare by their contents, an empty cell before a full one,
	// and are unhashable, as CPython 3.6's cell_richcompare has them.
	d := py.CellType.Dict
	for name, op := range map[string]int{"__lt__": cmpLT, "__le__": cmpLE, "__eq__": cmpEQ, "__ne__": cmpNE, "__gt__": cmpGT, "__ge__": cmpGE} {
		d[name] = py.MustNewMethod(name, cellCompare(op), 0, "Return self"+cmpSymbol(op)+"value.")
	}
	d["__hash__"] = py.None
	// obj.__class__ = C: a function is of no heap type.
	py.FunctionType.Dict["__class__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.Type(), nil },
		Fset: func(self, v py.Object) error { return builtinClassAssignError(v) },
		Fdel: func(py.Object) error { return py.ExceptionNewf(py.TypeError, "can't delete __class__ attribute") },
	}
}

// cellCompare is the method of the rich comparison op of cells.
func cellCompare(op int) func(self py.Object, args py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 1 arguments, got %d", len(args))
		}
		if r, ok, err := cellsCompare(op, self, args[0]); ok {
			return r, err
		}
		return py.NotImplemented, nil
	}
}

// cellsCompare is a op b (op a rich comparison) when both are cells (ok).
func cellsCompare(op int, a, b py.Object) (r py.Object, ok bool, err error) {
	x, ok1 := a.(*py.Cell)
	y, ok2 := b.(*py.Cell)
	if !ok1 || !ok2 {
		return nil, false, nil
	}
	u, v := x.Get(), y.Get()
	if u != nil && v != nil {
		r, err = compareOp(op, u, v)
		return r, true, err
	}
	// One is empty: compare fullness, 0 or 1.
	r, err = compareOp(op, py.Int(btoi(u != nil)), py.Int(btoi(v != nil)))
	return r, true, err
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cmpSymbol is the operator of the comparison op, for docstrings.
func cmpSymbol(op int) string {
	return [...]string{"<", "<=", "==", "!=", ">", ">="}[op]
}

// funcDict is f's attribute dict, made when it has none.
func funcDict(f *py.Function) py.StringDict {
	if f.Dict == nil {
		f.Dict = py.NewStringDict()
	}
	return f.Dict
}

// funcDictInstances maps the namespace (by nsKey) of a dict-subclass
// instance given as a function's __dict__ to that instance, which
// f.__dict__ returns; an entry whose instance is gone, or no longer holds
// the dict the namespace mirrors, is ignored.
var funcDictInstances sync.Map // uintptr -> weak.Pointer[py.Type]

// funcAttrChanged passes a change of fn's attribute name (set or deleted
// by setattr or delattr) on to the dict fn.__dict__ was set to, if any:
// d sees f.x = 1 at once, as in CPython, where it is f's dict.
func funcAttrChanged(fn *py.Function, name string) {
	if execDictsLive.Load() == 0 || fn.Dict == nil {
		return
	}
	if v, ok := fn.Dict[name]; ok {
		execDictStored(fn.Dict, name, v)
	} else {
		execDictDeleted(fn.Dict, name)
	}
}
