package weakref

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// errOut is where errors in callbacks are reported (tests replace it).
var errOut io.Writer = os.Stderr

func stderr() io.Writer { return errOut }

var (
	_ py.I__call__ = (*ref)(nil)
	_ py.I__hash__ = (*ref)(nil)
	_ py.I__eq__   = (*ref)(nil)
	_ py.I__ne__   = (*ref)(nil)
	_ py.I__repr__ = (*ref)(nil)
)

func refNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	maybeRunPending()
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("ref() does not take keyword arguments")
	}
	switch len(args) {
	case 1, 2:
	case 0:
		return nil, pyutil.TypeErrorf("__new__ expected at least 1 arguments, got 0")
	default:
		return nil, pyutil.TypeErrorf("__new__ expected at most 2 arguments, got %d", len(args))
	}
	var cb py.Object = py.None
	if len(args) == 2 {
		cb = args[1]
	}
	return newRef(args[0], cb)
}

// M__call__ returns the referent, or None once it has been collected.
func (r *ref) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if n := len(args) + len(kwargs); n != 0 {
		return nil, pyutil.TypeErrorf("__call__() takes at most 0 arguments (%d given)", n)
	}
	maybeRunPending()
	if o := r.get(); o != nil {
		return o, nil
	}
	return py.None, nil
}

// M__hash__ is the referent's hash, kept once computed so that it
// outlives the referent.
func (r *ref) M__hash__() (py.Object, error) {
	if !r.hashed {
		o := r.get()
		if o == nil {
			return nil, pyutil.TypeErrorf("weak object has gone away")
		}
		h, err := vm.Hash(o)
		if err != nil {
			return nil, err
		}
		r.hash, r.hashed = h, true
	}
	return py.Int(r.hash), nil
}

// M__eq__ compares the referents while both live, else the references.
func (r *ref) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*ref)
	if !ok {
		return py.NotImplemented, nil
	}
	a, b := r.get(), o.get()
	if a == nil || b == nil {
		return py.NewBool(r == o), nil
	}
	return vm.Compare(a, b, "==")
}

// M__ne__ is the negation of M__eq__.
func (r *ref) M__ne__(other py.Object) (py.Object, error) {
	o, ok := other.(*ref)
	if !ok {
		return py.NotImplemented, nil
	}
	a, b := r.get(), o.get()
	if a == nil || b == nil {
		return py.NewBool(r != o), nil
	}
	return vm.Compare(a, b, "!=")
}

// M__repr__ is "<weakref at 0x...; to 'T' at 0x... (name)>" or
// "<weakref at 0x...; dead>".
func (r *ref) M__repr__() (py.Object, error) {
	o := r.get()
	if o == nil {
		return py.String(fmt.Sprintf("<weakref at %#x; dead>", uintptr(unsafe.Pointer(r)))), nil
	}
	addr := reflect.ValueOf(o).Pointer()
	var name py.Object
	if t, ok := o.(*py.Type); ok && t.Type().IsSubtype(py.TypeType) {
		name = py.String(t.Name) // a class
	} else if n, err := py.GetAttrString(o, "__name__"); err == nil {
		if _, ok := n.(py.String); ok {
			name = n
		}
	}
	if name != nil {
		return py.String(fmt.Sprintf("<weakref at %#x; to '%s' at %#x (%s)>", uintptr(unsafe.Pointer(r)), pyutil.TypeName(o), addr, name)), nil
	}
	return py.String(fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", uintptr(unsafe.Pointer(r)), pyutil.TypeName(o), addr)), nil
}

// liveRefs returns o's live weak references, oldest first.
func liveRefs(o py.Object) []*ref {
	p, _, err := pointerOf(o)
	if err != nil {
		return nil
	}
	mu.Lock()
	defer mu.Unlock()
	var out []*ref
	for _, wr := range byTarget[weakKey(p)] {
		if r := wr.Value(); r != nil {
			out = append(out, r)
		}
	}
	return out
}

func weakref_getweakrefcount(_ py.Object, o py.Object) (py.Object, error) {
	maybeRunPending()
	return py.Int(len(liveRefs(o))), nil
}

func weakref_getweakrefs(_ py.Object, o py.Object) (py.Object, error) {
	maybeRunPending()
	// CPython's order: the plain (shared) reference, then the others
	// newest first
	refs := liveRefs(o)
	items := make([]py.Object, 0, len(refs))
	for _, r := range refs {
		if r.callback == nil {
			items = append(items, r)
		}
	}
	for i := len(refs) - 1; i >= 0; i-- {
		if refs[i].callback != nil {
			items = append(items, refs[i])
		}
	}
	return py.NewListFromItems(items), nil
}

// weakref_alive is _alive(r): whether r's referent lives, without
// running callbacks (the Python half's containers use it).
func weakref_alive(_ py.Object, o py.Object) (py.Object, error) {
	r, ok := o.(*ref)
	if !ok {
		return nil, pyutil.TypeErrorf("_alive() argument must be weakref, not %s", pyarg.TypeName(o))
	}
	return py.NewBool(r.target.Value() != nil), nil
}

// weakref_run_pending is _run_pending(): run the callbacks due.
func weakref_run_pending(py.Object) (py.Object, error) {
	return py.None, runPending()
}

func init() {
	ReferenceType.New = refNew
	ReferenceType.Dict["__callback__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if r, ok := self.(*ref); ok && r.callback != nil {
				return r.callback, nil
			}
			return py.None, nil
		},
		Doc: "the callback called when the referent dies, or None",
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_weakref", Doc: "Low-level weak references: ref, proxies, and reference counts."},
		Methods: []*py.Method{
			py.MustNewMethod("getweakrefcount", weakref_getweakrefcount, 0, "getweakrefcount(object) -- return the number of weak references\nto 'object'."),
			py.MustNewMethod("getweakrefs", weakref_getweakrefs, 0, "getweakrefs(object) -> list\n\nThe weak references and proxies currently pointing at object."),
			py.MustNewMethod("_alive", weakref_alive, 0, "_alive(ref) -- whether ref's referent lives"),
			py.MustNewMethod("_run_pending", weakref_run_pending, 0, "_run_pending() -- run the callbacks of references whose referents died"),
		},
		Globals: py.StringDict{
			"ref":           ReferenceType,
			"ReferenceType": ReferenceType,
		},
	})
}
