package _ssl

// #include "shim.h"
//
// static STACK_OF(X509) *gossl_verified_chain(SSL *s) { return SSL_get0_verified_chain(s); }
// static STACK_OF(X509) *gossl_peer_chain(SSL *s) { return SSL_get_peer_cert_chain(s); }
// static int gossl_chain_len(STACK_OF(X509) *sk) { return sk_X509_num(sk); }
// /* gossl_chain_der encodes the i-th certificate (OPENSSL_malloc'd). */
// static int gossl_chain_der(STACK_OF(X509) *sk, int i, unsigned char **out) {
//     *out = NULL;
//     int n = i2d_X509(sk_X509_value(sk, i), out);
//     if (n <= 0) ERR_clear_error();
//     return n;
// }
// /* gossl_peer_der encodes the peer's certificate, or returns 0 without
//  * one. */
// static int gossl_peer_der(SSL *s, unsigned char **out) {
//     *out = NULL;
//     X509 *x = SSL_get0_peer_certificate(s);
//     if (x == NULL) return 0;
//     int n = i2d_X509(x, out);
//     if (n <= 0) ERR_clear_error();
//     return n;
// }
// static void gossl_chain_free_der(unsigned char *p) { OPENSSL_free(p); }
import "C"

import "unsafe"

// errChainEncoding is what a certificate that cannot be re-encoded gives.
func errChainEncoding() error {
	return &Error{Kind: KindSSL, Text: "cannot encode a certificate of the chain", Verify: -1, Site: callSite(1)}
}

// VerifiedChain is SSL_get0_verified_chain as DER certificates, leaf
// first: the chain the handshake built to a trusted root, empty when
// nothing was verified (CPython 3.13's get_verified_chain).
func (c *Conn) VerifiedChain() ([][]byte, error) {
	var out [][]byte
	err := c.with(func(s *C.SSL) error {
		var err error
		out, err = chainDER(C.gossl_verified_chain(s))
		return err
	})
	return out, err
}

// UnverifiedChain is the chain the peer sent (SSL_get_peer_cert_chain),
// leaf first; a server's view, which OpenSSL gives without the client's
// leaf, gets it put back in front, as CPython 3.13 does.
func (c *Conn) UnverifiedChain() ([][]byte, error) {
	var out [][]byte
	err := c.with(func(s *C.SSL) error {
		var err error
		if out, err = chainDER(C.gossl_peer_chain(s)); err != nil || out == nil || !c.serverSide {
			return err
		}
		var p *C.uchar
		n := C.gossl_peer_der(s, &p)
		if n < 0 || (n == 0 && p != nil) {
			return errChainEncoding()
		}
		if n > 0 {
			leaf := C.GoBytes(unsafe.Pointer(p), n)
			C.gossl_chain_free_der(p)
			out = append([][]byte{leaf}, out...)
		}
		return nil
	})
	return out, err
}

func chainDER(sk *C.struct_stack_st_X509) ([][]byte, error) {
	if sk == nil {
		return nil, nil
	}
	n := int(C.gossl_chain_len(sk))
	out := make([][]byte, 0, n)
	for i := 0; i < n; i++ {
		var p *C.uchar
		m := C.gossl_chain_der(sk, C.int(i), &p)
		if m <= 0 {
			return nil, errChainEncoding()
		}
		out = append(out, C.GoBytes(unsafe.Pointer(p), m))
		C.gossl_chain_free_der(p)
	}
	return out, nil
}
