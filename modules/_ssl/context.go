package _ssl

// #include "shim.h"
//
// static SSL_CTX *gossl_ctx_new(int server, int client, gossl_err *e) {
//     gossl_begin(e);
//     const SSL_METHOD *m = server ? TLS_server_method() : client ? TLS_client_method() : TLS_method();
//     SSL_CTX *ctx = SSL_CTX_new(m);
//     if (ctx == NULL) gossl_capture(e);
//     return ctx;
// }
//
// /* gossl_ctx_defaults applies CPython's context defaults (3.6 policy on an
//  * OpenSSL 1.1+ code path). version pins min and max when non-zero, as
//  * CPython's PROTOCOL_TLSv1* contexts are pinned. Returns 1, 0 on an
//  * OpenSSL failure (captured), -1 when no cipher matches the default list,
//  * -2 when the version cannot be pinned. */
// static int gossl_ctx_defaults(SSL_CTX *ctx, int version, const char *ciphers, gossl_err *e) {
//     gossl_begin(e);
//     uint64_t opts = SSL_OP_ALL & ~SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS;
//     opts |= SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_COMPRESSION |
//             SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_SINGLE_DH_USE |
//             SSL_OP_SINGLE_ECDH_USE;
//     /* Added to what SSL_CTX_new already set (middlebox compat...). */
//     SSL_CTX_set_options(ctx, opts);
//     if (version != 0) {
//         if (SSL_CTX_set_min_proto_version(ctx, version) != 1 ||
//             SSL_CTX_set_max_proto_version(ctx, version) != 1) {
//             ERR_clear_error();
//             return -2;
//         }
//     } else if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1) {
//         /* CPython 3.10+: TLS 1.2 at least unless the script asks. */
//         ERR_clear_error();
//         return -2;
//     }
//     if (SSL_CTX_set_cipher_list(ctx, ciphers) != 1) {
//         ERR_clear_error();
//         return -1;
//     }
//     SSL_CTX_set_mode(ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
//                           SSL_MODE_AUTO_RETRY | SSL_MODE_RELEASE_BUFFERS);
//     /* The session id context "Python" is set on server connections
//      * only (conn_server.go), as CPython 3.13 does (gh-105293): on a
//      * client it breaks TLS 1.3 external PSKs. */
//     X509_VERIFY_PARAM *param = SSL_CTX_get0_param(ctx);
//     /* Build chains from trusted certificates first (bpo-23476). */
//     if (X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_TRUSTED_FIRST) != 1) {
//         gossl_capture(e);
//         return 0;
//     }
//     SSL_CTX_set_post_handshake_auth(ctx, 0);
//     return 1;
// }
import "C"

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Protocol is a PROTOCOL_* value, numbered as CPython numbers them.
type Protocol int

// The protocols CPython defines; which of them this OpenSSL supports is
// decided in consts.go.
const (
	ProtocolSSLv2     Protocol = 0
	ProtocolSSLv3     Protocol = 1
	ProtocolTLS       Protocol = 2 // also PROTOCOL_SSLv23
	ProtocolTLSv1     Protocol = 3
	ProtocolTLSv1_1   Protocol = 4
	ProtocolTLSv1_2   Protocol = 5
	ProtocolTLSClient Protocol = 16
	ProtocolTLSServer Protocol = 17
)

// DefaultCiphers is the cipher list every new Context starts with:
// CPython 3.10+'s SecureCiphers (context_versions.go), within 3.6's
// documented "HIGH ciphers, no NULL ciphers and no MD5 ciphers".
const DefaultCiphers = SecureCiphers

// liveContexts counts SSL_CTX objects not yet freed, for leak tests.
var liveContexts atomic.Int64

// Context owns an SSL_CTX: the configuration shared by connections.
//
// Close frees it and is safe to call more than once; if Close is never
// called, a cleanup frees the SSL_CTX once the Context is unreachable.
// Connections take their own reference (SSL_new up-refs the SSL_CTX), so
// closing a Context does not break live connections.
//
// All methods are safe for concurrent use: mu guards ptr and every field
// below it.
type Context struct {
	mu       sync.Mutex
	ptr      *C.SSL_CTX // nil after Close
	cleanup  runtime.Cleanup
	protocol Protocol
	// checkHostname is Python's check_hostname: OpenSSL has no such flag,
	// the connection core reads it when it makes a client connection.
	checkHostname bool
	// alpn is the wire form of the last set_alpn_protocols() list (a copy
	// of what the SSL_CTX ex_data holds for the server-side callback).
	alpn []byte
	// defaultPathsPending: set_default_verify_paths was called and the
	// default CA file is not loaded yet (see SetDefaultVerifyPaths).
	defaultPathsPending bool
	// keylog is where keylog_filename's lines go (keylog.go); it has its
	// own lock.
	keylog keylogState
	// pha is post_handshake_auth (pha.go).
	pha bool
	// pskClient and pskServer are the PSK callbacks (psk.go).
	pskClient PSKClientFunc
	pskServer PSKServerFunc
	// sni is the server name callback (sni.go), read by the callback
	// without mu: a handshake may run while a script replaces it.
	sni atomic.Pointer[ServerNameFunc]
}

