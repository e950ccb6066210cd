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
import "C"

import (
	"runtime"
	"sync"
	"sync/atomic"
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
}

// newContextFromPtr wraps p, taking ownership of it.
func newContextFromPtr(p *C.SSL_CTX, proto Protocol) *Context {
	c := &Context{ptr: p, protocol: proto}
	liveContexts.Add(1)
	c.cleanup = runtime.AddCleanup(c, freeCtx, p)
	return c
}

func freeCtx(p *C.SSL_CTX) {
	C.SSL_CTX_free(p)
	liveContexts.Add(-1)
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
	err := f(c.ptr)
	runtime.KeepAlive(c)
	return err
}
