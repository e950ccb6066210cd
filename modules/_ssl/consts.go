package _ssl

// #include "shim.h"
//
// /* gossl_const is one named integer constant read from OpenSSL's headers.
//  * The tables below list them in the order CPython 3.11's _ssl module
//  * defines them; a name this OpenSSL lacks is left out, as in CPython. */
// typedef struct { const char *name; long long value; } gossl_const;
//
// static const gossl_const gossl_verify_consts[] = {
//     {"VERIFY_DEFAULT", 0},
//     {"VERIFY_CRL_CHECK_LEAF", X509_V_FLAG_CRL_CHECK},
//     {"VERIFY_CRL_CHECK_CHAIN", X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL},
//     {"VERIFY_X509_STRICT", X509_V_FLAG_X509_STRICT},
//     {"VERIFY_ALLOW_PROXY_CERTS", X509_V_FLAG_ALLOW_PROXY_CERTS},
//     {"VERIFY_X509_TRUSTED_FIRST", X509_V_FLAG_TRUSTED_FIRST},
// #ifdef X509_V_FLAG_PARTIAL_CHAIN
//     {"VERIFY_X509_PARTIAL_CHAIN", X509_V_FLAG_PARTIAL_CHAIN},
// #endif
// };
//
// static const gossl_const gossl_alert_consts[] = {
//     {"ALERT_DESCRIPTION_CLOSE_NOTIFY", SSL_AD_CLOSE_NOTIFY},
//     {"ALERT_DESCRIPTION_UNEXPECTED_MESSAGE", SSL_AD_UNEXPECTED_MESSAGE},
//     {"ALERT_DESCRIPTION_BAD_RECORD_MAC", SSL_AD_BAD_RECORD_MAC},
//     {"ALERT_DESCRIPTION_RECORD_OVERFLOW", SSL_AD_RECORD_OVERFLOW},
//     {"ALERT_DESCRIPTION_DECOMPRESSION_FAILURE", SSL_AD_DECOMPRESSION_FAILURE},
//     {"ALERT_DESCRIPTION_HANDSHAKE_FAILURE", SSL_AD_HANDSHAKE_FAILURE},
//     {"ALERT_DESCRIPTION_BAD_CERTIFICATE", SSL_AD_BAD_CERTIFICATE},
//     {"ALERT_DESCRIPTION_UNSUPPORTED_CERTIFICATE", SSL_AD_UNSUPPORTED_CERTIFICATE},
//     {"ALERT_DESCRIPTION_CERTIFICATE_REVOKED", SSL_AD_CERTIFICATE_REVOKED},
//     {"ALERT_DESCRIPTION_CERTIFICATE_EXPIRED", SSL_AD_CERTIFICATE_EXPIRED},
//     {"ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN", SSL_AD_CERTIFICATE_UNKNOWN},
//     {"ALERT_DESCRIPTION_ILLEGAL_PARAMETER", SSL_AD_ILLEGAL_PARAMETER},
//     {"ALERT_DESCRIPTION_UNKNOWN_CA", SSL_AD_UNKNOWN_CA},
//     {"ALERT_DESCRIPTION_ACCESS_DENIED", SSL_AD_ACCESS_DENIED},
//     {"ALERT_DESCRIPTION_DECODE_ERROR", SSL_AD_DECODE_ERROR},
//     {"ALERT_DESCRIPTION_DECRYPT_ERROR", SSL_AD_DECRYPT_ERROR},
//     {"ALERT_DESCRIPTION_PROTOCOL_VERSION", SSL_AD_PROTOCOL_VERSION},
//     {"ALERT_DESCRIPTION_INSUFFICIENT_SECURITY", SSL_AD_INSUFFICIENT_SECURITY},
//     {"ALERT_DESCRIPTION_INTERNAL_ERROR", SSL_AD_INTERNAL_ERROR},
//     {"ALERT_DESCRIPTION_USER_CANCELLED", SSL_AD_USER_CANCELLED},
//     {"ALERT_DESCRIPTION_NO_RENEGOTIATION", SSL_AD_NO_RENEGOTIATION},
// #ifdef SSL_AD_UNSUPPORTED_EXTENSION
//     {"ALERT_DESCRIPTION_UNSUPPORTED_EXTENSION", SSL_AD_UNSUPPORTED_EXTENSION},
// #endif
// #ifdef SSL_AD_CERTIFICATE_UNOBTAINABLE
//     {"ALERT_DESCRIPTION_CERTIFICATE_UNOBTAINABLE", SSL_AD_CERTIFICATE_UNOBTAINABLE},
// #endif
// #ifdef SSL_AD_UNRECOGNIZED_NAME
//     {"ALERT_DESCRIPTION_UNRECOGNIZED_NAME", SSL_AD_UNRECOGNIZED_NAME},
// #endif
// #ifdef SSL_AD_BAD_CERTIFICATE_STATUS_RESPONSE
//     {"ALERT_DESCRIPTION_BAD_CERTIFICATE_STATUS_RESPONSE", SSL_AD_BAD_CERTIFICATE_STATUS_RESPONSE},
// #endif
// #ifdef SSL_AD_BAD_CERTIFICATE_HASH_VALUE
//     {"ALERT_DESCRIPTION_BAD_CERTIFICATE_HASH_VALUE", SSL_AD_BAD_CERTIFICATE_HASH_VALUE},
// #endif
// #ifdef SSL_AD_UNKNOWN_PSK_IDENTITY
//     {"ALERT_DESCRIPTION_UNKNOWN_PSK_IDENTITY", SSL_AD_UNKNOWN_PSK_IDENTITY},
// #endif
// };
//
// static const gossl_const gossl_op_consts[] = {
//     /* CPython leaves DONT_INSERT_EMPTY_FRAGMENTS out of OP_ALL: the
//      * CBC countermeasure it disables is wanted. */
//     {"OP_ALL", (long long)(SSL_OP_ALL & ~SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS)},
//     {"OP_NO_SSLv2", (long long)SSL_OP_NO_SSLv2},
//     {"OP_NO_SSLv3", (long long)SSL_OP_NO_SSLv3},
//     {"OP_NO_TLSv1", (long long)SSL_OP_NO_TLSv1},
//     {"OP_NO_TLSv1_1", (long long)SSL_OP_NO_TLSv1_1},
//     {"OP_NO_TLSv1_2", (long long)SSL_OP_NO_TLSv1_2},
// #ifdef SSL_OP_NO_TLSv1_3
//     {"OP_NO_TLSv1_3", (long long)SSL_OP_NO_TLSv1_3},
// #else
//     {"OP_NO_TLSv1_3", 0},
// #endif
//     {"OP_CIPHER_SERVER_PREFERENCE", (long long)SSL_OP_CIPHER_SERVER_PREFERENCE},
//     {"OP_SINGLE_DH_USE", (long long)SSL_OP_SINGLE_DH_USE},
//     {"OP_NO_TICKET", (long long)SSL_OP_NO_TICKET},
//     {"OP_SINGLE_ECDH_USE", (long long)SSL_OP_SINGLE_ECDH_USE},
//     {"OP_NO_COMPRESSION", (long long)SSL_OP_NO_COMPRESSION},
// #ifdef SSL_OP_ENABLE_MIDDLEBOX_COMPAT
//     {"OP_ENABLE_MIDDLEBOX_COMPAT", (long long)SSL_OP_ENABLE_MIDDLEBOX_COMPAT},
// #endif
// #ifdef SSL_OP_NO_RENEGOTIATION
//     {"OP_NO_RENEGOTIATION", (long long)SSL_OP_NO_RENEGOTIATION},
// #endif
// #ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
//     {"OP_IGNORE_UNEXPECTED_EOF", (long long)SSL_OP_IGNORE_UNEXPECTED_EOF},
// #endif
//     /* Added by CPython 3.12 and 3.13. */
// #ifdef SSL_OP_ENABLE_KTLS
//     {"OP_ENABLE_KTLS", (long long)SSL_OP_ENABLE_KTLS},
// #endif
// #ifdef SSL_OP_LEGACY_SERVER_CONNECT
//     {"OP_LEGACY_SERVER_CONNECT", (long long)SSL_OP_LEGACY_SERVER_CONNECT},
// #endif
// };
//
// static const gossl_const gossl_hostflag_consts[] = {
//     {"HOSTFLAG_ALWAYS_CHECK_SUBJECT", X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT},
// #ifdef X509_CHECK_FLAG_NEVER_CHECK_SUBJECT
//     {"HOSTFLAG_NEVER_CHECK_SUBJECT", X509_CHECK_FLAG_NEVER_CHECK_SUBJECT},
// #endif
//     {"HOSTFLAG_NO_WILDCARDS", X509_CHECK_FLAG_NO_WILDCARDS},
//     {"HOSTFLAG_NO_PARTIAL_WILDCARDS", X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS},
//     {"HOSTFLAG_MULTI_LABEL_WILDCARDS", X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS},
//     {"HOSTFLAG_SINGLE_LABEL_SUBDOMAINS", X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS},
// };
//
// static const gossl_const gossl_encoding_consts[] = {
//     {"ENCODING_PEM", X509_FILETYPE_PEM},
//     {"ENCODING_DER", X509_FILETYPE_ASN1},
// };
//
// /* TLS versions as TLSVersion numbers them (the wire numbers); the two
//  * sentinels are CPython's own and are added in Go. */
// static const gossl_const gossl_proto_consts[] = {
//     {"PROTO_SSLv3", SSL3_VERSION},
//     {"PROTO_TLSv1", TLS1_VERSION},
//     {"PROTO_TLSv1_1", TLS1_1_VERSION},
//     {"PROTO_TLSv1_2", TLS1_2_VERSION},
// #ifdef TLS1_3_VERSION
//     {"PROTO_TLSv1_3", TLS1_3_VERSION},
// #endif
// };
//
// /* Which protocols and features this OpenSSL was built with, read from
//  * its configuration macros as CPython 3.11 does. */
// static const gossl_const gossl_feature_consts[] = {
// #if !defined(OPENSSL_NO_SSL3) && !defined(OPENSSL_NO_SSL3_METHOD)
//     {"PROTOCOL_SSLv3", 1},
// #endif
// #if !defined(OPENSSL_NO_TLS1) && !defined(OPENSSL_NO_TLS1_METHOD)
//     {"PROTOCOL_TLSv1", 1},
// #endif
// #if !defined(OPENSSL_NO_TLS1_1) && !defined(OPENSSL_NO_TLS1_1_METHOD)
//     {"PROTOCOL_TLSv1_1", 1},
// #endif
// #if !defined(OPENSSL_NO_TLS1_2) && !defined(OPENSSL_NO_TLS1_2_METHOD)
//     {"PROTOCOL_TLSv1_2", 1},
// #endif
// #ifndef OPENSSL_NO_ECDH
//     {"HAS_ECDH", 1},
// #endif
// #if defined(SSL3_VERSION) && !defined(OPENSSL_NO_SSL3)
//     {"HAS_SSLv3", 1},
// #endif
// #if defined(TLS1_VERSION) && !defined(OPENSSL_NO_TLS1)
//     {"HAS_TLSv1", 1},
// #endif
// #if defined(TLS1_1_VERSION) && !defined(OPENSSL_NO_TLS1_1)
//     {"HAS_TLSv1_1", 1},
// #endif
// #if defined(TLS1_2_VERSION) && !defined(OPENSSL_NO_TLS1_2)
//     {"HAS_TLSv1_2", 1},
// #endif
// #if defined(TLS1_3_VERSION) && !defined(OPENSSL_NO_TLS1_3)
//     {"HAS_TLSv1_3", 1},
// #endif
// #ifdef X509_CHECK_FLAG_NEVER_CHECK_SUBJECT
//     {"HAS_NEVER_CHECK_COMMON_NAME", 1},
// #endif
// #ifndef OPENSSL_NO_PSK
//     {"HAS_PSK", 1},
// #endif
//     {"", 0} /* keeps the array non-empty */
// };
//
// #define GOSSL_TABLE(t) { t, sizeof(t) / sizeof(t[0]) }
// typedef struct { const gossl_const *rows; int n; } gossl_table;
// static const gossl_table gossl_tables[] = {
//     GOSSL_TABLE(gossl_verify_consts),
//     GOSSL_TABLE(gossl_alert_consts),
//     GOSSL_TABLE(gossl_op_consts),
//     GOSSL_TABLE(gossl_hostflag_consts),
//     GOSSL_TABLE(gossl_encoding_consts),
//     GOSSL_TABLE(gossl_proto_consts),
//     GOSSL_TABLE(gossl_feature_consts),
// };
//
// static int gossl_table_len(int t) { return gossl_tables[t].n; }
// static const char *gossl_table_name(int t, int i) { return gossl_tables[t].rows[i].name; }
// static long long gossl_table_value(int t, int i) { return gossl_tables[t].rows[i].value; }
import "C"

