package vm

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // sets the hooks this package replaces; must initialise first
	_ "github.com/go-python/gpython/vm"
)

// Installed reports whether this package's loop is the one gpython calls:
// the hooks are ours (tests assert it).
func Installed() bool {
	return isOurs.Load()
}

var isOurs atomic.Bool

func init() {
	py.VmEvalCode = evalCode
	py.VmRunFrame = runGenFrame
	py.NewContext = NewContext
	isOurs.Store(true)

	py.GeneratorType.Dict["send"] = py.MustNewMethod("send", genSend, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
	py.GeneratorType.Dict["throw"] = py.MustNewMethod("throw", genThrow, 0, "throw(typ[,val[,tb]]) -> raise exception in generator,\nreturn next yielded value or raise StopIteration.")
	py.GeneratorType.Dict["close"] = py.MustNewMethod("close", genClose, 0, "close() -> raise GeneratorExit inside generator.")

	if _, ok := py.BaseException.Dict["__init__"]; !ok {
		py.BaseException.Dict["__init__"] = baseExceptionInit
	}
	installBuiltins()
}

// installBuiltins adds the builtins the loop provides.
func installBuiltins() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		return
	}
	impl.Globals["super"] = superType
	for i, m := range impl.Methods {
		switch m.Name {
		case "__build_class__":
			impl.Methods[i] = py.MustNewMethod("__build_class__", buildClass, 0, m.Doc)
		case "next":
			impl.Methods[i] = py.MustNewMethod("next", builtinNext(m), 0, m.Doc)
		}
	}
}

// installSys gives the context's sys module recursion-limit functions
// that act on the context's thread.
func installSys(ctx *Context) {
	sys, err := ctx.Store().GetModule("sys")
	if err != nil {
		return
	}
	t := ctx.thread
	sys.Globals["setrecursionlimit"] = py.MustNewMethod("setrecursionlimit", func(self py.Object, args py.Tuple) (py.Object, error) {
		return t.setRecursionLimit(args)
	}, 0, "setrecursionlimit(n)\n\nSet the maximum depth of the Python interpreter stack to n.")
	sys.Globals["getrecursionlimit"] = py.MustNewMethod("getrecursionlimit", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.Int(t.limit), nil
	}, 0, "getrecursionlimit()\n\nReturn the current value of the recursion limit.")
}

func (t *thread) setRecursionLimit(args py.Tuple) (py.Object, error) {
	var n py.Object
	if err := py.UnpackTuple(args, nil, "setrecursionlimit", 1, 1, &n); err != nil {
		return nil, err
	}
	if _, ok := n.(py.Float); ok {
		return nil, py.ExceptionNewf(py.TypeError, "integer argument expected, got float")
	}
	limit, err := py.IndexInt(n)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "recursion limit must be greater or equal than 1")
	}
	if t.depth >= limit {
		return nil, py.ExceptionNewf(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit, t.depth)
	}
	t.limit = limit
	return py.None, nil
}

// builtinNext is next(): for a generator it ends with StopIteration
// carrying the generator's return value (gpython's loses it).
func builtinNext(orig *py.Method) func(py.Object, py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) >= 1 {
			if g, ok := args[0].(*py.Generator); ok {
				v, done, err := threadOf(g.Frame.Context).sendGen(g, py.None, nil)
				if err != nil {
					return nil, err
				}
				if done {
					if len(args) == 2 {
						return args[1], nil
					}
					return nil, stopIteration(v)
				}
				return v, nil
			}
		}
		return orig.Call(self, args)
	}
}
