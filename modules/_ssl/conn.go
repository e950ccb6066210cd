package _ssl

// #cgo noescape gossl_read_io
// #cgo noescape gossl_write_io
// #include "shim.h"
// #include <arpa/inet.h>
// #include <pthread.h>
// #include <sys/socket.h>
// #include <unistd.h>
//
// /* gossl_io is the whole outcome of one read or write step, returned by
//  * value so that no Go memory is passed to C (a pointer argument would
//  * move the result to the heap on every call). */
// typedef struct {
//     int rc;
//     size_t n;
//     gossl_err e;
// } gossl_io;
//
// /* gossl_dontwait, set for the length of one I/O step on the calling
//  * thread, makes the descriptor BIO's reads and writes pass MSG_DONTWAIT:
//  * the step reports want-read/want-write where it would have slept, and
//  * the descriptor's own flags, which scripts can read, never change. */
// static __thread int gossl_dontwait;
//
// static int gossl_fd_read(BIO *b, char *out, int n) {
//     if (out == NULL || n <= 0) return 0;
//     int fd = (int)BIO_get_fd(b, NULL);
//     errno = 0;
//     int r = (int)recv(fd, out, (size_t)n, gossl_dontwait ? MSG_DONTWAIT : 0);
//     if (r < 0 && errno == ENOTSOCK) r = (int)read(fd, out, (size_t)n);
//     BIO_clear_retry_flags(b);
//     if (r <= 0) {
//         if (BIO_sock_should_retry(r)) BIO_set_retry_read(b);
//         else if (r == 0) BIO_set_flags(b, BIO_FLAGS_IN_EOF);
//     }
//     return r;
// }
//
// static int gossl_fd_write(BIO *b, const char *in, int n) {
//     if (in == NULL || n <= 0) return 0;
//     int fd = (int)BIO_get_fd(b, NULL);
//     errno = 0;
//     int r = (int)send(fd, in, (size_t)n, gossl_dontwait ? MSG_DONTWAIT : 0);
//     if (r < 0 && errno == ENOTSOCK) r = (int)write(fd, in, (size_t)n);
//     BIO_clear_retry_flags(b);
//     if (r <= 0 && BIO_sock_should_retry(r)) BIO_set_retry_write(b);
//     return r;
// }
//
// static int gossl_fd_puts(BIO *b, const char *str) {
//     return gossl_fd_write(b, str, (int)strlen(str));
// }
//
// /* gossl_fd_method is the socket BIO with our read and write: its
//  * control, creation and destruction are the socket BIO's own. */
// static BIO_METHOD *gossl_fd_meth;
// static pthread_once_t gossl_fd_once = PTHREAD_ONCE_INIT;
// static void gossl_fd_init(void) {
//     const BIO_METHOD *sock = BIO_s_socket();
//     BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK | BIO_TYPE_DESCRIPTOR,
//                                  "gpython-ssl socket");
//     if (m == NULL) return;
//     if (BIO_meth_set_read(m, gossl_fd_read) != 1 ||
//         BIO_meth_set_write(m, gossl_fd_write) != 1 ||
//         BIO_meth_set_puts(m, gossl_fd_puts) != 1 ||
//         BIO_meth_set_ctrl(m, BIO_meth_get_ctrl(sock)) != 1 ||
//         BIO_meth_set_create(m, BIO_meth_get_create(sock)) != 1 ||
//         BIO_meth_set_destroy(m, BIO_meth_get_destroy(sock)) != 1) {
//         BIO_meth_free(m);
//         return;
//     }
//     gossl_fd_meth = m;
// }
//
// static gossl_io gossl_read_io(SSL *s, void *buf, size_t n, int dontwait) {
//     gossl_io r;
//     int prev = gossl_dontwait;
//     gossl_dontwait = dontwait;
//     gossl_begin(&r.e);
//     r.n = 0;
//     r.rc = SSL_read_ex(s, buf, n, &r.n);
//     if (r.rc <= 0) gossl_capture_ssl(s, r.rc, &r.e);
//     gossl_dontwait = prev;
//     return r;
// }
//
// static gossl_io gossl_write_io(SSL *s, const void *buf, size_t n, int dontwait) {
//     gossl_io r;
//     int prev = gossl_dontwait;
//     gossl_dontwait = dontwait;
//     gossl_begin(&r.e);
//     r.n = 0;
//     r.rc = SSL_write_ex(s, buf, n, &r.n);
//     if (r.rc <= 0) gossl_capture_ssl(s, r.rc, &r.e);
//     gossl_dontwait = prev;
//     return r;
// }
//
// /* A zero-length write through SSL_write, CPython 3.6's call: once the
//  * handshake is done OpenSSL returns 0 for it, which SSL_get_error reads
//  * as an error (SSL_write_ex reports success instead). */
// static gossl_io gossl_write_empty_io(SSL *s, int dontwait) {
//     static const char none = 0;
//     gossl_io r;
//     int prev = gossl_dontwait;
//     gossl_dontwait = dontwait;
//     gossl_begin(&r.e);
//     r.n = 0;
//     r.rc = SSL_write(s, &none, 0);
//     if (r.rc <= 0) gossl_capture_ssl(s, r.rc, &r.e);
//     gossl_dontwait = prev;
//     return r;
// }
//
// static SSL *gossl_ssl_new(SSL_CTX *ctx, gossl_err *e) {
//     gossl_begin(e);
//     SSL *s = SSL_new(ctx);
//     if (s == NULL) gossl_capture(e);
//     return s;
// }
//
// /* gossl_set_fd joins s to the socket fd: through gossl_fd_meth (rc 1),
//  * or through OpenSSL's own socket BIO (rc 2) when the kernel may take
//  * the record layer over (OP_ENABLE_KTLS: kTLS needs that BIO's writes)
//  * or the method could not be made. 0 on failure. */
// static int gossl_set_fd(SSL *s, int fd, gossl_err *e) {
//     gossl_begin(e);
//     pthread_once(&gossl_fd_once, gossl_fd_init);
//     int plain = gossl_fd_meth == NULL;
// #ifdef SSL_OP_ENABLE_KTLS
//     if (SSL_get_options(s) & SSL_OP_ENABLE_KTLS) plain = 1;
// #endif
//     if (plain) {
//         int rc = SSL_set_fd(s, fd);
//         if (rc != 1) { gossl_capture(e); return 0; }
//         return 2;
//     }
//     BIO *b = BIO_new(gossl_fd_meth);
//     if (b == NULL) { gossl_capture(e); return 0; }
//     BIO_set_fd(b, fd, BIO_NOCLOSE);
//     SSL_set_bio(s, b, b);
//     return 1;
// }
//
// static int gossl_do_handshake(SSL *s, int dontwait, gossl_err *e) {
//     int prev = gossl_dontwait;
//     gossl_dontwait = dontwait;
//     gossl_begin(e);
//     int rc = SSL_do_handshake(s);
//     if (rc <= 0) gossl_capture_ssl(s, rc, e);
//     gossl_dontwait = prev;
//     return rc;
// }
//
// static int gossl_shutdown(SSL *s, int dontwait, gossl_err *e) {
//     int prev = gossl_dontwait;
//     gossl_dontwait = dontwait;
//     gossl_begin(e);
//     int rc = SSL_shutdown(s);
//     if (rc < 0) gossl_capture_ssl(s, rc, e);
//     gossl_dontwait = prev;
//     return rc;
// }
//
// /* gossl_set_hostname configures SNI and, when check is set, the name
//  * OpenSSL verifies during the handshake. An IP literal gets no SNI
//  * (RFC 6066) and is checked against IP Address SANs. */
// static int gossl_set_hostname(SSL *s, const char *name, int check, gossl_err *e) {
//     gossl_begin(e);
//     unsigned char ip[16];
//     int iplen = 0;
//     if (inet_pton(AF_INET, name, ip) == 1) iplen = 4;
//     else if (inet_pton(AF_INET6, name, ip) == 1) iplen = 16;
//     if (iplen == 0 && SSL_set_tlsext_host_name(s, name) != 1) { gossl_capture(e); return 0; }
//     if (!check) return 1;
//     X509_VERIFY_PARAM *param = SSL_get0_param(s);
//     /* 3.6's rules: partial wildcards such as f*.com are allowed; OpenSSL
//      * already refuses wildcards against IDNA A-labels. The context's
//      * hostname_checks_common_name (NEVER_CHECK_SUBJECT) is kept. */
//     X509_VERIFY_PARAM_set_hostflags(param, X509_VERIFY_PARAM_get_hostflags(param) &
//                                            X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
//     int ok = iplen ? X509_VERIFY_PARAM_set1_ip(param, ip, iplen)
//                    : X509_VERIFY_PARAM_set1_host(param, name, 0);
//     if (ok != 1) { gossl_capture(e); return 0; }
//     return 1;
// }
//
// static const char *gossl_cipher_name(SSL *s) {
//     const SSL_CIPHER *c = SSL_get_current_cipher(s);
//     return c ? SSL_CIPHER_get_name(c) : NULL;
// }
// static const char *gossl_cipher_version(SSL *s) {
//     const SSL_CIPHER *c = SSL_get_current_cipher(s);
//     return c ? SSL_CIPHER_get_version(c) : NULL;
// }
// static int gossl_cipher_bits(SSL *s) {
//     const SSL_CIPHER *c = SSL_get_current_cipher(s);
//     return c ? SSL_CIPHER_get_bits(c, NULL) : 0;
// }
// static const char *gossl_compression(SSL *s) {
//     const COMP_METHOD *m = SSL_get_current_compression(s);
//     if (m == NULL) return NULL;
//     int nid = COMP_get_type(m);
//     if (nid == NID_undef) return NULL;
//     return OBJ_nid2sn(nid);
// }
// static void gossl_alpn_selected(SSL *s, const unsigned char **data, unsigned int *len) {
//     SSL_get0_alpn_selected(s, data, len);
// }
// static size_t gossl_tls_unique(SSL *s, int server, unsigned char *buf, size_t n) {
//     /* RFC 5929: the first Finished message of the handshake, which is the
//      * client's on a full handshake and the server's on a resumed one. */
//     if (SSL_session_reused(s) ^ !server) return SSL_get_finished(s, buf, n);
//     return SSL_get_peer_finished(s, buf, n);
// }
// static int gossl_server_cipher_count(SSL *s) {
//     STACK_OF(SSL_CIPHER) *sl = SSL_get_ciphers(s);
//     return sl ? sk_SSL_CIPHER_num(sl) : 0;
// }
// static const SSL_CIPHER *gossl_server_cipher(SSL *s, int i) {
//     return sk_SSL_CIPHER_value(SSL_get_ciphers(s), i);
// }
// static int gossl_is_init_finished(SSL *s) { return SSL_is_init_finished(s); }
// static long gossl_verify_result(SSL *s) { return SSL_get_verify_result(s); }
// static X509 *gossl_peer_cert(SSL *s) { return SSL_get1_peer_certificate(s); }
// static int gossl_i2d_x509(X509 *x, unsigned char **out) { return i2d_X509(x, out); }
// static void gossl_openssl_free(void *p) { OPENSSL_free(p); }
// static const char *gossl_servername(SSL *s) { return SSL_get_servername(s, TLSEXT_NAMETYPE_host_name); }
// static int gossl_get_shutdown(SSL *s) { return SSL_get_shutdown(s); }
// static void gossl_set_mode(SSL *s, long mode) { SSL_set_mode(s, mode); }
// static void gossl_mark_shutdown(SSL *s) {
//     SSL_set_shutdown(s, SSL_get_shutdown(s) | SSL_SENT_SHUTDOWN);
// }
// static int gossl_ctx_verifies_peer(SSL *s) {
//     return (SSL_CTX_get_verify_mode(SSL_get_SSL_CTX(s)) & SSL_VERIFY_PEER) != 0;
// }
import "C"

