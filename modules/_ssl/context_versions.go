package _ssl

// #include "shim.h"
//
// static int gossl_ctx_get_min(SSL_CTX *ctx) { return (int)SSL_CTX_get_min_proto_version(ctx); }
// static int gossl_ctx_get_max(SSL_CTX *ctx) { return (int)SSL_CTX_get_max_proto_version(ctx); }
// static int gossl_ctx_set_min(SSL_CTX *ctx, int v) {
//     int ok = (int)SSL_CTX_set_min_proto_version(ctx, v);
//     ERR_clear_error();
//     return ok;
// }
// static int gossl_ctx_set_max(SSL_CTX *ctx, int v) {
//     int ok = (int)SSL_CTX_set_max_proto_version(ctx, v);
//     ERR_clear_error();
//     return ok;
// }
// static int gossl_ctx_seclevel(SSL_CTX *ctx) { return SSL_CTX_get_security_level(ctx); }
// static size_t gossl_ctx_num_tickets(SSL_CTX *ctx) { return SSL_CTX_get_num_tickets(ctx); }
// static int gossl_ctx_set_num_tickets(SSL_CTX *ctx, size_t n) {
//     int ok = SSL_CTX_set_num_tickets(ctx, n);
//     ERR_clear_error();
//     return ok;
// }
// static unsigned int gossl_ctx_hostflags(SSL_CTX *ctx) {
//     return X509_VERIFY_PARAM_get_hostflags(SSL_CTX_get0_param(ctx));
// }
// static void gossl_ctx_set_hostflags(SSL_CTX *ctx, unsigned int f) {
//     X509_VERIFY_PARAM_set_hostflags(SSL_CTX_get0_param(ctx), f);
// }
// static int gossl_ctx_set_ciphersuites(SSL_CTX *ctx, const char *list) {
//     int ok = SSL_CTX_set_ciphersuites(ctx, list);
//     ERR_clear_error();
//     return ok;
// }
// static void gossl_ctx_clear_no_sslv3(SSL_CTX *ctx) { SSL_CTX_clear_options(ctx, SSL_OP_NO_SSLv3); }
// enum {
//     gossl_never_check_subject = X509_CHECK_FLAG_NEVER_CHECK_SUBJECT,
// #if defined(OPENSSL_NO_SSL3)
//     gossl_min_available = TLS1_VERSION, /* CPython's PY_PROTO_MINIMUM_AVAILABLE */
// #else
//     gossl_min_available = SSL3_VERSION,
// #endif
//     gossl_tls1_3_version = TLS1_3_VERSION,
// };
import "C"

import (
	"fmt"
	"unsafe"
)

// The wire numbers of the versions TLSVersion names.
const (
	VersionSSLv3  = 0x0300
	VersionTLSv1  = 0x0301
	VersionTLSv11 = 0x0302
	VersionTLSv12 = 0x0303
	VersionTLSv13 = 0x0304
)

// SecureCiphers is the cipher list every new Context starts with, as
// CPython 3.10+ (PY_SSL_DEFAULT_CIPHER_STRING): security level 2, forward
// secret AEAD and CBC suites with ECDHE or DHE key exchange, no SHA-1
// MACs, no DSS, no CCM. Each suite it selects is one of OpenSSL's HIGH
// ciphers, so 3.6's documented promise ("only HIGH ciphers, no NULL
// ciphers and no MD5 ciphers") still holds.
const SecureCiphers = "@SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:DHE+AES:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM"

// fixedVersion reports whether proto is one of the PROTOCOL_TLSv1*
// protocols, whose version range cannot be changed.
func (p Protocol) fixedVersion() bool {
	return p == ProtocolTLSv1 || p == ProtocolTLSv1_1 || p == ProtocolTLSv1_2
}

// MinimumVersion is minimum_version as a TLSVersion number: a wire
// version, or ProtoMinimumSupported when no lower bound is set. The
// fixed-version protocols report ProtoMinimumSupported, as CPython's
// version-specific methods do.
func (c *Context) MinimumVersion() (int, error) {
	v := 0
	err := c.withCtx(func(p *C.SSL_CTX) error {
		if !c.protocol.fixedVersion() {
			v = int(C.gossl_ctx_get_min(p))
		}
		return nil
	})
	if v == 0 {
		v = ProtoMinimumSupported
	}
	return v, err
}

// MaximumVersion is maximum_version: a wire version, or
// ProtoMaximumSupported when no upper bound is set.
func (c *Context) MaximumVersion() (int, error) {
	v := 0
	err := c.withCtx(func(p *C.SSL_CTX) error {
		if !c.protocol.fixedVersion() {
			v = int(C.gossl_ctx_get_max(p))
		}
		return nil
	})
	if v == 0 {
		v = ProtoMaximumSupported
	}
	return v, err
}

