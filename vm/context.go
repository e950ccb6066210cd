package vm

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/stdlib"
	"github.com/go-python/gpython/stdlib/marshal"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// Context is the interpreter context the project installs as
// py.NewContext. It is gpython's stdlib context (module store, path
// resolution, compilation) with module-level code and module bodies run
// on this package's loop, its interpreter lock and the states of its Python
// threads (threads.go).
type Context struct {
	py.Context // gpython's stdlib context

	gil *gil.Lock
	// main is the state of the main thread: the first goroutine that runs
	// code in the context (normally the one that made it).
	main *thread
	// tmu guards threads, idle, mainG and limit.
	tmu     sync.Mutex
	threads map[int64]*thread // goroutine id -> its thread state
	idle    []*thread         // ended threads' states, for reuse (thread_reuse.go)
	mainG   int64             // the main thread's goroutine, 0 until bound
	limit   int               // sys.getrecursionlimit()
	started atomic.Int64      // threads of _thread.start_new_thread alive

	// modules is sys.modules.
	modules *Dict
	// failedImports are the names whose module body raised since the
	// store made them (import_failure.go).
	failedImports sync.Map
	// recordedModules are the names entered in sys.modules by an import.
	recordedModules sync.Map

	mu      sync.Mutex
	running sync.WaitGroup
	closed  bool
	// finalizing is sys.is_finalizing(): set once the threads are joined
	// and the atexit functions have run.
	finalizing atomic.Bool
}

// NewContext returns a context running on this package's loop.
func NewContext(opts py.ContextOpts) py.Context {
	fixBuiltinMetatypes()
	ctx := &Context{
		Context: stdlib.NewContext(opts),
		gil:     gil.New(),
		threads: make(map[int64]*thread),
		limit:   defaultRecursionLimit,
	}
	ctx.main = newThread(ctx)
	liveContexts.Store(ctx, struct{}{})
	installSys(ctx)
	return ctx
}

func (ctx *Context) enter() error {
	ctx.mu.Lock()
	defer ctx.mu.Unlock()
	if ctx.closed {
		return py.ExceptionNewf(py.RuntimeError, "Context closed")
	}
	ctx.running.Add(1)
	return nil
}

// RunCode runs code with the given namespaces on this package's loop.
func (ctx *Context) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	if err := ctx.enter(); err != nil {
		return nil, err
	}
	defer ctx.running.Done()
	return evalCode(ctx, code, globals, locals, nil, nil, nil, nil, closure)
}

// ModuleInit creates a module from impl in this context and runs its
// code, if any, here.
func (ctx *Context) ModuleInit(impl *py.ModuleImpl) (*py.Module, error) {
	if err := ctx.enter(); err != nil {
		return nil, err
	}
	defer ctx.running.Done()
	code, err := moduleCode(impl)
	if err != nil {
		return nil, err
	}
	module, err := ctx.Store().NewModule(ctx, impl)
	if err != nil {
		return nil, err
	}
	recordModule(ctx, module)
	setModulePackage(module, impl)
	if code != nil {
		// A module of Python source sees the builtins through its
		// __builtins__, the builtins' namespace, as in CPython.
		if _, ok := module.Globals["__builtins__"]; !ok && ctx.Store().Builtins != nil {
			module.Globals["__builtins__"] = ctx.Store().Builtins.Globals
		}
		if _, err := evalCode(ctx, code, module.Globals, module.Globals, nil, nil, nil, nil, nil); err != nil {
			return nil, err
		}
	}
	return module, nil
}

// setModulePackage gives an imported module the __package__ CPython's
// import system sets before running its code (gpython leaves None): a
// package's own name, else the name of the package holding the module,
// "" for a top-level module.
func setModulePackage(m *py.Module, impl *py.ModuleImpl) {
	if m.Globals["__package__"] != py.None {
		return
	}
	name := impl.Info.Name
	if n, ok := m.Globals["__name__"].(py.String); ok {
		name = string(n)
	}
	file := impl.Info.FileDesc
	_, hasPath := m.Globals["__path__"]
	if hasPath || strings.HasSuffix(file, "/__init__.py") || file == "__init__.py" {
		m.Globals["__package__"] = py.String(name)
		return
	}
	pkg := ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkg = name[:i]
	}
	m.Globals["__package__"] = py.String(pkg)
}

