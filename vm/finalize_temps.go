package vm

import (
	"sync/atomic"
	"unsafe"

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
//
// A method call does the same through callMethodTracked, for its
// arguments and for its receiver: `gen().send(None)`, `gen().__next__()`
// drop a new generator, `Maker().method()` a new instance with __del__
// (the instance registered last, the only one looked at, so that a loop
// calling methods of long-lived objects pays one comparison). When the
// method is a Python function the call then runs to its end before the
// next instruction, rather than inline, so that the temporaries can be
// looked at once it returns.

// maxArgGens bounds the generator arguments of one call looked after.
const maxArgGens = 2

// callOpTracked is callOp for a CALL_FUNCTION (op, arg) while objects are
// tracked: it then closes the generators the call's arguments dropped.
//
//go:noinline
func (t *thread) callOpTracked(f *frame, op byte, arg int) error {
	var gens [maxArgGens]*py.Generator
	n := 0
	var coro py.Object
	if op == opCALL_FUNCTION {
		nargs, nkw := arg&0xff, (arg>>8)&0xff
		base := f.sp - 2*nkw - nargs - 1
		n = newGenerators(&gens, f.stack[base+1:f.sp])
		coro = coroutineArg(f.stack[base+1 : f.sp])
	}
	err := t.callOp(f, op, arg)
	if err != nil && coro != nil && !t.heldNearby(coro) {
		// len(coro()) raised: gone with the exception, which 3.6 does
		// not warn of (generator_never_awaited.go).
		t.silenceUnawaited(coro)
	}
	if err != nil || n == 0 && coro == nil {
		return err
	}
	if coro != nil && awaitedBy(coro, f) {
		coro = nil
	}
	t.droppedTemps(gens[:n], nil)
	if coro != nil && t.droppedCoroutine(coro) {
		// run(coro()): it may be gone unawaited (generator_never_awaited.go).
		coro = nil
		t.sweep(true, false, nil)
	}
	return nil
}

// coroutineArg returns the first coroutine object among args while
// coroutines are watched for the warning of one never awaited, else nil.
func coroutineArg(args []py.Object) py.Object {
	if watchedCoros.Load() == 0 {
		return nil
	}
	for _, v := range args {
		if isCoroutineObject(v) {
			return v
		}
	}
	return nil
}

// newGenerators puts in gens the generators among args that have not
// started yet, as many as fit; it returns how many.
func newGenerators(gens *[maxArgGens]*py.Generator, args []py.Object) int {
	n := 0
	for _, v := range args {
		if g, ok := v.(*py.Generator); ok && g.Frame != nil && g.Frame.Lasti == 0 && n < maxArgGens {
			gens[n] = g
			n++
		}
	}
	return n
}

// droppedTemps treats as dropped each generator of gens that the call
// left suspended in a block and no nearby frame holds, and inst, an
// instance with __del__ (nil for none): droppedGenerator runs the
// rationed collection, which skips inst when a frame nearby holds it.
func (t *thread) droppedTemps(gens []*py.Generator, inst *py.Type) {
	for i, g := range gens {
		gens[i] = nil // the collection must not find it held here
		if !frameInBlock(g.Frame) || t.heldNearby(g) {
			continue
		}
		t.droppedGenerator(g)
	}
	if inst != nil {
		t.droppedGenerator(inst)
	}
}

// lastRegistered is the address of the instance registered for its
// __del__ last (finalize.go's register): a method call on it may be on a
// temporary (`Maker().method()`). An address reused by a later object
// costs at most one needless look.
var lastRegistered atomic.Uintptr

// callMethodTracked is callMethod (a CALL_METHOD of nargs arguments)
// while objects are tracked: it then treats the new generators among its
// receiver and arguments, and a receiver just made with __del__, as the
// temporaries the call drops.
func (t *thread) callMethodTracked(f *frame, nargs int) (*frame, error) {
	base := f.sp - nargs - 2
	var gens [maxArgGens]*py.Generator
	n := newGenerators(&gens, f.stack[base+1:f.sp])
	receiver := f.stack[base+1]
	if receiver == nil {
		// A method LOAD_METHOD bound already (a generator's send).
		receiver = boundSelf(f.stack[base])
		if g, ok := receiver.(*py.Generator); ok && g.Frame != nil && g.Frame.Lasti == 0 && n < maxArgGens {
			gens[n] = g
			n++
		}
	}
	var inst *py.Type
	if x, ok := receiver.(*py.Type); ok && x.Flags&delTracked != 0 && uintptr(unsafe.Pointer(x)) == lastRegistered.Load() {
		lastRegistered.Store(0)
		if !dropInert(x) && !inLocals(f, x) {
			inst = x
		}
	}
	if n == 0 && inst == nil {
		return t.callMethod(f, nargs)
	}
	var err error
	if fn, ok := f.stack[base].(*py.Function); ok {
		// To its end here: the bound method CALL_FUNCTION would take.
		if self := f.stack[base+1]; self != nil {
			f.stack[base] = py.NewBoundMethod(self, fn)
		}
		copy(f.stack[base+1:f.sp-1], f.stack[base+2:f.sp])
		f.sp--
		f.stack[f.sp] = nil
		err = t.callOp(f, opCALL_FUNCTION, nargs)
	} else {
		var nf *frame
		if nf, err = t.callMethod(f, nargs); nf != nil {
			return nf, err // runs inline: its temporaries are left to the next point
		}
	}
	if err != nil {
		return nil, err
	}
	t.droppedTemps(gens[:n], inst)
	return nil, nil
}

// boundSelf is the object a bound method fn is bound to, or nil.
func boundSelf(fn py.Object) py.Object {
	switch m := fn.(type) {
	case *py.BoundMethod:
		return m.Self
	case *boundBuiltin:
		return m.self
	}
	return nil
}

// awaitedBy reports whether the call just run in f handed coro, a
// coroutine object among its arguments, on rather than dropping it:
// `await coro()` compiles to a call whose result, the iterator the
// await delegates to, is the coroutine's own generator (its
// Weakreflist names the coroutine), which the YIELD_FROM after it
// starts at once. Such a coroutine is not gone unawaited and its drop
// needs no collection.
func awaitedBy(coro py.Object, f *frame) bool {
	if f.sp == 0 {
		return false
	}
	g, ok := f.stack[f.sp-1].(*py.Generator)
	return ok && g.Weakreflist == coro
}

// inLocals reports whether one of f's locals holds x: a method called on
// it (`self._setup()` in the __init__ that made it, `z.write(...)` on
// the archive just opened into z) is not called on a temporary, and
// returning drops nothing. Without this look each such call asked for a
// collection, which the search of the frames nearby then refused.
func inLocals(f *frame, x *py.Type) bool {
	for _, v := range f.fast {
		if v == py.Object(x) {
			return true
		}
	}
	return false
}