// SetMinimumVersion sets the lowest version a handshake may use, with
// CPython's rules: the fixed-version protocols refuse, v must be a wire
// version SSLv3..TLSv1_3 or one of the two sentinels (MAXIMUM_SUPPORTED
// as a minimum means TLS 1.3), and setting SSLv3 also clears OP_NO_SSLv3
// (CPython's ssl.py does so). Errors are *ValueError.
func (c *Context) SetMinimumVersion(v int) error { return c.setVersionBound(v, true) }

// SetMaximumVersion sets the highest version (MINIMUM_SUPPORTED as a
// maximum means the lowest version this OpenSSL has: TLS 1.0 without
// SSLv3).
func (c *Context) SetMaximumVersion(v int) error { return c.setVersionBound(v, false) }

func (c *Context) setVersionBound(v int, isMin bool) error {
	if c.protocol.fixedVersion() {
		return &ValueError{Msg: "The context's protocol doesn't support modification of highest and lowest version."}
	}
	wire := v
	switch v {
	case VersionSSLv3, VersionTLSv1, VersionTLSv11, VersionTLSv12, VersionTLSv13:
	case ProtoMinimumSupported:
		wire = 0
		if !isMin {
			wire = int(C.gossl_min_available)
		}
	case ProtoMaximumSupported:
		wire = 0
		if isMin {
			wire = int(C.gossl_tls1_3_version)
		}
	default:
		return &ValueError{Msg: fmt.Sprintf("Unsupported TLS/SSL version 0x%x", uint32(int32(v)))}
	}
	return c.withCtx(func(p *C.SSL_CTX) error {
		var ok C.int
		if isMin {
			if v == VersionSSLv3 {
				C.gossl_ctx_clear_no_sslv3(p)
			}
			ok = C.gossl_ctx_set_min(p, C.int(wire))
		} else {
			ok = C.gossl_ctx_set_max(p, C.int(wire))
		}
		if ok != 1 {
			return &ValueError{Msg: fmt.Sprintf("Unsupported protocol version 0x%x", uint32(int32(v)))}
		}
		return nil
	})
}

// SecurityLevel is SSL_CTX_get_security_level.
func (c *Context) SecurityLevel() (int, error) {
	var v int
	err := c.withCtx(func(p *C.SSL_CTX) error {
		v = int(C.gossl_ctx_seclevel(p))
		return nil
	})
	return v, err
}

// NumTickets is the number of TLS 1.3 session tickets a server sends.
func (c *Context) NumTickets() (uint64, error) {
	var v uint64
	err := c.withCtx(func(p *C.SSL_CTX) error {
		v = uint64(C.gossl_ctx_num_tickets(p))
		return nil
	})
	return v, err
}

// SetNumTickets sets num_tickets; only PROTOCOL_TLS_SERVER contexts take
// it, as in CPython.
func (c *Context) SetNumTickets(n uint64) error {
	if c.protocol != ProtocolTLSServer {
		return &ValueError{Msg: "SSLContext is not a server context."}
	}
	return c.withCtx(func(p *C.SSL_CTX) error {
		if C.gossl_ctx_set_num_tickets(p, C.size_t(n)) != 1 {
			return &ValueError{Msg: "failed to set num tickets."}
		}
		return nil
	})
}

// HostnameChecksCommonName reports whether hostname checking falls back
// to the subject's commonName when the certificate has no subjectAltName
// (X509_CHECK_FLAG_NEVER_CHECK_SUBJECT clear).
func (c *Context) HostnameChecksCommonName() (bool, error) {
	var on bool
	err := c.withCtx(func(p *C.SSL_CTX) error {
		on = C.gossl_ctx_hostflags(p)&C.uint(C.gossl_never_check_subject) == 0
		return nil
	})
	return on, err
}

// SetHostnameChecksCommonName sets hostname_checks_common_name; client
// connections made afterwards inherit it.
func (c *Context) SetHostnameChecksCommonName(on bool) error {
	return c.withCtx(func(p *C.SSL_CTX) error {
		f := C.gossl_ctx_hostflags(p)
		if on {
			f &^= C.uint(C.gossl_never_check_subject)
		} else {
			f |= C.uint(C.gossl_never_check_subject)
		}
		C.gossl_ctx_set_hostflags(p, f)
		return nil
	})
}

// SetCipherSuites sets the TLS 1.3 cipher suites (OpenSSL's
// SSL_CTX_set_ciphersuites: a colon-separated list of names such as
// "TLS_AES_256_GCM_SHA384"), which set_ciphers does not touch. A list
// OpenSSL refuses (an unknown name, nothing selected) is ErrNoCipherMatch,
// as set_ciphers reports it.
func (c *Context) SetCipherSuites(list string) error {
	if hasNUL(list) {
		return &ValueError{Msg: "embedded null character"}
	}
	cs := C.CString(list)
	defer C.free(unsafe.Pointer(cs))
	return c.withCtx(func(p *C.SSL_CTX) error {
		if C.gossl_ctx_set_ciphersuites(p, cs) != 1 {
			return ErrNoCipherMatch
		}
		return nil
	})
}
