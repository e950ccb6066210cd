// certgen's C half: one call that makes a CA and a leaf certificate with
// libcrypto. Nothing here keeps state between calls.
#ifndef GPYSSL_CERTGEN_H
#define GPYSSL_CERTGEN_H

#include <stddef.h>

// certgen_spec describes one certificate. san is an OpenSSL
// subjectAltName value ("DNS:localhost,IP:127.0.0.1") or empty; not_before
// and not_after are Unix times.
typedef struct {
	const char *common_name;
	const char *organization; // empty: no O attribute
	const char *san;
	long long not_before, not_after;
} certgen_spec;

// certgen_pem is a malloc'ed PEM text; the caller frees data.
typedef struct {
	char *data;
	size_t len;
} certgen_pem;

// certgen_pair makes a self-signed CA from ca and a leaf from leaf signed
// by it, each with a new ECDSA P-256 key, and returns the four PEM texts
// (certificates, PKCS#8 keys). On failure it returns 0, frees what it
// made and writes a message into err (at most errlen bytes).
int certgen_pair(const certgen_spec *ca, const certgen_spec *leaf,
                 certgen_pem *ca_cert, certgen_pem *ca_key,
                 certgen_pem *leaf_cert, certgen_pem *leaf_key,
                 char *err, size_t errlen);

#endif
