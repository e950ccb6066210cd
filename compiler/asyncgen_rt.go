package compiler

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Async generators (PEP 525) over the generators that coroutines.go makes
// of async defs with a yield. The generator yields two kinds of values:
// wrapped ones (its own yields, __pep492__('Y', v)) and raw ones (what
// its awaits delegate to, for the event loop). The awaitables of asend,
// athrow and aclose run it until it yields a wrapped value, which
// completes them, passing raw values through, as CPython's
// async_gen_asend and async_gen_athrow do.

// StopAsyncIteration is Python 3.6's builtin exception, which gpython
// lacks: the end of an asynchronous iteration.
var StopAsyncIteration = pyutil.NewExceptionType("StopAsyncIteration", "Raised by an asynchronous iterator's __anext__() when it has no more items.", py.ExceptionType)

// wrappedValue is a value an async generator yields.
type wrappedValue struct{ v py.Object }

var wrappedValueType = py.NewType("async_generator_wrapped_value", "")

func (*wrappedValue) Type() *py.Type { return wrappedValueType }

// asyncGen is CPython's async generator object over a generator.
type asyncGen struct {
	gen            *py.Generator
	name, qualname string
	closed         bool // aclose completed or the generator ended
	// hooksInited: the first iteration consulted sys's async
	// generator hooks; finalizer is the finalizer hook it found
	hooksInited bool
	finalizer   py.Object
}

var asyncGenType = py.NewType("async_generator", "")

func (*asyncGen) Type() *py.Type { return asyncGenType }

func (a *asyncGen) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<async_generator object %s at %p>", a.qualname, a)), nil
}

// AsyncGenState is vm's view of a: the generator running its body, and
// whether a finalizer hook waits for its drop (vm/generator_asyncgen.go).
func (a *asyncGen) AsyncGenState() (*py.Generator, bool) {
	return a.gen, a.finalizer != nil && !a.closed
}

// initHooks runs at the first call of __anext__, asend, athrow or
// aclose, as CPython's async generators consult the thread's hooks
// (sys.set_asyncgen_hooks) once: the finalizer then in force is kept for
// the drop, and firstiter is called with a; its exception is the
// method's, and the hooks are not consulted again.
func (a *asyncGen) initHooks() error {
	if a.hooksInited {
		return nil
	}
	a.hooksInited = true
	if a.gen.Frame == nil {
		return nil
	}
	ctx := a.gen.Frame.Context
	firstiter, finalizer := vm.AsyncGenHooks(ctx)
	if finalizer != nil {
		a.finalizer = finalizer
		name, qualname := a.name, a.qualname
		vm.WatchAsyncGen(ctx, a.gen, finalizer, func(g *py.Generator) py.Object {
			// Hooks already consulted: the finalizer runs once.
			return &asyncGen{gen: g, name: name, qualname: qualname, hooksInited: true}
		})
	}
	if firstiter != nil {
		if _, err := vm.Call(firstiter, py.Tuple{a}, nil); err != nil {
			return err
		}
	}
	return nil
}

func (a *asyncGen) finished() bool {
	f := a.gen.Frame
	return f == nil || f.Lasti != 0 && !f.Yielded
}

func (a *asyncGen) call(name string, args py.Tuple) (py.Object, error) {
	m, err := py.GetAttrString(a.gen, name)
	if err != nil {
		return nil, err
	}
	return py.Call(m, args, nil)
}

// agenStep is an awaitable of an async generator: asend (throwing nil,
// closing false), athrow (throwing the arguments) or aclose (closing).
type agenStep struct {
	ag       *asyncGen
	sendVal  py.Object
	throwing py.Tuple
	closing  bool
	state    int // 0 not started, 1 running, 2 done
}

var (
	asendType  = py.NewType("async_generator_asend", "")
	athrowType = py.NewType("async_generator_athrow", "")
)

func (s *agenStep) Type() *py.Type {
	if s.throwing != nil || s.closing {
		return athrowType
	}
	return asendType
}

// AsyncGenState is its async generator's: dropping the last awaitable
// that holds the generator drops the generator (vm/generator_asyncgen.go).
func (s *agenStep) AsyncGenState() (*py.Generator, bool) { return s.ag.AsyncGenState() }