// DecodeModuleCode turns a registered module's CodeBuf into its code
// object when the module is first imported. It is gpython's marshal reader
// unless the package that writes CodeBuf replaces it during init
// (internal/codecache does, to restore constants the reader has no form
// for); it must not be changed once modules are imported.
var DecodeModuleCode = func(buf []byte) (*py.Code, error) {
	obj, err := marshal.ReadObject(bytes.NewBuffer(buf))
	if err != nil {
		return nil, err
	}
	c, ok := obj.(*py.Code)
	if !ok {
		return nil, py.ExceptionNewf(py.AssertionError, "Embedded code did not produce a py.Code object")
	}
	return c, nil
}

// PrecompiledModuleCode gives the code compiled ahead of time for a
// module registered with source (a Go module's CodeSrc, run at import),
// given the module's name and that exact source, or nil when there is
// none: the module's source is then compiled at its first import. It is
// nil unless the package holding that code sets it during init
// (internal/codecache does: os and posixpath, whose source every start
// imports, would otherwise be compiled in every process).
var PrecompiledModuleCode func(name, src string) (*py.Code, error)

// compiled caches the code of registered modules with source: a
// ModuleImpl is shared by every context, so compiling into it from
// several goroutines would race.
var compiled sync.Map // *py.ModuleImpl -> *py.Code

var compileMu sync.Mutex

func moduleCode(impl *py.ModuleImpl) (*py.Code, error) {
	if c, ok := compiled.Load(impl); ok {
		return c.(*py.Code), nil
	}
	compileMu.Lock()
	defer compileMu.Unlock()
	if c, ok := compiled.Load(impl); ok {
		return c.(*py.Code), nil
	}
	code := impl.Code
	switch {
	case code != nil:
	case len(impl.CodeSrc) > 0:
		if PrecompiledModuleCode != nil {
			c, err := PrecompiledModuleCode(impl.Info.Name, impl.CodeSrc)
			if err != nil {
				return nil, err
			}
			if c != nil && c.Filename == impl.Info.FileDesc {
				code = c // else compiled under another file name: stale
			}
		}
		if code == nil {
			c, err := py.Compile(impl.CodeSrc, impl.Info.FileDesc, py.ExecMode, 0, true)
			if err != nil {
				return nil, err
			}
			code = c
		}
	case len(impl.CodeBuf) > 0:
		c, err := DecodeModuleCode(impl.CodeBuf)
		if err != nil {
			return nil, err
		}
		code = c
	default:
		return nil, nil
	}
	compiled.Store(impl, code)
	return code, nil
}

// closedHooks run when a context closes (OnContextClosed).
var closedHooks []func(py.Context)

// OnContextClosed registers f to run when a context closes, after its
// threads have ended: a process-wide registry drops what it keeps for
// that context there, so that nothing keeps a closed interpreter's
// objects alive. Registration happens in package init functions.
func OnContextClosed(f func(py.Context)) { closedHooks = append(closedHooks, f) }

// Close closes the context once the code running in it has finished,
// after joining its non-daemon threads as CPython does at exit
// (WaitForThreads).
func (ctx *Context) Close() error {
	ctx.mu.Lock()
	closed := ctx.closed
	ctx.mu.Unlock()
	if !closed {
		WaitForThreads(ctx)
	}
	ctx.finalizing.Store(true)
	ctx.mu.Lock()
	already := ctx.closed
	ctx.closed = true
	ctx.mu.Unlock()
	if !already {
		ctx.running.Wait()
		ctx.gil.Close()
		liveContexts.Delete(ctx)
		forgetGenerators(ctx)
		for _, f := range closedHooks {
			f(ctx)
		}
	}
	err := ctx.Context.Close()
	// After the modules' close hooks, which may still import: the import
	// system holds sys.modules, and through it every module's globals.
	importSystems.Delete(ctx)
	return err
}
