package _ssl

//go:generate go run ./internal/generr -include /usr/include/openssl -o errcodes_gen.go

// #include "shim.h"
//
// /* gossl_probe_pem reads a certificate from PEM text with
//  * PEM_read_bio_X509: the simplest call that queues a real OpenSSL error
//  * ([PEM: NO_START_LINE] on garbage), for the error contract's tests. */
// static int gossl_probe_pem(const void *data, int len, gossl_err *e) {
//     gossl_begin(e);
//     BIO *b = BIO_new_mem_buf(data, len);
//     if (b == NULL) {
//         gossl_capture(e);
//         return 0;
//     }
//     X509 *x = PEM_read_bio_X509(b, NULL, NULL, NULL);
//     if (x == NULL) gossl_capture(e);
//     BIO_free(b);
//     if (x == NULL) return 0;
//     X509_free(x);
//     return 1;
// }
//
// static int gossl_err_queue_empty(void) { return ERR_peek_error() == 0; }
import "C"

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
	"unsafe"
)

// Kind says what went wrong in CPython's numbering of SSL_ERROR_* (the
// values of ssl.SSL_ERROR_*), which differs from OpenSSL's for EOF.
type Kind int

// The kinds, as CPython's _ssl numbers them.
const (
	KindNone            Kind = 0
	KindSSL             Kind = 1
	KindWantRead        Kind = 2
	KindWantWrite       Kind = 3
	KindWantX509Lookup  Kind = 4
	KindSyscall         Kind = 5
	KindZeroReturn      Kind = 6
	KindWantConnect     Kind = 7
	KindEOF             Kind = 8
	KindInvalidCode     Kind = 10
	KindCertVerifyError Kind = 1 // same number as KindSSL; Error.Verify tells
)

// Error is an OpenSSL failure captured at the call that produced it.
type Error struct {
	Kind   Kind
	Code   uint64        // ERR_peek_last_error(); 0 when the queue was empty
	Lib    int           // ERR_GET_LIB(Code)
	Reason int           // ERR_GET_REASON(Code)
	Errno  syscall.Errno // errno after the call (meaningful for KindSyscall)
	// Verify is the X509_V_* result when a certificate check failed, and
	// VerifyMessage its text; -1 and "" otherwise.
	Verify        int
	VerifyMessage string
	Text          string // reason text, or one of CPython's fixed phrases
	Site          string // "file.go:123" of the Go call that failed
	// Origin says which kind of call failed.
	Origin Origin
}

// Origin is the kind of call an Error comes from. The layer above decides
// from it how to present the error (CPython numbers errno differently for
// each); this package attaches no presentation to it.
type Origin int

const (
	// OriginConn: a call on a connection (handshake, read, write,
	// shutdown); Kind is SSL_get_error's answer.
	OriginConn Origin = iota
	// OriginLibrary: any other OpenSSL call that failed and queued an
	// error (context set-up, loading certificates, decoding X509).
	OriginLibrary
	// OriginRand: RAND_bytes and RAND_pseudo_bytes.
	OriginRand
	// OriginCheck: a check made before calling OpenSSL (or one that
	// OpenSSL answers without queueing anything); Text is the whole
	// message, with no library, reason or code.
	OriginCheck
)

// errKey indexes the generated reason table: (ERR_GET_LIB, ERR_GET_REASON).
type errKey struct{ lib, reason int }

// Library is the mnemonic of the OpenSSL library that raised the error
// ("SSL", "PEM", "X509"), or "" when unknown.
func (e *Error) Library() string {
	if !namedLibrary(e.Lib) {
		return ""
	}
	return libName(e.Lib)
}

// ReasonName is the mnemonic of the reason ("CERTIFICATE_VERIFY_FAILED"),
// or "" when unknown.
func (e *Error) ReasonName() string {
	if !namedLibrary(e.Lib) {
		return ""
	}
	return reasonName(e.Lib, e.Reason)
}

// namedLibrary reports whether errors of OpenSSL library lib carry
// mnemonics. CPython 3.6 (up to 3.10) names only the PEM, X509 and SSL
// libraries; an ASN1, EVP or decoder error shows OpenSSL's text alone,
// with library and reason None ("nested asn1 error"). The reason names
// themselves are those of 3.7+ (errcodes_gen.go).
func namedLibrary(lib int) bool { return lib == libPEM || lib == libX509 || lib == libSSL }

// OpenSSL's ERR_LIB_ numbers of the named libraries.
const (
	libPEM  = 9
	libX509 = 11
	libSSL  = 20
)

// Error formats the message as CPython does:
// "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ... (context.go:214)".
func (e *Error) Error() string {
	lib, reason := e.Library(), e.ReasonName()
	text := e.Text
	if e.VerifyMessage != "" {
		text += ": " + e.VerifyMessage
	}
	var msg string
	switch {
	case lib != "" && reason != "":
		msg = fmt.Sprintf("[%s: %s] %s", lib, reason, text)
	case lib != "":
		msg = fmt.Sprintf("[%s] %s", lib, text)
	default:
		msg = text
	}
	if e.Site != "" {
		msg += " (" + e.Site + ")"
	}
	return msg
}

