package _ssl

// #include "shim.h"
// #include <stdint.h>
//
// extern int gosslServerNameCallback(SSL *s, int *al, uintptr_t handle);
//
// static int gossl_sni_trampoline(SSL *s, int *al, void *arg) {
//     return gosslServerNameCallback(s, al, (uintptr_t)arg);
// }
// static void gossl_set_sni_callback(SSL_CTX *ctx, uintptr_t handle) {
//     if (handle == 0) {
//         SSL_CTX_set_tlsext_servername_callback(ctx, NULL);
//         SSL_CTX_set_tlsext_servername_arg(ctx, NULL);
//     } else {
//         SSL_CTX_set_tlsext_servername_callback(ctx, gossl_sni_trampoline);
//         SSL_CTX_set_tlsext_servername_arg(ctx, (void *)handle);
//     }
// }
// static const char *gossl_sni_name(SSL *s) {
//     return SSL_get_servername(s, TLSEXT_NAMETYPE_host_name);
// }
import "C"

import (
	"runtime/cgo"
	"sync"
	"weak"
)

// TLS alerts the SNI callback fails a handshake with.
const (
	AlertHandshakeFailure = int(C.SSL_AD_HANDSHAKE_FAILURE)
	AlertInternalError    = int(C.SSL_AD_INTERNAL_ERROR)
)

// ServerNameFunc is called on a server when a ClientHello arrives: conn is
// the connection, name the SNI name (hasName false when the client sent
// none). It returns -1 to go on, or a TLS alert number to fail the
// handshake with.
type ServerNameFunc func(conn *Conn, name string, hasName bool) (alert int)

// The SSL_CTX's callback argument is a handle to a weak pointer to its
// Context, which holds the function (sni): a handle is a root, and a
// function that reaches the Context (a Python callback names the context
// it is given, and the Python context holds this one) would keep every
// context that ever had a callback alive, with its SSL_CTX. sniCallbacks
// holds each SSL_CTX's handle so that freeing the context releases it.
var sniCallbacks sync.Map // map[*C.SSL_CTX]cgo.Handle

// SetServerNameCallback installs f (nil removes it).
func (c *Context) SetServerNameCallback(f ServerNameFunc) error {
	return c.withCtx(func(p *C.SSL_CTX) error {
		if f == nil {
			c.sni.Store(nil)
			C.gossl_set_sni_callback(p, 0)
			releaseSNI(p)
			return nil
		}
		c.sni.Store(&f)
		if _, ok := sniCallbacks.Load(p); !ok {
			h := cgo.NewHandle(weak.Make(c))
			sniCallbacks.Store(p, h)
			C.gossl_set_sni_callback(p, C.uintptr_t(h))
		}
		return nil
	})
}

// releaseSNI drops the callback handle of a context being freed or
// losing its callback.
func releaseSNI(p *C.SSL_CTX) {
	if old, ok := sniCallbacks.LoadAndDelete(p); ok {
		old.(cgo.Handle).Delete()
	}
}

// serverNameFunc is the callback of the context a handle names, or nil.
func serverNameFunc(handle C.uintptr_t) ServerNameFunc {
	wp, ok := cgo.Handle(handle).Value().(weak.Pointer[Context])
	if !ok {
		return nil
	}
	c := wp.Value()
	if c == nil {
		return nil
	}
	if f := c.sni.Load(); f != nil {
		return *f
	}
	return nil
}

//export gosslServerNameCallback
func gosslServerNameCallback(s *C.SSL, al *C.int, handle C.uintptr_t) C.int {
	f := serverNameFunc(handle)
	conn := connFromSSL(s)
	if f == nil || conn == nil {
		return C.SSL_TLSEXT_ERR_OK
	}
	name, hasName := "", false
	if p := C.gossl_sni_name(s); p != nil {
		name, hasName = C.GoString(p), true
	}
	// The connection's lock is held by the with() that is running the
	// handshake on this goroutine: runCallback lets the callback's Python
	// use the connection (all but the I/O calls that would re-enter the
	// handshake: enterIO), with the interpreter lock taken back.
	alert := int(C.SSL_AD_INTERNAL_ERROR)
	runCallback(conn, func() { alert = f(conn, name, hasName) })
	if alert < 0 {
		return C.SSL_TLSEXT_ERR_OK
	}
	*al = C.int(alert)
	return C.SSL_TLSEXT_ERR_ALERT_FATAL
}
