package _ssl

// #include <stdlib.h>
// #include <stdint.h>
// #include "shim.h"
//
// extern int gosslPasswordCallback(char *buf, int size, int rwflag, uintptr_t h);
//
// /* gossl_pw_cb runs the Go password source named by the handle in the
//  * userdata; errno is kept so a failure is not mistaken for a file error. */
// static int gossl_pw_cb(char *buf, int size, int rwflag, void *u) {
//     int saved = errno;
//     int r = gosslPasswordCallback(buf, size, rwflag, (uintptr_t)u);
//     errno = saved;
//     return r;
// }
//
// /* gossl_load_cert_chain loads the chain and key, then checks they match.
//  * The password callback (handle h, 0 for OpenSSL's own prompt) is on
//  * the context only for the call. *step says which call failed:
//  * 1 chain, 2 key, 3 check. */
// static int gossl_load_cert_chain(SSL_CTX *ctx, const char *certfile, const char *keyfile,
//                                  uintptr_t h, int *step, gossl_err *e) {
//     pem_password_cb *orig_cb = SSL_CTX_get_default_passwd_cb(ctx);
//     void *orig_u = SSL_CTX_get_default_passwd_cb_userdata(ctx);
//     int ok = 0;
//     if (h != 0) {
//         SSL_CTX_set_default_passwd_cb(ctx, gossl_pw_cb);
//         SSL_CTX_set_default_passwd_cb_userdata(ctx, (void *)h);
//     }
//     *step = 1;
//     gossl_begin(e);
//     if (SSL_CTX_use_certificate_chain_file(ctx, certfile) != 1) { gossl_capture(e); goto out; }
//     *step = 2;
//     gossl_begin(e);
//     if (SSL_CTX_use_PrivateKey_file(ctx, keyfile, SSL_FILETYPE_PEM) != 1) { gossl_capture(e); goto out; }
//     *step = 3;
//     gossl_begin(e);
//     if (SSL_CTX_check_private_key(ctx) != 1) { gossl_capture(e); goto out; }
//     ok = 1;
// out:
//     if (h != 0) {
//         SSL_CTX_set_default_passwd_cb(ctx, orig_cb);
//         SSL_CTX_set_default_passwd_cb_userdata(ctx, orig_u);
//     }
//     return ok;
// }
//
// static int gossl_load_verify(SSL_CTX *ctx, const char *cafile, const char *capath, gossl_err *e) {
//     gossl_begin(e);
//     if (SSL_CTX_load_verify_locations(ctx, cafile, capath) != 1) { gossl_capture(e); return 0; }
//     return 1;
// }
//
// static int gossl_default_verify_paths(SSL_CTX *ctx, gossl_err *e) {
//     gossl_begin(e);
//     if (SSL_CTX_set_default_verify_paths(ctx) != 1) { gossl_capture(e); return 0; }
//     return 1;
// }
//
// /* gossl_stored is the outcome of X509_STORE_add_cert or _add_crl: an
//  * object already in the store is not an error (its queued error is
//  * dropped). */
// static int gossl_stored(int ok) {
//     if (ok) return 1;
//     unsigned long err = ERR_peek_last_error();
//     if (ERR_GET_LIB(err) == ERR_LIB_X509 && ERR_GET_REASON(err) == X509_R_CERT_ALREADY_IN_HASH_TABLE) {
//         ERR_clear_error();   /* already trusted: not an error */
//         return 1;
//     }
//     return 0;
// }
//
// /* gossl_add_ca_data adds PEM (certificates and CRLs, other blocks and
//  * text between them skipped) or DER (concatenated certificates) to the
//  * trust store, CPython's _add_ca_certs rules: 1 ok, -1 no certificate at
//  * all, 0 OpenSSL failure (captured). */
// static int gossl_add_ca_data(SSL_CTX *ctx, const void *data, int len, int pem, gossl_err *e) {
//     gossl_begin(e);
//     BIO *bio = BIO_new_mem_buf(data, len);
//     if (bio == NULL) { gossl_capture(e); return 0; }
//     X509_STORE *store = SSL_CTX_get_cert_store(ctx);
//     int loaded = 0, failed = 0;
//     for (;;) {
//         if (pem) {
//             char *name = NULL, *header = NULL;
//             unsigned char *der = NULL;
//             long dlen = 0;
//             if (PEM_read_bio(bio, &name, &header, &der, &dlen) != 1) break;
//             const unsigned char *p = der;
//             if (strcmp(name, PEM_STRING_X509) == 0 || strcmp(name, PEM_STRING_X509_OLD) == 0 ||
//                 strcmp(name, PEM_STRING_X509_TRUSTED) == 0) {
//                 X509 *x = strcmp(name, PEM_STRING_X509_TRUSTED) == 0 ? d2i_X509_AUX(NULL, &p, dlen)
//                                                                      : d2i_X509(NULL, &p, dlen);
//                 if (x == NULL || !gossl_stored(X509_STORE_add_cert(store, x))) failed = 1;
//                 else loaded++;
//                 X509_free(x);
//             } else if (strcmp(name, PEM_STRING_X509_CRL) == 0) {
//                 X509_CRL *crl = d2i_X509_CRL(NULL, &p, dlen);
//                 if (crl == NULL || !gossl_stored(X509_STORE_add_crl(store, crl))) failed = 1;
//                 X509_CRL_free(crl);
//             }
//             OPENSSL_free(name);
//             OPENSSL_free(header);
//             OPENSSL_free(der);
//         } else {
//             X509 *x = d2i_X509_bio(bio, NULL);
//             if (x == NULL) break;
//             if (!gossl_stored(X509_STORE_add_cert(store, x))) failed = 1;
//             else loaded++;
//             X509_free(x);
//         }
//         if (failed) break;
//     }
//     BIO_free(bio);
//     unsigned long err = ERR_peek_last_error();
//     if (loaded == 0 && !failed) {
//         gossl_capture(e);   /* CPython 3.6 reports the queue's last error */
//         return -1;
//     }
//     if (!failed && pem && ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE) {
//         ERR_clear_error();   /* end of the data */
//         return 1;
//     }
//     if (!failed && !pem && ERR_GET_LIB(err) == ERR_LIB_ASN1 && ERR_GET_REASON(err) == ASN1_R_HEADER_TOO_LONG) {
//         ERR_clear_error();   /* end of the data */
//         return 1;
//     }
//     if (err == 0) return 1;
//     gossl_capture(e);
//     return 0;
// }
//
// /* gossl_load_dh reads PEM DH parameters from memory and installs them.
//  * SSL_CTX_set0_tmp_dh_pkey owns the key on success only. */
// static int gossl_load_dh(SSL_CTX *ctx, const void *data, int len, gossl_err *e) {
//     gossl_begin(e);
//     /* First find a "DH PARAMETERS" (or X9.42) block, so that a file without
//      * one fails with PEM's NO_START_LINE as CPython's PEM_read_DHparams. */
//     BIO *bio = BIO_new_mem_buf(data, len);
//     if (bio == NULL) { gossl_capture(e); return 0; }
//     unsigned char *der = NULL;
//     long derlen = 0;
//     int found = PEM_bytes_read_bio(&der, &derlen, NULL, PEM_STRING_DHPARAMS, bio, NULL, NULL);
//     BIO_free(bio);
//     OPENSSL_free(der);
//     if (!found) { gossl_capture(e); return 0; }
//     bio = BIO_new_mem_buf(data, len);
//     if (bio == NULL) { gossl_capture(e); return 0; }
//     EVP_PKEY *pkey = PEM_read_bio_Parameters(bio, NULL);
//     BIO_free(bio);
//     if (pkey == NULL) { gossl_capture(e); return 0; }
//     if (SSL_CTX_set0_tmp_dh_pkey(ctx, pkey) != 1) {
//         gossl_capture(e);
//         EVP_PKEY_free(pkey);
//         return 0;
//     }
//     return 1;
// }
import "C"

