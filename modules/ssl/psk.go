package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// Docstrings: CPython 3.13's signature lines (PSF license).
const (
	setPSKClientDoc = `set_psk_client_callback(callback)

Enable TLS-PSK for client connections: callback(hint) receives the
server's identity hint (str or None) and returns (identity, psk): the
identity as str or None and the key as bytes. None disables it.`
	setPSKServerDoc = `set_psk_server_callback(callback, identity_hint=None)

Enable TLS-PSK for server connections: callback(identity) receives the
client's identity (str or None) and returns the key as bytes (b'' to
refuse). identity_hint is sent to clients (TLS 1.2). None disables it.`
)

// pskCallable checks a PSK callback argument: None (remove) or callable.
func pskCallable(cb py.Object) (bool, error) {
	if cb == py.None {
		return false, nil
	}
	if !isCallable(cb) {
		return false, pyutil.TypeErrorf("callback must be callable")
	}
	return true, nil
}

func pskStrOrNone(s string, has bool) py.Object {
	if !has {
		return py.None
	}
	return py.String(s)
}

func contextSetPSKClientCallback(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var cb py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_psk_client_callback", []string{"callback"}, &cb); err != nil {
		return nil, err
	}
	on, err := pskCallable(cb)
	if err != nil {
		return nil, err
	}
	if !on {
		return py.None, fromError(c.ctx.SetPSKClientCallback(nil))
	}
	f := func(conn *_ssl.Conn, hint string, hasHint bool) (string, bool, []byte, bool) {
		res, err := py.Call(cb, py.Tuple{pskStrOrNone(hint, hasHint)}, nil)
		if err == nil {
			var id py.Object
			var key []byte
			if t, ok := res.(py.Tuple); !ok || len(t) != 2 {
				err = pyutil.TypeErrorf("PSK client callback must return a tuple (identity, psk), not %s", pyutil.TypeName(res))
			} else if id = t[0]; id != py.None {
				if _, ok := id.(py.String); !ok {
					err = pyutil.TypeErrorf("identity must be str or None, not %s", pyutil.TypeName(id))
				}
			}
			if err == nil {
				if key, err = pyarg.BytesLike(res.(py.Tuple)[1]); err == nil {
					if s, ok := id.(py.String); ok {
						return string(s), true, key, true
					}
					return "", false, key, true
				}
			}
		}
		reportUnraisable(cb, cb, err)
		return "", false, nil, false
	}
	return py.None, fromError(c.ctx.SetPSKClientCallback(f))
}

func contextSetPSKServerCallback(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var cb py.Object
	var hint py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:set_psk_server_callback", []string{"callback", "identity_hint"}, &cb, &hint); err != nil {
		return nil, err
	}
	on, err := pskCallable(cb)
	if err != nil {
		return nil, err
	}
	hintStr, hasHint := "", false
	if hint != py.None {
		s, ok := hint.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("set_psk_server_callback() argument 'identity_hint' must be str or None, not %s", pyutil.TypeName(hint))
		}
		hintStr, hasHint = string(s), true
	}
	if !on {
		return py.None, fromError(c.ctx.SetPSKServerCallback(nil, hintStr, hasHint))
	}
	f := func(conn *_ssl.Conn, identity string, hasIdentity bool) ([]byte, bool) {
		res, err := py.Call(cb, py.Tuple{pskStrOrNone(identity, hasIdentity)}, nil)
		if err == nil {
			var key []byte
			if key, err = pyarg.BytesLike(res); err == nil {
				return key, true
			}
		}
		reportUnraisable(cb, cb, err)
		return nil, false
	}
	return py.None, fromError(c.ctx.SetPSKServerCallback(f, hintStr, hasHint))
}

// addPSKMethods puts the 3.13 PSK methods on SSLContext.
func addPSKMethods(d py.StringDict) {
	d["set_psk_client_callback"] = ctxMethod("set_psk_client_callback", setPSKClientDoc, contextSetPSKClientCallback)
	d["set_psk_server_callback"] = ctxMethod("set_psk_server_callback", setPSKServerDoc, contextSetPSKServerCallback)
}
