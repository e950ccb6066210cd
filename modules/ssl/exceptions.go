package ssl

import (
	"errors"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// The exception classes of the ssl module. They are Go types because
// gpython's Python cannot subclass OSError reliably (GPYTHON_NOTES.md).
var (
	SSLErrorType = pyutil.NewExceptionType("ssl.SSLError",
		"Base of the TLS errors: carries library, reason and OpenSSL's message.", py.OSError)
	SSLZeroReturnErrorType = pyutil.NewExceptionType("ssl.SSLZeroReturnError",
		"The peer ended the TLS session with a close_notify alert.", SSLErrorType)
	SSLWantReadErrorType = pyutil.NewExceptionType("ssl.SSLWantReadError",
		"A non-blocking TLS operation must wait until more data can be received; retry it then.", SSLErrorType)
	SSLWantWriteErrorType = pyutil.NewExceptionType("ssl.SSLWantWriteError",
		"A non-blocking TLS operation must wait until more data can be sent; retry it then.", SSLErrorType)
	SSLSyscallErrorType = pyutil.NewExceptionType("ssl.SSLSyscallError",
		"A TLS operation failed in the operating system rather than in the protocol.", SSLErrorType)
	SSLEOFErrorType = pyutil.NewExceptionType("ssl.SSLEOFError",
		"The connection ended in the middle of the TLS protocol (EOF without close_notify).", SSLErrorType)
	// CertificateErrorType is what match_hostname raises: a ValueError.
	CertificateErrorType = pyutil.NewExceptionType("ssl.CertificateError",
		"Hostname mismatch or other certificate error.", py.ValueError)
	// SSLCertVerificationErrorType is CPython 3.7's class for a failed
	// verification in the handshake. It derives from CertificateError as
	// well as SSLError, so 3.6 code catching ssl.CertificateError (which
	// 3.7 made the same class) still catches a host name mismatch.
	SSLCertVerificationErrorType = pyutil.NewExceptionType("ssl.SSLCertVerificationError",
		"The peer's certificate failed verification; verify_code and verify_message say why.", SSLErrorType, CertificateErrorType)
)

// kindTypes maps an error kind to its Python class.
var kindTypes = map[_ssl.Kind]*py.Type{
	_ssl.KindZeroReturn: SSLZeroReturnErrorType,
	_ssl.KindWantRead:   SSLWantReadErrorType,
	_ssl.KindWantWrite:  SSLWantWriteErrorType,
	_ssl.KindSyscall:    SSLSyscallErrorType,
	_ssl.KindEOF:        SSLEOFErrorType,
}

// newSSLError builds an instance of t with CPython's attributes: errno (the
// kind number), strerror, library and reason; args[0] stays the message so
// that str(e) and print(e) work in gpython.
func newSSLError(t *py.Type, errno int, msg string, library, reason py.Object) *py.Exception {
	return &py.Exception{
		Base: t,
		Args: py.Tuple{py.String(msg)},
		Dict: py.StringDict{
			"args":     py.Tuple{py.Int(errno), py.String(msg)},
			"errno":    py.Int(errno),
			"strerror": py.String(msg),
			"library":  library,
			"reason":   reason,
		},
	}
}

func strOrNone(s string) py.Object {
	if s == "" {
		return py.None
	}
	return py.String(s)
}

// fromError is the one place that turns a Go error from modules/_ssl (or a
// system call) into the Python exception CPython would raise:
//
//   - *_ssl.Error: SSLError or its subclass for the kind (sslErrorToPy);
//   - *_ssl.PathError (a file load_cert_chain or load_verify_locations
//     could not open): the OSError subclass for its errno, without the
//     file's name (CPython 3.6 gives errno and strerror only);
//   - *_ssl.CertFileError (_test_decode_cert): SSLError(message) alone;
//   - *_ssl.UnicodeError: UnicodeDecodeError; *_ssl.ValueError: ValueError;
//   - syscall.Errno: the OSError subclass for it.
//
// A Python exception (a *py.Exception, or one raised by a Python callback
// such as a password function) passes through; nil stays nil.
func fromError(err error) error {
	switch e := err.(type) {
	case nil:
		return nil
	case py.ExceptionInfo, *py.ExceptionInfo:
		return e // a Python exception raised by a callback: unchanged
	}
	var pe *py.Exception
	if errors.As(err, &pe) {
		return pe
	}
	var se *_ssl.Error
	if errors.As(err, &se) {
		return sslErrorToPy(se)
	}
	var pathErr *_ssl.PathError
	if errors.As(err, &pathErr) {
		return pyutil.OSErrorFromErrno(pathErr.Errno, nil)
	}
	var fe *_ssl.CertFileError
	if errors.As(err, &fe) {
		// CPython sets only the message: errno, library and reason stay unset.
		return &py.Exception{Base: SSLErrorType, Args: py.Tuple{py.String(fe.Msg)}, Dict: py.StringDict{}}
	}
	var ue *_ssl.UnicodeError
	if errors.As(err, &ue) {
		return py.ExceptionNewf(py.UnicodeDecodeError, "%s", ue.Error())
	}
	var ve *_ssl.ValueError
	if errors.As(err, &ve) {
		return py.ExceptionNewf(py.ValueError, "%s", ve.Msg)
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return pyutil.OSErrorFromErrno(errno, nil)
	}
	return py.ExceptionNewf(SSLErrorType, "%s", err.Error())
}

// asNativeError is errors.As for *_ssl.Error with a direct type check
// first: errors.As makes its target escape, which cost an allocation on
// every step of the socket I/O loop, error or not.
func asNativeError(err error) (*_ssl.Error, bool) {
	if se, ok := err.(*_ssl.Error); ok {
		return se, true
	}
	var se *_ssl.Error
	if errors.As(err, &se) {
		return se, true
	}
	return nil, false
}

// pyErrno is the errno CPython 3.6 gives an SSLError, by where it came
// from: SSL_get_error's kind for a connection call, the whole packed code
// of the queued error for other library calls (load_cert_chain's "PEM
// lib" has errno 168296457; 0 when the queue was empty) and for
// RAND_bytes.
func pyErrno(se *_ssl.Error) int {
	switch se.Origin {
	case _ssl.OriginLibrary, _ssl.OriginRand:
		return int(se.Code)
	}
	return int(se.Kind)
}

func sslErrorToPy(se *_ssl.Error) *py.Exception {
	switch se.Origin {
	case _ssl.OriginCheck:
		// CPython raises these as SSLError(text): one argument, no errno,
		// no library or reason.
		return newSSLErrorFromArgs(SSLErrorType, py.Tuple{py.String(se.Text)})
	case _ssl.OriginRand:
		// str() is the reason text alone; library and reason are None.
		return newSSLError(SSLErrorType, pyErrno(se), se.Text, py.None, py.None)
	}
	// A system error behind an OpenSSL call (a missing file while loading
	// certificates, a reset connection): CPython raises OSError.
	if se.Kind == _ssl.KindSyscall && se.Errno != 0 {
		return pyutil.OSErrorFromErrno(se.Errno, nil)
	}
	if se.Kind == _ssl.KindSSL && se.IsSystem() && se.Errno != 0 {
		return pyutil.OSErrorFromErrno(se.Errno, nil)
	}
	t := SSLErrorType
	if kt, ok := kindTypes[se.Kind]; ok {
		t = kt
	}
	if se.Verify >= 0 && se.VerifyMessage != "" {
		t = SSLCertVerificationErrorType
	}
	e := newSSLError(t, pyErrno(se), se.Error(), strOrNone(se.Library()), strOrNone(se.ReasonName()))
	if t == SSLCertVerificationErrorType {
		e.Dict["verify_code"] = py.Int(se.Verify)
		e.Dict["verify_message"] = py.String(se.VerifyMessage)
	}
	return e
}

// sslErrorNew accepts CPython's call shapes: SSLError(msg),
// SSLError(errno, strerror), so `ssl.SSLError(1, "foo")` has str "foo" and
// errno 1.
func sslErrorNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("%s does not take keyword arguments", metatype.Name)
	}
	return newSSLErrorFromArgs(metatype, args.Copy()), nil
}