import (
	"fmt"
	"math"
	"runtime/cgo"
	"syscall"
	"unsafe"
)

// PasswordMax is OpenSSL's PEM_BUFSIZE, the longest password the key
// loaders accept.
const PasswordMax = int(C.PEM_BUFSIZE)

// PathError is a system error (errno) while OpenSSL read a file: a missing
// certificate, key or CA file. CPython raises OSError for it.
type PathError struct {
	Path  string
	Errno syscall.Errno
}

func (e *PathError) Error() string { return fmt.Sprintf("%s: %v", e.Path, e.Errno) }

// Unwrap gives the errno, so errors.As(err, &syscall.Errno) works.
func (e *PathError) Unwrap() error { return e.Errno }

// Password supplies the key password to LoadCertChain. Static is used when
// Func is nil. Func runs inside OpenSSL's password callback, only when the
// key is encrypted; an error it returns aborts the load and is returned by
// LoadCertChain unchanged (the glue returns a Python exception there).
type Password struct {
	Static []byte
	Func   func() ([]byte, error)
}

// passwordState is what the callback's cgo.Handle refers to.
type passwordState struct {
	pw     *Password
	err    error
	failed bool
}

// passwordCallback fills OpenSSL's buffer; it runs on the goroutine that
// called LoadCertChain, inside the cgo call.
func passwordCallback(buf *C.char, size C.int, h C.uintptr_t) (ret C.int) {
	st, ok := cgo.Handle(h).Value().(*passwordState)
	if !ok {
		return -1
	}
	if st.failed {
		// OpenSSL 3 may ask again after a failure; fail without re-running
		// the callback (CPython does the same).
		return -1
	}
	defer func() {
		if r := recover(); r != nil {
			st.err = fmt.Errorf("ssl: panic in password callback: %v", r)
			st.failed = true
			ret = -1
		}
	}()
	pw := st.pw.Static
	if st.pw.Func != nil {
		var err error
		pw, err = st.pw.Func()
		if err != nil {
			st.err, st.failed = err, true
			return -1
		}
	}
	if len(pw) > int(size) {
		st.err = &ValueError{Msg: fmt.Sprintf("password cannot be longer than %d bytes", int(size))}
		st.failed = true
		return -1
	}
	if len(pw) > 0 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(buf)), int(size)), pw)
	}
	return C.int(len(pw))
}

