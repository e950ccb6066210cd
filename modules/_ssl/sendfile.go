package _ssl

// #include "shim.h"
// #include <sys/types.h>
//
// /* gossl_ktls_send reports whether the kernel encrypts what this SSL
//  * sends (kernel TLS on the write BIO), which SSL_sendfile requires. */
// static int gossl_ktls_send(SSL *s) {
//     BIO *b = SSL_get_wbio(s);
//     if (b == NULL) return 0;
//     int on = BIO_get_ktls_send(b);
//     ERR_clear_error();
//     return on;
// }
//
// /* gossl_sendfile_io is one SSL_sendfile step: up to n bytes of fd from
//  * offset off, sent by the kernel without copying them to user space. */
// typedef struct {
//     long long n;
//     gossl_err e;
// } gossl_sendfile_r;
//
// static gossl_sendfile_r gossl_sendfile(SSL *s, int fd, long long off, size_t n) {
//     gossl_sendfile_r r;
//     gossl_begin(&r.e);
//     ossl_ssize_t got = SSL_sendfile(s, fd, (off_t)off, n, 0);
//     r.n = got;
//     if (got < 0) gossl_capture_ssl(s, -1, &r.e);
//     return r;
// }
import "C"

import (
	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// KTLSSend reports whether the kernel does this connection's sending
// (OP_ENABLE_KTLS was set, the handshake negotiated a cipher the kernel
// offers, and the kernel's tls module took the socket). Only then can
// SendFile be used. False for memory-BIO connections and after Close.
func (c *Conn) KTLSSend() bool {
	on := false
	_ = c.with(func(s *C.SSL) error {
		on = C.gossl_ktls_send(s) != 0
		return nil
	})
	return on
}

// SendFile sends up to n bytes of the open file fd, starting at offset
// off (the file's own position is neither used nor moved), through
// SSL_sendfile: the kernel reads the file and encrypts it. It returns the
// count sent, or an *Error with SSL_get_error's kind (want-write on a full
// socket, to be waited for as for Write). Precondition: KTLSSend.
func (c *Conn) SendFile(fd int, off int64, n int) (int, error) {
	if n <= 0 {
		return 0, nil
	}
	s, err := c.enterIO()
	if err != nil {
		return 0, err
	}
	defer c.leave()
	// kTLS connections use OpenSSL's socket BIO (gossl_set_fd), so the
	// descriptor itself is made non-blocking for the step.
	if gil.Threaded() {
		if restore := nonblockingForStep(s); restore != nil {
			defer restore()
		}
	}
	var r C.gossl_sendfile_r
	gil.Unlocked(func() { r = C.gossl_sendfile(s, C.int(fd), C.longlong(off), C.size_t(n)) })
	if r.n < 0 {
		return 0, c.connError(&r.e, -1, SiteWrite)
	}
	return int(r.n), nil
}
