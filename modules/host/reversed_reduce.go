package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Pickling of reversed iterators as 3.6 does it: (reversed, (seq,),
// index) with __setstate__ taking the index back; an exhausted one
// reduces to (reversed, ((),)), or (iter, ([],)) for a list's.

func init() {
	// method installs fn, which gets the iterator itself and the class
	// its reduction names (a derived class's instance reduces to that
	// class, as in CPython).
	method := func(t *py.Type, name, doc string, fn func(self py.Object, cls *py.Type, args py.Tuple) (py.Object, error)) {
		m := py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if v := pyutil.Unwrap(self); v == nil || v.Type() != t {
				if len(args) == 0 || pyutil.Unwrap(args[0]).Type() != t {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a '%s' object", name, t.Name)
				}
				self, args = args[0], args[1:]
			}
			cls, _ := vm.ReduceParts(self)
			return fn(pyutil.Unwrap(self), cls, args)
		}, 0, doc)
		vm.TakesInstance(m)
		t.Dict[name] = m
	}
	const reduceDoc = "Helper for pickle."
	const setstateDoc = "Set the position to resume from (used by pickle)."
	method(ReversedType, "__reduce__", reduceDoc, func(self py.Object, cls *py.Type, args py.Tuple) (py.Object, error) {
		r := self.(*reversedIter)
		if err := noArgs("__reduce__", args); err != nil {
			return nil, err
		}
		if r.seq == nil {
			return py.Tuple{cls, py.Tuple{py.Tuple{}}}, nil
		}
		seq := r.seq
		if r.orig != nil {
			seq = r.orig
		}
		return py.Tuple{cls, py.Tuple{seq}, py.Int(r.i)}, nil
	})
	method(ReversedType, "__setstate__", setstateDoc, func(self py.Object, cls *py.Type, args py.Tuple) (py.Object, error) {
		r := self.(*reversedIter)
		if err := unpackArgs("__setstate__", args, 1, 1); err != nil {
			return nil, err
		}
		i, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		if r.seq != nil {
			n, err := builtinLen(nil, r.seq)
			if err != nil {
				return nil, err
			}
			r.i = clampIndex(i, int(n.(py.Int)))
		}
		return py.None, nil
	})
	method(listReverseIteratorType, "__reduce__", reduceDoc, func(self py.Object, cls *py.Type, args py.Tuple) (py.Object, error) {
		r := self.(*listReverseIter)
		if err := noArgs("__reduce__", args); err != nil {
			return nil, err
		}
		if r.l == nil {
			return py.Tuple{builtinNamed("iter"), py.Tuple{py.NewList()}}, nil
		}
		return py.Tuple{ReversedType, py.Tuple{r.l}, py.Int(r.i)}, nil
	})
	method(listReverseIteratorType, "__setstate__", setstateDoc, func(self py.Object, cls *py.Type, args py.Tuple) (py.Object, error) {
		r := self.(*listReverseIter)
		if err := unpackArgs("__setstate__", args, 1, 1); err != nil {
			return nil, err
		}
		i, err := py.IndexInt(args[0])
		if err != nil {
			return nil, err
		}
		if r.l != nil {
			r.i = clampIndex(i, len(r.l.Items))
		}
		return py.None, nil
	})
}

// clampIndex keeps a restored position within -1..n-1.
func clampIndex(i, n int) int {
	return min(max(i, -1), n-1)
}

func noArgs(name string, args py.Tuple) error {
	if len(args) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// builtinNamed is the builtins module's function name: the object the
// running context's builtins module holds (which pickle finds again by
// its name), else the module's registered method.
func builtinNamed(name string) py.Object {
	if ctx := vm.CurrentContext(); ctx != nil {
		if m, err := ctx.GetModule("builtins"); err == nil && m != nil {
			if fn, ok := m.Globals[name]; ok {
				return fn
			}
		}
	}
	if impl := py.GetModuleImpl("builtins"); impl != nil {
		for _, m := range impl.Methods {
			if m.Name == name {
				return m
			}
		}
	}
	return py.None
}
