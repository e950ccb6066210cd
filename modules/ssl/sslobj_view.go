package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// NativeConnType is "_ssl._SSLSocket", the type of the _sslobj attribute
// of SSLSocket and SSLObject. In CPython that attribute holds the C-level
// connection under the Python wrapper, and code (test suites, asyncio's
// helpers, ftplib) reaches through it for the connection's context, its
// owner and its side. Here the connection lives in the wrapper itself, so
// the object is a view of the wrapper's TLS state with those attributes.
var NativeConnType = py.ObjectType.NewType("_ssl._SSLSocket", "The native TLS connection under an SSLSocket or SSLObject.", nil, nil)

type nativeConnView struct{ st *tlsState }

func (*nativeConnView) Type() *py.Type { return NativeConnType }

func viewState(self py.Object) (*tlsState, error) {
	v, ok := self.(*nativeConnView)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor requires a '_ssl._SSLSocket' object, not '%s'", pyutil.TypeName(self))
	}
	return v.st, nil
}

// sslobjProperty is the _sslobj attribute: None on an SSLSocket that
// carries no TLS (not connected yet, unwrapped or closed), as in CPython.
var sslobjProperty = &py.Property{
	Fget: func(self py.Object) (py.Object, error) {
		h, ok := self.(tlsHolder)
		if !ok || h.tls() == nil {
			return py.None, nil
		}
		st := h.tls()
		if _, isSocket := self.(*sslSocket); isSocket && st.conn == nil {
			return py.None, nil
		}
		return &nativeConnView{st: st}, nil
	},
	Doc: "The native connection (context, owner, server_side, server_hostname), or None.",
}

// setupNativeConn is a step of setup (module.go).
func setupNativeConn() {
	d := NativeConnType.Dict
	d["context"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			st, err := viewState(self)
			if err != nil {
				return nil, err
			}
			return st.context(), nil
		},
		Fset: func(self, value py.Object) error {
			st, err := viewState(self)
			if err != nil {
				return err
			}
			return st.setContext(value)
		},
		Doc: "The SSLContext of the connection; settable.",
	}
	d["owner"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		st, err := viewState(self)
		if err != nil {
			return nil, err
		}
		if st.owner == nil {
			return py.None, nil
		}
		return st.owner, nil
	}, Doc: "The SSLSocket or SSLObject this connection belongs to."}
	d["server_side"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		st, err := viewState(self)
		if err != nil {
			return nil, err
		}
		return py.NewBool(st.serverSide), nil
	}, Doc: "Whether this is the server side of the connection."}
	d["server_hostname"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		st, err := viewState(self)
		if err != nil {
			return nil, err
		}
		return st.hostname, nil
	}, Doc: "The server name the connection was made for, or None."}
	SSLSocketType.Dict["_sslobj"] = sslobjProperty
	SSLObjectType.Dict["_sslobj"] = sslobjProperty
}