import "sync"

// Const is one integer constant of the Python module _ssl.
type Const struct {
	Name  string
	Value int64
}

// indexes into gossl_tables.
const (
	tableVerify = iota
	tableAlert
	tableOp
	tableHostflag
	tableEncoding
	tableProto
	tableFeature
)

func readTable(t int) []Const {
	n := int(C.gossl_table_len(C.int(t)))
	out := make([]Const, 0, n)
	for i := 0; i < n; i++ {
		name := C.GoString(C.gossl_table_name(C.int(t), C.int(i)))
		if name == "" {
			continue
		}
		out = append(out, Const{Name: name, Value: int64(C.gossl_table_value(C.int(t), C.int(i)))})
	}
	return out
}

var (
	constsOnce sync.Once
	constsList []Const
	featureSet map[string]bool
)

func loadConsts() {
	featureSet = map[string]bool{}
	for _, c := range readTable(tableFeature) {
		featureSet[c.Name] = true
	}
	var l []Const
	add := func(name string, v int64) { l = append(l, Const{name, v}) }
	// CPython's own numbering of SSL_get_error results.
	for _, k := range []struct {
		name string
		kind Kind
	}{
		{"SSL_ERROR_ZERO_RETURN", KindZeroReturn},
		{"SSL_ERROR_WANT_READ", KindWantRead},
		{"SSL_ERROR_WANT_WRITE", KindWantWrite},
		{"SSL_ERROR_WANT_X509_LOOKUP", KindWantX509Lookup},
		{"SSL_ERROR_SYSCALL", KindSyscall},
		{"SSL_ERROR_SSL", KindSSL},
		{"SSL_ERROR_WANT_CONNECT", KindWantConnect},
		{"SSL_ERROR_EOF", KindEOF},
		{"SSL_ERROR_INVALID_ERROR_CODE", KindInvalidCode},
	} {
		add(k.name, int64(k.kind))
	}
	add("CERT_NONE", int64(CertNone))
	add("CERT_OPTIONAL", int64(CertOptional))
	add("CERT_REQUIRED", int64(CertRequired))
	l = append(l, readTable(tableVerify)...)
	l = append(l, readTable(tableAlert)...)
	if featureSet["PROTOCOL_SSLv3"] {
		add("PROTOCOL_SSLv3", int64(ProtocolSSLv3))
	}
	add("PROTOCOL_SSLv23", int64(ProtocolTLS))
	add("PROTOCOL_TLS", int64(ProtocolTLS))
	add("PROTOCOL_TLS_CLIENT", int64(ProtocolTLSClient))
	add("PROTOCOL_TLS_SERVER", int64(ProtocolTLSServer))
	for _, p := range []struct {
		name  string
		proto Protocol
	}{
		{"PROTOCOL_TLSv1", ProtocolTLSv1},
		{"PROTOCOL_TLSv1_1", ProtocolTLSv1_1},
		{"PROTOCOL_TLSv1_2", ProtocolTLSv1_2},
	} {
		if featureSet[p.name] {
			add(p.name, int64(p.proto))
		}
	}
	l = append(l, readTable(tableOp)...)
	l = append(l, readTable(tableHostflag)...)
	l = append(l, readTable(tableEncoding)...)
	// TLSVersion's sentinels are CPython's own numbers.
	add("PROTO_MINIMUM_SUPPORTED", ProtoMinimumSupported)
	add("PROTO_MAXIMUM_SUPPORTED", ProtoMaximumSupported)
	l = append(l, readTable(tableProto)...)
	constsList = l
}

