package compiler

import (
	"fmt"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The builtin __pep492__ runs the coroutines that coroutines.go rewrites.
// Its first argument says what:
//
//	'w', ns, refs          nothing (returns None); code compiled before
//	                       async defs were flagged (a stale cache or
//	                       .pyc) called it, and the functions refs names
//	                       (in the namespace ns, a module's or class's
//	                       locals(), by 'name' or 'Class.name', or, ns
//	                       None, the functions themselves or (thunk,)
//	                       giving one) get their code flagged then
//	'v', ns, refs, value   the same, returning value
//	'd', decorator         a decorator applying decorator, for such code
//	'Y', value             value wrapped, yielded by an async generator
//	'a', x                 the iterator that `await x` delegates to, or
//	                       CPython 3.6's TypeError
//	'i', fn                marks the generator function fn as an iterable
//	                       coroutine (types.coroutine): its code gets
//	                       CO_ITERABLE_COROUTINE, so `await` accepts its
//	                       generators; True when fn was marked
//
// The generator function an async def becomes is flagged as CPython
// flags a coroutine function's code, CO_COROUTINE (0x80) instead of
// CO_GENERATOR, or CO_ASYNC_GENERATOR (0x200) for an async generator
// function (markAsyncCode, when it is compiled). The loop runs such code
// as a generator's and hands the generator of each call to asyncCall
// (vm.AsyncCall), which makes the coroutine object: type, methods and
// errors of CPython 3.6's coroutine.

// coFlagCoroutine and coFlagIterableCoroutine are CPython's CO_COROUTINE
// and CO_ITERABLE_COROUTINE (the flag of types.coroutine's generators).
const (
	coFlagCoroutine         = 0x80
	coFlagIterableCoroutine = 0x100
	coFlagAsyncGenerator    = 0x200 // CO_ASYNC_GENERATOR
)

// installCoroutineHelper adds __pep492__ to gpython's builtins module.
func installCoroutineHelper() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("compiler: gpython's builtins module is not registered")
	}
	impl.Methods = append(impl.Methods, py.MustNewMethod(coroHelper, coroutineBuiltin, 0,
		"__pep492__(kind, *operands): coroutines, called by rewritten source."))
}

func coroutineBuiltin(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() needs a kind", coroHelper)
	}
	kind, _ := args[0].(py.String)
	switch {
	case (kind == "w" && len(args) == 3) || (kind == "v" && len(args) == 4):
		if err := wrapRefs(args[1], args[2]); err != nil {
			return nil, err
		}
		if kind == "v" {
			return args[3], nil
		}
		return py.None, nil
	case kind == "d" && len(args) == 2:
		deco := args[1]
		return py.MustNewMethod("coroutine_decorator", func(_ py.Object, a py.Tuple) (py.Object, error) {
			if len(a) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "decorator takes 1 argument")
			}
			makeCoroutineFunction(a[0])
			return py.Call(deco, a, nil)
		}, 0, ""), nil
	case kind == "Y" && len(args) == 2:
		return &wrappedValue{v: args[1]}, nil
	case kind == "a" && len(args) == 2:
		return awaitIter(args[1])
	case kind == "i" && len(args) == 2:
		return py.NewBool(markIterableCoroutine(args[1])), nil
	}
	if res, ok, err := asyncStmtBuiltin(kind, args[1:]); ok {
		return res, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s(): bad arguments", coroHelper)
}

// wrapRefs makes coroutine functions of the functions refs names.
func wrapRefs(ns, refs py.Object) error {
	items, ok := refs.(py.Tuple)
	if !ok {
		return py.ExceptionNewf(py.SystemError, "%s(): refs is not a tuple", coroHelper)
	}
	names, _ := ns.(py.StringDict)
	for _, ref := range items {
		var fn py.Object
		switch x := ref.(type) {
		case py.String:
			if names == nil {
				continue
			}
			parts := strings.Split(string(x), ".")
			v, ok := names[parts[0]]
			if !ok {
				continue
			}
			for _, p := range parts[1:] {
				var err error
				if v, err = py.GetAttrString(v, p); err != nil {
					v = nil
					break
				}
			}
			fn = v
		case py.Tuple:
			if len(x) != 1 {
				continue
			}
			v, err := py.Call(x[0], nil, nil)
			if err != nil {
				if py.IsException(py.NameError, err) || py.IsException(py.AttributeError, err) {
					continue
				}
				return err
			}
			fn = v
		default:
			fn = x
		}
		if fn != nil {
			makeCoroutineFunction(fn)
		}
	}
	return nil
}

// findCode finds the code object called name among the constants of co,
// at any depth.
func findCode(co *py.Code, name string) *py.Code {
	for _, c := range co.Consts {
		if k, ok := c.(*py.Code); ok {
			if k.Name == name {
				return k
			}
			if f := findCode(k, name); f != nil {
				return f
			}
		}
	}
	return nil
}