// AsyncGenState is that of the async generator an `async for` iterates
// (asyncstmt_rt.go), none for another iterator: the loop's state is a
// hidden local, whose drop, at the function's return, drops the
// generator.
func (st *asyncForState) AsyncGenState() (*py.Generator, bool) {
	if a, ok := st.it.(*asyncGen); ok {
		return a.AsyncGenState()
	}
	return nil, false
}

func (s *agenStep) M__iter__() (py.Object, error) { return s, nil }
func (s *agenStep) M__next__() (py.Object, error) { return s.Send(py.None) }

// reuseError is what a finished awaitable gives when awaited again: in
// Python 3.6 it just finishes again (3.8 raises RuntimeError).
func (s *agenStep) reuseError() error {
	return &py.Exception{Base: py.StopIteration, Args: py.Tuple{}, Dict: py.StringDict{}}
}

// Send resumes the async generator with v.
func (s *agenStep) Send(v py.Object) (py.Object, error) {
	switch s.state {
	case 2:
		return nil, s.reuseError()
	case 0:
		s.state = 1
		switch {
		case s.closing:
			if s.ag.closed || s.ag.finished() {
				s.state = 2
				return nil, &py.Exception{Base: py.StopIteration, Args: py.Tuple{}, Dict: py.StringDict{}}
			}
			exit := &py.Exception{Base: py.GeneratorExit, Args: py.Tuple{}, Dict: py.StringDict{}}
			return s.result(s.ag.call("throw", py.Tuple{exit}))
		case s.throwing != nil:
			if s.ag.closed || s.ag.finished() {
				s.state = 2
				return nil, &py.Exception{Base: StopAsyncIteration, Args: py.Tuple{}, Dict: py.StringDict{}}
			}
			return s.result(s.ag.call("throw", s.throwing))
		}
		if v == py.None {
			v = s.sendVal
		}
	}
	if s.ag.closed || s.ag.finished() {
		s.state = 2
		return nil, &py.Exception{Base: StopAsyncIteration, Args: py.Tuple{}, Dict: py.StringDict{}}
	}
	if f := s.ag.gen.Frame; v != py.None && f != nil && f.Lasti == 0 {
		// Refused before the generator runs, in the async generator's
		// words; the generator itself stays fresh for the next step.
		s.state = 2
		return nil, py.ExceptionNewf(py.TypeError, "can't send non-None value to a just-started async generator")
	}
	return s.result(s.ag.call("send", py.Tuple{v}))
}

// throw throws into the async generator while the awaitable runs.
func (s *agenStep) throw(args py.Tuple) (py.Object, error) {
	if s.state == 2 {
		return nil, s.reuseError()
	}
	s.state = 1
	return s.result(s.ag.call("throw", args))
}

// result turns what the generator gave into the awaitable's step: a
// wrapped value completes it (StopIteration carrying the value), a raw
// one is passed on; the generator's end is StopAsyncIteration.
func (s *agenStep) result(r py.Object, err error) (py.Object, error) {
	if err != nil {
		s.state = 2
		s.ag.closed = true
		switch {
		case s.closing && (py.IsException(py.StopIteration, err) || py.IsException(py.GeneratorExit, err)):
			return nil, &py.Exception{Base: py.StopIteration, Args: py.Tuple{}, Dict: py.StringDict{}}
		case py.IsException(py.StopIteration, err):
			return nil, &py.Exception{Base: StopAsyncIteration, Args: py.Tuple{}, Dict: py.StringDict{}}
		case py.IsException(StopAsyncIteration, err):
			return nil, py.ExceptionNewf(py.RuntimeError, "async generator raised StopAsyncIteration")
		}
		return nil, err
	}
	if w, ok := r.(*wrappedValue); ok {
		s.state = 2
		if s.closing {
			return nil, py.ExceptionNewf(py.RuntimeError, "async generator ignored GeneratorExit")
		}
		args := py.Tuple{}
		if w.v != py.None {
			args = py.Tuple{w.v}
		}
		return nil, &py.Exception{Base: py.StopIteration, Args: args, Dict: py.StringDict{}}
	}
	return r, nil
}

