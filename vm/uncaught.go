package vm

import (
	"errors"
	"io"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// ReportUncaught does what CPython 3.6 does with an exception that ends a
// script or a statement at the prompt (PyErr_Print), except SystemExit,
// which is the caller's: sys.last_type, sys.last_value and
// sys.last_traceback are set, and sys.excepthook is called with the
// exception. The default hook writes the report to w with
// sys.tracebacklimit applied; a hook of the script's that raises is
// reported as "Error in sys.excepthook:", its own report, then "Original
// exception was:" and the original report. Without sys, or without
// sys.excepthook, the report goes to w as is.
//
// The report is made holding ctx's interpreter lock: reading the source
// lines of a file in GBK or another codec written in Python needs ctx as
// the current context, as the hook does.
func ReportUncaught(ctx py.Context, err error, w io.Writer) {
	_ = WithLock(ctx, func() error {
		reportUncaught(ctx, err, w)
		return nil
	})
}

func reportUncaught(ctx py.Context, err error, w io.Writer) {
	sys, serr := ctx.GetModule("sys")
	typ, value, tb := uncaughtParts(err)
	if serr != nil || value == nil {
		_, _ = io.WriteString(w, pyutil.FormatException(err))
		return
	}
	g := sys.Globals
	g["last_type"], g["last_value"] = typ, value
	if tb != nil {
		g["last_traceback"] = tb
	} else {
		g["last_traceback"] = py.None
	}
	hook, ok := g["excepthook"]
	if !ok || hook == py.None {
		_, _ = io.WriteString(w, "sys.excepthook is missing\n")
		_, _ = io.WriteString(w, pyutil.FormatUncaught(err, tracebackLimitOf(g)))
		return
	}
	if hook == g["__excepthook__"] {
		_, _ = io.WriteString(w, pyutil.FormatUncaught(err, tracebackLimitOf(g)))
		return
	}
	var tbArg py.Object = py.None
	if tb != nil {
		tbArg = tb
	}
	if _, herr := py.Call(hook, py.Tuple{typ, value, tbArg}, nil); herr != nil {
		if e, ok := pyutil.ExceptionValue(herr).(*py.Exception); ok && e.Type().IsSubtype(py.SystemExit) {
			// CPython exits for a SystemExit the hook raises; the
			// caller's exit status stays that of the failure
			return
		}
		limit := tracebackLimitOf(g)
		_, _ = io.WriteString(w, "Error in sys.excepthook:\n"+pyutil.FormatUncaught(herr, limit)+
			"\nOriginal exception was:\n"+pyutil.FormatUncaught(err, limit))
	}
}

// uncaughtParts splits err into the excepthook's three arguments.
func uncaughtParts(err error) (typ, value py.Object, tb *py.Traceback) {
	var info py.ExceptionInfo
	var pinfo *py.ExceptionInfo
	switch {
	case errors.As(err, &info):
	case errors.As(err, &pinfo) && pinfo != nil:
		info = *pinfo
	default:
		exc, ok := pyutil.ExceptionValue(err).(*py.Exception)
		if !ok {
			return nil, nil, nil
		}
		t, _ := exc.Traceback.(*py.Traceback)
		return exc.Type(), exc, t
	}
	if info.Value == nil {
		return nil, nil, nil
	}
	tb = info.Traceback
	if tb == nil {
		if exc, ok := info.Value.(*py.Exception); ok {
			tb, _ = exc.Traceback.(*py.Traceback)
		}
	}
	return info.Value.Type(), info.Value, tb
}

// tracebackLimitOf is sys.tracebacklimit as the interpreter reads it: an
// int (one too large for a C long counts as unlimited), else CPython's
// default of 1000.
func tracebackLimitOf(g py.StringDict) int {
	switch n := g["tracebacklimit"].(type) {
	case py.Int:
		return int(max(min(int64(n), math.MaxInt32), math.MinInt32))
	case py.Bool:
		if n {
			return 1
		}
		return 0
	case *py.BigInt:
		if (*big.Int)(n).Sign() < 0 {
			return 0
		}
		return math.MaxInt32
	}
	return 1000
}