import (
	"runtime"
	"runtime/cgo"
	"sync"
	"sync/atomic"
	"syscall"
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// liveConns counts SSL objects not yet freed, for leak tests.
var liveConns atomic.Int64

// ConnConfig says how to set up a connection.
type ConnConfig struct {
	ServerSide bool
	// Hostname is the server's name: sent as SNI and, with CheckHostname,
	// verified in the handshake. Empty for none.
	Hostname      string
	CheckHostname bool
	// FD is the socket descriptor OpenSSL reads and writes itself; -1 when
	// the connection runs over In and Out memory BIOs.
	FD      int
	In, Out *MemoryBIO
	// Session, if not nil, is offered for resumption (clients only).
	Session *Session
}

// Conn is one TLS connection (an SSL object). Its I/O is either a socket
// descriptor or a pair of memory BIOs; every operation is a single step
// that may return an *Error of KindWantRead or KindWantWrite, and the caller
// (the SSLSocket or SSLObject glue) waits and retries.
//
// Close frees the SSL; safe to call twice. mu guards every field.
type Conn struct {
	mu         sync.Mutex
	ptr        *C.SSL // nil after Close
	cleanup    runtime.Cleanup
	ctx        *Context // the context in use; SetContext may switch it
	serverSide bool
	hostname   string
	fd         int
	in, out    *MemoryBIO // kept alive while OpenSSL uses them
	handle     handleSlot
	owner      any // the Python object (SSLSocket, SSLObject) callbacks receive
	// inCall counts C calls on ptr under way (nested through callbacks);
	// closePending defers Close until they return.
	inCall       int
	closePending bool
	// inCallback counts Python callbacks (SNI, PSK) running from inside
	// a C call on ptr with the lock released; enterIO refuses I/O then.
	inCallback int
	// ownBIO: the descriptor is read and written through gossl_fd_meth,
	// whose steps can be told not to block (stepMode).
	ownBIO bool
}

// SetOwner records the object that callbacks about this connection (the
// SNI callback) should receive.
func (c *Conn) SetOwner(o any) {
	c.mu.Lock()
	c.owner = o
	c.mu.Unlock()
}

// Owner is the object given to SetOwner.
func (c *Conn) Owner() any {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.owner
}

// NewConn makes a connection over ctx configured by cfg.
func NewConn(ctx *Context, cfg ConnConfig) (*Conn, error) {
	var ce C.gossl_err
	var p *C.SSL
	if err := ctx.withCtx(func(cp *C.SSL_CTX) error {
		p = C.gossl_ssl_new(cp, &ce)
		if p == nil {
			return newError(&ce, 1)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	connPacer.note(liveConns.Add(1))
	c := &Conn{ptr: p, ctx: ctx, serverSide: cfg.ServerSide, hostname: cfg.Hostname, fd: cfg.FD}
	c.attachHandle()
	c.cleanup = runtime.AddCleanup(c, freeConn, connResources{p, c.handle.h})
	if err := c.setup(cfg); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// connResources is what a Conn's cleanup frees; it must not point into
// the Conn, or the Conn would never become unreachable.
type connResources struct {
	ssl    *C.SSL
	handle cgo.Handle
}

func freeConn(r connResources) {
	freeSSL(r.ssl)
	if r.handle != 0 {
		r.handle.Delete()
	}
}

// freeSSL frees an SSL. Freeing one that never sent close_notify makes
// OpenSSL mark its session not resumable (a closed socket's session could
// then never be reused), so it is marked as shut down first, as CPython
// does: resumption stays the application's choice.
func freeSSL(p *C.SSL) {
	C.gossl_mark_shutdown(p)
	C.SSL_free(p)
	liveConns.Add(-1)
}

func (c *Conn) setup(cfg ConnConfig) error {
	var ce C.gossl_err
	if cfg.FD >= 0 {
		switch C.gossl_set_fd(c.ptr, C.int(cfg.FD), &ce) {
		case 0:
			return newError(&ce, 1)
		case 1:
			c.ownBIO = true
		}
	} else {
		if cfg.In == nil || cfg.Out == nil {
			return &ValueError{Msg: "a connection needs a descriptor or two memory BIOs"}
		}
		rb, wb := cfg.In.upRef(), cfg.Out.upRef()
		if rb == nil || wb == nil {
			if rb != nil {
				C.BIO_free(rb)
			}
			if wb != nil {
				C.BIO_free(wb)
			}
			return ErrClosed
		}
		// SSL_set_bio takes over the references upRef gave us.
		C.SSL_set_bio(c.ptr, rb, wb)
		c.in, c.out = cfg.In, cfg.Out
	}
	// Partial writes and moving buffers, as CPython asks: a non-blocking
	// write may be retried with a different buffer.
	C.gossl_set_mode(c.ptr, C.SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER|C.SSL_MODE_AUTO_RETRY)
	if cfg.Hostname != "" && !cfg.ServerSide {
		name := C.CString(cfg.Hostname)
		defer C.free(unsafe.Pointer(name))
		check := C.int(0)
		if cfg.CheckHostname {
			check = 1
		}
		if C.gossl_set_hostname(c.ptr, name, check, &ce) != 1 {
			return newError(&ce, 1)
		}
	}
	if cfg.Session != nil && !cfg.ServerSide {
		if err := c.setSessionLocked(cfg.Session); err != nil {
			return err
		}
	}
	if cfg.ServerSide {
		if err := c.serverSetup(); err != nil {
			return err
		}
		C.SSL_set_accept_state(c.ptr)
	} else {
		C.SSL_set_connect_state(c.ptr)
	}
	return nil
}

// Close frees the SSL object. Called from a callback while a C call on
// this SSL is running, it only marks the Conn and the call frees it on
// return.
func (c *Conn) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return
	}
	if c.inCall > 0 {
		c.closePending = true
		return
	}
	c.freeLocked()
}

func (c *Conn) freeLocked() {
	c.cleanup.Stop()
	freeSSL(c.ptr)
	c.ptr = nil
	c.closePending = false
	c.handle.release()
	c.in, c.out = nil, nil
}

// with runs f on the SSL under the lock. A callback from inside f (SNI)
// releases the lock while Python runs and may call back into the Conn;
// inCall keeps Close from freeing the SSL under a running C call.
func (c *Conn) with(f func(*C.SSL) error) error {
	p, err := c.enter()
	if err != nil {
		return err
	}
	defer c.leave()
	return f(p)
}

// enter locks the Conn for one C call on its SSL (the one locking
// protocol: with is enter, the call, leave); the caller must defer leave.
// The I/O steps use it directly, without with's closure.
func (c *Conn) enter() (*C.SSL, error) {
	if !c.mu.TryLock() {
		// Another thread is in a call on this connection (a blocking
		// read, say): wait without the interpreter lock.
		gil.Unlocked(c.mu.Lock)
	}
	if c.ptr == nil {
		c.mu.Unlock()
		return nil, ErrClosed
	}
	c.inCall++
	return c.ptr, nil
}

// enterIO is enter for the calls that drive OpenSSL's state machine
// (handshake, read, write, shutdown). From inside a callback OpenSSL
// makes during one of them (the servername callback runs in the middle
// of SSL_do_handshake), such a call would re-enter the handshake and
// corrupt the SSL's memory (CPython 3.6 aborts with "double free"):
// it is refused with an SSLError instead.
func (c *Conn) enterIO() (*C.SSL, error) {
	s, err := c.enter()
	if err != nil {
		return nil, err
	}
	if c.inCallback > 0 {
		c.leave()
		return nil, &Error{Kind: KindSSL, Text: "the connection cannot be used for I/O from its own handshake callback", Site: callSite(1)}
	}
	return s, nil
}

// withIO is with over enterIO.
func (c *Conn) withIO(f func(*C.SSL) error) error {
	p, err := c.enterIO()
	if err != nil {
		return err
	}
	defer c.leave()
	return f(p)
}

// leave ends what enter began, freeing the SSL if a callback closed it.
func (c *Conn) leave() {
	c.inCall--
	if c.inCall == 0 && c.closePending {
		c.freeLocked()
	}
	c.mu.Unlock()
	runtime.KeepAlive(c)
}

// stepMode says how one I/O step on the descriptor runs. A step holds the
// connection's lock; were it to sleep in recv(2) or send(2) under it,
// another thread could not use the connection meanwhile (a reader thread
// and a writer thread sharing one SSLSocket, as CPython allows, would
// deadlock on a full buffer). So while Python threads run, a step must not
// block: it reports want-read/want-write instead, and the caller waits for
// the socket with no lock held, as in timeout mode. Through our own BIO
// the step passes MSG_DONTWAIT (dontwait 1), which costs no system call;
// through OpenSSL's socket BIO (kTLS) the descriptor is made non-blocking
// for the step and restore puts its flags back. Single-threaded programs
// keep the plain blocking calls. restore is nil when there is nothing to
// put back.
func (c *Conn) stepMode(s *C.SSL) (dontwait C.int, restore func()) {
	if !gil.Threaded() {
		return 0, nil
	}
	if c.ownBIO {
		return 1, nil
	}
	return 0, nonblockingForStep(s)
}

// nonblockingForStep makes a blocking descriptor non-blocking and returns
// what restores its flags (nil if it was non-blocking already, or has
// none: memory BIOs never block).
func nonblockingForStep(s *C.SSL) (restore func()) {
	fd := int(C.SSL_get_fd(s))
	if fd < 0 {
		return nil
	}
	flags, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	if e != 0 || flags&syscall.O_NONBLOCK != 0 {
		return nil
	}
	if _, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFL, flags|syscall.O_NONBLOCK); e != 0 {
		return nil
	}
	return func() {
		_, _, _ = syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFL, flags)
	}
}

// readStep is Read's C call, under the lock.
func (c *Conn) readStep(buf []byte) (n int, err error) {
	s, err := c.enterIO()
	if err != nil {
		return 0, err
	}
	defer c.leave()
	dw, restore := c.stepMode(s)
	if restore != nil {
		defer restore()
	}
	var r C.gossl_io
	gil.Unlocked(func() { r = C.gossl_read_io(s, unsafe.Pointer(&buf[0]), C.size_t(len(buf)), dw) })
	if r.rc <= 0 {
		return 0, c.connError(&r.e, r.rc, SiteRead)
	}
	return int(r.n), nil
}

// writeStep is Write's C call, under the lock.
func (c *Conn) writeStep(data []byte) (n int, err error) {
	s, err := c.enterIO()
	if err != nil {
		return 0, err
	}
	defer c.leave()
	dw, restore := c.stepMode(s)
	if restore != nil {
		defer restore()
	}
	var r C.gossl_io
	gil.Unlocked(func() {
		if len(data) == 0 {
			// It may still run (and wait on) the handshake.
			r = C.gossl_write_empty_io(s, dw)
		} else {
			r = C.gossl_write_io(s, unsafe.Pointer(&data[0]), C.size_t(len(data)), dw)
		}
	})
	if r.rc <= 0 {
		return 0, c.connError(&r.e, r.rc, SiteWrite)
	}
	return int(r.n), nil
}

// ServerSide reports whether this is the server end.
func (c *Conn) ServerSide() bool { return c.serverSide }

// Hostname is the server name the connection was made for ("" for none).
func (c *Conn) Hostname() string { return c.hostname }

// Context is the context in use.
func (c *Conn) Context() *Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ctx
}

