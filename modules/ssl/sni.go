package ssl

import (
	"io"
	"math"
	"os"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// contextSetServernameCallback is SSLContext.set_servername_callback(cb).
//
// cb(sslobj, server_name, ctx) runs when a ClientHello arrives: None lets
// the handshake go on; an ALERT_DESCRIPTION_* value fails it with that
// alert; any other value fails it with INTERNAL_ERROR, and an exception
// with HANDSHAKE_FAILURE (reported on stderr, as CPython's unraisable
// hook does). cb None removes the callback.
func contextSetServernameCallback(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	ctx, ok := self.(contextObject)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor requires an SSLContext")
	}
	var cb py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_servername_callback", []string{"server_name_callback"}, &cb); err != nil {
		return nil, err
	}
	if cb == py.None {
		return py.None, fromError(ctx.NativeContext().SetServerNameCallback(nil))
	}
	if !isCallable(cb) {
		return nil, pyutil.TypeErrorf("not a callable object")
	}
	f := func(conn *_ssl.Conn, name string, hasName bool) int {
		owner, _ := conn.Owner().(py.Object)
		if owner == nil {
			owner = py.None
		}
		var nameObj py.Object = py.None
		if hasName {
			if alert, err := checkServerName(name); err != nil {
				// CPython fails the handshake (CALLBACK_FAILED on the
				// server) without calling cb, and reports the error as
				// unraisable.
				reportUnraisable(cb, py.Bytes(name), err)
				return alert
			}
			nameObj = py.String(name)
		}
		result, err := py.Call(cb, py.Tuple{owner, nameObj, ctx}, nil)
		if err != nil {
			reportUnraisable(cb, cb, err)
			return _ssl.AlertHandshakeFailure
		}
		if result == py.None {
			return -1
		}
		alert, err := alertNumber(result)
		if err != nil {
			reportUnraisable(cb, result, err)
			return _ssl.AlertInternalError
		}
		return alert
	}
	return py.None, fromError(ctx.NativeContext().SetServerNameCallback(f))
}

// isCallable reports whether o can be called, without calling it. An
// instance of a Python class is a *py.Type in gpython, which has a Go
// M__call__: it is callable only when it is a class or its class defines
// __call__.
func isCallable(o py.Object) bool {
	if t, ok := o.(*py.Type); ok {
		return t.Type().IsSubtype(py.TypeType) || t.Type().Lookup("__call__") != nil
	}
	if _, ok := o.(py.I__call__); ok {
		return true
	}
	return o.Type().Lookup("__call__") != nil
}

// alertNumber converts what a servername callback returned, other than
// None, to the alert it fails the handshake with. CPython 3.6 takes the
// value as a C long (an int, a bool, a float truncated, an object with
// __int__) and OpenSSL sends its low byte; anything else is a TypeError,
// a value beyond 64 bits an OverflowError.
func alertNumber(o py.Object) (int, error) {
	o = pyutil.Unwrap(o)
	var v int64
	if f, ok := o.(py.Float); ok {
		t := math.Trunc(float64(f))
		switch {
		case math.IsNaN(t):
			return 0, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
		case math.IsInf(t, 0):
			return 0, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		case t >= 0x1p63 || t < -0x1p63:
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		v = int64(t)
	} else {
		n, err := pyarg.Long(o)
		if err != nil {
			return 0, err
		}
		v = n
	}
	return int(uint8(v)), nil
}

// reportUnraisable prints an exception that cannot propagate (it happened
// inside an OpenSSL callback), as CPython's PyErr_WriteUnraisable does:
// "Exception ignored in: " and the repr of where, then the traceback, on
// the sys.stderr of the interpreter that cb (the script's callback)
// belongs to, so that a script capturing stderr sees it.
func reportUnraisable(cb, where py.Object, err error) {
	r, rerr := pyrepr.Repr(where)
	if rerr != nil {
		r = "<" + pyutil.TypeName(where) + " object>"
	}
	text := "Exception ignored in: " + r + "\n" + pyutil.FormatException(err)
	if f := callbackStderr(cb); f != nil {
		if _, werr := py.Call(f, py.Tuple{py.String(text)}, nil); werr == nil {
			return
		}
	}
	_, _ = io.WriteString(os.Stderr, text)
}

// callbackStderr is the write method of sys.stderr in the context a
// Python callable was defined in, or nil.
func callbackStderr(cb py.Object) py.Object {
	var ctx py.Context
	switch f := cb.(type) {
	case *py.Function:
		ctx = f.Context
	case *py.BoundMethod:
		return callbackStderr(f.Method)
	}
	if ctx == nil {
		return nil
	}
	sys, err := ctx.GetModule("sys")
	if err != nil {
		return nil
	}
	stream, ok := sys.Globals["stderr"]
	if !ok || stream == py.None {
		return nil
	}
	w, err := py.GetAttrString(stream, "write")
	if err != nil {
		return nil
	}
	return w
}

// checkServerName applies CPython's checks to the name a client sent
// before its servername callback may see it: the name must be ASCII (the
// C layer decodes it so), and, as CPython 3.7+ re-encodes it with the
// idna codec, every label but the last must have 1 to 63 characters and
// the last (empty after a trailing dot) fewer than 64. CPython 3.6 let
// overlong ASCII labels through; issue 20 asks for the later rule. The
// alert is CPython's: INTERNAL_ERROR when the C layer cannot decode the
// name, HANDSHAKE_FAILURE when the idna codec refuses it.
func checkServerName(name string) (alert int, err error) {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			return _ssl.AlertInternalError, py.ExceptionNewf(py.UnicodeDecodeError, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", name[i], i)
		}
	}
	if _, err := host.EncodeStr(name, "idna", "strict"); err != nil {
		return _ssl.AlertHandshakeFailure, err
	}
	return 0, nil
}
