package ssl

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Docstrings: CPython's signature lines and wording (PSF license).
const (
	loadCertChainDoc       = "load_cert_chain(certfile, keyfile=None, password=None)\n\nLoad a private key and the corresponding certificate."
	loadVerifyLocationsDoc = "load_verify_locations(cafile=None, capath=None, cadata=None)\n\nLoad CA certificates (and CRLs) used to verify peers."
	loadDefaultCertsDoc    = "load_default_certs(purpose=Purpose.SERVER_AUTH)\n\nLoad the default CA certificates (set_default_verify_paths on this platform)."
	setDefaultPathsDoc     = "set_default_verify_paths()\n\nLoad the CA certificates from OpenSSL's default locations."
	getCACertsDoc          = "get_ca_certs(binary_form=False) -> list\n\nThe CA certificates loaded into the context, as dicts like getpeercert()\ngives, or as DER bytes with binary_form. Certificates in a capath\ndirectory count only once a handshake has loaded them."
	certStoreStatsDoc      = "cert_store_stats() -> dict\n\nCounts of what the context's certificate store holds: 'x509' (all\ncertificates), 'x509_ca' (CA certificates) and 'crl' (revocation lists)."
	setCiphersDoc          = "set_ciphers(cipherlist)\n\nSet the available ciphers (OpenSSL cipher list format)."
	getCiphersDoc          = "get_ciphers()\n\nGet a list of enabled ciphers, in order of priority."
	loadDHParamsDoc        = "load_dh_params(path)\n\nLoad Diffie-Hellman parameters (PEM) for DHE key exchange."
	setECDHCurveDoc        = "set_ecdh_curve(name)\n\nSet the curve name for Elliptic Curve-based Diffie-Hellman key exchange."
	sessionStatsDoc        = "session_stats()\n\nStatistics about the SSL sessions created or managed by this context."
	setALPNDoc             = "set_alpn_protocols(protocols)\n\nSet the protocols advertised during the handshake (a list of str)."
	setNPNDoc              = "set_npn_protocols(protocols)\n\nNPN is not available in this OpenSSL build (HAS_NPN is False)."
)

// ctxMethod wraps a context method with the type check and the panic guard.
func ctxMethod(name, doc string, f func(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	return method(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		c, err := ctxContextOf(self)
		if err != nil {
			return nil, err
		}
		return f(c, args, kwargs)
	}, 0, doc)
}

func addContextMethods(d py.StringDict) {
	for _, m := range []*py.Method{
		ctxMethod("load_cert_chain", loadCertChainDoc, contextLoadCertChain),
		ctxMethod("load_verify_locations", loadVerifyLocationsDoc, contextLoadVerifyLocations),
		ctxMethod("load_default_certs", loadDefaultCertsDoc, contextLoadDefaultCerts),
		ctxMethod("set_default_verify_paths", setDefaultPathsDoc, contextSetDefaultVerifyPaths),
		ctxMethod("get_ca_certs", getCACertsDoc, contextGetCACerts),
		ctxMethod("cert_store_stats", certStoreStatsDoc, contextCertStoreStats),
		ctxMethod("set_ciphers", setCiphersDoc, contextSetCiphers),
		ctxMethod("get_ciphers", getCiphersDoc, contextGetCiphers),
		refusePickle("A context cannot be pickled or copied."),
		ctxMethod("load_dh_params", loadDHParamsDoc, contextLoadDHParams),
		ctxMethod("set_ecdh_curve", setECDHCurveDoc, contextSetECDHCurve),
		ctxMethod("session_stats", sessionStatsDoc, contextSessionStats),
		ctxMethod("set_alpn_protocols", setALPNDoc, contextSetALPNProtocols),
		ctxMethod("set_npn_protocols", setNPNDoc, contextSetNPNProtocols),
	} {
		d[m.Name] = m
	}
}

// ctxNoCipherError is CPython's SSLError("No cipher can be selected."): no
// library, reason or errno.
func ctxNoCipherError() error {
	return fromError(_ssl.ErrNoCipherMatch)
}

// ctxPathArg converts a path argument (pyarg.Path: str, bytes or
// os.PathLike); what names it in the TypeError ("certfile should be a
// valid filesystem path"), or is "" for os.fspath's message.
func ctxPathArg(o py.Object, what string) (string, error) {
	r, ok, err := pyarg.FSPath(o)
	if err != nil {
		return "", err
	}
	if !ok {
		if what == "" {
			return "", pyarg.ErrNotPath(o)
		}
		return "", pyutil.TypeErrorf("%s should be a valid filesystem path", what)
	}
	s, _, err := pyarg.Path(r)
	return s, err
}