// SetContext switches the connection to ctx (the SNI callback uses it to
// serve another certificate).
func (c *Conn) SetContext(ctx *Context) error {
	return c.with(func(s *C.SSL) error {
		return ctx.withCtx(func(cp *C.SSL_CTX) error {
			C.SSL_set_SSL_CTX(s, cp)
			c.ctx = ctx
			return nil
		})
	})
}

// connError classifies a failed step of a connection the way CPython's
// PySSL_SetError does. ret is the C call's return value; site is the
// step's place in CPython 3.6's messages (SiteHandshake, SiteRead, ...).
func (c *Conn) connError(ce *C.gossl_err, ret C.int, site string) *Error {
	e := &Error{Verify: -1, Errno: syscall.Errno(ce.sys_errno), Site: site}
	code := uint64(ce.code)
	switch ce.ssl_error {
	case C.SSL_ERROR_ZERO_RETURN:
		e.Kind, e.Text = KindZeroReturn, textZeroReturn
	case C.SSL_ERROR_WANT_READ:
		e.Kind, e.Text = KindWantRead, textWantRead
	case C.SSL_ERROR_WANT_WRITE:
		e.Kind, e.Text = KindWantWrite, textWantWrite
	case C.SSL_ERROR_WANT_X509_LOOKUP:
		e.Kind, e.Text = KindWantX509Lookup, textWantX509
	case C.SSL_ERROR_WANT_CONNECT:
		e.Kind, e.Text = KindWantConnect, textWantConnect
	case C.SSL_ERROR_SYSCALL:
		if code == 0 {
			if e.Errno != 0 && e.Errno != syscall.EAGAIN && c.fd >= 0 {
				// The socket failed (reset, broken pipe): an OSError.
				e.Kind, e.Text = KindSyscall, textSyscall
				return e
			}
			e.Kind, e.Text, e.Errno = KindEOF, textEOF, 0
			return e
		}
		e.Kind = KindSyscall
		e.fill(code)
		if !e.IsSystem() {
			e.Errno = 0
		}
		return e
	case C.SSL_ERROR_SSL:
		e.Kind, e.Errno = KindSSL, 0
		if code == 0 {
			e.Text = textFailed
			return e
		}
		e.fill(code)
		if e.Lib == C.ERR_LIB_SSL && e.Reason == C.SSL_R_UNEXPECTED_EOF_WHILE_READING {
			// OpenSSL 3 reports a TCP EOF without close_notify this way;
			// CPython (3.10+) raises SSLEOFError for it, keeping library
			// and reason: "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF
			// occurred in violation of protocol".
			e.Kind, e.Text = KindEOF, textEOF
			return e
		}
		if e.Lib == C.ERR_LIB_SSL && e.Reason == C.SSL_R_CERTIFICATE_VERIFY_FAILED {
			e.Verify = int(ce.verify)
			e.VerifyMessage = c.verifyMessage(int(ce.verify))
		}
		return e
	default:
		e.Kind, e.Text = KindInvalidCode, textInvalid
	}
	if e.Kind != KindSyscall {
		e.Errno = 0
	}
	return e
}

