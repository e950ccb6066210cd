package _ssl

// #cgo noescape gossl_read_io
// #cgo noescape gossl_write_io
// #include "shim.h"
//
// /* gossl_io is the whole outcome of one read or write step, returned by
//  * value so that no Go memory is passed to C (a pointer argument would
//  * move the result to the heap on every call). */
// typedef struct {
//     int rc;
//     size_t n;
//     gossl_err e;
// } gossl_io;
//
// static void gossl_io_capture(SSL *s, gossl_io *r) {
//     r->e.sys_errno = errno;
//     r->e.ssl_error = SSL_get_error(s, r->rc);
//     r->e.code = ERR_peek_last_error();
//     r->e.verify = SSL_get_verify_result(s);
//     ERR_clear_error();
// }
//
// static gossl_io gossl_read_io(SSL *s, void *buf, size_t n) {
//     gossl_io r;
//     gossl_begin(&r.e);
//     r.n = 0;
//     r.rc = SSL_read_ex(s, buf, n, &r.n);
//     if (r.rc <= 0) gossl_io_capture(s, &r);
//     return r;
// }
//
// static gossl_io gossl_write_io(SSL *s, const void *buf, size_t n) {
//     gossl_io r;
//     gossl_begin(&r.e);
//     r.n = 0;
//     r.rc = SSL_write_ex(s, buf, n, &r.n);
//     if (r.rc <= 0) gossl_io_capture(s, &r);
//     return r;
// }
import "C"

import (
	"runtime"
	"unsafe"
)

// enter locks the Conn for one C call on its SSL, as with does, without
// a closure; the caller must defer leave.
func (c *Conn) enter() (*C.SSL, error) {
	c.mu.Lock()
	if c.ptr == nil {
		c.mu.Unlock()
		return nil, ErrClosed
	}
	c.inCall++
	return c.ptr, nil
}

// leave ends what enter began, freeing the SSL if a callback closed it.
func (c *Conn) leave() {
	c.inCall--
	if c.inCall == 0 && c.closePending {
		c.freeLocked()
	}
	c.mu.Unlock()
	runtime.KeepAlive(c)
}

// readStep is Read's C call, under the lock.
func (c *Conn) readStep(buf []byte) (n int, err error) {
	s, err := c.enter()
	if err != nil {
		return 0, err
	}
	defer c.leave()
	r := C.gossl_read_io(s, unsafe.Pointer(&buf[0]), C.size_t(len(buf)))
	if r.rc <= 0 {
		return 0, c.connError(&r.e, r.rc)
	}
	return int(r.n), nil
}

// writeStep is Write's C call, under the lock.
func (c *Conn) writeStep(data []byte) (n int, err error) {
	s, err := c.enter()
	if err != nil {
		return 0, err
	}
	defer c.leave()
	r := C.gossl_write_io(s, unsafe.Pointer(&data[0]), C.size_t(len(data)))
	if r.rc <= 0 {
		return 0, c.connError(&r.e, r.rc)
	}
	return int(r.n), nil
}