func init() {
	if impl := py.GetModuleImpl("builtins"); impl != nil {
		impl.Globals["StopAsyncIteration"] = StopAsyncIteration
	}
	agen := func(o py.Object) *asyncGen { return o.(*asyncGen) }
	// hooked returns self's async generator once its hooks ran.
	hooked := func(o py.Object) (*asyncGen, error) {
		a := agen(o)
		return a, a.initHooks()
	}
	asyncGenType.Dict["__aiter__"] = py.MustNewMethod("__aiter__", func(self py.Object) (py.Object, error) {
		return self, nil
	}, 0, "__aiter__() -> the asynchronous generator itself")
	asyncGenType.Dict["__anext__"] = py.MustNewMethod("__anext__", func(self py.Object) (py.Object, error) {
		a, err := hooked(self)
		if err != nil {
			return nil, err
		}
		return &agenStep{ag: a, sendVal: py.None}, nil
	}, 0, "__anext__() -> awaitable giving the next value, or raising StopAsyncIteration at the end")
	asyncGenType.Dict["asend"] = py.MustNewMethod("asend", func(self, v py.Object) (py.Object, error) {
		a, err := hooked(self)
		if err != nil {
			return nil, err
		}
		return &agenStep{ag: a, sendVal: v}, nil
	}, 0, "asend(value) -> awaitable that resumes the generator with value")
	asyncGenType.Dict["athrow"] = py.MustNewMethod("athrow", func(self py.Object, args py.Tuple) (py.Object, error) {
		// The first iteration is the call, whatever its arguments.
		a, err := hooked(self)
		if err != nil {
			return nil, err
		}
		if len(args) < 1 || len(args) > 3 {
			return nil, py.ExceptionNewf(py.TypeError, "athrow expected at least 1 arguments, got %d", len(args))
		}
		return &agenStep{ag: a, throwing: args}, nil
	}, 0, "athrow(type[, value[, tb]]) -> awaitable that raises the exception at the paused yield")
	asyncGenType.Dict["aclose"] = py.MustNewMethod("aclose", func(self py.Object) (py.Object, error) {
		a, err := hooked(self)
		if err != nil {
			return nil, err
		}
		return &agenStep{ag: a, closing: true}, nil
	}, 0, "aclose() -> awaitable that stops the generator by raising GeneratorExit in it")
	prop := func(name string, get func(a *asyncGen) py.Object) {
		asyncGenType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return get(self.(*asyncGen)), nil
		}}
	}
	prop("__name__", func(a *asyncGen) py.Object { return py.String(a.name) })
	prop("__qualname__", func(a *asyncGen) py.Object { return py.String(a.qualname) })
	asyncGenType.Dict["__name__"].(*py.Property).Fset = nameSetter("__name__", func(self py.Object, s string) { self.(*asyncGen).name = s })
	asyncGenType.Dict["__qualname__"].(*py.Property).Fset = nameSetter("__qualname__", func(self py.Object, s string) { self.(*asyncGen).qualname = s })
	prop("ag_code", func(a *asyncGen) py.Object { return a.gen.Code })
	prop("ag_running", func(a *asyncGen) py.Object { return py.NewBool(a.gen.Running) })
	prop("ag_await", func(a *asyncGen) py.Object { return py.None })
	prop("ag_frame", func(a *asyncGen) py.Object {
		if a.finished() {
			return py.None
		}
		return a.gen.Frame
	})
	for _, t := range []*py.Type{asendType, athrowType} {
		step := func(o py.Object) *agenStep { return o.(*agenStep) }
		t.Dict["send"] = py.MustNewMethod("send", func(self, v py.Object) (py.Object, error) {
			return step(self).Send(v)
		}, 0, "send(value) -> next yielded value\n\nResume with value as the result of the paused yield; StopIteration at the end.")
		t.Dict["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
			return step(self).throw(args)
		}, 0, "throw(type[, value[, tb]]) -> next yielded value\n\nRaise the exception at the paused yield; StopIteration at the end.")
		t.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
			step(self).state = 2
			return py.None, nil
		}, 0, "close() -> None\n\nStop the generator by raising GeneratorExit at the paused yield.")
		t.Dict["__await__"] = py.MustNewMethod("__await__", func(self py.Object) (py.Object, error) {
			return self, nil
		}, 0, "__await__() -> iterator driving this awaitable")
	}
}
