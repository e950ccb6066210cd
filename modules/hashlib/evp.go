package hashlib

/*
#cgo pkg-config: libcrypto
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <stdio.h>
#include <stdlib.h>

// hl_fetch resolves a digest name the way CPython 3.6 does
// (EVP_get_digestbyname, so aliases such as "SHA256" and "RSA-SHA256"
// work) and returns a fetched, reference-counted EVP_MD for it, so that
// EVP_DigestInit_ex does no implicit fetch per object.
static EVP_MD *hl_fetch(const char *name) {
	const EVP_MD *md = EVP_get_digestbyname(name);
	if (md == NULL) {
		ERR_clear_error();
		return NULL;
	}
	EVP_MD *f = EVP_MD_fetch(NULL, EVP_MD_get0_name(md), NULL);
	ERR_clear_error();
	return f;
}

static EVP_MD_CTX *hl_new_ctx(const EVP_MD *md) {
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	if (c == NULL) {
		return NULL;
	}
	if (!EVP_DigestInit_ex(c, md, NULL)) {
		EVP_MD_CTX_free(c);
		ERR_clear_error();
		return NULL;
	}
	return c;
}

// hl_new_ctx_fed starts a computation and hashes the n bytes at p: a new
// context, its initialisation and the first update in one call.
static EVP_MD_CTX *hl_new_ctx_fed(const EVP_MD *md, const void *p, size_t n) {
	EVP_MD_CTX *c = hl_new_ctx(md);
	if (c == NULL || n == 0) {
		return c;
	}
	if (!EVP_DigestUpdate(c, p, n)) {
		EVP_MD_CTX_free(c);
		ERR_clear_error();
		return NULL;
	}
	return c;
}

// hl_oneshot writes the digest of the n bytes at p into out (outlen
// bytes for an extendable-output function), with a context that lives
// only for this call.
static int hl_oneshot(const EVP_MD *md, const void *p, size_t n, unsigned char *out, size_t outlen, int xof) {
	EVP_MD_CTX *c = hl_new_ctx_fed(md, p, n);
	int ok;
	unsigned int got = 0;
	if (c == NULL) {
		return 0;
	}
	if (xof) {
		ok = EVP_DigestFinalXOF(c, out, outlen);
	} else {
		ok = EVP_DigestFinal_ex(c, out, &got);
	}
	EVP_MD_CTX_free(c);
	if (!ok) {
		ERR_clear_error();
	}
	return ok;
}

static EVP_MD_CTX *hl_copy_ctx(const EVP_MD_CTX *src) {
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	if (c == NULL) {
		return NULL;
	}
	if (!EVP_MD_CTX_copy_ex(c, src)) {
		EVP_MD_CTX_free(c);
		ERR_clear_error();
		return NULL;
	}
	return c;
}

// hl_final writes the digest of a copy of src into out (outlen bytes for
// an extendable-output function, the digest's size otherwise).
static int hl_final(const EVP_MD_CTX *src, unsigned char *out, size_t outlen, int xof) {
	EVP_MD_CTX *c = hl_copy_ctx(src);
	int ok;
	unsigned int n = 0;
	if (c == NULL) {
		return 0;
	}
	if (xof) {
		ok = EVP_DigestFinalXOF(c, out, outlen);
	} else {
		ok = EVP_DigestFinal_ex(c, out, &n);
	}
	EVP_MD_CTX_free(c);
	if (!ok) {
		ERR_clear_error();
	}
	return ok;
}

static int hl_update(EVP_MD_CTX *c, const void *p, size_t n) {
	int ok = EVP_DigestUpdate(c, p, n);
	if (!ok) {
		ERR_clear_error();
	}
	return ok;
}

static int hl_pbkdf2(const char *pw, int pwlen, const unsigned char *salt, int saltlen,
		int iter, const EVP_MD *md, int keylen, unsigned char *out) {
	int ok = PKCS5_PBKDF2_HMAC(pw, pwlen, salt, saltlen, iter, md, keylen, out);
	if (!ok) {
		ERR_clear_error();
	}
	return ok;
}

static int hl_scrypt(const char *pw, size_t pwlen, const unsigned char *salt, size_t saltlen,
		uint64_t n, uint64_t r, uint64_t p, uint64_t maxmem, unsigned char *out, size_t outlen,
		unsigned long *err) {
	int ok = EVP_PBE_scrypt(pw, pwlen, salt, saltlen, n, r, p, maxmem, out, outlen);
	*err = ok ? 0 : ERR_peek_last_error();
	ERR_clear_error();
	return ok;
}

static void hl_err_string(unsigned long e, char *buf, size_t n) {
	const char *lib = ERR_lib_error_string(e);
	const char *reason = ERR_reason_error_string(e);
	if (lib != NULL && reason != NULL) {
		snprintf(buf, n, "[%s] %s", lib, reason);
	} else if (reason != NULL) {
		snprintf(buf, n, "%s", reason);
	} else {
		ERR_error_string_n(e, buf, n);
	}
}

*/
import "C"

