package ssl

import (
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// contextObject is the Python SSLContext: the Go type of context.go.
type contextObject interface {
	py.Object
	NativeContext() *_ssl.Context
}

// tlsState is what SSLObject and SSLSocket share: the connection, the
// Python objects it was made from, and the methods that only inspect it.
// conn is nil until the connection exists (an SSLSocket before connect)
// and again after close or unwrap.
type tlsState struct {
	conn       *_ssl.Conn
	ctxObj     contextObject // current context; the SNI callback may switch it
	serverSide bool
	hostname   py.Object // str or None
	cfg        _ssl.ConnConfig
	owner      py.Object // the SSLSocket or SSLObject, for callbacks
	// ctxPy is the Python object given as the context: an instance of
	// a class derived from SSLContext holds ctxObj (context_subclass.go).
	ctxPy py.Object
	// sessionErr is the TypeError of a session= that is no SSLSession,
	// raised when the connection is made (open), as 3.6 does: an
	// unconnected socket takes it until connect().
	sessionErr error
}

// setContext is the setter of the context attribute: the connection
// switches to value, an SSLContext.
func (st *tlsState) setContext(value py.Object) error {
	ctx, ok := pyutil.Unwrap(value).(contextObject)
	if !ok {
		return pyutil.TypeErrorf("The value must be a SSLContext")
	}
	if st.conn != nil {
		if err := st.conn.SetContext(ctx.NativeContext()); err != nil {
			return fromError(err)
		}
	}
	st.ctxObj, st.ctxPy = ctx, value
	return nil
}

// context is the connection's context as Python code sees it.
func (st *tlsState) context() py.Object {
	if st.ctxPy != nil {
		return st.ctxPy
	}
	return st.ctxObj
}

// tlsHolder is implemented by the Python types that carry a tlsState.
type tlsHolder interface {
	py.Object
	tls() *tlsState
}

// tlsOf returns self's state; its conn may be nil.
func tlsOf(self py.Object) (*tlsState, error) {
	h, ok := self.(tlsHolder)
	if !ok || h.tls() == nil {
		return nil, pyutil.TypeErrorf("descriptor requires an SSL object, not '%s'", pyutil.TypeName(self))
	}
	return h.tls(), nil
}

// errNotConnected is what CPython raises for operations that need the TLS
// connection on a socket that has none.
func errNotConnected() error {
	return pyutil.OSErrorFromErrno(syscall.ENOTCONN, nil)
}

// newTLSState validates the wrap arguments as CPython does. The
// connection itself is made by open.
func newTLSState(ctxObj py.Object, serverSide bool, hostname py.Object, session py.Object) (*tlsState, error) {
	ctx, ok := pyutil.Unwrap(ctxObj).(contextObject)
	if !ok {
		return nil, pyutil.TypeErrorf("context must be an SSLContext, not %s", pyutil.TypeName(ctxObj))
	}
	cfg := _ssl.ConnConfig{ServerSide: serverSide, FD: -1}
	hostname, err := hostnameConfig(ctx, &cfg, hostname)
	if err != nil {
		return nil, err
	}
	var sessionErr error
	if session != nil && session != py.None {
		if serverSide {
			return nil, py.ExceptionNewf(py.ValueError, "session can only be specified in client mode")
		}
		if s, ok := session.(*sslSession); ok {
			cfg.Session = s.s
		} else {
			sessionErr = pyutil.TypeErrorf("Value is not a SSLSession.")
		}
	}
	return &tlsState{ctxObj: ctx, ctxPy: ctxObj, serverSide: serverSide, hostname: hostname, cfg: cfg, sessionErr: sessionErr}, nil
}

// hostnameConfig sets cfg's server name (SNI and the name the
// certificate is checked against) from hostname, a str, bytes or None,
// and returns the value server_hostname then reads: the IDNA A-label
// (3.7+, idna.go) or None.
func hostnameConfig(ctx contextObject, cfg *_ssl.ConnConfig, hostname py.Object) (py.Object, error) {
	cfg.Hostname = ""
	if hostname != nil && hostname != py.None {
		name, err := encodeHostname(hostname)
		if err != nil {
			return nil, err
		}
		if cfg.ServerSide {
			return nil, py.ExceptionNewf(py.ValueError, "server_hostname can only be specified in client mode")
		}
		cfg.Hostname = name
		hostname = py.String(name)
	} else {
		hostname = py.None
	}
	check, err := contextChecksHostname(ctx)
	if err != nil {
		return nil, err
	}
	if check && !cfg.ServerSide && cfg.Hostname == "" {
		return nil, py.ExceptionNewf(py.ValueError, "check_hostname requires server_hostname")
	}
	cfg.CheckHostname = check
	return hostname, nil
}

// retarget makes the next connection (open) a client's for hostname:
// SSLSocket.connect() after a script set server_hostname, as 3.6's
// connect() wraps the socket with the attribute's value at that time.
func (st *tlsState) retarget(hostname py.Object) error {
	cfg := st.cfg
	cfg.ServerSide = false
	name, err := hostnameConfig(st.ctxObj, &cfg, hostname)
	if err != nil {
		return err
	}
	st.cfg, st.serverSide, st.hostname = cfg, false, name
	return nil
}

// open makes the connection over fd (or, with fd -1, over in and out).
func (st *tlsState) open(fd int, in, out *_ssl.MemoryBIO) error {
	cfg := st.cfg
	if st.sessionErr != nil {
		return st.sessionErr
	}
	cfg.FD, cfg.In, cfg.Out = fd, in, out
	conn, err := _ssl.NewConn(st.ctxObj.NativeContext(), cfg)
	if err != nil {
		return fromError(err)
	}
	conn.SetOwner(st.owner)
	st.conn = conn
	return nil
}

// close frees the connection; the state stays usable for inspection.
func (st *tlsState) close() {
	if st.conn != nil {
		st.conn.Close()
		st.conn = nil
	}
}

func contextChecksHostname(ctx py.Object) (bool, error) {
	v, err := py.GetAttrString(ctx, "check_hostname")
	if err != nil {
		return false, err
	}
	b, err := py.MakeBool(v)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// --- methods shared by SSLObject and SSLSocket ---

func tlsGetpeercert(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	st, err := tlsOf(self)
	if err != nil {
		return nil, err
	}
	var binObj py.Object = py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:getpeercert", []string{"binary_form"}, &binObj); err != nil {
		return nil, err
	}
	binary, err := py.MakeBool(binObj)
	if err != nil {
		return nil, err
	}
	if st.conn == nil {
		return nil, errNotConnected()
	}
	if !st.conn.HandshakeDone() {
		return nil, py.ExceptionNewf(py.ValueError, "handshake not done yet")
	}
	der, err := st.conn.PeerCertificate()
	if err != nil {
		return nil, fromError(err)
	}
	if der == nil {
		return py.None, nil
	}
	if binary == py.True {
		return py.Bytes(der), nil
	}
	if !st.conn.VerifiesPeer() {
		return py.NewStringDict(), nil
	}
	return certToPy(der)
}

func cipherTuple(c _ssl.CipherInfo) py.Tuple {
	return py.Tuple{py.String(c.Name), py.String(c.Protocol), py.Int(c.Bits)}
}

// connInfo makes a method that reports something about the connection:
// None (or unconnected) before there is one, get(conn) after.
func connInfo(unconnected py.Object, get func(*_ssl.Conn) py.Object) func(py.Object) (py.Object, error) {
	return func(self py.Object) (res py.Object, err error) {
		st, err := tlsOf(self)
		if err != nil {
			return nil, err
		}
		if st.conn == nil {
			return unconnected, nil
		}
		return get(st.conn), nil
	}
}

var (
	tlsCipher = connInfo(py.None, func(c *_ssl.Conn) py.Object {
		if info, ok := c.Cipher(); ok {
			return cipherTuple(info)
		}
		return py.None
	})
	tlsSharedCiphers = connInfo(py.None, func(c *_ssl.Conn) py.Object {
		list, ok := c.SharedCiphers()
		if !ok {
			return py.None
		}
		out := py.NewList()
		for _, info := range list {
			out.Append(cipherTuple(info))
		}
		return out
	})
	tlsCompression = connInfo(py.None, func(c *_ssl.Conn) py.Object {
		if name := c.Compression(); name != "" {
			return py.String(name)
		}
		return py.None
	})
	tlsVersion = connInfo(py.None, func(c *_ssl.Conn) py.Object {
		if v, ok := c.Version(); ok {
			return py.String(v)
		}
		return py.None
	})
	tlsPending = connInfo(py.Int(0), func(c *_ssl.Conn) py.Object {
		return py.Int(c.Pending())
	})
	tlsSelectedALPN = connInfo(py.None, func(c *_ssl.Conn) py.Object {
		if p := c.SelectedALPN(); p != nil {
			return py.String(string(p))
		}
		return py.None
	})
)

// tlsSelectedNPN: NPN is not offered by this build (HAS_NPN is False), so
// nothing is ever selected.
func tlsSelectedNPN(self py.Object) (res py.Object, err error) {
	if _, err := tlsOf(self); err != nil {
		return nil, err
	}
	return py.None, nil
}

func tlsChannelBinding(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	st, err := tlsOf(self)
	if err != nil {
		return nil, err
	}
	var cbType py.Object = py.String("tls-unique")
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:get_channel_binding", []string{"cb_type"}, &cbType); err != nil {
		return nil, err
	}
	if s, ok := cbType.(py.String); !ok || s != "tls-unique" {
		return nil, py.ExceptionNewf(py.ValueError, "Unsupported channel binding type")
	}
	if st.conn == nil {
		return py.None, nil
	}
	if b := st.conn.TLSUnique(); b != nil {
		return py.Bytes(b), nil
	}
	return py.None, nil
}

