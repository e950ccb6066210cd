package vm

import (
	"sync/atomic"
	"weak"

	"github.com/go-python/gpython/py"
)

// A function frame's f_locals dict at the frame's end.
//
// CPython frees a frame when its function returns, unless something
// (a traceback, sys._getframe's caller) still holds it; the frame drops
// its variables first and then its f_locals dict, the one locals() and
// f_locals hand out. An object only that dict still held (a local
// rebound after locals() was called) is finalized then, after those
// the variables held.
//
// Here the dict of a running frame is kept by frameLocals
// (frame_object.go), a table keyed by the frame object; a table entry
// lasts until the collector finds the frame object gone and a cleanup
// goroutine removes it, some time later. So at the release of the
// activation (release, frame.go) the dict leaves the table and goes into
// the finished frame object itself, next to the link to its caller
// (Stack[1]): it lives exactly as long as that frame object, or longer
// when a script kept it. When it holds an instance to finalize, other
// than a parameter's value (its caller still holds that one), the
// return's sweep looks for it, holding the dict through its first
// collection so that the variables' objects are finalized first, as in
// CPython, and then collecting once more for what the dict alone held.

// frameLocalsHeld counts the dicts in frameLocals: while zero, a release
// looks for none.
var frameLocalsHeld atomic.Int64

// snapshotLocals returns the f_locals dict a finished frame object
// keeps, or nil.
func snapshotLocals(pf *py.Frame) *Dict {
	if len(pf.Stack) != 2 {
		return nil
	}
	if _, ok := pf.Stack[0].(callerLink); !ok {
		return nil
	}
	d, _ := pf.Stack[1].(*Dict)
	return d
}

// detachFrameLocals removes pf's f_locals dict, if one was made, from
// frameLocals and returns it (nil when there was none).
func detachFrameLocals(pf *py.Frame) *Dict {
	if frameLocalsHeld.Load() == 0 {
		return nil
	}
	key := weak.Make(pf)
	frameLocals.Lock()
	defer frameLocals.Unlock()
	d, ok := frameLocals.m[key]
	if !ok {
		return nil
	}
	delete(frameLocals.m, key)
	frameLocalsHeld.Add(-1)
	return d
}

// localsDictDropped notes d, the f_locals dict of f, an activation being
// released: when it holds, under a name that is not a parameter, an
// instance to finalize, the return's sweep (afterReturn) collects for
// it, d held through its first collection (heldLocals).
func (t *thread) localsDictDropped(f *frame, d *Dict) {
	if liveDels.Load() == 0 && weakInsts.Load() == 0 {
		return
	}
	params := f.c.py.Varnames[:min(firstMadeLocal(f.c.py), len(f.c.py.Varnames))]
	found := false
	n := 0
	d.Items(func(k, v py.Object) bool {
		n++
		if name, ok := k.(py.String); ok && isParam(params, string(name)) {
			return n < containerScan
		}
		if droppedFinalizable(v) && !sameObject(v, t.returning) {
			found = true
			if t.retDropsN < len(t.retDrops) {
				t.retDrops[t.retDropsN] = v
			}
			t.retDropsN++
		}
		return n < containerScan
	})
	if found {
		t.droppedGens = true
		t.heldLocals = d
	}
}

func isParam(params []string, name string) bool {
	for _, p := range params {
		if p == name {
			return true
		}
	}
	return false
}

// dropReplacedLocals runs the drop of objs, instances to finalize that
// the refresh of pf's f_locals dict (a read of f_locals, a call of
// locals()) replaced or removed: CPython's refresh drops the dict's
// reference to them then, which may be their last.
func dropReplacedLocals(pf *py.Frame, objs []py.Object) {
	t := threadOf(pf.Context)
	if t == nil || t.top == nil {
		clear(objs)
		return
	}
	if t.droppedGens {
		// A frame's return (an exception's unwinding) not swept yet:
		// this sweep's collection serves it too, and the values it
		// recorded must not keep its objects alive through it.
		t.droppedGens = false
		clear(t.retDrops[:])
		t.retDropsN = 0
	}
	t.sweep(true, false, objs)
}