// makeCoroutineFunction gives the function x the code flagged as a
// coroutine's or async generator's when it is a generator function that an
// async def became but compiled before such code was flagged (a stale code
// cache or .pyc, which calls __pep492__('w' or 'd')); anything else is left
// alone.
func makeCoroutineFunction(x py.Object) {
	fn, ok := x.(*py.Function)
	if !ok || fn.Code == nil || fn.Code.Flags&py.CO_GENERATOR == 0 {
		return
	}
	legacyFlagged.Lock()
	defer legacyFlagged.Unlock()
	if co, ok := legacyFlagged.byCode[fn.Code]; ok {
		fn.Code = co
		return
	}
	co := *fn.Code
	if !flagAsync(&co) {
		return
	}
	if legacyFlagged.byCode == nil {
		legacyFlagged.byCode = map[*py.Code]*py.Code{}
	}
	legacyFlagged.byCode[fn.Code] = &co
	fn.Code = &co
}

// legacyFlagged maps the unflagged code of makeCoroutineFunction to its
// flagged copy, so that every function of one def shares one code.
var legacyFlagged struct {
	sync.Mutex
	byCode map[*py.Code]*py.Code
}

// flagAsync flags co, a generator function's code, as a coroutine's or an
// async generator's when an async def became it (its constants hold the
// mark); it reports whether it did.
func flagAsync(co *py.Code) bool {
	if co.Flags&py.CO_GENERATOR == 0 {
		return false
	}
	switch {
	case hasMark(co, asyncMark):
		co.Flags = co.Flags&^py.CO_GENERATOR | coFlagCoroutine
	case hasMark(co, asyncGenMark):
		co.Flags = co.Flags&^py.CO_GENERATOR | coFlagAsyncGenerator
	default:
		return false
	}
	return true
}

// markAsyncCode flags the code objects of async defs among co's constants,
// at any depth, as CPython flags them (flagAsync): done once, on the code
// just compiled, before anything runs it.
func markAsyncCode(co *py.Code) {
	for _, c := range co.Consts {
		if k, ok := c.(*py.Code); ok {
			flagAsync(k)
			markAsyncCode(k)
		}
	}
}

// asyncCall is vm.AsyncCall: the coroutine or async generator object of a
// call of fn, whose body g runs.
func asyncCall(fn py.Object, g *py.Generator, name, qualname string) (py.Object, error) {
	if g.Code.Flags&coFlagAsyncGenerator != 0 {
		return &asyncGen{gen: g, name: name, qualname: qualname}, nil
	}
	if fn == nil {
		fn = py.None
	}
	c := &coroutine{gen: g, name: name, qualname: qualname}
	// The generator links back to its coroutine (cr_await) through the
	// field gpython leaves unused for generators, at no cost.
	g.Weakreflist = c
	return vm.WrapCoroutine(fn, g.Code, c)
}

// markIterableCoroutine gives the generator function x a copy of its code
// with CO_ITERABLE_COROUTINE set, as CPython's types.coroutine replaces
// func.__code__; it reports whether x is such a function.
func markIterableCoroutine(x py.Object) bool {
	fn, ok := x.(*py.Function)
	if !ok || fn.Code == nil || fn.Code.Flags&py.CO_GENERATOR == 0 {
		return false
	}
	if fn.Code.Flags&coFlagIterableCoroutine == 0 {
		co := *fn.Code
		co.Flags |= coFlagIterableCoroutine
		fn.Code = &co
	}
	return true
}

// hasMark reports whether co is the code of a rewritten async def: whether
// the constant mark of a generator marker is among its constants.
func hasMark(co *py.Code, mark string) bool {
	for _, c := range co.Consts {
		if s, ok := c.(py.String); ok && string(s) == mark {
			return true
		}
	}
	return false
}

// driverSource is a generator function that delegates to the iterator it
// as `yield from it` does, for the iterators written in Go: the loop's
// yield from drops the value of their StopIteration when the value sent
// was None.
const driverSource = `def driver(it):
    try:
        y = it.send(None)
    except StopIteration as e:
        return e.value
    while True:
        try:
            x = yield y
        except GeneratorExit:
            it.close()
            raise
        except BaseException as exc:
            try:
                y = it.throw(exc)
            except StopIteration as e:
                return e.value
        else:
            try:
                y = it.send(x)
            except StopIteration as e:
                return e.value
`

// driverFile is the file name of driverSource, whose frames tracebacks
// leave out as CPython has no such frame.
const driverFile = "<pep492>"

func init() {
	vm.HideFromTracebacks(driverFile)
	vm.GeneratorKind = generatorKind
	vm.YieldFromCoroutine = yieldFromCoroutine
	vm.AsyncCall = asyncCall
}

