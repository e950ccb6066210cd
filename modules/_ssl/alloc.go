package _ssl

import _ "unsafe" // go:linkname

// NewReadBuffer returns a slice of n bytes whose contents are undefined,
// for OpenSSL to write into. The caller must expose only the bytes that
// were written (slice the result to the count a read returned, capacity
// included), never the rest.
//
// Why not make: a bulk transfer allocates a fresh buffer for every record
// it reads (a MemoryBIO's TLS bytes, an SSLObject's plaintext), and make
// clears each one just before OpenSSL overwrites it; the clearing was 5%
// of the CPU time of a 16 KiB memory-BIO transfer. The runtime offers
// allocation without clearing to the standard library only
// (strings.Builder uses it); the link below is to that same function, and
// if a Go release drops it, linking fails loudly rather than silently.
func NewReadBuffer(n int) []byte {
	if n <= 0 {
		return []byte{}
	}
	return makeNoZero(n)[:n:n]
}

//go:linkname makeNoZero internal/bytealg.MakeNoZero
func makeNoZero(n int) []byte
