package _ssl

// #include "shim.h"
//
// static int gossl_set_session(SSL *s, SSL_SESSION *sess, gossl_err *e) {
//     gossl_begin(e);
//     int rc = SSL_set_session(s, sess);
//     if (rc != 1) gossl_capture(e);
//     return rc;
// }
import "C"

import (
	"bytes"
	"runtime"
	"sync/atomic"
	"unsafe"
)

// liveSessions counts SSL_SESSION references we hold, for leak tests.
var liveSessions atomic.Int64

// Session is a TLS session a client may resume (ssl.SSLSession). It holds
// one reference to the SSL_SESSION, dropped by its cleanup: sessions are
// immutable and small, and Python code has no close() for them.
type Session struct {
	ptr *C.SSL_SESSION
	// ctx is the context of the connection the session came from: only
	// connections of that context may resume it (CPython compares the
	// SSL_CTX, as OpenSSL's own sessions do not record it).
	ctx *Context
}

func newSession(p *C.SSL_SESSION) *Session {
	liveSessions.Add(1)
	s := &Session{ptr: p}
	runtime.AddCleanup(s, func(p *C.SSL_SESSION) {
		C.SSL_SESSION_free(p)
		liveSessions.Add(-1)
	}, p)
	return s
}

// Context is the context of the connection the session came from (nil
// for a session made otherwise).
func (s *Session) Context() *Context { return s.ctx }

// ID is the session id (may be empty for TLS 1.3 ticket-only sessions).
func (s *Session) ID() []byte {
	var n C.uint
	p := C.SSL_SESSION_get_id(s.ptr, &n)
	id := C.GoBytes(unsafe.Pointer(p), C.int(n))
	runtime.KeepAlive(s)
	return id
}

// Time is the creation time in seconds since the epoch.
func (s *Session) Time() int64 {
	t := int64(C.SSL_SESSION_get_time(s.ptr))
	runtime.KeepAlive(s)
	return t
}

// Timeout is the session's lifetime in seconds.
func (s *Session) Timeout() int64 {
	t := int64(C.SSL_SESSION_get_timeout(s.ptr))
	runtime.KeepAlive(s)
	return t
}

// TicketLifetimeHint is the server's ticket lifetime hint in seconds.
func (s *Session) TicketLifetimeHint() int64 {
	t := int64(C.SSL_SESSION_get_ticket_lifetime_hint(s.ptr))
	runtime.KeepAlive(s)
	return t
}

// HasTicket reports whether the session carries a ticket.
func (s *Session) HasTicket() bool {
	t := C.SSL_SESSION_has_ticket(s.ptr) != 0
	runtime.KeepAlive(s)
	return t
}

// Equal reports whether two sessions have the same id (CPython compares
// session ids).
func (s *Session) Equal(o *Session) bool {
	if s == nil || o == nil {
		return s == o
	}
	return s.ptr == o.ptr || bytes.Equal(s.ID(), o.ID())
}

// Session returns the connection's current session, or nil when there is
// none. As in CPython 3.6, a session that cannot be resumed (a TLS 1.3
// client's before the server's ticket has been read) is returned too:
// its has_ticket is False.
func (c *Conn) Session() *Session {
	var sess *Session
	_ = c.with(func(s *C.SSL) error {
		p := C.SSL_get1_session(s)
		if p == nil {
			return nil
		}
		sess = newSession(p)
		sess.ctx = c.ctx
		return nil
	})
	return sess
}

// SetSession offers sess for resumption; only before the handshake, and
// only on a client.
func (c *Conn) SetSession(sess *Session) error {
	return c.with(func(*C.SSL) error { return c.setSessionLocked(sess) })
}

func (c *Conn) setSessionLocked(sess *Session) error {
	if sess.ctx != nil && sess.ctx != c.ctx {
		return &ValueError{Msg: "Session refers to a different SSLContext."}
	}
	if c.serverSide {
		return &ValueError{Msg: "Cannot set session for server-side SSLSocket."}
	}
	if C.SSL_is_init_finished(c.ptr) != 0 {
		return &ValueError{Msg: "Cannot set session after handshake."}
	}
	var ce C.gossl_err
	if C.gossl_set_session(c.ptr, sess.ptr, &ce) != 1 {
		return newError(&ce, 2)
	}
	runtime.KeepAlive(sess)
	return nil
}

// SessionReused reports whether the handshake resumed a session.
func (c *Conn) SessionReused() bool {
	r := false
	_ = c.with(func(s *C.SSL) error {
		r = C.SSL_session_reused(s) != 0
		return nil
	})
	return r
}