import (
	"errors"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// errUnsupported is returned for a name OpenSSL does not know.
var errUnsupported = errors.New("unsupported hash type")

// digest is a fetched OpenSSL message digest. Fetched digests are cached
// for the life of the process (one per name), so they are never freed.
type digest struct {
	md        *C.EVP_MD
	size      int
	blockSize int
	xof       bool
	// sum, when Go's crypto has the same algorithm, computes a digest of
	// data in one call without OpenSSL (n is an XOF's output length).
	sum func(data []byte, n int) []byte
}

var (
	digestsMu sync.Mutex
	digests   = map[string]*digest{}
)

// lookupDigest returns the digest OpenSSL knows by name, or
// errUnsupported.
func lookupDigest(name string) (*digest, error) {
	digestsMu.Lock()
	defer digestsMu.Unlock()
	if d, ok := digests[name]; ok {
		if d == nil {
			return nil, errUnsupported
		}
		return d, nil
	}
	if strings.IndexByte(name, 0) >= 0 {
		return nil, errUnsupported
	}
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	md := C.hl_fetch(cname)
	if md == nil {
		digests[name] = nil
		return nil, errUnsupported
	}
	d := &digest{
		md:        md,
		size:      int(C.EVP_MD_get_size(md)),
		blockSize: int(C.EVP_MD_get_block_size(md)),
		xof:       C.EVP_MD_get_flags(md)&C.EVP_MD_FLAG_XOF != 0,
		sum:       goSums[C.GoString(C.EVP_MD_get0_name(md))],
	}
	digests[name] = d
	return d, nil
}

// liveContexts counts the EVP_MD_CTX objects allocated and not yet freed.
var liveContexts atomic.Int64

// evpContext owns one EVP_MD_CTX; a cleanup frees it when the context
// becomes unreachable. mu serialises the C calls on it: a large update
// runs without the interpreter lock (as CPython's does from 2048 bytes),
// so another thread may use the same hash object meanwhile.
type evpContext struct {
	mu  sync.Mutex
	ctx *C.EVP_MD_CTX
	d   *digest
}

// unlockedMinSize is the update size from which hashing runs with the
// interpreter lock released (CPython's HASHLIB_GIL_MINSIZE).
const unlockedMinSize = 2048

func freeCtx(ctx *C.EVP_MD_CTX) {
	C.EVP_MD_CTX_free(ctx)
	liveContexts.Add(-1)
}

func wrapCtx(ctx *C.EVP_MD_CTX, d *digest) *evpContext {
	liveContexts.Add(1)
	c := &evpContext{ctx: ctx, d: d}
	runtime.AddCleanup(c, freeCtx, ctx)
	return c
}

// newContextFed starts a new digest computation over data (at most
// pendingMax bytes: it runs with the interpreter lock held).
func newContextFed(d *digest, data []byte) (*evpContext, error) {
	ctx := C.hl_new_ctx_fed(d.md, unsafe.Pointer(cbytes(data)), C.size_t(len(data)))
	if ctx == nil {
		return nil, errors.New("EVP_DigestInit_ex failed")
	}
	return wrapCtx(ctx, d), nil
}

// oneShot returns the digest of data (n bytes of it for an XOF) with a
// context that lives only for the call.
func oneShot(d *digest, data []byte, n int) ([]byte, error) {
	xof := 0
	if d.xof {
		xof = 1
	} else {
		n = d.size
	}
	out := make([]byte, n+1) // +1: never pass a zero-length buffer's address
	if C.hl_oneshot(d.md, unsafe.Pointer(cbytes(data)), C.size_t(len(data)),
		(*C.uchar)(unsafe.Pointer(&out[0])), C.size_t(n), C.int(xof)) == 0 {
		return nil, errors.New("EVP_DigestFinal failed")
	}
	return out[:n], nil
}

// update hashes p.
func (c *evpContext) update(p []byte) error {
	if len(p) == 0 {
		return nil
	}
	var ok C.int
	call := func() {
		c.mu.Lock()
		ok = C.hl_update(c.ctx, unsafe.Pointer(&p[0]), C.size_t(len(p)))
		c.mu.Unlock()
	}
	if len(p) >= unlockedMinSize {
		gil.Unlocked(call)
	} else {
		call()
	}
	runtime.KeepAlive(c)
	if ok == 0 {
		return errors.New("EVP_DigestUpdate failed")
	}
	return nil
}

// copy returns an independent copy of the state.
func (c *evpContext) copy() (*evpContext, error) {
	c.mu.Lock()
	ctx := C.hl_copy_ctx(c.ctx)
	c.mu.Unlock()
	runtime.KeepAlive(c)
	if ctx == nil {
		return nil, errors.New("EVP_MD_CTX_copy_ex failed")
	}
	return wrapCtx(ctx, c.d), nil
}

// sum returns the digest of the data so far (n bytes for an XOF),
// leaving the state unchanged.
func (c *evpContext) sum(n int) ([]byte, error) {
	xof := 0
	if c.d.xof {
		xof = 1
	} else {
		n = c.d.size
	}
	out := make([]byte, n+1) // +1: never pass a zero-length buffer's address
	c.mu.Lock()
	ok := C.hl_final(c.ctx, (*C.uchar)(unsafe.Pointer(&out[0])), C.size_t(n), C.int(xof))
	c.mu.Unlock()
	runtime.KeepAlive(c)
	if ok == 0 {
		return nil, errors.New("EVP_DigestFinal failed")
	}
	return out[:n], nil
}

// cbytes returns a C pointer for p that is valid even when p is empty.
func cbytes(p []byte) *C.uchar {
	if len(p) == 0 {
		return (*C.uchar)(unsafe.Pointer(&zero[0]))
	}
	return (*C.uchar)(unsafe.Pointer(&p[0]))
}

var zero [1]byte

// pbkdf2 runs PKCS5_PBKDF2_HMAC.
func pbkdf2(d *digest, password, salt []byte, iter, keylen int) ([]byte, error) {
	out := make([]byte, keylen)
	var ok C.int
	gil.Unlocked(func() {
		ok = C.hl_pbkdf2((*C.char)(unsafe.Pointer(cbytes(password))), C.int(len(password)),
			cbytes(salt), C.int(len(salt)), C.int(iter), d.md, C.int(keylen), cbytes(out))
	})
	if ok == 0 {
		return nil, errors.New("PKCS5_PBKDF2_HMAC failed")
	}
	return out, nil
}

// scrypt runs EVP_PBE_scrypt. With out empty it only checks the
// parameters (EVP_PBE_scrypt's key == NULL mode).
func scrypt(password, salt []byte, n, r, p, maxmem uint64, keylen int) ([]byte, error) {
	var out []byte
	var outp *C.uchar
	if keylen > 0 {
		out = make([]byte, keylen)
		outp = cbytes(out)
	}
	var e C.ulong
	var ok C.int
	gil.Unlocked(func() {
		ok = C.hl_scrypt((*C.char)(unsafe.Pointer(cbytes(password))), C.size_t(len(password)),
			cbytes(salt), C.size_t(len(salt)), C.uint64_t(n), C.uint64_t(r), C.uint64_t(p),
			C.uint64_t(maxmem), outp, C.size_t(keylen), &e)
	})
	if ok == 0 {
		return nil, errors.New(errString(e))
	}
	return out, nil
}

func errString(e C.ulong) string {
	if e == 0 {
		return "scrypt failed"
	}
	var buf [256]C.char
	C.hl_err_string(e, &buf[0], C.size_t(len(buf)))
	return C.GoString(&buf[0])
}
