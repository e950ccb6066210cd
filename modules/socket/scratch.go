package socket

import "sync"

// Scratch buffers for reads that ask for more than they usually get.
//
// A server's recv(65536) or a buffered file's recv(8192) typically returns
// one request of a few hundred bytes. Making the whole buffer for every
// call turned each request into 8-64 KiB of garbage, and the collections
// it brought (each one scanning the interpreter's heap) were the largest
// single cost of a keep-alive HTTPS server's request. Such reads land in
// a pooled scratch buffer instead, and the result is a copy of exactly
// the bytes read: the copy costs what the data costs.

const (
	// ScratchAbove: reads of at most this many bytes get a buffer of
	// their own, which the result shares (no copy).
	ScratchAbove = 1 << 12
	// scratchSize is the size of a pooled buffer; larger reads make their
	// own buffer as before.
	scratchSize = 1 << 16
)

var scratchPool = sync.Pool{New: func() any {
	b := make([]byte, scratchSize)
	return &b
}}

// ReadNew runs read once with a buffer of n bytes (0 < n) and returns
// what it filled as a new slice, or read's error. read may be a loop of
// attempts (a TLS read that waits for input): it gets the same buffer
// each time and returns the count of the attempt that succeeded. The
// result never shares a pooled buffer: for ScratchAbove < n <=
// scratchSize the bytes are copied out of one, and for other sizes the
// result is the buffer itself (shrunk by shrink when much shorter).
func ReadNew(n int, read func([]byte) (int, error)) ([]byte, error) {
	if n <= ScratchAbove || n > scratchSize {
		buf := make([]byte, n)
		got, err := read(buf)
		if err != nil {
			return nil, err
		}
		return shrink(buf, got), nil
	}
	p := scratchPool.Get().(*[]byte)
	defer scratchPool.Put(p)
	got, err := read((*p)[:n])
	if err != nil {
		return nil, err
	}
	return copied((*p)[:got]), nil
}

// shrink is buf's first got bytes, copied when they are much shorter
// than buf, so that a small result does not keep a large buffer alive.
func shrink(buf []byte, got int) []byte {
	if len(buf) > shrinkAbove && got < len(buf)/2 {
		return copied(buf[:got])
	}
	return buf[:got:got]
}

// copied is a new slice holding b's bytes, with no spare capacity.
func copied(b []byte) []byte {
	if len(b) == 0 {
		return []byte{}
	}
	// append to nil allocates without clearing what it copies over.
	return append([]byte(nil), b...)[:len(b):len(b)]
}
