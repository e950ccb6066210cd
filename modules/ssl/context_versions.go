package ssl

import (
	"errors"
	"fmt"
	"math"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// ctxVersionArg converts a minimum_version/maximum_version value as
// CPython's setter does (a C long, then at most INT_MAX).
func ctxVersionArg(v py.Object) (int, error) {
	b, err := pyarg.Index(pyutil.Unwrap(v))
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
	}
	n := b.Int64()
	if n > math.MaxInt32 {
		return 0, py.ExceptionNewf(py.OverflowError, "Option is too long")
	}
	return int(int32(n)), nil
}

func ctxVersionProperty(name string, get func(*_ssl.Context) (int, error), set func(*_ssl.Context, int) error, doc string) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			c, err := ctxContextOf(self)
			if err != nil {
				return nil, err
			}
			v, err := get(c.ctx)
			if err != nil {
				return nil, fromError(err)
			}
			return c.enumMember(kindTLSVersion, int64(v))
		},
		Fset: ctxSetter(func(c *sslContext, v py.Object) error {
			n, err := ctxVersionArg(v)
			if err != nil {
				return err
			}
			return fromError(set(c.ctx, n))
		}),
		Fdel: ctxNoDeleter(name),
		Doc:  doc,
	}
}

// ctxNoDeleter is CPython 3.11's refusal to delete a property of ssl.py's
// SSLContext.
func ctxNoDeleter(name string) func(py.Object) error {
	return func(py.Object) error {
		return py.ExceptionNewf(py.AttributeError, "property '%s' of 'SSLContext' object has no deleter", name)
	}
}

// ctxReadOnly is CPython's refusal to set a getset descriptor of
// _ssl._SSLContext that has no setter.
func ctxReadOnly(name string) func(py.Object, py.Object) error {
	return func(py.Object, py.Object) error {
		return py.ExceptionNewf(py.AttributeError, "attribute '%s' of '_ssl._SSLContext' objects is not writable", name)
	}
}

func ctxGetSecurityLevel(self py.Object) (py.Object, error) {
	c, err := ctxContextOf(self)
	if err != nil {
		return nil, err
	}
	v, err := c.ctx.SecurityLevel()
	if err != nil {
		return nil, fromError(err)
	}
	return py.Int(v), nil
}

func ctxGetNumTickets(self py.Object) (py.Object, error) {
	c, err := ctxContextOf(self)
	if err != nil {
		return nil, err
	}
	v, err := c.ctx.NumTickets()
	if err != nil {
		return nil, fromError(err)
	}
	return ctxUintToPy(v), nil
}

func ctxSetNumTickets(c *sslContext, v py.Object) error {
	b, err := pyarg.Index(pyutil.Unwrap(v))
	if err != nil {
		return err
	}
	if !b.IsInt64() {
		return py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
	}
	n := b.Int64()
	if n < 0 {
		return py.ExceptionNewf(py.ValueError, "value must be non-negative")
	}
	return fromError(c.ctx.SetNumTickets(uint64(n)))
}

func ctxGetHostnameChecksCN(self py.Object) (py.Object, error) {
	c, err := ctxContextOf(self)
	if err != nil {
		return nil, err
	}
	on, err := c.ctx.HostnameChecksCommonName()
	if err != nil {
		return nil, fromError(err)
	}
	return py.NewBool(on), nil
}

func ctxSetHostnameChecksCN(c *sslContext, v py.Object) error {
	b, err := py.MakeBool(v)
	if err != nil {
		return err
	}
	return fromError(c.ctx.SetHostnameChecksCommonName(b == py.True))
}

