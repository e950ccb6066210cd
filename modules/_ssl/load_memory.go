package _ssl

// #include <stdlib.h>
// #include <stdint.h>
// #include "shim.h"
//
// extern int gosslPasswordCallback(char *buf, int size, int rwflag, uintptr_t h);
//
// /* gossl_mem_pw_cb is the password callback of the memory loaders: the
//  * Go password source named by the handle (errno kept). */
// static int gossl_mem_pw_cb(char *buf, int size, int rwflag, void *u) {
//     int saved = errno;
//     int r = gosslPasswordCallback(buf, size, rwflag, (uintptr_t)u);
//     errno = saved;
//     return r;
// }
//
// /* gossl_mem_chain installs the certificate chain held in cert: PEM (the
//  * first certificate is the leaf, the others its chain; text between
//  * blocks ignored) or DER (one or more concatenated certificates). On a
//  * failure the last queued error is SSL's PEM_LIB or ASN1_LIB, as
//  * SSL_CTX_use_certificate_chain_file and SSL_CTX_use_certificate_file
//  * leave it. */
// static int gossl_mem_chain(SSL_CTX *ctx, const void *cert, int len, int pem,
//                            pem_password_cb *cb, void *u) {
//     int ok = 0;
//     X509 *x = NULL;
//     BIO *b = BIO_new_mem_buf(cert, len);
//     if (b == NULL) return 0;
//     x = pem ? PEM_read_bio_X509_AUX(b, NULL, cb, u) : d2i_X509_bio(b, NULL);
//     if (x == NULL) {
//         ERR_raise(ERR_LIB_SSL, pem ? ERR_R_PEM_LIB : ERR_R_ASN1_LIB);
//         goto out;
//     }
//     if (SSL_CTX_use_certificate(ctx, x) != 1) goto out;
//     if (SSL_CTX_clear_chain_certs(ctx) != 1) goto out;
//     for (;;) {
//         X509 *ca;
//         if (pem) {
//             ca = PEM_read_bio_X509(b, NULL, cb, u);
//             if (ca == NULL) {
//                 unsigned long err = ERR_peek_last_error();
//                 if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE) {
//                     ERR_clear_error();   /* the end of the data */
//                     break;
//                 }
//                 goto out;
//             }
//         } else {
//             if (BIO_pending(b) == 0) break;
//             ca = d2i_X509_bio(b, NULL);
//             if (ca == NULL) {
//                 ERR_raise(ERR_LIB_SSL, ERR_R_ASN1_LIB);
//                 goto out;
//             }
//         }
//         if (SSL_CTX_add0_chain_cert(ctx, ca) != 1) {
//             X509_free(ca);
//             goto out;
//         }
//     }
//     ok = 1;
// out:
//     X509_free(x);
//     BIO_free(b);
//     return ok;
// }
//
// /* gossl_mem_key installs the private key held in key: PEM (encrypted
//  * or not), or DER (PKCS#8, traditional, or encrypted PKCS#8). */
// static int gossl_mem_key(SSL_CTX *ctx, const void *key, int len, int pem,
//                          pem_password_cb *cb, void *u) {
//     BIO *b = BIO_new_mem_buf(key, len);
//     if (b == NULL) return 0;
//     EVP_PKEY *pkey = NULL;
//     if (pem) {
//         pkey = PEM_read_bio_PrivateKey(b, NULL, cb, u);
//     } else {
//         pkey = d2i_PrivateKey_bio(b, NULL);
//         if (pkey == NULL && BIO_reset(b) == 1) {
//             ERR_clear_error();
//             pkey = d2i_PKCS8PrivateKey_bio(b, NULL, cb, u);
//         }
//     }
//     BIO_free(b);
//     if (pkey == NULL) {
//         ERR_raise(ERR_LIB_SSL, pem ? ERR_R_PEM_LIB : ERR_R_ASN1_LIB);
//         return 0;
//     }
//     int ok = SSL_CTX_use_PrivateKey(ctx, pkey);
//     EVP_PKEY_free(pkey);
//     return ok == 1;
// }
//
// /* gossl_load_chain_mem loads the chain and the key from memory, then
//  * checks that they match. *step says which failed: 1 chain, 2 key,
//  * 3 check. h is the password handle, 0 for OpenSSL's own prompt. */
// static int gossl_load_chain_mem(SSL_CTX *ctx, const void *cert, int certlen, int certpem,
//                                 const void *key, int keylen, int keypem,
//                                 uintptr_t h, int *step, gossl_err *e) {
//     pem_password_cb *cb = h ? gossl_mem_pw_cb : NULL;
//     void *u = h ? (void *)h : NULL;
//     *step = 1;
//     gossl_begin(e);
//     if (!gossl_mem_chain(ctx, cert, certlen, certpem, cb, u)) { gossl_capture(e); return 0; }
//     *step = 2;
//     gossl_begin(e);
//     if (!gossl_mem_key(ctx, key, keylen, keypem, cb, u)) { gossl_capture(e); return 0; }
//     *step = 3;
//     gossl_begin(e);
//     if (SSL_CTX_check_private_key(ctx) != 1) { gossl_capture(e); return 0; }
//     return 1;
// }
import "C"

import (
	"bytes"
	"math"
	"runtime/cgo"
)

// IsPEM reports whether data holds PEM text (a "-----BEGIN " line) rather
// than DER: the format rule of LoadCertChainData's callers for bytes.
func IsPEM(data []byte) bool {
	return len(data) == 0 || bytes.Contains(data, []byte("-----BEGIN "))
}

// LoadCertChainData is LoadCertChain over data in memory: cert holds the
// certificate (leaf first, then its chain) in PEM (certPEM) or as
// concatenated DER certificates; key the private key in PEM (keyPEM) or
// DER, or nil to read it from cert (PEM only). pw as for LoadCertChain.
// Nothing is ever read from a file.
//
// Errors, as LoadCertChain gives them: an error of pw.Func or a
// *ValueError (password too long) first; otherwise an *Error whose last
// reason is SSL's PEM_LIB (PEM data without a certificate or key, a wrong
// password), ASN1_LIB (bad DER) or KEY_VALUES_MISMATCH.
//
// Every OpenSSL object made here is freed before it returns; the context
// keeps references to the certificate, chain and key it installed.
func (c *Context) LoadCertChainData(cert []byte, certPEM bool, key []byte, keyPEM bool, pw *Password) error {
	if key == nil {
		key, keyPEM = cert, certPEM
	}
	if len(cert) > math.MaxInt32 || len(key) > math.MaxInt32 {
		return &ValueError{Msg: "certificate or key data is too long"}
	}
	ccert := C.CBytes(append(cert[:len(cert):len(cert)], 0))
	defer C.free(ccert)
	ckey := C.CBytes(append(key[:len(key):len(key)], 0))
	defer C.free(ckey)
	p, err := c.borrow()
	if err != nil {
		return err
	}
	defer C.SSL_CTX_free(p)

	var st *passwordState
	var h cgo.Handle
	if pw != nil {
		st = &passwordState{pw: pw}
		h = cgo.NewHandle(st)
		defer h.Delete()
	}
	var ce C.gossl_err
	var step C.int
	if C.gossl_load_chain_mem(p, ccert, C.int(len(cert)), cbool(certPEM),
		ckey, C.int(len(key)), cbool(keyPEM), C.uintptr_t(h), &step, &ce) == 1 {
		return nil
	}
	if st != nil && st.failed {
		return st.err
	}
	return newError(&ce, 0)
}

func cbool(b bool) C.int {
	if b {
		return 1
	}
	return 0
}
