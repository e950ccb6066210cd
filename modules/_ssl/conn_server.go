package _ssl

// #include "shim.h"
//
// static int gossl_set_sid_ctx(SSL *s, gossl_err *e) {
//     static const unsigned char sid_ctx[] = "Python";
//     gossl_begin(e);
//     if (SSL_set_session_id_context(s, sid_ctx, sizeof(sid_ctx)) != 1) {
//         gossl_capture(e);
//         return 0;
//     }
//     return 1;
// }
import "C"

// serverSetup configures a new server connection as CPython 3.13 does:
// the session id context "Python" (sessions are resumed only by servers
// of this module; clients get none, gh-105293), and post-handshake
// authentication when the context asks for it.
func (c *Conn) serverSetup() error {
	var ce C.gossl_err
	if C.gossl_set_sid_ctx(c.ptr, &ce) != 1 {
		return newError(&ce, 1)
	}
	c.applyPostHandshakeAuth(c.ctx)
	return nil
}
