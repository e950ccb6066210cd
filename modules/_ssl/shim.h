/* shim.h: the C side of package _ssl: API level, headers, and the error
 * capture every wrapper uses. Included by each cgo preamble of the package. */
#ifndef GOSSL_SHIM_H
#define GOSSL_SHIM_H

/* Build against the OpenSSL 3.0 API with deprecated calls hidden, so a call
 * removed upstream fails in our build first. */
#define OPENSSL_API_COMPAT 30000
#define OPENSSL_NO_DEPRECATED 1

#include <errno.h>
#include <string.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/bio.h>
#include <openssl/objects.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>

/* gossl_err is what a failed call leaves behind, captured in the same cgo
 * call as the failure (a later cgo call may run on another thread, where
 * errno and the error queue are not ours). */
typedef struct {
    int ssl_error;          /* SSL_get_error() result; 0 for non-SSL* calls */
    unsigned long code;     /* ERR_peek_last_error(), as CPython uses */
    int sys_errno;          /* errno right after the call */
    long verify;            /* SSL_get_verify_result(), X509_V_OK if none */
} gossl_err;

/* gossl_capture records errno and the last queued error, then empties the
 * queue. Call it right after a failed OpenSSL call. */
static inline void gossl_capture(gossl_err *e) {
    e->sys_errno = errno;
    e->code = ERR_peek_last_error();
    e->verify = X509_V_OK;
    ERR_clear_error();
}

/* gossl_capture_ssl records a failed call on an SSL*: SSL_get_error's
 * kind for its return value rc, errno, the last queued error and the
 * verification result; then it empties the queue. */
static inline void gossl_capture_ssl(SSL *s, int rc, gossl_err *e) {
    e->sys_errno = errno;
    e->ssl_error = SSL_get_error(s, rc);
    e->code = ERR_peek_last_error();
    e->verify = SSL_get_verify_result(s);
    ERR_clear_error();
}

/* gossl_begin clears stale state before a call whose failure we capture.
 * The queue is almost always empty: peeking is cheap, while clearing walks
 * every slot of the thread's queue (a few percent of a small read). */
static inline void gossl_begin(gossl_err *e) {
    if (ERR_peek_error() != 0) ERR_clear_error();
    errno = 0;
    memset(e, 0, sizeof(*e));
}

static inline int gossl_err_lib(unsigned long code) { return ERR_GET_LIB(code); }
static inline int gossl_err_reason(unsigned long code) { return ERR_GET_REASON(code); }
static inline int gossl_err_is_sys(unsigned long code) { return ERR_SYSTEM_ERROR(code); }

#endif