// setupContextVersions is a step of setup (module.go), after the
// connection types exist: the 3.7+ attributes of SSLContext (ssl.py makes
// ssl.TLSVersion).
func setupContextVersions() {
	d := SSLContextType.Dict
	d["minimum_version"] = ctxVersionProperty("minimum_version",
		(*_ssl.Context).MinimumVersion, (*_ssl.Context).SetMinimumVersion,
		"The lowest TLS version a handshake may use (a TLSVersion).")
	d["maximum_version"] = ctxVersionProperty("maximum_version",
		(*_ssl.Context).MaximumVersion, (*_ssl.Context).SetMaximumVersion,
		"The highest TLS version a handshake may use (a TLSVersion).")
	d["security_level"] = &py.Property{
		Fget: ctxGetSecurityLevel,
		Fset: ctxReadOnly("security_level"),
		Doc:  "The current security level.",
	}
	d["num_tickets"] = &py.Property{
		Fget: ctxGetNumTickets,
		Fset: ctxSetter(ctxSetNumTickets),
		Doc:  "Control the number of TLSv1.3 session tickets.",
	}
	d["hostname_checks_common_name"] = &py.Property{
		Fget: ctxGetHostnameChecksCN,
		Fset: ctxSetter(ctxSetHostnameChecksCN),
		Doc:  "Whether hostname checking falls back to the subject's commonName when the certificate has no subjectAltName.",
	}
	// Class attributes, as in CPython: the types wrap_socket and wrap_bio
	// make. gpython's Python cannot subclass them, so another class takes
	// part through its _create (see sslCreate).
	d["sni_callback"] = &py.Property{
		Fget: ctxGetSNICallback,
		Fset: ctxSetter(ctxSetSNICallback),
		Fdel: func(py.Object) error { return pyutil.TypeErrorf("not a callable object") },
		Doc:  sniCallbackDoc,
	}
	d["keylog_filename"] = &py.Property{
		Fget: ctxGetKeylogFilename,
		Fset: ctxSetter(ctxSetKeylogFilename),
		Doc:  "File to which OpenSSL's TLS secrets are written, in NSS key log format (None: off).",
	}
	d["post_handshake_auth"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			c, err := ctxContextOf(self)
			if err != nil {
				return nil, err
			}
			return py.NewBool(c.ctx.PostHandshakeAuth()), nil
		},
		Fset: ctxSetter(func(c *sslContext, v py.Object) error {
			b, err := py.MakeBool(v)
			if err != nil {
				return err
			}
			return fromError(c.ctx.SetPostHandshakeAuth(b == py.True))
		}),
		Fdel: func(py.Object) error { return py.ExceptionNewf(py.AttributeError, "cannot delete attribute") },
		Doc:  "Whether TLS 1.3 post-handshake client authentication is enabled (clients offer it, servers may request it).",
	}
	addPSKMethods(d)
	d["set_ciphersuites"] = ctxMethod("set_ciphersuites", setCipherSuitesDoc, contextSetCipherSuites)
	d["sslsocket_class"] = SSLSocketType
	d["sslobject_class"] = SSLObjectType
	for _, t := range []*py.Type{SSLSocketType, SSLObjectType} {
		t.Dict["get_verified_chain"] = method("get_verified_chain", tlsChain("get_verified_chain", (*_ssl.Conn).VerifiedChain), 0,
			"get_verified_chain() -> list of bytes\n\nThe verified certificate chain of the peer, leaf first, as DER; [] when nothing was verified.")
		t.Dict["get_unverified_chain"] = method("get_unverified_chain", tlsChain("get_unverified_chain", (*_ssl.Conn).UnverifiedChain), 0,
			"get_unverified_chain() -> list of bytes\n\nThe certificate chain the peer sent, leaf first, as DER.")
	}
	for _, t := range []*py.Type{SSLSocketType, SSLObjectType} {
		t.Dict["verify_client_post_handshake"] = method("verify_client_post_handshake", tlsVerifyClientPostHandshake, 0,
			"verify_client_post_handshake()\n\nInitiate TLS 1.3 post-handshake authentication; the request is sent with the next read or write.")
	}
	SSLSocketType.Dict["_create"] = &classCallable{name: "_create", fn: sslSocketCreate}
	SSLObjectType.Dict["_create"] = &classCallable{name: "_create", fn: sslObjectCreate}
}

// classCallable is a class method of a Go type (CPython's classmethod):
// reached through a class, fn gets that class (nil through the type's own
// instances), so SSLSocket._create on a derived class makes an instance
// of it.
type classCallable struct {
	name string
	cls  *py.Type
	fn   func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error)
}