// verifyMessage is CPython's text for a verification failure: the name
// mismatch messages of 3.7+ or OpenSSL's string.
func (c *Conn) verifyMessage(code int) string {
	switch code {
	case C.X509_V_ERR_HOSTNAME_MISMATCH:
		return "Hostname mismatch, certificate is not valid for '" + c.hostname + "'."
	case C.X509_V_ERR_IP_ADDRESS_MISMATCH:
		return "IP address mismatch, certificate is not valid for '" + c.hostname + "'."
	}
	return C.GoString(C.X509_verify_cert_error_string(C.long(code)))
}

// Handshake runs the handshake one step further; nil means it is done.
func (c *Conn) Handshake() error {
	return c.withIO(func(s *C.SSL) error {
		var ce C.gossl_err
		var rc C.int
		dw, restore := c.stepMode(s)
		if restore != nil {
			defer restore()
		}
		gil.Unlocked(func() { rc = C.gossl_do_handshake(s, dw, &ce) })
		if rc <= 0 {
			return c.connError(&ce, rc, SiteHandshake)
		}
		return nil
	})
}

// HandshakeDone reports whether the handshake has completed.
func (c *Conn) HandshakeDone() bool {
	done := false
	_ = c.with(func(s *C.SSL) error {
		done = C.gossl_is_init_finished(s) != 0
		return nil
	})
	return done
}

