package vm

import "github.com/go-python/gpython/py"

// Coroutine functions and asynchronous generator functions (PEP 492, PEP
// 525) are code objects flagged as CPython 3.6 flags them: CO_COROUTINE
// or CO_ASYNC_GENERATOR, without CO_GENERATOR (the compiler sets the
// flags on the generator functions it rewrites async defs into). Their
// code runs as a generator's (decode adds CO_GENERATOR to the loop's own
// copy of the flags), and a call hands AsyncCall the generator, which
// returns the coroutine or async generator object the caller gets. So
// f.__code__ is the body's code, the body's frames are the only ones a
// call makes (tracing and tracebacks see no helper frame), and any
// function made from such code (types.FunctionType included) is a
// coroutine function.

// CPython's CO_COROUTINE and CO_ASYNC_GENERATOR.
const (
	coCoroutine      = 0x80
	coAsyncGenerator = 0x200
)

// AsyncCall, set by the compiler package, makes the coroutine or async
// generator object of a call of fn from g, the generator running its body
// (bound, not started), named name and qualname (fn's names, or for a
// call from Go, which has only the code, those its functions last gave).
// fn is nil when unknown.
var AsyncCall func(fn py.Object, g *py.Generator, name, qualname string) (py.Object, error)

// asyncOf is what a call of c's function fn returns for g, the generator
// of its body: g itself unless c is a coroutine's or async generator's.
func asyncOf(fn py.Object, c *code, g *py.Generator) (py.Object, error) {
	if c.flags&(coCoroutine|coAsyncGenerator) == 0 || AsyncCall == nil {
		return g, nil
	}
	name, qualname := generatorNames(g) // genobj_names.go
	return AsyncCall(fn, g, name, qualname)
}

// loopFlags is co_flags as the loop reads them: a coroutine's or an async
// generator's code runs as a generator's.
func loopFlags(flags int32) int32 {
	if flags&(coCoroutine|coAsyncGenerator) != 0 {
		flags |= py.CO_GENERATOR
	}
	return flags
}
