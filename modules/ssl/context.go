package ssl

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// Docstrings follow CPython's where the behaviour matches (PSF license).
const sslContextDoc = `SSLContext(protocol=PROTOCOL_TLS)

An SSLContext holds various SSL-related configuration options and data,
such as certificates and possibly a private key.`

// SSLContextType is _ssl._SSLContext, the Python type of SSL contexts.
// Each interpreter's ssl.SSLContext is a subclass of it made when ssl is
// imported there (enums.go), whose instances' properties return members
// of that interpreter's enum classes.
var SSLContextType = py.NewTypeX("_ssl._SSLContext", sslContextDoc, sslContextNew, nil)

// sslContext is the Python object around an *_ssl.Context.
type sslContext struct {
	ctx *_ssl.Context
	// sniCallback is what sni_callback returns: the callable last set
	// through it, or nil.
	sniCallback py.Object
	// keylogName is what keylog_filename returns (the object given), or
	// nil.
	keylogName py.Object
	// dict holds the attributes a script sets on the instance, as the
	// __dict__ of CPython's SSLContext (a Python class) does: an instance
	// value of sslsocket_class or sslobject_class shadows the class
	// attribute for this context's wrap_socket and wrap_bio.
	dict py.StringDict
	// typ is the class the context was made from: _ssl._SSLContext or
	// an interpreter's ssl.SSLContext.
	typ *py.Type
	// classes are the enum classes of the interpreter whose ssl.SSLContext
	// made the context (enums.go); nil for _ssl._SSLContext.
	classes *interpClasses
}

// GetDict gives the instance's attribute dict (py.IGetDict), so that
// ctx.name = value stores there when name is not a property.
func (c *sslContext) GetDict() py.StringDict { return c.dict }

var _ py.IGetDict = (*sslContext)(nil)

// Type is the class the context was made from.
func (c *sslContext) Type() *py.Type {
	if c.typ == nil {
		return SSLContextType
	}
	return c.typ
}

// M__getattribute__ takes pyutil's fast attribute path.
func (c *sslContext) M__getattribute__(key string) (py.Object, error) { return pyutil.GetAttr(c, key) }

// NativeContext is the *_ssl.Context (and through it the SSL_CTX) the
// connection core makes connections from.
func (c *sslContext) NativeContext() *_ssl.Context { return c.ctx }

// M__repr__ prints as CPython: <ssl.SSLContext object at 0x...>.
func (c *sslContext) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<ssl.SSLContext object at %p>", c)), nil
}

var _ py.I__repr__ = (*sslContext)(nil)

// contextFromObject returns o as an SSL context, for code that takes an
// SSLContext argument (wrap_bio, SSLSocket.context).
func contextFromObject(o py.Object) (*sslContext, bool) {
	c, ok := o.(*sslContext)
	return c, ok && c != nil && c.ctx != nil
}

func sslContextNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	var proto py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:SSLContext", []string{"protocol"}, &proto); err != nil {
		return nil, err
	}
	n := int(_ssl.ProtocolTLS)
	if proto != nil {
		// A C int, as 3.6 parses it ("i"): None and str are "an integer
		// is required (got type ...)", a float "integer argument
		// expected, got float".
		if n, err = pyarg.Int(pyutil.Unwrap(proto)); err != nil {
			return nil, err
		}
	}
	c, err := _ssl.NewContext(_ssl.Protocol(n))
	if err != nil {
		if errors.Is(err, _ssl.ErrNoCipherMatch) {
			return nil, ctxNoCipherError()
		}
		return nil, fromError(err)
	}
	return &sslContext{ctx: c, dict: py.StringDict{}, typ: t, classes: classesForType(t)}, nil
}

// ctxContextOf checks self's type for every ctxMethod and property.
func ctxContextOf(self py.Object) (*sslContext, error) {
	c, ok := contextFromObject(self)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor requires a 'ssl.SSLContext' object but received '%s'", pyutil.TypeName(self))
	}
	return c, nil
}

func ctxUintToPy(v uint64) py.Object {
	if v <= math.MaxInt64 {
		return py.Int(int64(v))
	}
	return (*py.BigInt)(new(big.Int).SetUint64(v))
}

// interp returns the enum classes of the context's interpreter, nil for
// an instance of _ssl._SSLContext itself.
func (c *sslContext) interp() *interpClasses { return c.classes }

// enumMember returns v as a member of the class k of the context's
// interpreter, or as a plain int for an _ssl._SSLContext.
func (c *sslContext) enumMember(k classKind, v int64) (py.Object, error) {
	r := c.interp()
	if r == nil {
		return py.Int(v), nil
	}
	return r.member(k, v)
}