// ctxPasswordBytes is CPython's _pwinfo_set: str (UTF-8), bytes or bytearray.
func ctxPasswordBytes(o py.Object, badType string) ([]byte, error) {
	switch v := o.(type) {
	case py.String:
		return []byte(string(v)), nil
	case py.Bytes:
		return append([]byte(nil), v...), nil
	case pyutil.ReadableBuffer:
		return append([]byte(nil), v.BufferBytes()...), nil
	}
	return nil, pyutil.TypeErrorf("%s", badType)
}

func ctxIsCallable(o py.Object) bool {
	switch o.(type) {
	case py.String, py.Bytes, pyutil.ReadableBuffer:
		return false
	}
	if _, ok := o.(py.I__call__); ok {
		return true
	}
	if t := o.Type(); t != nil {
		if _, ok := t.Dict["__call__"]; ok {
			return true
		}
	}
	return false
}

func contextLoadCertChain(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var certObj, keyObj, pwObj py.Object = nil, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:load_cert_chain",
		[]string{"certfile", "keyfile", "password"}, &certObj, &keyObj, &pwObj); err != nil {
		return nil, err
	}
	certfile, err := ctxPathArg(certObj, "certfile")
	if err != nil {
		return nil, err
	}
	var keyfile string
	if keyObj != py.None {
		if keyfile, err = ctxPathArg(keyObj, "keyfile"); err != nil {
			return nil, err
		}
	}
	var pw *_ssl.Password
	if pwObj != py.None {
		if ctxIsCallable(pwObj) {
			fn := pwObj
			pw = &_ssl.Password{Func: func() (b []byte, err error) {
				res, err := py.Call(fn, nil, nil)
				if err != nil {
					return nil, err
				}
				return ctxPasswordBytes(res, "password callback must return a string")
			}}
		} else {
			b, err := ctxPasswordBytes(pwObj, "password should be a string or callable")
			if err != nil {
				return nil, err
			}
			pw = &_ssl.Password{Static: b}
		}
	}
	if err := c.ctx.LoadCertChain(certfile, keyfile, pw); err != nil {
		return nil, fromError(err)
	}
	return py.None, nil
}

func contextLoadVerifyLocations(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var cafileObj, capathObj, cadata py.Object = py.None, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:load_verify_locations",
		[]string{"cafile", "capath", "cadata"}, &cafileObj, &capathObj, &cadata); err != nil {
		return nil, err
	}
	if cafileObj == py.None && capathObj == py.None && cadata == py.None {
		return nil, pyutil.TypeErrorf("cafile, capath and cadata cannot be all omitted")
	}
	var cafile, capath string
	var err error
	if cafileObj != py.None {
		if cafile, err = ctxPathArg(cafileObj, "cafile"); err != nil {
			return nil, err
		}
	}
	if capathObj != py.None {
		if capath, err = ctxPathArg(capathObj, "capath"); err != nil {
			return nil, err
		}
	}
	if cadata != py.None {
		const badCadata = "cadata should be an ASCII string or a bytes-like object"
		switch v := cadata.(type) {
		case py.String:
			for i := 0; i < len(v); i++ {
				if v[i] >= 0x80 {
					return nil, pyutil.TypeErrorf(badCadata)
				}
			}
			err = c.ctx.LoadCAData([]byte(string(v)), _ssl.CADataPEM)
		default:
			b, berr := pyutil.BytesLike(cadata)
			if berr != nil {
				return nil, pyutil.TypeErrorf(badCadata)
			}
			err = c.ctx.LoadCAData(b, _ssl.CADataDER)
		}
		if err != nil {
			return nil, fromError(err)
		}
	}
	if cafileObj != py.None && cafile == "" {
		// OpenSSL cannot open "" (CPython passes it on and gets ENOENT).
		return nil, pyutil.OSErrorFromErrno(syscall.ENOENT, py.String(""))
	}
	if cafile != "" || capath != "" {
		if err := c.ctx.LoadVerifyLocations(cafile, capath); err != nil {
			return nil, fromError(err)
		}
	}
	return py.None, nil
}

