package _ssl

// #include <stdlib.h>
// #include "shim.h"
//
// static uint64_t gossl_ctx_get_options(SSL_CTX *ctx) { return SSL_CTX_get_options(ctx); }
// static void gossl_ctx_set_options(SSL_CTX *ctx, uint64_t set, uint64_t clear) {
//     if (clear) SSL_CTX_clear_options(ctx, clear);
//     if (set) SSL_CTX_set_options(ctx, set);
// }
//
// static void gossl_ctx_set_verify(SSL_CTX *ctx, int mode) {
//     /* keep whatever verify callback is installed */
//     SSL_CTX_set_verify(ctx, mode, SSL_CTX_get_verify_callback(ctx));
// }
//
// static unsigned long gossl_ctx_get_vflags(SSL_CTX *ctx) {
//     return X509_VERIFY_PARAM_get_flags(SSL_CTX_get0_param(ctx));
// }
// static int gossl_ctx_set_vflags(SSL_CTX *ctx, unsigned long set, unsigned long clear, gossl_err *e) {
//     gossl_begin(e);
//     X509_VERIFY_PARAM *p = SSL_CTX_get0_param(ctx);
//     if (clear && X509_VERIFY_PARAM_clear_flags(p, clear) != 1) { gossl_capture(e); return 0; }
//     if (set && X509_VERIFY_PARAM_set_flags(p, set) != 1) { gossl_capture(e); return 0; }
//     return 1;
// }
//
// /* 1 on success, 0 when no cipher matches (queue cleared, as CPython). */
// static int gossl_ctx_set_ciphers(SSL_CTX *ctx, const char *list) {
//     ERR_clear_error();
//     int ok = SSL_CTX_set_cipher_list(ctx, list);
//     ERR_clear_error();
//     return ok == 1;
// }
//
// /* gossl_cipher_info is one entry of get_ciphers(), in CPython's
//  * cipher_to_dict shape; NULL strings become None. */
// typedef struct {
//     unsigned long id;
//     const char *name, *protocol, *symmetric, *digest, *kea, *auth;
//     char description[256];
//     int strength_bits, alg_bits, aead;
// } gossl_cipher_info;
//
// static const char *gossl_nid_ln(int nid) { return nid == NID_undef ? NULL : OBJ_nid2ln(nid); }
//
// static void gossl_cipher_fill(const SSL_CIPHER *c, gossl_cipher_info *ci) {
//     ci->id = SSL_CIPHER_get_id(c);
//     ci->name = SSL_CIPHER_get_name(c);
//     ci->protocol = SSL_CIPHER_get_version(c);
//     SSL_CIPHER_description(c, ci->description, sizeof(ci->description) - 1);
//     size_t n = strlen(ci->description);
//     if (n > 1 && ci->description[n-1] == '\n') ci->description[n-1] = '\0';
//     ci->strength_bits = SSL_CIPHER_get_bits(c, &ci->alg_bits);
//     ci->aead = SSL_CIPHER_is_aead(c);
//     ci->symmetric = gossl_nid_ln(SSL_CIPHER_get_cipher_nid(c));
//     ci->digest = gossl_nid_ln(SSL_CIPHER_get_digest_nid(c));
//     ci->kea = gossl_nid_ln(SSL_CIPHER_get_kx_nid(c));
//     ci->auth = gossl_nid_ln(SSL_CIPHER_get_auth_nid(c));
// }
//
// /* gossl_ctx_ciphers fills up to max entries from the enabled list of a
//  * throw-away SSL, as CPython does; returns the count or -1 (captured). */
// static int gossl_ctx_ciphers(SSL_CTX *ctx, gossl_cipher_info *out, int max, gossl_err *e) {
//     gossl_begin(e);
//     SSL *s = SSL_new(ctx);
//     if (s == NULL) { gossl_capture(e); return -1; }
//     STACK_OF(SSL_CIPHER) *sk = SSL_get_ciphers(s);
//     int n = sk ? sk_SSL_CIPHER_num(sk) : 0;
//     if (out != NULL) {
//         for (int i = 0; i < n && i < max; i++) gossl_cipher_fill(sk_SSL_CIPHER_value(sk, i), &out[i]);
//     }
//     SSL_free(s);
//     return n;
// }
//
// /* 1 ok, 0 OpenSSL failure (captured), -1 unknown name. */
// static int gossl_ctx_set_curve(SSL_CTX *ctx, const char *name, gossl_err *e) {
//     gossl_begin(e);
//     int nid = OBJ_sn2nid(name);
//     if (nid == NID_undef) return -1;
//     if (SSL_CTX_set1_groups(ctx, &nid, 1) != 1) { gossl_capture(e); return 0; }
//     return 1;
// }
//
// static void gossl_ctx_session_stats(SSL_CTX *ctx, long *out) {
//     out[0] = SSL_CTX_sess_number(ctx);
//     out[1] = SSL_CTX_sess_connect(ctx);
//     out[2] = SSL_CTX_sess_connect_good(ctx);
//     out[3] = SSL_CTX_sess_connect_renegotiate(ctx);
//     out[4] = SSL_CTX_sess_accept(ctx);
//     out[5] = SSL_CTX_sess_accept_good(ctx);
//     out[6] = SSL_CTX_sess_accept_renegotiate(ctx);
//     out[7] = SSL_CTX_sess_hits(ctx);
//     out[8] = SSL_CTX_sess_misses(ctx);
//     out[9] = SSL_CTX_sess_timeouts(ctx);
//     out[10] = SSL_CTX_sess_cache_full(ctx);
// }
//
// static void gossl_ctx_store_stats(SSL_CTX *ctx, int *x509, int *crl, int *ca) {
//     *x509 = *crl = *ca = 0;
//     STACK_OF(X509_OBJECT) *objs = X509_STORE_get0_objects(SSL_CTX_get_cert_store(ctx));
//     for (int i = 0; i < sk_X509_OBJECT_num(objs); i++) {
//         X509_OBJECT *o = sk_X509_OBJECT_value(objs, i);
//         switch (X509_OBJECT_get_type(o)) {
//         case X509_LU_X509:
//             (*x509)++;
//             if (X509_check_ca(X509_OBJECT_get0_X509(o))) (*ca)++;
//             break;
//         case X509_LU_CRL:
//             (*crl)++;
//             break;
//         default:
//             break;
//         }
//     }
// }
//
// /* gossl_ctx_ca_der returns the DER of the idx-th CA certificate of the
//  * store (OPENSSL_malloc'd, *len set), or NULL past the end. *next is the
//  * store position to resume from. -1 in *len means an encoding failure. */
// static unsigned char *gossl_ctx_ca_der(SSL_CTX *ctx, int *pos, int *len) {
//     STACK_OF(X509_OBJECT) *objs = X509_STORE_get0_objects(SSL_CTX_get_cert_store(ctx));
//     *len = 0;
//     for (; *pos < sk_X509_OBJECT_num(objs); (*pos)++) {
//         X509_OBJECT *o = sk_X509_OBJECT_value(objs, *pos);
//         if (X509_OBJECT_get_type(o) != X509_LU_X509) continue;
//         X509 *x = X509_OBJECT_get0_X509(o);
//         if (!X509_check_ca(x)) continue;
//         unsigned char *der = NULL;
//         int n = i2d_X509(x, &der);
//         (*pos)++;
//         if (n < 0) { ERR_clear_error(); *len = -1; return NULL; }
//         *len = n;
//         return der;
//     }
//     return NULL;
// }
// static void gossl_openssl_free(void *p) { OPENSSL_free(p); }
import "C"