// Read decrypts up to len(buf) bytes into buf.
func (c *Conn) Read(buf []byte) (int, error) {
	if len(buf) == 0 {
		return 0, nil
	}
	n, err := c.readStep(buf)
	runtime.KeepAlive(buf)
	return n, err
}

// Write encrypts data; it returns how much was written (all of it, unless an
// error is returned). Empty data is SSL_write's zero-length call, as in
// CPython 3.6: after the handshake it fails as an EOF (SSLEOFError, "EOF
// occurred in violation of protocol"); 3.10's SSL_write_ex returns 0.
func (c *Conn) Write(data []byte) (int, error) {
	n, err := c.writeStep(data)
	runtime.KeepAlive(data)
	return n, err
}

// Pending is the number of decrypted bytes ready to read.
func (c *Conn) Pending() int {
	n := 0
	_ = c.with(func(s *C.SSL) error {
		n = int(C.SSL_pending(s))
		return nil
	})
	return n
}

// Shutdown sends close_notify and, on a second call, waits for the peer's.
// It returns true once both were exchanged (or the peer's is not awaited).
func (c *Conn) Shutdown() (bool, error) {
	done := false
	err := c.withIO(func(s *C.SSL) error {
		var ce C.gossl_err
		var rc C.int
		dw, restore := c.stepMode(s)
		if restore != nil {
			defer restore()
		}
		gil.Unlocked(func() { rc = C.gossl_shutdown(s, dw, &ce) })
		if rc < 0 {
			return c.connError(&ce, rc, SiteShutdown)
		}
		done = rc == 1
		return nil
	})
	return done, err
}