// contextLoadDefaultCerts takes an _ASN1Object purpose (a Purpose member),
// TypeError(purpose) otherwise, as CPython 3.6's SSLContext method; on
// this platform the purpose does not change what is loaded.
func contextLoadDefaultCerts(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var purpose py.Object
	if len(args) > 1 {
		// A method written in Python in 3.6's ssl.py: its arity message
		// counts self.
		return nil, py.ExceptionNewf(py.TypeError, "load_default_certs() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
	}
	if _, dup := kwargs["purpose"]; dup && len(args) == 1 {
		return nil, py.ExceptionNewf(py.TypeError, "load_default_certs() got multiple values for argument 'purpose'")
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:load_default_certs", []string{"purpose"}, &purpose); err != nil {
		return nil, err
	}
	if r := c.interp(); purpose != nil && r != nil && !r.isASN1Object(purpose) {
		msg, err := py.Str(purpose)
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s", msg)
	}
	return contextSetDefaultVerifyPaths(c, nil, nil)
}

func contextSetDefaultVerifyPaths(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.ParseTupleAndKeywords(args, kwargs, ":set_default_verify_paths", nil); err != nil {
		return nil, err
	}
	if err := c.ctx.SetDefaultVerifyPaths(); err != nil {
		return nil, fromError(err)
	}
	return py.None, nil
}

func contextGetCACerts(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var binObj py.Object = py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:get_ca_certs", []string{"binary_form"}, &binObj); err != nil {
		return nil, err
	}
	binary, err := py.MakeBool(binObj)
	if err != nil {
		return nil, err
	}
	ders, err := c.ctx.CACertsDER()
	if err != nil {
		return nil, fromError(err)
	}
	out := py.NewListSized(0)
	for _, der := range ders {
		if binary == py.True {
			out.Append(py.Bytes(der))
			continue
		}
		d, err := certToPy(der)
		if err != nil {
			return nil, fromError(err)
		}
		out.Append(d)
	}
	return out, nil
}

func contextCertStoreStats(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.ParseTupleAndKeywords(args, kwargs, ":cert_store_stats", nil); err != nil {
		return nil, err
	}
	s, err := c.ctx.CertStoreStats()
	if err != nil {
		return nil, fromError(err)
	}
	// A dict in CPython's key order.
	stats := vm.NewDict(3)
	stats.SetStr("x509", py.Int(s.X509))
	stats.SetStr("crl", py.Int(s.CRL))
	stats.SetStr("x509_ca", py.Int(s.X509CA))
	return stats, nil
}

func contextSetCiphers(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var list py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_ciphers", []string{"cipherlist"}, &list); err != nil {
		return nil, err
	}
	s, ok := list.(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("set_ciphers() argument must be str, not %s", pyarg.TypeName(list))
	}
	if err := c.ctx.SetCiphers(string(s)); err != nil {
		if errors.Is(err, _ssl.ErrNoCipherMatch) {
			return nil, ctxNoCipherError()
		}
		return nil, fromError(err)
	}
	return py.None, nil
}

func ctxStrOrNoneFlag(s string, ok bool) py.Object {
	if !ok {
		return py.None
	}
	return py.String(s)
}

// ctxCipherDict is CPython's cipher_to_dict for OpenSSL 1.1+, its keys in
// CPython's order.
func ctxCipherDict(d _ssl.CipherDescription) *vm.Dict {
	out := vm.NewDict(11)
	out.SetStr("id", ctxUintToPy(d.ID))
	out.SetStr("name", py.String(d.Name))
	out.SetStr("protocol", py.String(d.Protocol))
	out.SetStr("description", py.String(d.Description))
	out.SetStr("strength_bits", py.Int(d.StrengthBits))
	out.SetStr("alg_bits", py.Int(d.AlgBits))
	out.SetStr("aead", py.NewBool(d.AEAD))
	out.SetStr("symmetric", ctxStrOrNoneFlag(d.Symmetric, d.HasSymmetric))
	out.SetStr("digest", ctxStrOrNoneFlag(d.Digest, d.HasDigest))
	out.SetStr("kea", ctxStrOrNoneFlag(d.KEA, d.HasKEA))
	out.SetStr("auth", ctxStrOrNoneFlag(d.Auth, d.HasAuth))
	return out
}

func contextGetCiphers(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.ParseTupleAndKeywords(args, kwargs, ":get_ciphers", nil); err != nil {
		return nil, err
	}
	cs, err := c.ctx.Ciphers()
	if err != nil {
		return nil, fromError(err)
	}
	out := py.NewListSized(0)
	for _, d := range cs {
		out.Append(ctxCipherDict(d))
	}
	return out, nil
}

func contextLoadDHParams(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var pathObj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:load_dh_params", []string{"path"}, &pathObj); err != nil {
		return nil, err
	}
	path, err := ctxPathArg(pathObj, "")
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, pyutil.FromGoError(err, pathObj)
	}
	if err := c.ctx.LoadDHParams(data); err != nil {
		return nil, fromError(err)
	}
	return py.None, nil
}