import (
	"unsafe"
)

// VerifyMode is Python's CERT_NONE, CERT_OPTIONAL or CERT_REQUIRED.
type VerifyMode int

// The verify modes, numbered as Python's ssl.CERT_*.
const (
	CertNone     VerifyMode = 0
	CertOptional VerifyMode = 1
	CertRequired VerifyMode = 2
)

// ErrNoCipherMatch is what SetCiphers returns when the list selects no
// cipher; CPython raises SSLError("No cipher can be selected.") with no
// library or reason.
var ErrNoCipherMatch = &Error{Kind: KindSSL, Verify: -1, Text: "No cipher can be selected.", Origin: OriginCheck}

// Options returns SSL_CTX_get_options.
func (c *Context) Options() (uint64, error) {
	var v uint64
	err := c.withCtx(func(p *C.SSL_CTX) error {
		v = uint64(C.gossl_ctx_get_options(p))
		return nil
	})
	return v, err
}

// SetOptions makes the options exactly v: bits not in v are cleared with
// SSL_CTX_clear_options, new bits set with SSL_CTX_set_options (as
// CPython's setter does).
func (c *Context) SetOptions(v uint64) error {
	return c.withCtx(func(p *C.SSL_CTX) error {
		old := uint64(C.gossl_ctx_get_options(p))
		C.gossl_ctx_set_options(p, C.uint64_t(^old&v), C.uint64_t(old&^v))
		return nil
	})
}