// LoadCertChain loads a PEM certificate chain from certfile and the private
// key from keyfile ("" for certfile), then checks that they match. pw may
// be nil: OpenSSL then prompts on the terminal for an encrypted key, as
// CPython's documentation says.
//
// Errors: a password error returned by pw.Func or a *ValueError (password
// too long) first; a *PathError when the file could not be read (errno
// set); otherwise an *Error (PEM lib, KEY_VALUES_MISMATCH, ...).
//
// The lock is not held while OpenSSL runs, because pw.Func may run Python
// that uses this Context; the SSL_CTX is kept alive by a reference.
func (c *Context) LoadCertChain(certfile, keyfile string, pw *Password) error {
	if keyfile == "" {
		keyfile = certfile
	}
	if hasNUL(certfile) || hasNUL(keyfile) {
		return &ValueError{Msg: "embedded null byte"}
	}
	p, err := c.borrow()
	if err != nil {
		return err
	}
	defer C.SSL_CTX_free(p)
	cf, kf := C.CString(certfile), C.CString(keyfile)
	defer C.free(unsafe.Pointer(cf))
	defer C.free(unsafe.Pointer(kf))

	var st *passwordState
	var h cgo.Handle
	if pw != nil {
		st = &passwordState{pw: pw}
		h = cgo.NewHandle(st)
		defer h.Delete()
	}
	var ce C.gossl_err
	var step C.int
	if C.gossl_load_cert_chain(p, cf, kf, C.uintptr_t(h), &step, &ce) == 1 {
		return nil
	}
	if st != nil && st.failed {
		return st.err
	}
	if step != 3 && ce.sys_errno != 0 {
		path := certfile
		if step == 2 {
			path = keyfile
		}
		return &PathError{Path: path, Errno: syscall.Errno(ce.sys_errno)}
	}
	e := newError(&ce, 0)
	switch step {
	case 1:
		e.Site = SiteCertFile
	case 2:
		e.Site = SiteKeyFile
	default:
		e.Site = SiteKeyCheck
	}
	return e
}

