package _ssl

// #include "shim.h"
//
// static BIO *gossl_bio_new_mem(void) {
//     BIO *b = BIO_new(BIO_s_mem());
//     if (b != NULL) {
//         /* An empty BIO means "retry later", not EOF, until write_eof. */
//         BIO_set_retry_read(b);
//         BIO_set_mem_eof_return(b, -1);
//     }
//     return b;
// }
// static void gossl_bio_write_eof(BIO *b) { BIO_set_mem_eof_return(b, 0); }
// static long gossl_bio_pending(BIO *b) { return (long)BIO_ctrl_pending(b); }
// static int gossl_bio_eof(BIO *b) { return BIO_eof(b); }
import "C"

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// liveBIOs counts memory BIOs not yet freed, for leak tests.
var liveBIOs atomic.Int64

// MemoryBIO is an in-memory buffer that a connection reads its incoming
// TLS records from or writes its outgoing ones to (ssl.MemoryBIO).
//
// The BIO is reference-counted by OpenSSL: a Conn using it takes its own
// reference, so Close (or the cleanup) only drops ours. Safe for concurrent
// use; mu guards ptr and eofWritten.
type MemoryBIO struct {
	mu         sync.Mutex
	ptr        *C.BIO // nil after Close
	eofWritten bool
	cleanup    runtime.Cleanup
}

// NewMemoryBIO allocates an empty memory BIO.
func NewMemoryBIO() (*MemoryBIO, error) {
	p := C.gossl_bio_new_mem()
	if p == nil {
		return nil, &Error{Kind: KindSSL, Text: "failed to allocate BIO", Verify: -1, Site: callSite(0)}
	}
	liveBIOs.Add(1)
	b := &MemoryBIO{ptr: p}
	b.cleanup = runtime.AddCleanup(b, freeBIO, p)
	return b, nil
}

func freeBIO(p *C.BIO) {
	C.BIO_free(p)
	liveBIOs.Add(-1)
}

// Close drops this object's reference to the BIO; safe to call twice.
func (b *MemoryBIO) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ptr == nil {
		return
	}
	b.cleanup.Stop()
	freeBIO(b.ptr)
	b.ptr = nil
}

// Pending is the number of bytes buffered.
func (b *MemoryBIO) Pending() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ptr == nil {
		return 0
	}
	return int(C.gossl_bio_pending(b.ptr))
}

// EOF reports whether write_eof was called and everything was read.
func (b *MemoryBIO) EOF() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ptr == nil {
		return true
	}
	return b.eofWritten && C.gossl_bio_pending(b.ptr) == 0
}

// Read takes up to n bytes (all of them when n < 0).
func (b *MemoryBIO) Read(n int) []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ptr == nil {
		return nil
	}
	avail := int(C.gossl_bio_pending(b.ptr))
	if n < 0 || n > avail {
		n = avail
	}
	if n == 0 {
		return []byte{}
	}
	buf := NewReadBuffer(n)
	got := C.BIO_read(b.ptr, unsafe.Pointer(&buf[0]), C.int(n))
	if got <= 0 {
		return []byte{}
	}
	return buf[:got:got]
}

// ErrBIOEOF is returned by Write after WriteEOF.
var ErrBIOEOF = &Error{Kind: KindSSL, Text: "cannot write() after write_eof()", Verify: -1, Origin: OriginCheck}

// Write appends data and returns its length.
func (b *MemoryBIO) Write(data []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ptr == nil {
		return 0, ErrClosed
	}
	if b.eofWritten {
		return 0, ErrBIOEOF
	}
	if len(data) == 0 {
		return 0, nil
	}
	if len(data) > int(^uint32(0)>>1) {
		return 0, &ValueError{Msg: "string longer than 2147483647 bytes"}
	}
	n := C.BIO_write(b.ptr, unsafe.Pointer(&data[0]), C.int(len(data)))
	runtime.KeepAlive(data)
	if n < 0 {
		return 0, &Error{Kind: KindSSL, Text: "BIO_write failed", Verify: -1, Site: callSite(0)}
	}
	return int(n), nil
}

// WriteEOF marks the end of the stream: once the buffer drains, readers see
// EOF instead of "retry".
func (b *MemoryBIO) WriteEOF() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ptr == nil {
		return
	}
	b.eofWritten = true
	C.BIO_clear_flags(b.ptr, C.BIO_FLAGS_READ|C.BIO_FLAGS_SHOULD_RETRY)
	C.gossl_bio_write_eof(b.ptr)
}

// upRef returns the BIO with a new reference for the caller, or nil.
func (b *MemoryBIO) upRef() *C.BIO {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ptr == nil {
		return nil
	}
	C.BIO_up_ref(b.ptr)
	return b.ptr
}
