package ssl

import (
	"fmt"
	"os"

	"github.com/go-python/gpython/py"

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
				reportUnraisable(py.Bytes(name), err)
				return alert
			}
			nameObj = py.String(name)
		}
		result, err := py.Call(cb, py.Tuple{owner, nameObj, ctx}, nil)
		if err != nil {
			reportUnraisable(cb, err)
			return _ssl.AlertHandshakeFailure
		}
		if result == py.None {
			return -1
		}
		alert, err := py.MakeGoInt(pyutil.Unwrap(result))
		if err != nil || alert < 0 || alert > 255 {
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

// reportUnraisable prints an exception that cannot propagate (it happened
// inside an OpenSSL callback), as CPython's sys.unraisablehook does.
func reportUnraisable(where py.Object, err error) {
	r, _ := py.ReprAsString(where)
	fmt.Fprintf(os.Stderr, "Exception ignored in: %s\n", r)
	pyutil.PrintTraceback(os.Stderr, err)
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
