package ssl

import (
	"errors"
	"syscall"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// TestFromErrorMapping checks the Kind → class table of STYLE.md §3.4
// and the attributes each instance carries.
func TestFromErrorMapping(t *testing.T) {
	tests := []struct {
		name      string
		err       error
		typ       *py.Type
		errno     py.Object
		library   py.Object
		reason    py.Object
		str       string
		verifyMsg py.Object
	}{
		{"want read", &_ssl.Error{Kind: _ssl.KindWantRead, Verify: -1, Text: "The operation did not complete (read)", Site: "c.go:1"},
			SSLWantReadErrorType, py.Int(2), py.None, py.None, "The operation did not complete (read) (c.go:1)", nil},
		{"want write", &_ssl.Error{Kind: _ssl.KindWantWrite, Verify: -1, Text: "w"}, SSLWantWriteErrorType, py.Int(3), py.None, py.None, "w", nil},
		{"zero return", &_ssl.Error{Kind: _ssl.KindZeroReturn, Verify: -1, Text: "z"}, SSLZeroReturnErrorType, py.Int(6), py.None, py.None, "z", nil},
		{"eof", &_ssl.Error{Kind: _ssl.KindEOF, Verify: -1, Text: "EOF occurred in violation of protocol"}, SSLEOFErrorType, py.Int(8), py.None, py.None, "EOF occurred in violation of protocol", nil},
		{"syscall no errno", &_ssl.Error{Kind: _ssl.KindSyscall, Verify: -1, Text: "Some I/O error occurred"}, SSLSyscallErrorType, py.Int(5), py.None, py.None, "Some I/O error occurred", nil},
		{"want x509 lookup", &_ssl.Error{Kind: _ssl.KindWantX509Lookup, Verify: -1, Text: "x"}, SSLErrorType, py.Int(4), py.None, py.None, "x", nil},
		{"ssl with lib and reason", &_ssl.Error{Kind: _ssl.KindSSL, Verify: -1, Lib: 20, Reason: 267, Text: "wrong version number", Site: "conn.go:9"},
			SSLErrorType, py.Int(1), py.String("SSL"), py.String("WRONG_VERSION_NUMBER"), "[SSL: WRONG_VERSION_NUMBER] wrong version number (conn.go:9)", nil},
		{"cert verify", &_ssl.Error{Kind: _ssl.KindSSL, Lib: 20, Reason: 134, Text: "certificate verify failed", Verify: 18, VerifyMessage: "self-signed certificate"},
			SSLCertVerificationErrorType, py.Int(1), py.String("SSL"), py.String("CERTIFICATE_VERIFY_FAILED"),
			"[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate", py.String("self-signed certificate")},
		// CPython raises SSLError('No cipher can be selected.'): one
		// argument, so no errno, no library or reason attributes, and
		// str() is str(args).
		{"no cipher", _ssl.ErrNoCipherMatch, SSLErrorType, py.None, nil, nil, "('No cipher can be selected.',)", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fromError(tt.err)
			var e *py.Exception
			require.True(t, errors.As(got, &e), "%T", got)
			assert.Equal(t, tt.typ, e.Base)
			assert.Equal(t, tt.errno, e.Dict["errno"])
			assert.Equal(t, tt.library, e.Dict["library"])
			assert.Equal(t, tt.reason, e.Dict["reason"])
			assert.Equal(t, py.Tuple{py.String(tt.str)}, e.Args, "args[0] is the message so str(e) works")
			if tt.verifyMsg != nil {
				assert.Equal(t, tt.verifyMsg, e.Dict["verify_message"])
				assert.Equal(t, py.Int(18), e.Dict["verify_code"])
			}
		})
	}
}

