package vm

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// A function frame's f_locals is one dict for the frame's life, as in
// CPython 3.6: each read of f_locals (and each locals() in the function)
// brings that dict up to date with the frame's variables, adding the
// bound ones and dropping the unbound ones, and hands back the same
// object.

var frameLocals struct {
	sync.Mutex
	m map[weak.Pointer[py.Frame]]*Dict
}

// frameLocalsDict is pf's f_locals dict for a frame without a namespace,
// refreshed from its fast locals and cells.
func frameLocalsDict(pf *py.Frame) *Dict {
	if d := snapshotLocals(pf); d != nil {
		// a finished frame keeps the dict itself (finalize_frame_locals.go)
		noteLocalsSeen() // finalize_unshared.go
		refreshFrameLocals(d, pf)
		return d
	}
	key := weak.Make(pf)
	frameLocals.Lock()
	if frameLocals.m == nil {
		frameLocals.m = map[weak.Pointer[py.Frame]]*Dict{}
	}
	d := frameLocals.m[key]
	if d == nil {
		d = NewDict(0)
		frameLocals.m[key] = d
		frameLocalsHeld.Add(1)
		runtime.AddCleanup(pf, func(k weak.Pointer[py.Frame]) {
			frameLocals.Lock()
			if _, ok := frameLocals.m[k]; ok {
				delete(frameLocals.m, k)
				frameLocalsHeld.Add(-1)
			}
			frameLocals.Unlock()
		}, key)
	}
	frameLocals.Unlock()
	noteLocalsSeen() // finalize_unshared.go
	refreshFrameLocals(d, pf)
	return d
}

// refreshFrameLocals makes d hold pf's bound variables by name: its
// locals, then its cell and free variables.
func refreshFrameLocals(d *Dict, pf *py.Frame) {
	co := pf.Code
	if co == nil {
		return
	}
	var replaced [4]py.Object
	nr := 0
	watch := liveDels.Load() != 0 || weakInsts.Load() != 0
	defer func() {
		if nr != 0 {
			dropReplacedLocals(pf, replaced[:min(nr, len(replaced))])
		}
	}()
	put := func(name string, v py.Object) {
		if watch {
			// The dict's old value lets go of an instance
			// (finalize_frame_locals.go).
			if old, ok := d.GetStr(name); ok {
				if inst, ok := old.(*py.Type); ok && v != py.Object(inst) && droppedFinalizable(inst) {
					if nr < len(replaced) {
						replaced[nr] = inst
					}
					nr++
				}
			}
		}
		if v == nil {
			_, _ = d.DelItem(py.String(name))
			return
		}
		d.SetStr(name, v)
	}
	i := 0
	for _, group := range [...][]string{co.Varnames, co.Cellvars, co.Freevars} {
		for _, name := range group {
			var v py.Object
			if i < len(pf.Localsplus) {
				v = pf.Localsplus[i]
				if c, ok := v.(*py.Cell); ok && i >= len(co.Varnames) {
					v = c.Get()
				}
			}
			put(name, v)
			i++
		}
	}
}

// frameClear is frame.clear(): a finished frame drops its variables;
// a running one cannot be cleared. A suspended generator's frame is
// left as it is (3.6 closes the generator).
func frameClear(self py.Object) (py.Object, error) {
	pf, ok := self.(*py.Frame)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor 'clear' requires a 'frame' object but received a '%s'", typeName(self))
	}
	if liveFrame(pf) != nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot clear an executing frame")
	}
	const genFlags = py.CO_GENERATOR | 0x80 | 0x100 | 0x200 // and CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR
	if co := pf.Code; co != nil && co.Flags&genFlags != 0 && int(pf.Lasti) <= len(co.Code) {
		return py.None, nil
	}
	clear(pf.Localsplus)
	return py.None, nil
}

func init() {
	py.FrameType.Dict["clear"] = py.MustNewMethod("clear", frameClear, 0,
		"clear()\n\nDrop the references the frame holds to its variables (a running frame\ncannot be cleared).")
	// The attributes as the class holds them: getset descriptors for
	// f_locals, f_lineno and f_trace, member descriptors for the rest
	// (type(frame).f_locals, inspect's predicates). Instances are
	// answered by introspectAttr before the class is asked.
	members := map[string]bool{}
	for _, a := range []struct {
		name   string
		member bool
	}{
		{"f_back", true}, {"f_code", true}, {"f_builtins", true}, {"f_globals", true},
		{"f_lasti", true}, {"f_locals", false}, {"f_lineno", false}, {"f_trace", false},
	} {
		name := a.name
		p := &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if _, ok := self.(*py.Frame); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'frame' objects doesn't apply to '%s' object", name, typeName(self))
			}
			r, _ := introspectAttr(self, name) // ops_introspect.go
			return r, nil
		}}
		if name == "f_trace" || name == "f_lineno" {
			p.Fset = func(self, v py.Object) error {
				pf, ok := self.(*py.Frame)
				if !ok {
					return py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'frame' objects doesn't apply to '%s' object", name, typeName(self))
				}
				_, err := frameSetAttr(pf, name, v) // sys_trace.go
				return err
			}
		}
		py.FrameType.Dict[name] = p
		if a.member {
			members[name] = true
		}
	}
	memberFields[py.FrameType] = members // class_getset_descr.go
}