// yieldFromCoroutine is vm.YieldFromCoroutine: a generator-based
// coroutine delegates to the coroutine's generator; any other generator
// cannot.
func yieldFromCoroutine(x py.Object, flags uint32) (py.Object, bool, error) {
	c, ok := x.(*coroutine)
	if !ok {
		return nil, false, nil
	}
	if flags&(coFlagIterableCoroutine|coFlagCoroutine) == 0 {
		return nil, true, py.ExceptionNewf(py.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
	}
	it, err := awaitIter(c)
	return it, true, err
}

var driver struct {
	sync.Mutex
	code *py.Code
}

// driven is a generator delegating to the Go iterator it, run in the
// context of the generator g.
func driven(it py.Object, g *py.Generator) (py.Object, error) {
	driver.Lock()
	if driver.code == nil {
		mod, err := next(driverSource, driverFile, py.ExecMode, 0, true)
		if err != nil {
			driver.Unlock()
			return nil, err
		}
		driver.code = findCode(mod, "driver")
	}
	code := driver.code
	driver.Unlock()
	if code == nil || g.Frame == nil {
		return it, nil
	}
	globals := py.StringDict{"StopIteration": py.StopIteration, "GeneratorExit": py.GeneratorExit, "BaseException": py.BaseException}
	fn := py.NewFunction(g.Frame.Context, code, globals, "driver")
	return py.Call(fn, py.Tuple{it}, nil)
}

// awaitIter is the iterator `await x` delegates to (CPython's
// _PyCoro_GetAwaitableIter).
func awaitIter(x py.Object) (py.Object, error) {
	if c, ok := x.(*coroutine); ok {
		if c.finished() {
			return nil, py.ExceptionNewf(py.RuntimeError, "cannot reuse already awaited coroutine")
		}
		// suspended in an await of its own: someone else drives it
		if yf, err := vm.GetAttr(c.gen, "gi_yieldfrom"); err == nil && yf != py.None {
			return nil, py.ExceptionNewf(py.RuntimeError, "coroutine is being awaited already")
		}
		return c.gen, nil
	}
	if g, ok := x.(*py.Generator); ok && g.Code != nil && g.Code.Flags&coFlagIterableCoroutine != 0 {
		return g, nil // a generator-based coroutine (types.coroutine)
	}
	switch x := x.(type) {
	case *agenStep:
		return driven(x, x.ag.gen)
	case *coroutineWrapper:
		return driven(x, x.c.gen)
	}
	// the type's MRO, not the type object's attributes: an __await__
	// inherited from a base class counts
	if x.Type().Lookup("__await__") == nil {
		return nil, py.ExceptionNewf(py.TypeError, "object %s can't be used in 'await' expression", x.Type().Name)
	}
	m, err := py.GetAttrString(x, "__await__")
	if err != nil {
		return nil, err
	}
	res, err := py.Call(m, nil, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := res.(*coroutine); ok {
		return nil, py.ExceptionNewf(py.TypeError, "__await__() returned a coroutine")
	}
	if w, ok := res.(*coroutineWrapper); ok {
		return driven(w, w.c.gen)
	}
	if _, ok := res.(*py.Generator); !ok {
		if _, err := py.GetAttrString(res, "__next__"); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "__await__() returned non-iterator of type '%s'", res.Type().Name)
		}
	}
	return res, nil
}

// coroutine is CPython's coroutine object over a generator, the one its
// function's call made (whose code, cr_code, is the function's).
type coroutine struct {
	gen            *py.Generator
	name, qualname string
}

var coroutineType = py.NewType("coroutine", "")

// coroutineWrapper is what a coroutine's __await__ returns.
type coroutineWrapper struct {
	c *coroutine
}

var coroutineWrapperType = py.NewType("coroutine_wrapper", "A wrapper object implementing __await__ for coroutines.")

func (c *coroutine) Type() *py.Type                       { return coroutineType }
func (w *coroutineWrapper) Type() *py.Type                { return coroutineWrapperType }
func (w *coroutineWrapper) M__iter__() (py.Object, error) { return w, nil }
func (w *coroutineWrapper) M__next__() (py.Object, error) { return w.c.send(py.None) }

// Send is what `yield from` and py.Send call.
func (w *coroutineWrapper) Send(v py.Object) (py.Object, error) { return w.c.send(v) }

func (c *coroutine) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<coroutine object %s at %p>", c.qualname, c)), nil
}

// finished reports whether the generator has returned or raised.
func (c *coroutine) finished() bool {
	f := c.gen.Frame
	return f == nil || f.Lasti != 0 && !f.Yielded
}