// ShutdownSent reports whether our close_notify was sent.
func (c *Conn) ShutdownSent() bool {
	sent := false
	_ = c.with(func(s *C.SSL) error {
		sent = C.gossl_get_shutdown(s)&C.SSL_SENT_SHUTDOWN != 0
		return nil
	})
	return sent
}

// PeerCertificate returns the peer's certificate in DER, or nil.
func (c *Conn) PeerCertificate() ([]byte, error) {
	var der []byte
	err := c.with(func(s *C.SSL) error {
		x := C.gossl_peer_cert(s)
		if x == nil {
			return nil
		}
		defer C.X509_free(x)
		var out *C.uchar
		n := C.gossl_i2d_x509(x, &out)
		if n <= 0 {
			return &Error{Kind: KindSSL, Text: "cannot encode the peer certificate", Verify: -1, Site: callSite(0)}
		}
		der = C.GoBytes(unsafe.Pointer(out), n)
		C.gossl_openssl_free(unsafe.Pointer(out))
		return nil
	})
	return der, err
}

// VerifyResult is SSL_get_verify_result (X509_V_OK is 0).
func (c *Conn) VerifyResult() int {
	v := 0
	_ = c.with(func(s *C.SSL) error {
		v = int(C.gossl_verify_result(s))
		return nil
	})
	return v
}

