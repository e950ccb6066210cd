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
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("ref() does not take keyword arguments")
	}
	return makeRef(args, false, false)
}

// weakref_quiet_ref is _quiet_ref(object[, callback]): a reference like
// ref()'s that does not make the loop collect when a name drops the
// object (for the references WeakSet and the weak dictionaries keep: a
// thread, in threading's WeakSet, would otherwise cost a collection
// where a function that made one returns).
func weakref_quiet_ref(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	return makeRef(args, false, true)
}

// weakref_settle_drops is _settle_drops(epoch): the weakref module's
// containers call it before they count or test their members. When
// names dropped weakly referenced instances since epoch (a count from
// vm.WeakDropEpoch), it runs the (rationed) collection those drops
// skipped, whose callbacks remove the dead entries, as CPython removes
// them at the drop. It returns the count to pass next time; given None
// (a new container) it returns the count without collecting.
func weakref_settle_drops(_ py.Object, args py.Tuple) (res py.Object, err error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("_settle_drops expected 1 argument, got %d", len(args))
	}
	now := vm.WeakDropEpoch()
	switch seen := args[0].(type) {
	case py.NoneType: // a new container: nothing of it was dropped
		return py.Int(now), nil
	case py.Int:
		if uint64(seen) == now {
			return seen, nil // the common case: no drop, no allocation
		}
	}
	defer pyutil.Recover(&err)
	vm.SettleWeakRefs()
	maybeRunPending()
	return py.Int(vm.WeakDropEpoch()), nil
}

// subRefNew makes the value of an instance of a class derived from
// weakref: keyword arguments are left to the class's __init__, as
// CPython's weakref.__new__ leaves them.
func subRefNew(_ *py.Type, args py.Tuple, _ py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	return makeRef(args, true, false)
}

// refArgs checks the (object[, callback]) arguments of weakref's
// __new__ and __init__.
func refArgs(fn string, args py.Tuple) error {
	switch len(args) {
	case 1, 2:
		return nil
	case 0:
		return pyutil.TypeErrorf("%s expected at least 1 arguments, got 0", fn)
	}
	return pyutil.TypeErrorf("%s expected at most 2 arguments, got %d", fn, len(args))
}

func makeRef(args py.Tuple, sub, quiet bool) (py.Object, error) {
	maybeRunPending()
	if err := refArgs("__new__", args); err != nil {
		return nil, err
	}
	var cb py.Object = py.None
	if len(args) == 2 {
		cb = args[1]
	}
	return newRef(args[0], cb, sub, quiet)
}

// ref_init is weakref.__init__(self, object[, callback]): it checks the
// arguments (__new__ made the reference) and, for an instance of a
// derived class, makes the instance what callbacks receive.
func ref_init(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if self == nil || self.Type() == py.ModuleType {
		if len(args) == 0 {
			return nil, pyutil.TypeErrorf("descriptor '__init__' of 'weakref' object needs an argument")
		}
		self, args = args[0], args[1:]
	}
	if err := refArgs("__init__", args); err != nil {
		return nil, err
	}
	if inst, ok := self.(*py.Type); ok {
		if v, ok := pyutil.BuiltinValue(inst); ok {
			if r, ok := v.(*ref); ok && r.sub {
				r.owner = inst
			}
		}
	}
	return py.None, nil
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

// settleRefs lets a collection drop the references to o a script let go
// of (CPython unlinks them at once) before they are counted: only when o
// has some.
func settleRefs(o py.Object) {
	if len(liveRefs(o)) != 0 {
		vm.SettleWeakRefs()
	}
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
	settleRefs(o)
	maybeRunPending()
	return py.Int(len(liveRefs(o))), nil
}

func weakref_getweakrefs(_ py.Object, o py.Object) (py.Object, error) {
	settleRefs(o)
	maybeRunPending()
	// CPython's order: the plain (shared) reference, then the others
	// newest first
	refs := liveRefs(o)
	items := make([]py.Object, 0, len(refs))
	for _, r := range refs {
		if r.callback == nil && !r.sub {
			items = append(items, r)
		}
	}
	for i := len(refs) - 1; i >= 0; i-- {
		if refs[i].callback != nil || refs[i].sub {
			items = append(items, refs[i].object())
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
	if len(ReferenceType.Mro) == 0 {
		// a subclass's MRO ends in object, as weakref's does
		// (WeakMethod.__mro__)
		ReferenceType.Base = py.ObjectType
		ReferenceType.Mro = py.Tuple{ReferenceType, py.ObjectType}
	}
	vm.RegisterValueBase(ReferenceType, vm.ValueBase{New: subRefNew, Sample: &ref{}, KeepArgs: true})
	initMethod := py.MustNewMethod("__init__", ref_init, 0, "Initialize self.  See help(type(self)) for accurate signature.")
	vm.TakesInstance(initMethod)
	ReferenceType.Dict["__init__"] = initMethod
	ReferenceType.Dict["__call__"] = py.MustNewMethod("__call__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if self == nil || self.Type() == py.ModuleType {
			if len(args) == 0 {
				return nil, pyutil.TypeErrorf("descriptor '__call__' of 'weakref' object needs an argument")
			}
			self, args = args[0], args[1:]
		}
		r, ok := pyutil.Unwrap(self).(*ref)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor '__call__' requires a 'weakref' object but received a '%s'", pyutil.TypeName(self))
		}
		return r.M__call__(args, kwargs)
	}, 0, "Call self as a function.")
	ReferenceType.Dict["__callback__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if r, ok := pyutil.Unwrap(self).(*ref); ok && r.callback != nil {
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
			py.MustNewMethod("_quiet_ref", weakref_quiet_ref, 0, "_quiet_ref(object[, callback]) -- a weak reference whose object's drop by a name runs no collection"),
			py.MustNewMethod("_settle_drops", weakref_settle_drops, 0, "_settle_drops(epoch) -> epoch -- collect when weakly referenced instances were dropped since epoch (None: only the epoch)"),
			py.MustNewMethod("_alive", weakref_alive, 0, "_alive(ref) -- whether ref's referent lives"),
			py.MustNewMethod("_run_pending", weakref_run_pending, 0, "_run_pending() -- run the callbacks of references whose referents died"),
			py.MustNewMethod("_attach", weakref_attach, 0, "_attach(object, value) -- keep value with object while object lives (attach.go)"),
			py.MustNewMethod("_attached", weakref_attached, 0, "_attached(object) -- the value _attach kept with object; KeyError when none"),
			py.MustNewMethod("_refuse_subclasses", weakref_refuse_subclasses, 0, "_refuse_subclasses(*classes) -- no class may derive from these (the proxy types)"),
		},
		Globals: py.StringDict{
			"ref":           ReferenceType,
			"ReferenceType": ReferenceType,
		},
	})
}

// weakref_refuse_subclasses is _refuse_subclasses(*classes): the proxy
// types, written in Python, refuse to be bases as CPython's C types do.
func weakref_refuse_subclasses(_ py.Object, args py.Tuple) (py.Object, error) {
	for _, a := range args {
		t, ok := a.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "_refuse_subclasses() takes classes, not '%s'", a.Type().Name)
		}
		vm.RefuseAsBase(t)
	}
	return py.None, nil
}