// ClassCallableType is the Python type of classCallable values.
var ClassCallableType = py.NewType("builtin_function_or_method", "A function of a class.")

func (f *classCallable) Type() *py.Type { return ClassCallableType }

// M__get__ binds f to owner, the class it is reached through.
func (f *classCallable) M__get__(instance, owner py.Object) (py.Object, error) {
	if t, ok := owner.(*py.Type); ok && t != f.cls {
		return &classCallable{name: f.name, cls: t, fn: f.fn}, nil
	}
	return f, nil
}

// M__call__ calls the function.
func (f *classCallable) M__call__(args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	return f.fn(f.cls, args, kwargs)
}

// M__repr__ prints as CPython prints a bound classmethod.
func (f *classCallable) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<built-in method %s>", f.name)), nil
}

// asClass makes v, a value of the Go type base, an instance of cls when
// cls is a class derived from base (without calling its __new__ or
// __init__, as CPython's _create does).
func asClass(cls, base *py.Type, v py.Object) py.Object {
	if cls == nil || cls == base || !cls.IsSubtype(base) {
		return v
	}
	return vm.NewWithValue(cls, v)
}

var (
	_ py.I__get__  = (*classCallable)(nil)
	_ py.I__call__ = (*classCallable)(nil)
)

// sslSocketCreate is SSLSocket._create(sock, server_side=False,
// do_handshake_on_connect=True, suppress_ragged_eofs=True,
// server_hostname=None, context=None, session=None).
func sslSocketCreate(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var sockObj py.Object
	var serverSide py.Object = py.False
	var doHandshake py.Object = py.True
	var ragged py.Object = py.True
	var hostname py.Object = py.None
	var ctx py.Object = py.None
	var session py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOOOO:_create",
		[]string{"sock", "server_side", "do_handshake_on_connect", "suppress_ragged_eofs", "server_hostname", "context", "session"},
		&sockObj, &serverSide, &doHandshake, &ragged, &hostname, &ctx, &session); err != nil {
		return nil, err
	}
	v, err := wrapSocket(ctx, sockObj, serverSide, isTrue(doHandshake), isTrue(ragged), hostname, session)
	if err != nil {
		return nil, err
	}
	return asClass(cls, SSLSocketType, v), nil
}

// sslObjectCreate is SSLObject._create(incoming, outgoing,
// server_side=False, server_hostname=None, session=None, context=None).
func sslObjectCreate(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var in, out py.Object
	var serverSide py.Object = py.False
	var hostname py.Object = py.None
	var session py.Object = py.None
	var ctx py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OOOO:_create",
		[]string{"incoming", "outgoing", "server_side", "server_hostname", "session", "context"},
		&in, &out, &serverSide, &hostname, &session, &ctx); err != nil {
		return nil, err
	}
	v, err := wrapBio(ctx, in, out, serverSide, hostname, session)
	if err != nil {
		return nil, err
	}
	return asClass(cls, SSLObjectType, v), nil
}

// customClass returns the class ctx's attribute name (sslsocket_class or
// sslobject_class) names when it is not def, the project's own type.
func customClass(ctx py.Object, name string, def *py.Type) (py.Object, bool, error) {
	cls, err := py.GetAttrString(ctx, name)
	if err != nil {
		return nil, false, err
	}
	if t, ok := cls.(*py.Type); ok && t == def {
		return nil, false, nil
	}
	return cls, true, nil
}

// createThrough calls cls._create(*args, **kwargs), as CPython's
// wrap_socket and wrap_bio do with sslsocket_class and sslobject_class.
func createThrough(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	create, err := vm.GetAttr(cls, "_create")
	if err != nil {
		return nil, err
	}
	return vm.Call(create, args, kwargs)
}

const sniCallbackDoc = `The function a server calls when a client names a host in the SNI
extension, or None for no such call. It receives the SSLSocket or
SSLObject, the server name as str (the A-label sent) and this context.`

func ctxGetSNICallback(self py.Object) (py.Object, error) {
	c, err := ctxContextOf(self)
	if err != nil {
		return nil, err
	}
	if c.sniCallback == nil {
		return py.None, nil
	}
	return c.sniCallback, nil
}