// The places CPython 3.6.15 names at the end of the message of an error
// raised by a step of a connection ("... (_ssl.c:852)") or by loading
// certificates, keys and parameters: scripts print these messages, so
// those errors carry the same text. Errors of other calls name the Go
// call site (callSite).
const (
	SiteHandshake       = "_ssl.c:852"
	SiteRead            = "_ssl.c:2309"
	SiteWrite           = "_ssl.c:2162"
	SiteShutdown        = "_ssl.c:2432"
	SiteCertFile        = "_ssl.c:3503" // load_cert_chain's certificate
	SiteKeyFile         = "_ssl.c:3524" // its key (a mismatch OpenSSL sees on loading it)
	SiteKeyCheck        = "_ssl.c:3532" // SSL_CTX_check_private_key after both loaded
	SiteCAData          = "_ssl.c:3626" // load_verify_locations(cadata=)
	SiteVerifyLocations = "_ssl.c:3732" // load_verify_locations(cafile, capath)
	SiteDHParams        = "_ssl.c:3780" // load_dh_params
)

// callSite names the Go caller skip frames above the function calling it.
// Want-read and want-write errors are raised on every step of a
// non-blocking handshake, so the name is made once per call site.
func callSite(skip int) string {
	var pc [1]uintptr
	if runtime.Callers(skip+2, pc[:]) == 0 {
		return ""
	}
	if s, ok := siteNames.Load(pc[0]); ok {
		return s.(string)
	}
	f, _ := runtime.CallersFrames(pc[:]).Next()
	if f.File == "" {
		return ""
	}
	s := fmt.Sprintf("%s:%d", filepath.Base(f.File), f.Line)
	siteNames.Store(pc[0], s)
	return s
}

// siteNames caches callSite's answer by program counter.
var siteNames sync.Map

// fixed phrases CPython uses when the queue says nothing.
const (
	textZeroReturn   = "TLS/SSL connection has been closed (EOF)"
	textWantRead     = "The operation did not complete (read)"
	textWantWrite    = "The operation did not complete (write)"
	textWantX509     = "The operation did not complete (X509 lookup)"
	textWantConnect  = "The operation did not complete (connect)"
	textEOF          = "EOF occurred in violation of protocol"
	textSyscall      = "Some I/O error occurred"
	textInvalid      = "Invalid error code"
	textFailed       = "A failure in the SSL library occurred"
	textUnknownError = "unknown error"
)

// newError builds the Error for a failed non-connection call (context set-up,
// file loading): the kind is KindSSL unless the queue holds a system error.
// skip counts frames above the caller of newError for the call site.
func newError(ce *C.gossl_err, skip int) *Error {
	e := &Error{Kind: KindSSL, Verify: -1, Errno: syscall.Errno(ce.sys_errno), Origin: OriginLibrary}
	e.fill(uint64(ce.code))
	e.Site = callSite(skip + 1)
	return e
}

// fill sets Code, Lib, Reason and Text from an OpenSSL error code.
func (e *Error) fill(code uint64) {
	e.Code = code
	if code == 0 {
		if e.Text == "" {
			e.Text = textUnknownError
		}
		return
	}
	c := C.ulong(code)
	e.Lib = int(C.gossl_err_lib(c))
	e.Reason = int(C.gossl_err_reason(c))
	if s := C.ERR_reason_error_string(c); s != nil {
		e.Text = C.GoString(s)
	} else {
		e.Text = fmt.Sprintf("unknown error (0x%x)", code)
	}
}

// IsSystem reports whether the error carries a system errno (a missing file
// while loading certificates, for instance) rather than an OpenSSL reason.
func (e *Error) IsSystem() bool {
	return e.Code != 0 && C.gossl_err_is_sys(C.ulong(e.Code)) != 0
}

// probePEM parses data as one PEM certificate and returns the captured
// *Error when OpenSSL refuses it. It exists so tests can check the error
// contract against a real queued error.
func probePEM(data []byte) error {
	var ce C.gossl_err
	var p unsafe.Pointer
	if len(data) > 0 {
		p = C.CBytes(data)
		defer C.free(p)
	}
	if C.gossl_probe_pem(p, C.int(len(data)), &ce) == 0 {
		return newError(&ce, 0)
	}
	return nil
}

// errQueueEmpty reports whether this thread's OpenSSL error queue is
// empty, for tests asserting that no call leaves errors behind. The queue
// is per thread: call it from a goroutine locked to its OS thread.
func errQueueEmpty() bool { return C.gossl_err_queue_empty() != 0 }

// ValueError is a plain failure of this package (bad argument detected in Go),
// not an OpenSSL error; modules/ssl maps it to ValueError.
type ValueError struct{ Msg string }

func (e *ValueError) Error() string { return e.Msg }
