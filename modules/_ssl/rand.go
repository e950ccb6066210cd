package _ssl

// #include "shim.h"
//
// static int gossl_rand_bytes(unsigned char *buf, int n, gossl_err *e) {
//     gossl_begin(e);
//     int rc = RAND_bytes(buf, n);
//     if (rc != 1) gossl_capture(e);
//     return rc;
// }
//
// static void gossl_rand_add(const void *buf, int n, double entropy) {
//     RAND_add(buf, n, entropy);
//     ERR_clear_error(); /* RAND_add reports nothing; keep the queue clean */
// }
//
// static int gossl_rand_status(void) {
//     int rc = RAND_status();
//     ERR_clear_error();
//     return rc;
// }
import "C"

import (
	"math"
	"unsafe"
)

// ErrNumNegative is RandBytes' answer to a negative count, CPython's
// ValueError.
var ErrNumNegative = &ValueError{Msg: "num must be positive"}

// RandBytes returns n bytes from OpenSSL's CSPRNG (RAND_bytes). A
// negative n gives ErrNumNegative; a generator failure an *Error whose
// Code is the queued error. Safe for concurrent use.
func RandBytes(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNumNegative
	}
	if n > math.MaxInt32 {
		return nil, &ValueError{Msg: "num too large"}
	}
	buf := make([]byte, n)
	if n == 0 {
		return buf, nil
	}
	var ce C.gossl_err
	if C.gossl_rand_bytes((*C.uchar)(unsafe.Pointer(&buf[0])), C.int(n), &ce) != 1 {
		e := newError(&ce, 0)
		e.Origin = OriginRand
		return nil, e
	}
	return buf, nil
}

// RandPseudoBytes is RAND_pseudo_bytes as CPython 3.7+ runs it on OpenSSL
// 1.1+, which has no weaker generator: RAND_bytes, with strong reporting
// whether the bytes are cryptographically strong (always, when err is nil).
func RandPseudoBytes(n int) (b []byte, strong bool, err error) {
	b, err = RandBytes(n)
	return b, err == nil, err
}

// RandAdd mixes data into the generator's state, crediting entropy
// bytes of randomness (RAND_add). data longer than 2**31-1 bytes is fed
// in chunks. Safe for concurrent use.
func RandAdd(data []byte, entropy float64) {
	for len(data) > math.MaxInt32 {
		RandAdd(data[:math.MaxInt32], entropy)
		data = data[math.MaxInt32:]
	}
	var p unsafe.Pointer
	if len(data) > 0 {
		p = unsafe.Pointer(&data[0])
	}
	C.gossl_rand_add(p, C.int(len(data)), C.double(entropy))
}

// RandStatus reports whether the generator is seeded (RAND_status).
func RandStatus() bool { return C.gossl_rand_status() == 1 }