// TLSVersion sentinels, numbered as CPython's ssl.TLSVersion.
const (
	ProtoMinimumSupported = -2
	ProtoMaximumSupported = -1
)

// Constants lists every integer constant of the _ssl module (SSL_ERROR_*,
// CERT_*, VERIFY_*, ALERT_DESCRIPTION_*, PROTOCOL_*, OP_*, HOSTFLAG_*,
// ENCODING_*, PROTO_*) in the order CPython 3.11 defines them, with the
// values of the OpenSSL headers this package was built against. Names
// this OpenSSL lacks (PROTOCOL_SSLv3 on a no-ssl3 build) are absent.
// The caller may modify the returned slice. Safe for concurrent use.
func Constants() []Const {
	constsOnce.Do(loadConsts)
	return append([]Const(nil), constsList...)
}

// Feature is one HAS_* flag of the _ssl module.
type Feature struct {
	Name string
	On   bool
}

// Features lists the HAS_* flags in CPython 3.11's order, plus
// HAS_NEVER_CHECK_COMMON_NAME (CPython computes it in ssl.py) and 3.13's
// HAS_PSK. SNI, ALPN
// and tls-unique are always on with OpenSSL 3; NPN is off as in CPython
// 3.10+, which dropped it; SSLv2 is gone from OpenSSL. Safe for concurrent
// use.
func Features() []Feature {
	constsOnce.Do(loadConsts)
	has := func(n string) Feature { return Feature{n, featureSet[n]} }
	return []Feature{
		{"HAS_SNI", true},
		{"HAS_TLS_UNIQUE", true},
		has("HAS_ECDH"),
		{"HAS_NPN", false},
		{"HAS_ALPN", true},
		{"HAS_SSLv2", false},
		has("HAS_SSLv3"),
		has("HAS_TLSv1"),
		has("HAS_TLSv1_1"),
		has("HAS_TLSv1_2"),
		has("HAS_TLSv1_3"),
		has("HAS_NEVER_CHECK_COMMON_NAME"),
		has("HAS_PSK"), // CPython 3.13
	}
}
