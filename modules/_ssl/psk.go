package _ssl

// #include "shim.h"
//
// extern unsigned int gosslPSKClientCallback(SSL *s, char *hint, char *identity,
//     unsigned int max_identity_len, unsigned char *psk, unsigned int max_psk_len);
// extern unsigned int gosslPSKServerCallback(SSL *s, char *identity,
//     unsigned char *psk, unsigned int max_psk_len);
//
// static unsigned int gossl_psk_client_tramp(SSL *s, const char *hint, char *identity,
//         unsigned int max_identity_len, unsigned char *psk, unsigned int max_psk_len) {
//     return gosslPSKClientCallback(s, (char *)hint, identity, max_identity_len, psk, max_psk_len);
// }
// static unsigned int gossl_psk_server_tramp(SSL *s, const char *identity,
//         unsigned char *psk, unsigned int max_psk_len) {
//     return gosslPSKServerCallback(s, (char *)identity, psk, max_psk_len);
// }
// static void gossl_set_psk_client(SSL_CTX *ctx, int on) {
//     SSL_CTX_set_psk_client_callback(ctx, on ? gossl_psk_client_tramp : NULL);
// }
// static void gossl_set_psk_server(SSL_CTX *ctx, int on) {
//     SSL_CTX_set_psk_server_callback(ctx, on ? gossl_psk_server_tramp : NULL);
// }
// static int gossl_psk_hint(SSL_CTX *ctx, const char *hint) {
//     int ok = SSL_CTX_use_psk_identity_hint(ctx, hint);
//     ERR_clear_error();
//     return ok;
// }
import "C"

import (
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// PSKClientFunc answers a server's PSK identity hint (hasHint false when
// it sent none, as in TLS 1.3) with the identity to send (hasIdentity
// false for none) and the key; ok false fails the handshake.
type PSKClientFunc func(conn *Conn, hint string, hasHint bool) (identity string, hasIdentity bool, psk []byte, ok bool)

// PSKServerFunc returns the key for the identity a client sent; ok false
// fails the handshake.
type PSKServerFunc func(conn *Conn, identity string, hasIdentity bool) (psk []byte, ok bool)

// SetPSKClientCallback installs f (nil removes it), as CPython 3.13's
// set_psk_client_callback; a PROTOCOL_TLS_SERVER context refuses with an
// SSL error.
func (c *Context) SetPSKClientCallback(f PSKClientFunc) error {
	if c.protocol == ProtocolTLSServer {
		return &Error{Kind: KindSSL, Verify: -1, Text: "Cannot add PSK client callback to a PROTOCOL_TLS_SERVER context", Site: callSite(1), Origin: OriginLibrary}
	}
	return c.withCtx(func(p *C.SSL_CTX) error {
		c.pskClient = f
		on := C.int(0)
		if f != nil {
			on = 1
		}
		C.gossl_set_psk_client(p, on)
		return nil
	})
}

// SetPSKServerCallback installs f (nil removes it) and, when hasHint, the
// identity hint sent to clients (TLS 1.2); a PROTOCOL_TLS_CLIENT context
// refuses with an SSL error, a hint OpenSSL refuses (over 128 bytes) is a
// *ValueError.
func (c *Context) SetPSKServerCallback(f PSKServerFunc, hint string, hasHint bool) error {
	if c.protocol == ProtocolTLSClient {
		return &Error{Kind: KindSSL, Verify: -1, Text: "Cannot add PSK server callback to a PROTOCOL_TLS_CLIENT context", Site: callSite(1), Origin: OriginLibrary}
	}
	if hasHint && hasNUL(hint) {
		return &ValueError{Msg: "embedded null character"}
	}
	return c.withCtx(func(p *C.SSL_CTX) error {
		if hasHint {
			ch := C.CString(hint)
			ok := C.gossl_psk_hint(p, ch)
			C.free(unsafe.Pointer(ch))
			if ok != 1 {
				return &ValueError{Msg: "failed to set identity hint"}
			}
		}
		c.pskServer = f
		on := C.int(0)
		if f != nil {
			on = 1
		}
		C.gossl_set_psk_server(p, on)
		return nil
	})
}

// pskConn finds the connection and its context's callbacks inside an
// OpenSSL callback; the connection's lock is held by the handshake
// running on this goroutine.
func pskConn(s *C.SSL) (*Conn, *Context) {
	conn := connFromSSL(s)
	if conn == nil || conn.ctx == nil {
		return nil, nil
	}
	return conn, conn.ctx
}

// runCallback runs f with the connection unlocked, so that its Python
// may use the connection, and with the interpreter lock held; a panic
// counts as a failure. The SNI and PSK callbacks run through it.
func runCallback(conn *Conn, f func()) (ok bool) {
	// inCallback refuses the I/O calls that would re-enter OpenSSL's
	// handshake from inside it (enterIO).
	conn.inCallback++
	conn.mu.Unlock()
	defer func() {
		conn.mu.Lock()
		conn.inCallback--
	}()
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	// OpenSSL calls back in the middle of a call the connection made with
	// the interpreter lock released (the handshake): the Python code of
	// the callback needs it back, or it would run beside another
	// thread's.
	gil.Held(f)
	return true
}

//export gosslPSKClientCallback
func gosslPSKClientCallback(s *C.SSL, hint *C.char, identity *C.char, maxIdentity C.uint, psk *C.uchar, maxPSK C.uint) C.uint {
	conn, ctx := pskConn(s)
	if conn == nil {
		return 0
	}
	ctx.mu.Lock()
	f := ctx.pskClient
	ctx.mu.Unlock()
	if f == nil {
		return 0
	}
	h, hasHint := "", hint != nil
	if hasHint {
		h = C.GoString(hint)
	}
	var id string
	var hasID, ok bool
	var key []byte
	if !runCallback(conn, func() { id, hasID, key, ok = f(conn, h, hasHint) }) || !ok {
		return 0
	}
	// The identity and its NUL must fit, and the key.
	if (hasID && uint(len(id))+1 > uint(maxIdentity)) || uint(len(key)) > uint(maxPSK) || hasNUL(id) {
		return 0
	}
	idBuf := unsafe.Slice((*byte)(unsafe.Pointer(identity)), int(maxIdentity))
	n := 0
	if hasID {
		n = copy(idBuf, id)
	}
	idBuf[n] = 0
	copy(unsafe.Slice((*byte)(unsafe.Pointer(psk)), int(maxPSK)), key)
	return C.uint(len(key))
}

//export gosslPSKServerCallback
func gosslPSKServerCallback(s *C.SSL, identity *C.char, psk *C.uchar, maxPSK C.uint) C.uint {
	conn, ctx := pskConn(s)
	if conn == nil {
		return 0
	}
	ctx.mu.Lock()
	f := ctx.pskServer
	ctx.mu.Unlock()
	if f == nil {
		return 0
	}
	// An empty identity (a client that sent none) is reported as none,
	// as CPython 3.13 reports it.
	id, hasID := "", identity != nil && *identity != 0
	if hasID {
		id = C.GoString(identity)
	}
	var key []byte
	var ok bool
	if !runCallback(conn, func() { key, ok = f(conn, id, hasID) }) || !ok {
		return 0
	}
	if uint(len(key)) > uint(maxPSK) {
		return 0
	}
	copy(unsafe.Slice((*byte)(unsafe.Pointer(psk)), int(maxPSK)), key)
	return C.uint(len(key))
}
