package _ssl

// #include <stdlib.h>
// #include "shim.h"
//
// /* The server-side ALPN list lives in the SSL_CTX's ex_data, in a buffer
//  * OpenSSL frees with the SSL_CTX (gossl_alpn_free), so the selection
//  * callback needs no Go state. */
// typedef struct { unsigned int len; unsigned char data[]; } gossl_alpn;
//
// static int gossl_alpn_index = -1;
//
// static void gossl_alpn_free(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp) {
//     OPENSSL_free(ptr);
// }
// static int gossl_alpn_init(void) {
//     if (gossl_alpn_index < 0)
//         gossl_alpn_index = SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, gossl_alpn_free);
//     return gossl_alpn_index;
// }
//
// static int gossl_alpn_select(SSL *s, const unsigned char **out, unsigned char *outlen,
//                              const unsigned char *in, unsigned int inlen, void *arg) {
//     gossl_alpn *a = SSL_CTX_get_ex_data(SSL_get_SSL_CTX(s), gossl_alpn_index);
//     const unsigned char *srv = (const unsigned char *)"";
//     unsigned int srvlen = 0;
//     if (a != NULL) { srv = a->data; srvlen = a->len; }
//     if (in == NULL) { in = (const unsigned char *)""; inlen = 0; }
//     /* Our preference order first. With no protocol in common the
//      * server answers without ALPN and the handshake goes on with no
//      * protocol selected, as CPython's server does (issue 18); a peer
//      * server of OpenSSL 1.1.0+ may still abort, as the spec says. */
//     if (SSL_select_next_proto((unsigned char **)out, outlen, srv, srvlen, in, inlen) != OPENSSL_NPN_NEGOTIATED)
//         return SSL_TLSEXT_ERR_NOACK;
//     return SSL_TLSEXT_ERR_OK;
// }
//
// /* 1 ok, 0 allocation failure. */
// static int gossl_ctx_set_alpn(SSL_CTX *ctx, const unsigned char *wire, unsigned int len) {
//     if (gossl_alpn_init() < 0) return 0;
//     gossl_alpn *a = OPENSSL_malloc(sizeof(gossl_alpn) + len + 1);
//     if (a == NULL) return 0;
//     a->len = len;
//     if (len) memcpy(a->data, wire, len);
//     if (SSL_CTX_set_alpn_protos(ctx, a->data, len) != 0) { OPENSSL_free(a); ERR_clear_error(); return 0; }
//     void *old = SSL_CTX_get_ex_data(ctx, gossl_alpn_index);
//     if (!SSL_CTX_set_ex_data(ctx, gossl_alpn_index, a)) { OPENSSL_free(a); ERR_clear_error(); return 0; }
//     OPENSSL_free(old);
//     SSL_CTX_set_alpn_select_cb(ctx, gossl_alpn_select, NULL);
//     return 1;
// }
import "C"

import (
	"sync"
	"unsafe"
)

// alpnIndexOnce creates the ex_data index before any callback can read it.
var alpnIndexOnce sync.Once

// EncodeALPN turns protocol names into the ALPN wire format (each name
// prefixed by its length). A name of 0 or more than 255 bytes is a
// *Error with CPython's text.
func EncodeALPN(protocols [][]byte) ([]byte, error) {
	var wire []byte
	for _, p := range protocols {
		if len(p) == 0 || len(p) > 255 {
			return nil, ErrALPNLength
		}
		wire = append(wire, byte(len(p)))
		wire = append(wire, p...)
	}
	return wire, nil
}

// ErrALPNLength is CPython's SSLError('ALPN protocols must be 1 to 255 in
// length').
var ErrALPNLength = &Error{Kind: KindSSL, Verify: -1, Text: "ALPN protocols must be 1 to 255 in length", Origin: OriginCheck}

// SetALPNProtocols sets the protocols (wire format, see EncodeALPN) that
// clients offer and servers choose from, in preference order. A server
// picks its first protocol the client also offers; with none in common the
// handshake goes on without ALPN.
func (c *Context) SetALPNProtocols(wire []byte) error {
	if len(wire) > 0xFFFF {
		return &ValueError{Msg: "ALPN protocol list too long"}
	}
	alpnIndexOnce.Do(func() { C.gossl_alpn_init() })
	var cw *C.uchar
	if len(wire) > 0 {
		cw = (*C.uchar)(C.CBytes(wire))
		defer C.free(unsafe.Pointer(cw))
	}
	return c.withCtx(func(p *C.SSL_CTX) error {
		if C.gossl_ctx_set_alpn(p, cw, C.uint(len(wire))) != 1 {
			return &Error{Kind: KindSSL, Verify: -1, Text: "cannot set ALPN protocols", Site: callSite(0)}
		}
		c.alpn = append([]byte(nil), wire...)
		return nil
	})
}

// ALPNProtocols returns the wire-format list last given to
// SetALPNProtocols (nil if none).
func (c *Context) ALPNProtocols() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]byte(nil), c.alpn...)
}