// newSSLErrorFromArgs builds an SSLError as CPython's constructor does:
// with two to five arguments the first two are errno and strerror, and
// str() is strerror; otherwise there is no strerror and str() is
// str(args), so SSLError('m') prints as "('m',)". gpython's str() of an
// exception is args[0], so the internal args hold that text and the real
// arguments are served by the args property.
func newSSLErrorFromArgs(t *py.Type, args py.Tuple) *py.Exception {
	e := &py.Exception{Base: t, Dict: py.StringDict{"args": args, "errno": py.None, "strerror": py.None}}
	if len(args) >= 2 && len(args) <= 5 {
		e.Dict["errno"] = args[0]
		e.Dict["strerror"] = args[1]
		if len(args) >= 3 && args[2] != py.None {
			// With a filename (the third argument, not None) OSError
			// keeps only errno and strerror as args.
			e.Dict["filename"] = args[2]
			e.Dict["args"] = args[:2]
		}
		if s, ok := args[1].(py.String); ok {
			e.Args = py.Tuple{s}
			return e
		}
	}
	e.Args = py.Tuple{py.String(tupleRepr(e.Dict["args"].(py.Tuple)))}
	return e
}

// tupleRepr is CPython's repr of a tuple: gpython's prints a 1-tuple
// without its trailing comma.
func tupleRepr(t py.Tuple) string {
	parts := make([]string, len(t))
	for i, o := range t {
		r, err := py.ReprAsString(o)
		if err != nil {
			r = "?"
		}
		parts[i] = r
	}
	if len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// optionalAttr reads name from the instance Dict, raising AttributeError
// when it is absent: CPython's SSLError has library and reason only when
// it was made from OpenSSL's error queue.
func optionalAttr(name, doc string) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if e, ok := self.(*py.Exception); ok {
				if v, ok := e.Dict[name]; ok {
					return v, nil
				}
			}
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", self.Type().Name, name)
		},
		Doc: doc,
	}
}

