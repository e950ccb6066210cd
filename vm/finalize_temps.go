package vm

import (
	"github.com/go-python/gpython/py"
)

// Generators dropped as a call's argument.
//
// `next(gen())`, `next(iter(gen()))`, `x = next(gen(), None)`: the
// generator lives only in the calling frame's value stack, and CPython
// drops it, closing it, when the call returns and its arguments are
// released. No name, container or return lets it go here, so the points
// of generator_finalize.go never see it. While generators or instances
// are tracked the loop calls through callOpTracked, which notes the
// generator arguments of a call that have not started yet (the one
// `gen()` just made; a generator already running before the call, such
// as `next(self.gen)`'s, is held elsewhere, and checking it on every
// call would cost a loop of them twice its time) and, once the call is
// over and its result pushed, treats each that the call left suspended
// in a block and that no nearby frame holds as a dropped one
// (droppedGenerator: a rationed collection, then the close).

// maxArgGens bounds the generator arguments of one call looked after.
const maxArgGens = 2

// callOpTracked is callOp for a CALL_FUNCTION (op, arg) while objects are
// tracked: it then closes the generators the call's arguments dropped.
//
//go:noinline
func (t *thread) callOpTracked(f *frame, op byte, arg int) error {
	var gens [maxArgGens]*py.Generator
	n := 0
	if op == opCALL_FUNCTION {
		nargs, nkw := arg&0xff, (arg>>8)&0xff
		base := f.sp - 2*nkw - nargs - 1
		for _, v := range f.stack[base+1 : f.sp] {
			if g, ok := v.(*py.Generator); ok && g.Frame != nil && g.Frame.Lasti == 0 && n < maxArgGens {
				gens[n] = g
				n++
			}
		}
	}
	err := t.callOp(f, op, arg)
	if n == 0 || err != nil {
		return err
	}
	for i := range n {
		g := gens[i]
		gens[i] = nil // the collection must not find it held here
		if !frameInBlock(g.Frame) || t.heldNearby(g) {
			continue
		}
		t.droppedGenerator(g)
	}
	return nil
}