// ctxSetSNICallback is the 3.7 sni_callback setter: refused on client
// contexts, then installed through set_servername_callback's machinery
// (sni.go), which hands the callback the name as the client sent it.
func ctxSetSNICallback(c *sslContext, v py.Object) error {
	if c.ctx.Protocol() == _ssl.ProtocolTLSClient {
		return py.ExceptionNewf(py.ValueError, "sni_callback cannot be set on TLS_CLIENT context")
	}
	if v != py.None && !isCallable(v) {
		return pyutil.TypeErrorf("not a callable object")
	}
	if _, err := contextSetServernameCallback(c, py.Tuple{v}, nil); err != nil {
		return err
	}
	if v == py.None {
		c.sniCallback = nil
	} else {
		c.sniCallback = v
	}
	return nil
}

// tlsChain makes get_verified_chain / get_unverified_chain (3.13): a list
// of DER bytes; a socket with no connection fails as CPython's does when
// its _sslobj is None.
func tlsChain(name string, get func(*_ssl.Conn) ([][]byte, error)) func(py.Object) (py.Object, error) {
	return func(self py.Object) (py.Object, error) {
		st, err := tlsOf(self)
		if err != nil {
			return nil, err
		}
		if st.conn == nil {
			return nil, py.ExceptionNewf(py.AttributeError, "'NoneType' object has no attribute '%s'", name)
		}
		chain, err := get(st.conn)
		if err != nil {
			return nil, fromError(err)
		}
		out := py.NewListSized(len(chain))
		for i, der := range chain {
			out.Items[i] = py.Bytes(der)
		}
		return out, nil
	}
}

func ctxGetKeylogFilename(self py.Object) (py.Object, error) {
	c, err := ctxContextOf(self)
	if err != nil {
		return nil, err
	}
	if c.keylogName == nil {
		return py.None, nil
	}
	return c.keylogName, nil
}

// ctxSetKeylogFilename opens the file for appending (CPython's "a" mode:
// created if missing, the header line when empty) and logs every
// connection's secrets there; None stops logging.
func ctxSetKeylogFilename(c *sslContext, v py.Object) error {
	if v == py.None {
		c.keylogName = nil
		return fromError(c.ctx.SetKeylog(nil))
	}
	path, _, err := pyarg.Path(v)
	if err != nil {
		return err
	}
	f, err := _ssl.OpenKeylogFile(path)
	if err != nil {
		var errno syscall.Errno
		if !errors.As(err, &errno) {
			errno = syscall.EIO
		}
		return pyutil.OSErrorFromErrno(errno, v)
	}
	if err := c.ctx.SetKeylog(f); err != nil {
		return fromError(err)
	}
	c.keylogName = v
	return nil
}

// tlsVerifyClientPostHandshake is verify_client_post_handshake(): a
// socket with no connection is CPython's ValueError.
func tlsVerifyClientPostHandshake(self py.Object) (py.Object, error) {
	st, err := tlsOf(self)
	if err != nil {
		return nil, err
	}
	if st.conn == nil {
		s, err := py.Str(self)
		if err != nil {
			return nil, err
		}
		str, _ := s.(py.String)
		return nil, py.ExceptionNewf(py.ValueError, "No SSL wrapper around %s", string(str))
	}
	return py.None, fromError(st.conn.VerifyClientPostHandshake())
}

// setCipherSuitesDoc: a method of this project (CPython has none).
const setCipherSuitesDoc = `set_ciphersuites(ciphersuites)

Set the TLS 1.3 cipher suites, a colon-separated list of OpenSSL names
("TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256"); set_ciphers()
governs TLS 1.2 and below only. SSLError "No cipher can be selected." when
OpenSSL accepts none of them. (gpython-ssl; not in CPython.)`

func contextSetCipherSuites(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var list py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_ciphersuites", []string{"ciphersuites"}, &list); err != nil {
		return nil, err
	}
	s, ok := list.(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("set_ciphersuites() argument must be str, not %s", pyutil.TypeName(list))
	}
	return py.None, fromError(c.ctx.SetCipherSuites(string(s)))
}
