package _ssl

// #include "shim.h"
//
// static void gossl_ctx_set_pha(SSL_CTX *ctx, int on) { SSL_CTX_set_post_handshake_auth(ctx, on); }
// /* gossl_server_pha adds SSL_VERIFY_POST_HANDSHAKE to a server SSL that
//  * verifies its peer, keeping its verify callback (CPython bpo-37428:
//  * only with SSL_VERIFY_PEER, as OpenSSL does not ignore the flag). */
// static void gossl_server_pha(SSL *s) {
//     int mode = SSL_get_verify_mode(s);
//     if (mode & SSL_VERIFY_PEER)
//         SSL_set_verify(s, mode | SSL_VERIFY_POST_HANDSHAKE, SSL_get_verify_callback(s));
// }
// static int gossl_verify_pha(SSL *s, gossl_err *e) {
//     gossl_begin(e);
//     int rc = SSL_verify_client_post_handshake(s);
//     if (rc != 1) gossl_capture(e);
//     return rc;
// }
import "C"

// PostHandshakeAuth reports post_handshake_auth (TLS 1.3 post-handshake
// client authentication; off by default, as in CPython).
func (c *Context) PostHandshakeAuth() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.pha
}

// SetPostHandshakeAuth sets post_handshake_auth. Client connections made
// afterwards offer post-handshake authentication; server connections made
// afterwards may ask for it (VerifyClientPostHandshake) when they verify
// their peer.
func (c *Context) SetPostHandshakeAuth(on bool) error {
	return c.withCtx(func(p *C.SSL_CTX) error {
		v := C.int(0)
		if on {
			v = 1
		}
		C.gossl_ctx_set_pha(p, v)
		c.pha = on
		return nil
	})
}

// applyPostHandshakeAuth configures a new server SSL for post-handshake
// authentication when its context asks for it (Conn.setup).
func (c *Conn) applyPostHandshakeAuth(ctx *Context) {
	if c.serverSide && ctx.PostHandshakeAuth() {
		C.gossl_server_pha(c.ptr)
	}
}

// VerifyClientPostHandshake asks the client for its certificate after a
// TLS 1.3 handshake (SSL_verify_client_post_handshake); the request goes
// out with the next write or read. Failures (not TLS 1.3, the client did
// not offer it, a client connection) are OpenSSL's errors.
func (c *Conn) VerifyClientPostHandshake() error {
	return c.with(func(s *C.SSL) error {
		var ce C.gossl_err
		if C.gossl_verify_pha(s, &ce) != 1 {
			return newError(&ce, 2)
		}
		return nil
	})
}