func (c *coroutine) send(v py.Object) (py.Object, error) {
	if c.gen.Running {
		return nil, py.ExceptionNewf(py.ValueError, "coroutine already executing")
	}
	if c.finished() {
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	if v != py.None && c.gen.Frame.Lasti == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "can't send non-None value to a just-started coroutine")
	}
	m, err := py.GetAttrString(c.gen, "send")
	if err != nil {
		return nil, err
	}
	return py.Call(m, py.Tuple{v}, nil)
}

// call calls the generator's method name (throw or close) with CPython's
// errors for a coroutine: a finished one cannot be thrown into, and one
// that awaits again after GeneratorExit is named a coroutine.
func (c *coroutine) call(name string, args py.Tuple) (py.Object, error) {
	if c.gen.Running {
		return nil, py.ExceptionNewf(py.ValueError, "coroutine already executing")
	}
	if name == "throw" && c.finished() {
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	m, err := py.GetAttrString(c.gen, name)
	if err != nil {
		return nil, err
	}
	res, err := py.Call(m, args, nil)
	if name == "close" && err != nil && !c.finished() && py.IsException(py.RuntimeError, err) {
		err = py.ExceptionNewf(py.RuntimeError, "coroutine ignored GeneratorExit")
	}
	return res, err
}

// generatorKind is vm.GeneratorKind: the generator functions that async
// defs became are coroutines or async generators.
func generatorKind(co *py.Code) string {
	switch {
	case co.Flags&coFlagCoroutine != 0:
		return "coroutine"
	case co.Flags&coFlagAsyncGenerator != 0:
		return "async generator"
	}
	return ""
}

func init() {
	// The methods' docstrings are CPython's (PSF).
	methods := func(t *py.Type, get func(py.Object) *coroutine) {
		t.Dict["send"] = py.MustNewMethod("send", func(self, arg py.Object) (py.Object, error) {
			return get(self).send(arg)
		}, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.")
		t.Dict["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
			return get(self).call("throw", args)
		}, 0, "throw(typ[,val[,tb]]) -> raise exception in coroutine,\nreturn next iterated value or raise StopIteration.")
		t.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
			return get(self).call("close", nil)
		}, 0, "close() -> raise GeneratorExit inside coroutine.")
	}
	methods(coroutineType, func(o py.Object) *coroutine { return o.(*coroutine) })
	methods(coroutineWrapperType, func(o py.Object) *coroutine { return o.(*coroutineWrapper).c })
	coroutineType.Dict["__await__"] = py.MustNewMethod("__await__", func(self py.Object) (py.Object, error) {
		return &coroutineWrapper{c: self.(*coroutine)}, nil
	}, 0, "__await__() -> iterator driving this awaitable")
	// The wrapper is an iterator (dir() lists it as one).
	coroutineWrapperType.Dict["__iter__"] = py.MustNewMethod("__iter__", func(self py.Object) (py.Object, error) {
		return self, nil
	}, 0, "Implement iter(self).")
	prop := func(name string, get func(c *coroutine) py.Object) {
		coroutineType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return get(self.(*coroutine)), nil
		}}
	}
	prop("__name__", func(c *coroutine) py.Object { return py.String(c.name) })
	prop("__qualname__", func(c *coroutine) py.Object { return py.String(c.qualname) })
	coroutineType.Dict["__name__"].(*py.Property).Doc = "The name of the coroutine."
	coroutineType.Dict["__qualname__"].(*py.Property).Doc = "The qualified name of the coroutine."
	coroutineType.Dict["__name__"].(*py.Property).Fset = nameSetter("__name__", func(self py.Object, s string) { self.(*coroutine).name = s })
	coroutineType.Dict["__qualname__"].(*py.Property).Fset = nameSetter("__qualname__", func(self py.Object, s string) { self.(*coroutine).qualname = s })
	prop("cr_code", func(c *coroutine) py.Object { return c.gen.Code })
	prop("cr_running", func(c *coroutine) py.Object { return py.NewBool(c.gen.Running) })
	prop("cr_frame", func(c *coroutine) py.Object {
		if c.finished() {
			return py.None
		}
		return c.gen.Frame
	})
	prop("cr_await", func(c *coroutine) py.Object {
		yf, err := vm.GetAttr(c.gen, "gi_yieldfrom")
		if err != nil {
			return py.None
		}
		if g, ok := yf.(*py.Generator); ok {
			if awaited, ok := g.Weakreflist.(*coroutine); ok {
				return awaited // the coroutine object, not its generator
			}
		}
		return yf
	})
}

// nameSetter is the setter of a coroutine's or an async generator's
// __name__ or __qualname__: strings only, as 3.6.
func nameSetter(attr string, set func(self py.Object, s string)) func(self, v py.Object) error {
	return func(self, v py.Object) error {
		s, ok := v.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "%s must be set to a string object", attr)
		}
		set(self, string(s))
		return nil
	}
}