// CipherInfo describes a cipher suite as cipher() reports it.
type CipherInfo struct {
	Name, Protocol string
	Bits           int
}

// Cipher is the negotiated cipher; ok is false before the handshake.
func (c *Conn) Cipher() (info CipherInfo, ok bool) {
	_ = c.with(func(s *C.SSL) error {
		name := C.gossl_cipher_name(s)
		if name == nil {
			return nil
		}
		info.Name = C.GoString(name)
		if v := C.gossl_cipher_version(s); v != nil {
			info.Protocol = C.GoString(v)
		}
		info.Bits = int(C.gossl_cipher_bits(s))
		ok = true
		return nil
	})
	return info, ok
}

// SharedCiphers lists the ciphers the connection has enabled (its
// context's list, on either side), as CPython 3.6's shared_ciphers does;
// ok is false when OpenSSL has no list for it.
func (c *Conn) SharedCiphers() (list []CipherInfo, ok bool) {
	_ = c.with(func(s *C.SSL) error {
		m := int(C.gossl_server_cipher_count(s))
		if m == 0 {
			return nil
		}
		ok = true
		for i := 0; i < m; i++ {
			sc := C.gossl_server_cipher(s, C.int(i))
			list = append(list, CipherInfo{
				Name:     C.GoString(C.SSL_CIPHER_get_name(sc)),
				Protocol: C.GoString(C.SSL_CIPHER_get_version(sc)),
				Bits:     int(C.SSL_CIPHER_get_bits(sc, nil)),
			})
		}
		return nil
	})
	return list, ok
}

