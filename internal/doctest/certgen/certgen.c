#include "certgen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

// fail records what went wrong: the deepest libcrypto error if there is
// one, else what (the step that failed). The error queue is left empty.
static int fail(char *err, size_t errlen, const char *what) {
	unsigned long code = ERR_peek_last_error();
	if (code != 0) {
		char buf[256];
		ERR_error_string_n(code, buf, sizeof buf);
		snprintf(err, errlen, "%s: %s", what, buf);
	} else {
		snprintf(err, errlen, "%s", what);
	}
	ERR_clear_error();
	return 0;
}

// add_ext adds one extension written in OpenSSL's configuration syntax.
static int add_ext(X509 *cert, X509V3_CTX *ctx, int nid, const char *value) {
	X509_EXTENSION *ext = X509V3_EXT_conf_nid(NULL, ctx, nid, value);
	if (ext == NULL) {
		return 0;
	}
	int ok = X509_add_ext(cert, ext, -1);
	X509_EXTENSION_free(ext);
	return ok;
}

// set_name writes O (when given) then CN, the order Go's pkix.Name uses.
static int set_name(X509_NAME *name, const certgen_spec *spec) {
	if (spec->organization[0] != '\0' &&
	    !X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
	                                (const unsigned char *)spec->organization, -1, -1, 0)) {
		return 0;
	}
	return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
	                                  (const unsigned char *)spec->common_name, -1, -1, 0);
}

// make_cert builds and signs one certificate for key. issuer and
// issuer_key are NULL for a self-signed CA.
static X509 *make_cert(const certgen_spec *spec, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuer_key) {
	X509 *cert = X509_new();
	BIGNUM *serial = BN_new();
	int ok = cert != NULL && serial != NULL &&
	         X509_set_version(cert, X509_VERSION_3) &&
	         BN_rand(serial, 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) &&
	         BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert)) != NULL &&
	         ASN1_TIME_set(X509_getm_notBefore(cert), (time_t)spec->not_before) != NULL &&
	         ASN1_TIME_set(X509_getm_notAfter(cert), (time_t)spec->not_after) != NULL &&
	         set_name(X509_get_subject_name(cert), spec) &&
	         X509_set_issuer_name(cert, issuer != NULL ? X509_get_subject_name(issuer)
	                                                   : X509_get_subject_name(cert)) &&
	         X509_set_pubkey(cert, key);
	BN_free(serial);
	if (ok) {
		X509V3_CTX ctx;
		X509V3_set_ctx(&ctx, issuer != NULL ? issuer : cert, cert, NULL, NULL, 0);
		if (issuer == NULL) {
			ok = add_ext(cert, &ctx, NID_basic_constraints, "critical,CA:TRUE") &&
			     add_ext(cert, &ctx, NID_key_usage, "critical,keyCertSign,cRLSign") &&
			     add_ext(cert, &ctx, NID_subject_key_identifier, "hash");
		} else {
			ok = add_ext(cert, &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
			     add_ext(cert, &ctx, NID_key_usage, "critical,digitalSignature") &&
			     add_ext(cert, &ctx, NID_ext_key_usage, "serverAuth") &&
			     add_ext(cert, &ctx, NID_authority_key_identifier, "keyid:always");
		}
		if (ok && spec->san[0] != '\0') {
			ok = add_ext(cert, &ctx, NID_subject_alt_name, spec->san);
		}
	}
	if (ok) {
		ok = X509_sign(cert, issuer_key != NULL ? issuer_key : key, EVP_sha256()) > 0;
	}
	if (!ok) {
		X509_free(cert);
		return NULL;
	}
	return cert;
}

// to_pem copies what bio holds into a malloc'ed buffer.
static int to_pem(BIO *bio, certgen_pem *out) {
	char *data = NULL;
	long n = BIO_get_mem_data(bio, &data);
	if (n <= 0) {
		return 0;
	}
	out->data = malloc((size_t)n);
	if (out->data == NULL) {
		return 0;
	}
	memcpy(out->data, data, (size_t)n);
	out->len = (size_t)n;
	return 1;
}

static int cert_pem(X509 *cert, certgen_pem *out) {
	BIO *bio = BIO_new(BIO_s_mem());
	int ok = bio != NULL && PEM_write_bio_X509(bio, cert) && to_pem(bio, out);
	BIO_free(bio);
	return ok;
}

static int key_pem(EVP_PKEY *key, certgen_pem *out) {
	BIO *bio = BIO_new(BIO_s_mem());
	int ok = bio != NULL && PEM_write_bio_PrivateKey(bio, key, NULL, NULL, 0, NULL, NULL) &&
	         to_pem(bio, out);
	BIO_free(bio);
	return ok;
}

int certgen_pair(const certgen_spec *ca, const certgen_spec *leaf,
                 certgen_pem *ca_cert, certgen_pem *ca_key,
                 certgen_pem *leaf_cert, certgen_pem *leaf_key,
                 char *err, size_t errlen) {
	certgen_pem *outs[4] = {ca_cert, ca_key, leaf_cert, leaf_key};
	for (int i = 0; i < 4; i++) {
		outs[i]->data = NULL;
		outs[i]->len = 0;
	}
	ERR_clear_error();
	int ok = 0;
	const char *step = "generating a key";
	X509 *ca_x = NULL, *leaf_x = NULL;
	EVP_PKEY *ca_k = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
	EVP_PKEY *leaf_k = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
	if (ca_k == NULL || leaf_k == NULL) {
		goto done;
	}
	step = "making the CA certificate";
	if ((ca_x = make_cert(ca, ca_k, NULL, NULL)) == NULL) {
		goto done;
	}
	step = "making the leaf certificate";
	if ((leaf_x = make_cert(leaf, leaf_k, ca_x, ca_k)) == NULL) {
		goto done;
	}
	step = "writing PEM";
	ok = cert_pem(ca_x, ca_cert) && key_pem(ca_k, ca_key) &&
	     cert_pem(leaf_x, leaf_cert) && key_pem(leaf_k, leaf_key);
done:
	if (!ok) {
		fail(err, errlen, step);
		for (int i = 0; i < 4; i++) {
			free(outs[i]->data);
			outs[i]->data = NULL;
			outs[i]->len = 0;
		}
	}
	X509_free(ca_x);
	X509_free(leaf_x);
	EVP_PKEY_free(ca_k);
	EVP_PKEY_free(leaf_k);
	return ok;
}
