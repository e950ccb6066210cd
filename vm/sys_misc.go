package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The smaller functions of CPython 3.6's sys that gpython lacks or stubs
// with NotImplementedError.

// checkInterval is sys.getcheckinterval()'s value: CPython 3.6 keeps the
// number and no longer uses it (the switch interval replaced it).
type checkInterval struct{ n int }

func installSysMisc(ctx *Context, g py.StringDict) {
	interval := &checkInterval{n: 100}
	g["setcheckinterval"] = py.MustNewMethod("setcheckinterval", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := Warn(py.DeprecationWarning, "sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.setswitchinterval() instead.", 1); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("setcheckinterval() takes exactly 1 argument (%d given)", len(args))
		}
		n, err := pyarg.Int(args[0])
		if err != nil {
			return nil, err
		}
		interval.n = n
		return py.None, nil
	}, 0, "setcheckinterval(n)\n\nKept for compatibility: the interpreter switches threads by time\n(sys.setswitchinterval), and this number is only stored.")
	g["getcheckinterval"] = py.MustNewMethod("getcheckinterval", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("getcheckinterval", args, nil); err != nil {
			return nil, err
		}
		if err := Warn(py.DeprecationWarning, "sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.getswitchinterval() instead.", 1); err != nil {
			return nil, err
		}
		return py.Int(interval.n), nil
	}, 0, "getcheckinterval() -> int\n\nThe number sys.setcheckinterval() stored (100 at start).")
	g["call_tracing"] = py.MustNewMethod("call_tracing", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, pyutil.TypeErrorf("call_tracing() takes exactly 2 arguments (%d given)", len(args))
		}
		callArgs, ok := args[1].(py.Tuple)
		if !ok {
			return nil, pyutil.TypeErrorf("call_tracing() argument 2 must be tuple, not %s", typeName(args[1]))
		}
		return Call(args[0], callArgs, nil)
	}, 0, "call_tracing(func, args) -> object\n\nfunc(*args), with tracing on as it is for the caller.")
	g["_clear_type_cache"] = py.MustNewMethod("_clear_type_cache", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("_clear_type_cache", args, nil); err != nil {
			return nil, err
		}
		return py.None, nil // the attribute caches follow every change by themselves
	}, 0, "_clear_type_cache() -> None\n\nDrop the cached attribute lookups (ours stay valid on every change).")
	g["is_finalizing"] = py.MustNewMethod("is_finalizing", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := pyarg.NoArgs("is_finalizing", args, nil); err != nil {
			return nil, err
		}
		return py.NewBool(ctx.finalizing.Load()), nil
	}, 0, "is_finalizing() -> bool\n\nTrue once the interpreter has begun shutting down (after the atexit functions).")
}
