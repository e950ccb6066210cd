package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// sys.displayhook and sys.excepthook as CPython 3.6 has them, with their
// originals kept as sys.__displayhook__ and sys.__excepthook__.

// installSysHooks puts the hooks of ctx's sys module (whose globals are g)
// in place.
func installSysHooks(ctx *Context, g py.StringDict) {
	display := py.MustNewMethod("displayhook", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := pyarg.ExactlyOne("displayhook", args, nil); err != nil {
			return nil, err
		}
		return py.None, displayValue(ctx, g, args[0])
	}, 0, "displayhook(object) -> None\n\nWrite repr(object) and a newline to sys.stdout and keep object as builtins._; None is skipped.")
	except := py.MustNewMethod("excepthook", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "excepthook expected 3 arguments, got %d", len(args))
		}
		tb, _ := args[2].(*py.Traceback)
		return py.None, writeStream(g, "stderr", pyutil.FormatExceptionValue(args[1], tb, true))
	}, 0, "excepthook(exctype, value, traceback) -> None\n\nWrite the exception's traceback and message to sys.stderr.")
	g["displayhook"], g["__displayhook__"] = display, display
	g["excepthook"], g["__excepthook__"] = except, except
}

// displayValue is displayhook(v): builtins._ is None while repr runs, so
// a failing repr leaves it None.
func displayValue(ctx *Context, g py.StringDict, v py.Object) error {
	if v == py.None {
		return nil
	}
	builtins := ctx.Store().Builtins
	if builtins != nil {
		builtins.Globals["_"] = py.None
	}
	r, err := Repr(v)
	if err != nil {
		return err
	}
	if err := writeStream(g, "stdout", r+"\n"); err != nil {
		return err
	}
	if builtins != nil {
		builtins.Globals["_"] = v
	}
	return nil
}

// writeStream writes s with sys.<name>.write; RuntimeError "lost
// sys.stdout" when sys has no such stream.
func writeStream(g py.StringDict, name, s string) error {
	f, ok := g[name]
	if !ok || f == py.None {
		return py.ExceptionNewf(py.RuntimeError, "lost sys.%s", name)
	}
	w, err := GetAttr(f, "write")
	if err != nil {
		return err
	}
	_, err = Call(w, py.Tuple{py.String(s)}, nil)
	return err
}