func contextSetECDHCurve(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var nameObj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_ecdh_curve", []string{"name"}, &nameObj); err != nil {
		return nil, err
	}
	name, err := ctxPathArg(nameObj, "")
	if err != nil {
		return nil, err
	}
	if err := c.ctx.SetECDHCurve(name); err != nil {
		if errors.Is(err, _ssl.ErrUnknownCurve) {
			return nil, pyutil.ValueErrorf("unknown elliptic curve name %s", ctxPyRepr(nameObj))
		}
		return nil, fromError(err)
	}
	return py.None, nil
}

// ctxPyRepr is repr() with CPython's quoting for plain str and bytes.
func ctxPyRepr(o py.Object) string {
	switch v := o.(type) {
	case py.String:
		return ctxQuoteRepr("", string(v))
	case py.Bytes:
		return ctxQuoteRepr("b", string(v))
	}
	r, err := py.ReprAsString(o)
	if err != nil {
		return "?"
	}
	return r
}

func ctxQuoteRepr(prefix, s string) string {
	q := byte('\'')
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			q = '"'
		}
	}
	out := []byte(prefix)
	out = append(out, q)
	for _, r := range s {
		switch {
		case r == '\\' || r == rune(q):
			out = append(out, '\\', byte(r))
		case r == '\n':
			out = append(out, `\n`...)
		case r == '\r':
			out = append(out, `\r`...)
		case r == '\t':
			out = append(out, `\t`...)
		case r < 0x20 || r == 0x7f || (prefix == "b" && r >= 0x80):
			out = append(out, fmt.Sprintf(`\x%02x`, r)...)
		default:
			out = append(out, string(r)...)
		}
	}
	return string(append(out, q))
}

func contextSessionStats(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.ParseTupleAndKeywords(args, kwargs, ":session_stats", nil); err != nil {
		return nil, err
	}
	vals, err := c.ctx.SessionStats()
	if err != nil {
		return nil, fromError(err)
	}
	// In CPython's key order, as SessionStatNames lists them.
	d := vm.NewDict(len(vals))
	for i, name := range _ssl.SessionStatNames {
		d.SetStr(name, py.Int(vals[i]))
	}
	return d, nil
}

// ctxProtocolList reads set_alpn_protocols' argument as CPython's ssl.py
// does: any iterable of str, each encoded as ASCII.
func ctxProtocolList(o py.Object) ([][]byte, error) {
	var out [][]byte
	var itemErr error
	err := py.Iterate(o, func(item py.Object) bool {
		s, ok := item.(py.String)
		if !ok {
			itemErr = pyutil.TypeErrorf("encoding without a string argument")
			return true
		}
		for i, r := range string(s) {
			if r >= 0x80 {
				itemErr = py.ExceptionNewf(py.UnicodeEncodeError,
					"'ascii' codec can't encode character %s in position %d: ordinal not in range(128)",
					ctxQuoteRepr("", string(r)), i)
				return true
			}
		}
		out = append(out, []byte(string(s)))
		return false
	})
	if itemErr != nil {
		return nil, itemErr
	}
	if err != nil {
		if _, ok := err.(*py.Exception); !ok {
			return nil, pyutil.TypeErrorf("'%s' object is not iterable", pyarg.TypeName(o))
		}
		return nil, err
	}
	return out, nil
}

func contextSetALPNProtocols(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var protos py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_alpn_protocols", []string{"alpn_protocols"}, &protos); err != nil {
		return nil, err
	}
	list, err := ctxProtocolList(protos)
	if err != nil {
		return nil, err
	}
	wire, err := _ssl.EncodeALPN(list)
	if errors.Is(err, _ssl.ErrALPNLength) {
		// CPython's ssl.py raises SSLError(msg): no library or reason.
		return nil, fromError(_ssl.ErrALPNLength)
	}
	if err != nil {
		return nil, fromError(err)
	}
	if err := c.ctx.SetALPNProtocols(wire); err != nil {
		return nil, fromError(err)
	}
	return py.None, nil
}

// contextSetNPNProtocols: this OpenSSL is built without NPN (HAS_NPN is
// False), where CPython 3.6's _ssl raises NotImplementedError.
func contextSetNPNProtocols(c *sslContext, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var protos py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_npn_protocols", []string{"npn_protocols"}, &protos); err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.NotImplementedError, "The NPN extension requires OpenSSL 1.0.1 or later.")
}