// LoadVerifyLocations adds the certificates (and CRLs) of a PEM file and/or
// a hashed directory to the trust store. One of them must be non-empty.
// A *PathError when the file cannot be read.
func (c *Context) LoadVerifyLocations(cafile, capath string) error {
	if hasNUL(cafile) || hasNUL(capath) {
		return &ValueError{Msg: "embedded null byte"}
	}
	var cf, cp *C.char
	if cafile != "" {
		cf = C.CString(cafile)
		defer C.free(unsafe.Pointer(cf))
	}
	if capath != "" {
		cp = C.CString(capath)
		defer C.free(unsafe.Pointer(cp))
	}
	return c.withCtx(func(p *C.SSL_CTX) error {
		var ce C.gossl_err
		if C.gossl_load_verify(p, cf, cp, &ce) == 1 {
			return nil
		}
		if ce.sys_errno != 0 {
			path := cafile
			if path == "" {
				path = capath
			}
			return &PathError{Path: path, Errno: syscall.Errno(ce.sys_errno)}
		}
		e := newError(&ce, 0)
		e.Site = SiteVerifyLocations
		return e
	})
}

// CA data formats for LoadCAData.
const (
	CADataPEM = true
	CADataDER = false
)

// LoadCAData adds certificates from memory: PEM text (certificates and
// CRLs; text around them ignored) or concatenated DER certificates. At
// least one certificate must be present (an *Error with OpenSSL's last
// queued error otherwise, as CPython 3.6 raises); one already
// in the store is not an error.
func (c *Context) LoadCAData(data []byte, pem bool) error {
	if len(data) == 0 {
		return &ValueError{Msg: "Empty certificate data"}
	}
	if len(data) > math.MaxInt32 {
		return &ValueError{Msg: "Certificate data is too long."}
	}
	cdata := C.CBytes(data)
	defer C.free(cdata)
	return c.withCtx(func(p *C.SSL_CTX) error {
		var ce C.gossl_err
		ipem := C.int(0)
		if pem {
			ipem = 1
		}
		switch C.gossl_add_ca_data(p, cdata, C.int(len(data)), ipem, &ce) {
		case 1:
			return nil
		case -1:
			// No certificate at all: CPython 3.6 raises the queue's last
			// error ("[PEM: NO_START_LINE] no start line"); the texts
			// below (3.10's) serve only when the queue is empty.
			if ce.code != 0 {
				e := newError(&ce, 0)
				e.Site = SiteCAData
				return e
			}
			text := "not enough data: cadata does not contain a certificate"
			if pem {
				text = "no start line: cadata does not contain a certificate"
			}
			return &Error{Kind: KindSSL, Verify: -1, Text: text, Site: SiteCAData}
		}
		e := newError(&ce, 0)
		e.Site = SiteCAData
		return e
	})
}

// SetDefaultVerifyPaths adds OpenSSL's default CA file and directory to
// the context's store.
//
// Decoding the system's CA file is most of the start-up of a script that
// makes a default context (some 20 ms for Debian's 144 certificates), so
// the call is recorded and carried out when the SSL_CTX is next used in
// any way: a connection, a store query, another load, a setting. Nothing
// can observe the store in between, so the outcome, the order of its
// certificates included, is the same as loading at once. The only error
// SSL_CTX_set_default_verify_paths reports is an allocation failure; it
// then comes from that next use.
func (c *Context) SetDefaultVerifyPaths() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ptr == nil {
		return ErrClosed
	}
	c.defaultPathsPending = true
	return nil
}

// loadPendingLocked carries out a deferred SetDefaultVerifyPaths; c.mu is
// held and c.ptr is not nil.
func (c *Context) loadPendingLocked() error {
	if !c.defaultPathsPending {
		return nil
	}
	c.defaultPathsPending = false
	var ce C.gossl_err
	if C.gossl_default_verify_paths(c.ptr, &ce) != 1 {
		return newError(&ce, 1)
	}
	return nil
}

// LoadDHParams installs PEM Diffie-Hellman parameters (the contents of a
// "DH PARAMETERS" file) for DHE key exchange on servers.
func (c *Context) LoadDHParams(pem []byte) error {
	if len(pem) > math.MaxInt32 {
		return &ValueError{Msg: "DH parameters too long"}
	}
	var cdata unsafe.Pointer
	if len(pem) > 0 {
		cdata = C.CBytes(pem)
		defer C.free(cdata)
	} else {
		cdata = C.CBytes([]byte{0})
		defer C.free(cdata)
	}
	return c.withCtx(func(p *C.SSL_CTX) error {
		var ce C.gossl_err
		if C.gossl_load_dh(p, cdata, C.int(len(pem)), &ce) != 1 {
			e := newError(&ce, 0)
			e.Site = SiteDHParams
			return e
		}
		return nil
	})
}