// VerifyMode reports the verification mode from SSL_CTX_get_verify_mode,
// ignoring CLIENT_ONCE and POST_HANDSHAKE as CPython does.
func (c *Context) VerifyMode() (VerifyMode, error) {
	var m VerifyMode
	err := c.withCtx(func(p *C.SSL_CTX) error {
		switch C.SSL_CTX_get_verify_mode(p) & (C.SSL_VERIFY_PEER | C.SSL_VERIFY_FAIL_IF_NO_PEER_CERT) {
		case C.SSL_VERIFY_NONE:
			m = CertNone
		case C.SSL_VERIFY_PEER:
			m = CertOptional
		default:
			m = CertRequired
		}
		return nil
	})
	return m, err
}

// SetVerifyMode sets the verification mode. CERT_NONE while
// check_hostname is on, or a value outside the three modes, is a
// *ValueError with CPython's message.
func (c *Context) SetVerifyMode(m VerifyMode) error {
	var mode C.int
	switch m {
	case CertNone:
		mode = C.SSL_VERIFY_NONE
	case CertOptional:
		mode = C.SSL_VERIFY_PEER
	case CertRequired:
		mode = C.SSL_VERIFY_PEER | C.SSL_VERIFY_FAIL_IF_NO_PEER_CERT
	default:
		return &ValueError{Msg: "invalid value for verify_mode"}
	}
	return c.withCtx(func(p *C.SSL_CTX) error {
		if m == CertNone && c.checkHostname {
			return &ValueError{Msg: "Cannot set verify_mode to CERT_NONE when check_hostname is enabled."}
		}
		C.gossl_ctx_set_verify(p, mode)
		return nil
	})
}

// VerifyFlags returns the X509_VERIFY_PARAM flags (VERIFY_* values).
func (c *Context) VerifyFlags() (uint64, error) {
	var v uint64
	err := c.withCtx(func(p *C.SSL_CTX) error {
		v = uint64(C.gossl_ctx_get_vflags(p))
		return nil
	})
	return v, err
}

// SetVerifyFlags makes the verification flags exactly v.
func (c *Context) SetVerifyFlags(v uint64) error {
	return c.withCtx(func(p *C.SSL_CTX) error {
		old := uint64(C.gossl_ctx_get_vflags(p))
		var ce C.gossl_err
		if C.gossl_ctx_set_vflags(p, C.ulong(^old&v), C.ulong(old&^v), &ce) != 1 {
			return newError(&ce, 0)
		}
		return nil
	})
}

// SetCiphers sets the TLS 1.2-and-below cipher list (OpenSSL's cipher
// string format). ErrNoCipherMatch when nothing is selected.
func (c *Context) SetCiphers(list string) error {
	if hasNUL(list) {
		return &ValueError{Msg: "embedded null character"}
	}
	cs := C.CString(list)
	defer C.free(unsafe.Pointer(cs))
	return c.withCtx(func(p *C.SSL_CTX) error {
		if C.gossl_ctx_set_ciphers(p, cs) != 1 {
			return ErrNoCipherMatch
		}
		return nil
	})
}

// CipherDescription is one entry of get_ciphers(), in OpenSSL 1.1+'s
// form. The string fields that OpenSSL leaves undefined are "" (Python
// None) and flagged by the Has* fields.
type CipherDescription struct {
	ID           uint64
	Name         string
	Protocol     string
	Description  string
	StrengthBits int
	AlgBits      int
	AEAD         bool
	Symmetric    string // "" when none
	Digest       string // "" when none (AEAD ciphers)
	KEA          string // "" when none (TLS 1.3 suites: "kx-any")
	Auth         string // "" when none
	HasSymmetric bool
	HasDigest    bool
	HasKEA       bool
	HasAuth      bool
}