// exceptionArgs is the args attribute: the arguments given to the
// constructor where they differ from the text str() shows.
func exceptionArgs(self py.Object) (py.Object, error) {
	if e, ok := self.(*py.Exception); ok {
		if a, ok := e.Dict["args"]; ok {
			return a, nil
		}
		return e.Args, nil
	}
	return py.Tuple{}, nil
}

// setupExceptions is a step of setup (module.go).
func setupExceptions() {
	for _, t := range []*py.Type{SSLErrorType, SSLZeroReturnErrorType, SSLWantReadErrorType,
		SSLWantWriteErrorType, SSLSyscallErrorType, SSLEOFErrorType, SSLCertVerificationErrorType} {
		t.New = sslErrorNew
	}
	SSLErrorType.Dict["args"] = &py.Property{Fget: exceptionArgs, Doc: "The arguments the exception was made with."}
	SSLErrorType.Dict["library"] = optionalAttr("library", "OpenSSL library mnemonic, e.g. 'SSL' or 'PEM'.")
	SSLErrorType.Dict["reason"] = optionalAttr("reason", "OpenSSL reason mnemonic, e.g. 'CERTIFICATE_VERIFY_FAILED'.")
	SSLCertVerificationErrorType.Dict["verify_code"] = pyutil.DictProperty("verify_code", py.None, "X509 verification result code.")
	SSLCertVerificationErrorType.Dict["verify_message"] = pyutil.DictProperty("verify_message", py.None, "X509 verification result text.")

	for name, t := range map[string]*py.Type{
		"SSLError": SSLErrorType, "SSLZeroReturnError": SSLZeroReturnErrorType,
		"SSLWantReadError": SSLWantReadErrorType, "SSLWantWriteError": SSLWantWriteErrorType,
		"SSLSyscallError": SSLSyscallErrorType, "SSLEOFError": SSLEOFErrorType,
		"SSLCertVerificationError": SSLCertVerificationErrorType,
		"CertificateError":         CertificateErrorType,
	} {
		addGlobal(name, t)
	}
}