// Version is the negotiated protocol ("TLSv1.3"); ok is false before the
// handshake completes.
func (c *Conn) Version() (v string, ok bool) {
	_ = c.with(func(s *C.SSL) error {
		if C.gossl_is_init_finished(s) == 0 {
			return nil
		}
		v, ok = C.GoString(C.SSL_get_version(s)), true
		return nil
	})
	return v, ok
}

// Compression is the compression method's short name, or "" for none.
func (c *Conn) Compression() string {
	name := ""
	_ = c.with(func(s *C.SSL) error {
		if p := C.gossl_compression(s); p != nil {
			name = C.GoString(p)
		}
		return nil
	})
	return name
}

// SelectedALPN is the protocol ALPN chose, or nil.
func (c *Conn) SelectedALPN() []byte {
	var proto []byte
	_ = c.with(func(s *C.SSL) error {
		var data *C.uchar
		var n C.uint
		C.gossl_alpn_selected(s, &data, &n)
		if data != nil && n > 0 {
			proto = C.GoBytes(unsafe.Pointer(data), C.int(n))
		}
		return nil
	})
	return proto
}

// TLSUnique is the RFC 5929 tls-unique channel binding, or nil before the
// handshake.
func (c *Conn) TLSUnique() []byte {
	var out []byte
	_ = c.with(func(s *C.SSL) error {
		buf := make([]byte, 64)
		server := C.int(0)
		if c.serverSide {
			server = 1
		}
		n := C.gossl_tls_unique(s, server, (*C.uchar)(unsafe.Pointer(&buf[0])), C.size_t(len(buf)))
		if n > 0 {
			out = buf[:n:n]
		}
		return nil
	})
	return out
}

// ServerName is the SNI name the client sent (server side), or "".
func (c *Conn) ServerName() string {
	name := ""
	_ = c.with(func(s *C.SSL) error {
		if p := C.gossl_servername(s); p != nil {
			name = C.GoString(p)
		}
		return nil
	})
	return name
}

// ReceivedShutdown reports whether the peer's close_notify arrived.
func (c *Conn) ReceivedShutdown() bool {
	r := false
	_ = c.with(func(s *C.SSL) error {
		r = C.gossl_get_shutdown(s)&C.SSL_RECEIVED_SHUTDOWN != 0
		return nil
	})
	return r
}

// VerifiesPeer reports whether the connection's current context verifies
// the peer (verify_mode is not CERT_NONE): getpeercert() returns {} when
// it does not, since the certificate was not validated.
func (c *Conn) VerifiesPeer() bool {
	r := false
	_ = c.with(func(s *C.SSL) error {
		r = C.gossl_ctx_verifies_peer(s) != 0
		return nil
	})
	return r
}