// addTLSMethods puts the shared methods and attributes on t.
func addTLSMethods(t *py.Type) {
	d := t.Dict
	d["getpeercert"] = method("getpeercert", tlsGetpeercert, 0, `getpeercert(binary_form=False) -> dict, bytes or None

The peer's certificate: None if it sent none, {} if it was not validated,
its DER bytes with binary_form. ValueError before the handshake.`)
	d["cipher"] = method("cipher", tlsCipher, 0, "cipher() -> (name, protocol, secret_bits) or None")
	d["shared_ciphers"] = method("shared_ciphers", tlsSharedCiphers, 0, "shared_ciphers() -> list of (name, protocol, bits) or None")
	d["compression"] = method("compression", tlsCompression, 0, "compression() -> str or None")
	d["version"] = method("version", tlsVersion, 0, "version() -> str or None\n\nThe negotiated protocol, e.g. 'TLSv1.3'.")
	d["pending"] = method("pending", tlsPending, 0, "pending() -> int\n\nDecrypted bytes ready to read.")
	d["selected_alpn_protocol"] = method("selected_alpn_protocol", tlsSelectedALPN, 0, "selected_alpn_protocol() -> str or None")
	d["selected_npn_protocol"] = method("selected_npn_protocol", tlsSelectedNPN, 0, "selected_npn_protocol() -> None (NPN is not supported)")
	d["get_channel_binding"] = method("get_channel_binding", tlsChannelBinding, 0, "get_channel_binding(cb_type='tls-unique') -> bytes or None")
	d["server_side"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		st, err := tlsOf(self)
		if err != nil {
			return nil, err
		}
		return py.NewBool(st.serverSide), nil
	}, Doc: "Whether this is the server side of the connection."}
	d["server_hostname"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		st, err := tlsOf(self)
		if err != nil {
			return nil, err
		}
		return st.hostname, nil
	}, Doc: "The server name given to wrap_socket / wrap_bio, or None."}
	d["context"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			st, err := tlsOf(self)
			if err != nil {
				return nil, err
			}
			return st.context(), nil
		},
		Fset: func(self, value py.Object) error {
			st, err := tlsOf(self)
			if err != nil {
				return err
			}
			return st.setContext(value)
		},
		Doc: "The SSLContext this connection uses; settable (e.g. in an SNI callback).",
	}
	d["session"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			st, err := tlsOf(self)
			if err != nil {
				return nil, err
			}
			if st.conn == nil {
				return py.None, nil
			}
			if s := st.conn.Session(); s != nil {
				return &sslSession{s: s}, nil
			}
			return py.None, nil
		},
		Fset: func(self, value py.Object) error {
			st, err := tlsOf(self)
			if err != nil {
				return err
			}
			s, ok := value.(*sslSession)
			if !ok {
				return pyutil.TypeErrorf("Value is not a SSLSession.")
			}
			if st.conn != nil {
				// Checks the context, the side and the handshake, in
				// CPython's order.
				return fromError(st.conn.SetSession(s.s))
			}
			if ctx := s.s.Context(); ctx != nil && ctx != st.ctxObj.NativeContext() {
				return py.ExceptionNewf(py.ValueError, "Session refers to a different SSLContext.")
			}
			if st.serverSide {
				return py.ExceptionNewf(py.ValueError, "Cannot set session for server-side SSLSocket.")
			}
			st.cfg.Session = s.s
			return nil
		},
		Doc: "The SSLSession of this connection, for resumption; settable before the handshake.",
	}
	d["session_reused"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		st, err := tlsOf(self)
		if err != nil {
			return nil, err
		}
		if st.conn == nil {
			return py.None, nil
		}
		return py.NewBool(st.conn.SessionReused()), nil
	}, Doc: "Whether the handshake resumed a session."}
}