func TestFromErrorOthers(t *testing.T) {
	assert.Nil(t, fromError(nil))
	pe := py.ExceptionNewf(py.KeyError, "k")
	assert.Same(t, pe, fromError(pe))

	var e *py.Exception
	require.True(t, errors.As(fromError(&_ssl.ValueError{Msg: "bad"}), &e))
	assert.Equal(t, py.ValueError, e.Base)

	require.True(t, errors.As(fromError(syscall.ENOENT), &e))
	assert.Equal(t, py.Int(int(syscall.ENOENT)), e.Dict["errno"], "an errno becomes an OSError subclass with errno")

	require.True(t, errors.As(fromError(&_ssl.Error{Kind: _ssl.KindSyscall, Errno: syscall.ECONNRESET, Verify: -1}), &e))
	assert.NotEqual(t, SSLSyscallErrorType, e.Base, "SYSCALL with errno is a plain OSError, as CPython")

	require.True(t, errors.As(fromError(errors.New("other")), &e))
	assert.Equal(t, SSLErrorType, e.Base)
}

// TestErrnoByOrigin: the native error says where it came from and the glue
// alone decides CPython's presentation: errno is the kind for a connection
// call, the reason for other library calls (_setSSLError), the packed code
// for RAND_bytes; a check's message is the only argument.
func TestErrnoByOrigin(t *testing.T) {
	tests := []struct {
		name   string
		err    *_ssl.Error
		errno  py.Object
		str    string
		libObj py.Object
	}{
		{"conn", &_ssl.Error{Kind: _ssl.KindWantRead, Verify: -1, Text: "The operation did not complete (read)"},
			py.Int(2), "The operation did not complete (read)", nil},
		{"library", &_ssl.Error{Kind: _ssl.KindSSL, Origin: _ssl.OriginLibrary, Lib: 9, Reason: 100, Code: 0x9064, Verify: -1, Text: "bad base64 decode"},
			py.Int(0x9064), "[PEM: BAD_BASE64_DECODE] bad base64 decode", py.String("PEM")}, // the packed code, as 3.6
		{"rand", &_ssl.Error{Kind: _ssl.KindSSL, Origin: _ssl.OriginRand, Lib: 36, Reason: 7, Code: 0x24000007, Verify: -1, Text: "PRNG not seeded"},
			py.Int(0x24000007), "PRNG not seeded", py.None},
		{"check", &_ssl.Error{Kind: _ssl.KindSSL, Origin: _ssl.OriginCheck, Verify: -1, Text: "No cipher can be selected."},
			py.None, "('No cipher can be selected.',)", nil}, // str(e) is str(args)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exc, ok := fromError(tt.err).(*py.Exception)
			require.True(t, ok)
			assert.Equal(t, tt.errno, exc.Dict["errno"])
			assert.Equal(t, py.Tuple{py.String(tt.str)}, exc.Args)
			if tt.libObj != nil {
				assert.Equal(t, tt.libObj, exc.Dict["library"])
			}
		})
	}
}

// TestFromErrorSideExits: the errors that had their own exits (load_*
// paths, _test_decode_cert, a Python callback's exception) go through the
// one constructor.
func TestFromErrorSideExits(t *testing.T) {
	exc, ok := fromError(&_ssl.PathError{Path: "/nope", Errno: syscall.ENOENT}).(*py.Exception)
	require.True(t, ok)
	assert.Equal(t, py.FileNotFoundError, exc.Base)
	assert.Equal(t, py.Tuple{py.Int(2), py.String("No such file or directory")}, exc.Args)
	assert.NotEqual(t, py.String("/nope"), exc.Dict["filename"], "no filename, as in CPython 3.6")
	exc, ok = fromError(&_ssl.CertFileError{Msg: "Can't open file", Path: "/nope"}).(*py.Exception)
	require.True(t, ok)
	assert.Equal(t, SSLErrorType, exc.Base)
	assert.Equal(t, py.Tuple{py.String("Can't open file")}, exc.Args)
	info := &py.ExceptionInfo{Value: py.ExceptionNewf(py.KeyError, "k")}
	assert.Same(t, info, fromError(info))
	assert.Nil(t, fromError(nil))
}