// newContextFromPtr wraps p, taking ownership of it.
func newContextFromPtr(p *C.SSL_CTX, proto Protocol) *Context {
	c := &Context{ptr: p, protocol: proto}
	contextPacer.note(liveContexts.Add(1))
	c.cleanup = runtime.AddCleanup(c, freeCtx, p)
	return c
}

func freeCtx(p *C.SSL_CTX) {
	// SSL_CTX_free also frees the ALPN buffer held in ex_data; the SNI
	// callback's handle lives in Go and is released here.
	releaseSNI(p)
	C.SSL_CTX_free(p)
	liveContexts.Add(-1)
}

// NewContext makes a Context for proto with CPython 3.6's defaults:
// options OP_ALL (minus DONT_INSERT_EMPTY_FRAGMENTS) | NO_SSLv2 | NO_SSLv3 |
// NO_COMPRESSION | CIPHER_SERVER_PREFERENCE | SINGLE_DH_USE |
// SINGLE_ECDH_USE on top of what SSL_CTX_new sets,
// X509_V_FLAG_TRUSTED_FIRST, and CERT_NONE without hostname checking,
// except ProtocolTLSClient (CERT_REQUIRED, check_hostname on); and with
// CPython 3.10+'s secure defaults: ciphers DefaultCiphers (security level
// 2) and, for ProtocolTLS, ProtocolTLSClient and ProtocolTLSServer, TLS 1.2
// as the minimum version. ProtocolTLSv1* pin both the minimum and maximum
// version. SSLv2, SSLv3 and unknown values give a *ValueError, as
// CPython's ValueError.
func NewContext(proto Protocol) (*Context, error) {
	var server, client, version C.int
	switch proto {
	case ProtocolTLS:
	case ProtocolTLSClient:
		client = 1
	case ProtocolTLSServer:
		server = 1
	case ProtocolTLSv1:
		version = C.TLS1_VERSION
	case ProtocolTLSv1_1:
		version = C.TLS1_1_VERSION
	case ProtocolTLSv1_2:
		version = C.TLS1_2_VERSION
	default:
		return nil, invalidProtocol(proto)
	}
	var ce C.gossl_err
	p := C.gossl_ctx_new(server, client, &ce)
	if p == nil {
		return nil, newError(&ce, 0)
	}
	c := newContextFromPtr(p, proto)
	ciphers := C.CString(DefaultCiphers)
	defer C.free(unsafe.Pointer(ciphers))
	var err error
	switch C.gossl_ctx_defaults(p, version, ciphers, &ce) {
	case 1:
	case -1:
		err = ErrNoCipherMatch
	case -2:
		err = invalidProtocol(proto)
	default:
		err = newError(&ce, 0)
	}
	if err == nil && proto == ProtocolTLSClient {
		c.checkHostname = true
		err = c.SetVerifyMode(CertRequired)
	}
	if err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// invalidProtocol is CPython 3.6's error, which does not name the value.
func invalidProtocol(Protocol) error {
	return &ValueError{Msg: "invalid protocol version"}
}

// Close frees the SSL_CTX. Later calls on the Context return ErrClosed.
func (c *Context) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return nil
	}
	c.cleanup.Stop()
	freeCtx(c.ptr)
	c.ptr = nil
	c.alpn = nil
	closeKeylog(c)
	return nil
}

// Protocol is the PROTOCOL_* value the Context was created with.
func (c *Context) Protocol() Protocol { return c.protocol }

// ErrClosed is returned by operations on a closed Context or connection.
var ErrClosed = &ValueError{Msg: "the SSL context or connection is closed"}

// withCtx runs f with the SSL_CTX under the lock, keeping c alive for the
// duration so the cleanup cannot free the pointer while C uses it.
func (c *Context) withCtx(f func(*C.SSL_CTX) error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return ErrClosed
	}
	if err := c.loadPendingLocked(); err != nil {
		return err
	}
	err := f(c.ptr)
	runtime.KeepAlive(c)
	return err
}

// borrow takes a reference to the SSL_CTX under the lock and returns it,
// so a long call (one that may run Python through a callback, which may
// use this Context again) can run without holding mu. Release it with
// C.SSL_CTX_free.
func (c *Context) borrow() (*C.SSL_CTX, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return nil, ErrClosed
	}
	if err := c.loadPendingLocked(); err != nil {
		return nil, err
	}
	C.SSL_CTX_up_ref(c.ptr)
	return c.ptr, nil
}

// CheckHostname reports Python's check_hostname: whether client
// connections made from c must match the server name against the peer's
// certificate. False after Close.
func (c *Context) CheckHostname() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.checkHostname
}

// SetCheckHostname sets check_hostname with 3.6's rule: turning it on
// needs verify mode CERT_OPTIONAL or CERT_REQUIRED (CPython 3.7+ would
// switch to CERT_REQUIRED instead).
func (c *Context) SetCheckHostname(on bool) error {
	return c.withCtx(func(p *C.SSL_CTX) error {
		if on && C.SSL_CTX_get_verify_mode(p) == C.SSL_VERIFY_NONE {
			return &ValueError{Msg: "check_hostname needs a SSL context with either CERT_OPTIONAL or CERT_REQUIRED"}
		}
		c.checkHostname = on
		return nil
	})
}

// ContextsAlive reports how many SSL_CTX objects this package allocated and
// has not freed yet (closed or collected contexts are not counted); leak
// tests in other packages use it.
func ContextsAlive() int64 { return liveContexts.Load() }