// Ciphers lists the enabled ciphers in priority order, as a connection
// made from c would offer them (TLS 1.3 suites included).
func (c *Context) Ciphers() ([]CipherDescription, error) {
	var out []CipherDescription
	err := c.withCtx(func(p *C.SSL_CTX) error {
		var ce C.gossl_err
		n := C.gossl_ctx_ciphers(p, nil, 0, &ce)
		if n < 0 {
			return newError(&ce, 0)
		}
		if n == 0 {
			return nil
		}
		buf := (*C.gossl_cipher_info)(C.calloc(C.size_t(n), C.size_t(unsafe.Sizeof(C.gossl_cipher_info{}))))
		if buf == nil {
			return &ValueError{Msg: "out of memory"}
		}
		defer C.free(unsafe.Pointer(buf))
		got := C.gossl_ctx_ciphers(p, buf, n, &ce)
		if got < 0 {
			return newError(&ce, 0)
		}
		if got > n {
			got = n
		}
		infos := unsafe.Slice(buf, int(got))
		out = make([]CipherDescription, len(infos))
		for i := range infos {
			ci := &infos[i]
			d := &out[i]
			d.ID = uint64(ci.id)
			d.Name = cstr(ci.name)
			d.Protocol = cstr(ci.protocol)
			d.Description = C.GoString(&ci.description[0])
			d.StrengthBits = int(ci.strength_bits)
			d.AlgBits = int(ci.alg_bits)
			d.AEAD = ci.aead != 0
			d.Symmetric, d.HasSymmetric = cstr(ci.symmetric), ci.symmetric != nil
			d.Digest, d.HasDigest = cstr(ci.digest), ci.digest != nil
			d.KEA, d.HasKEA = cstr(ci.kea), ci.kea != nil
			d.Auth, d.HasAuth = cstr(ci.auth), ci.auth != nil
		}
		return nil
	})
	return out, err
}

func cstr(p *C.char) string {
	if p == nil {
		return ""
	}
	return C.GoString(p)
}

func hasNUL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return true
		}
	}
	return false
}

// ErrUnknownCurve is returned by SetECDHCurve for a name OpenSSL does not
// know as a short name; the glue words CPython's message with the repr.
var ErrUnknownCurve = &ValueError{Msg: "unknown elliptic curve name"}

// SetECDHCurve restricts key exchange to the named group (an OpenSSL short
// name such as "prime256v1", "secp384r1", "X25519"), through
// SSL_CTX_set1_groups as CPython does on OpenSSL 3.
func (c *Context) SetECDHCurve(name string) error {
	if hasNUL(name) {
		return &ValueError{Msg: "embedded null byte"}
	}
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	return c.withCtx(func(p *C.SSL_CTX) error {
		var ce C.gossl_err
		switch C.gossl_ctx_set_curve(p, cs, &ce) {
		case 1:
			return nil
		case -1:
			return ErrUnknownCurve
		}
		return newError(&ce, 0)
	})
}

// SessionStatNames are the keys of session_stats(), in CPython's order.
var SessionStatNames = []string{
	"number", "connect", "connect_good", "connect_renegotiate", "accept",
	"accept_good", "accept_renegotiate", "hits", "misses", "timeouts", "cache_full",
}

// SessionStats returns the SSL_CTX_sess_* counters, in SessionStatNames
// order.
func (c *Context) SessionStats() ([]int64, error) {
	var raw [11]C.long
	err := c.withCtx(func(p *C.SSL_CTX) error {
		C.gossl_ctx_session_stats(p, &raw[0])
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]int64, len(raw))
	for i, v := range raw {
		out[i] = int64(v)
	}
	return out, nil
}

// StoreStats counts the trust store's certificates, CRLs and CA
// certificates (X509_check_ca), as cert_store_stats() reports them.
type StoreStats struct{ X509, CRL, X509CA int }

// CertStoreStats counts the objects of the context's X509_STORE.
func (c *Context) CertStoreStats() (StoreStats, error) {
	var s StoreStats
	err := c.withCtx(func(p *C.SSL_CTX) error {
		var x, crl, ca C.int
		C.gossl_ctx_store_stats(p, &x, &crl, &ca)
		s = StoreStats{X509: int(x), CRL: int(crl), X509CA: int(ca)}
		return nil
	})
	return s, err
}

// CACertsDER returns the DER encoding of every CA certificate in the trust
// store (certificates from a capath directory appear only once a handshake
// looked them up, as in CPython).
func (c *Context) CACertsDER() ([][]byte, error) {
	var out [][]byte
	err := c.withCtx(func(p *C.SSL_CTX) error {
		var pos, n C.int
		for {
			der := C.gossl_ctx_ca_der(p, &pos, &n)
			if der == nil {
				if n < 0 {
					return &Error{Kind: KindSSL, Verify: -1, Text: "cannot encode certificate", Site: callSite(2)}
				}
				return nil
			}
			out = append(out, C.GoBytes(unsafe.Pointer(der), n))
			C.gossl_openssl_free(unsafe.Pointer(der))
		}
	})
	return out, err
}
