// Package pyfunctools is the Go half of functools, CPython 3.6's
// _functools module: reduce and cmp_to_key (with its key type,
// functools.KeyWrapper). They are built-in functions, as in CPython, so a
// class that stores one as an attribute does not bind it as a method.
// partial, lru_cache and the rest are Python (Lib/modules/functools.py),
// which takes these two from here.
package pyfunctools

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const (
	reduceDoc   = "reduce(function, sequence[, initial]) -> value\n\nFold sequence into a single value. function is called with two arguments,\nthe result so far and the next item, going from left to right, so\nreduce(f, [a, b, c]) is f(f(a, b), c). When initial is given it is the\nstarting result (and the answer for an empty sequence); otherwise the first\nitem is."
	cmpToKeyDoc = "Wrap an old-style comparison function (as passed to cmp=) so that it can serve as a key= function."
)

// KeyWrapperType is functools.KeyWrapper, what cmp_to_key returns and
// what calling that returns: a value ordered by the cmp function.
var KeyWrapperType = newKeyWrapperType()

func newKeyWrapperType() *py.Type {
	t := py.ObjectType.NewType("functools.KeyWrapper", "", nil, nil)
	t.ObjectType = py.TypeType // NewType leaves a Go type's metatype object
	return t
}

// keyWrapper holds the cmp function and, once called, the object it
// stands for (nil for cmp_to_key's own result).
type keyWrapper struct {
	cmp, obj py.Object
}

func (*keyWrapper) Type() *py.Type { return KeyWrapperType }

func (k *keyWrapper) M__call__(args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("K", args, kwargs, []string{"obj"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	return &keyWrapper{cmp: k.cmp, obj: a[0]}, nil
}

// compare is cmp(k.obj, other.obj) <op> 0.
func (k *keyWrapper) compare(other py.Object, op string) (py.Object, error) {
	o, ok := other.(*keyWrapper)
	if !ok {
		return nil, pyutil.TypeErrorf("other argument must be K instance")
	}
	if k.obj == nil || o.obj == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "object")
	}
	r, err := vm.Call(k.cmp, py.Tuple{k.obj, o.obj}, nil)
	if err != nil {
		return nil, err
	}
	return vm.Compare(r, py.Int(0), op)
}

func (k *keyWrapper) M__lt__(other py.Object) (py.Object, error) { return k.compare(other, "<") }
func (k *keyWrapper) M__le__(other py.Object) (py.Object, error) { return k.compare(other, "<=") }
func (k *keyWrapper) M__eq__(other py.Object) (py.Object, error) { return k.compare(other, "==") }
func (k *keyWrapper) M__ne__(other py.Object) (py.Object, error) { return k.compare(other, "!=") }
func (k *keyWrapper) M__gt__(other py.Object) (py.Object, error) { return k.compare(other, ">") }
func (k *keyWrapper) M__ge__(other py.Object) (py.Object, error) { return k.compare(other, ">=") }

// M__hash__ refuses: a key compares through cmp, so it has no hash.
func (k *keyWrapper) M__hash__() (py.Object, error) {
	return nil, pyutil.TypeErrorf("unhashable type: 'functools.KeyWrapper'")
}

var (
	_ py.I__hash__ = (*keyWrapper)(nil)
	_ py.I__call__ = (*keyWrapper)(nil)
	_ py.I__lt__   = (*keyWrapper)(nil)
	_ py.I__eq__   = (*keyWrapper)(nil)
)

func cmpToKey(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("cmp_to_key", args, kwargs, []string{"mycmp"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	return &keyWrapper{cmp: a[0]}, nil
}

func reduce(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := pyarg.NoKeywords("reduce", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.UnpackCount("reduce", args, 2, 3); err != nil {
		return nil, err
	}
	fn := args[0]
	it, err := vm.Iter(args[1])
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return nil, pyutil.TypeErrorf("reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	var acc py.Object
	if len(args) == 3 {
		acc = args[2]
	}
	pair := make(py.Tuple, 2)
	for {
		v, ok, err := vm.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		pair[0], pair[1] = acc, v
		if acc, err = vm.Call(fn, pair, nil); err != nil {
			return nil, err
		}
		pair = make(py.Tuple, 2) // the callee may keep its arguments
	}
	if acc == nil {
		return nil, pyutil.TypeErrorf("reduce() of empty sequence with no initial value")
	}
	return acc, nil
}

func init() {
	setupPartialClass()
	KeyWrapperType.Dict["__hash__"] = py.None
	// obj is a plain member: readable (None before a key is made) and
	// assignable
	KeyWrapperType.Dict["obj"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			k, ok := self.(*keyWrapper)
			if !ok {
				return nil, pyutil.TypeErrorf("descriptor 'obj' for 'functools.KeyWrapper' objects doesn't apply to a '%s' object", pyutil.TypeName(self))
			}
			if k.obj == nil {
				return py.None, nil
			}
			return k.obj, nil
		},
		Fset: func(self, v py.Object) error {
			k, ok := self.(*keyWrapper)
			if !ok {
				return pyutil.TypeErrorf("descriptor 'obj' for 'functools.KeyWrapper' objects doesn't apply to a '%s' object", pyutil.TypeName(self))
			}
			k.obj = v
			return nil
		},
	}
	KeyWrapperType.Flags &^= py.TPFLAGS_READY
	if err := KeyWrapperType.Ready(); err != nil {
		panic("functools: cannot ready KeyWrapper: " + err.Error())
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_functools", Doc: "Built-in helpers for the functools module: reduce and cmp_to_key."},
		Methods: []*py.Method{
			py.MustNewMethod("reduce", reduce, 0, reduceDoc),
			py.MustNewMethod("cmp_to_key", cmpToKey, 0, cmpToKeyDoc),
			py.MustNewMethod("_keep_partial", keepPartial, 0, keepPartialDoc),
		},
	})
}