// --- raw getters, wrapped in members by ctxGetter ---

func (c *sslContext) rawOptions() (int64, error) {
	v, err := c.ctx.Options()
	return int64(v), err
}

func (c *sslContext) rawVerifyMode() (int64, error) {
	v, err := c.ctx.VerifyMode()
	return int64(v), err
}

func (c *sslContext) rawVerifyFlags() (int64, error) {
	v, err := c.ctx.VerifyFlags()
	return int64(v), err
}

func (c *sslContext) rawProtocol() (int64, error) { return int64(c.ctx.Protocol()), nil }

// ctxGetter builds a property getter from a raw getter: its value as a
// member of class k.
func ctxGetter(raw func(*sslContext) (int64, error), k classKind) func(py.Object) (py.Object, error) {
	return func(self py.Object) (res py.Object, err error) {
		c, err := ctxContextOf(self)
		if err != nil {
			return nil, err
		}
		v, err := raw(c)
		if err != nil {
			return nil, fromError(err)
		}
		return c.enumMember(k, v)
	}
}

// ctxSetter builds a property setter.
func ctxSetter(f func(c *sslContext, v py.Object) error) func(py.Object, py.Object) error {
	return func(self, v py.Object) (err error) {
		c, err := ctxContextOf(self)
		if err != nil {
			return err
		}
		return f(c, v)
	}
}

func ctxSetOptions(c *sslContext, v py.Object) error {
	n, err := pyarg.Long(pyutil.Unwrap(v)) // 3.6 parses a C long ("l")
	if err != nil {
		return err
	}
	return fromError(c.ctx.SetOptions(uint64(n)))
}

func ctxSetVerifyMode(c *sslContext, v py.Object) error {
	n, err := pyarg.Int(pyutil.Unwrap(v)) // 3.6 parses a C int ("i")
	if err != nil {
		return err
	}
	return fromError(c.ctx.SetVerifyMode(_ssl.VerifyMode(n)))
}

func ctxSetVerifyFlags(c *sslContext, v py.Object) error {
	n, err := pyarg.UnsignedLongMask(pyutil.Unwrap(v))
	if err != nil {
		return err
	}
	return fromError(c.ctx.SetVerifyFlags(n))
}

func ctxGetCheckHostname(self py.Object) (res py.Object, err error) {
	c, err := ctxContextOf(self)
	if err != nil {
		return nil, err
	}
	return py.NewBool(c.ctx.CheckHostname()), nil
}

func ctxSetCheckHostname(c *sslContext, v py.Object) error {
	b, err := py.MakeBool(v)
	if err != nil {
		return err
	}
	return fromError(c.ctx.SetCheckHostname(b == py.True))
}

// setupContext is a step of setup (module.go).
func setupContext() {
	d := SSLContextType.Dict
	d["options"] = &py.Property{
		Fget: ctxGetter((*sslContext).rawOptions, kindOptions),
		Fset: ctxSetter(ctxSetOptions),
		Doc:  "Options (OP_*) set on the context.",
	}
	d["verify_mode"] = &py.Property{
		Fget: ctxGetter((*sslContext).rawVerifyMode, kindVerifyMode),
		Fset: ctxSetter(ctxSetVerifyMode),
		Doc:  "Certificate verification mode: CERT_NONE, CERT_OPTIONAL or CERT_REQUIRED.",
	}
	d["verify_flags"] = &py.Property{
		Fget: ctxGetter((*sslContext).rawVerifyFlags, kindVerifyFlags),
		Fset: ctxSetter(ctxSetVerifyFlags),
		Doc:  "Certificate verification flags (VERIFY_*).",
	}
	d["check_hostname"] = &py.Property{
		Fget: ctxGetCheckHostname,
		Fset: ctxSetter(ctxSetCheckHostname),
		Doc:  "Whether to match the peer certificate's hostname during the handshake.",
	}
	d["protocol"] = &py.Property{
		Fget: ctxGetter((*sslContext).rawProtocol, kindProtocol),
		Fset: func(self, v py.Object) error {
			return py.ExceptionNewf(py.AttributeError, "property 'protocol' of 'SSLContext' object has no setter")
		},
		Doc: "The protocol version chosen when constructing the context (read-only).",
	}
	addContextMethods(d)
	addGlobal("_SSLContext", SSLContextType)
	addGlobal("SSLContext", SSLContextType)
}
