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
	if err != nil && name == "stdout" {
		if e, ok := pyutil.ExceptionValue(err).(*py.Exception); ok && e.Type().IsSubtype(py.UnicodeEncodeError) {
			return writeUnencodable(f, w, s, err)
		}
	}
	return err
}

// writeUnencodable writes s, which sys.stdout's encoding cannot hold, as
// CPython's displayhook does: encoded with backslashreplace, to
// stdout.buffer when there is one (after what the stream holds), else
// decoded back and written as text. encErr is returned when that fails.
func writeUnencodable(stdout, write py.Object, s string, encErr error) error {
	enc, err := GetAttr(stdout, "encoding")
	if err != nil {
		return encErr
	}
	encode, err := GetAttr(py.String(s), "encode")
	if err != nil {
		return encErr
	}
	b, err := Call(encode, py.Tuple{enc, py.String("backslashreplace")}, nil)
	if err != nil {
		return err
	}
	if buf, err := GetAttr(stdout, "buffer"); err == nil {
		if flush, err := GetAttr(stdout, "flush"); err == nil {
			if _, err := Call(flush, nil, nil); err != nil {
				return err
			}
		}
		bw, err := GetAttr(buf, "write")
		if err != nil {
			return err
		}
		_, err = Call(bw, py.Tuple{b}, nil)
		return err
	}
	decode, err := GetAttr(b, "decode")
	if err != nil {
		return encErr
	}
	text, err := Call(decode, py.Tuple{enc, py.String("strict")}, nil)
	if err != nil {
		return err
	}
	_, err = Call(write, py.Tuple{text}, nil)
	return err
}
