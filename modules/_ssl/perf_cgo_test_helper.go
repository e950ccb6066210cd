package _ssl

// #include "shim.h"
import "C"

import "unsafe"

// C_BIO_read is a test hook: BIO_read into buf.
func C_BIO_read(b *MemoryBIO, buf []byte) int {
	return int(C.BIO_read(b.ptr, unsafe.Pointer(&buf[0]), C.int(len(buf))))
}
