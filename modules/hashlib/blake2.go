package hashlib

// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (salt,
// personalization and tree hashing), which OpenSSL 3.0 does not expose.
// Written from the RFC's description.

import (
	"encoding/binary"
)

// blake2Params is the parameter block common to both variants.
type blake2Params struct {
	digestSize int
	key        []byte
	salt       []byte
	person     []byte
	fanout     int
	depth      int
	leafSize   uint32
	nodeOffset uint64
	nodeDepth  int
	innerSize  int
	lastNode   bool
}

// The initialisation vectors are those of SHA-512 and SHA-256.
var iv64 = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var iv32 = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// blake2b is the 64-bit variant's running state.
type blake2b struct {
	h        [8]uint64
	t0, t1   uint64
	buf      [128]byte
	n        int // bytes in buf
	size     int
	lastNode bool
}

func newBlake2b(p *blake2Params) *blake2b {
	var block [64]byte
	block[0] = byte(p.digestSize)
	block[1] = byte(len(p.key))
	block[2] = byte(p.fanout)
	block[3] = byte(p.depth)
	binary.LittleEndian.PutUint32(block[4:], p.leafSize)
	binary.LittleEndian.PutUint64(block[8:], p.nodeOffset)
	block[16] = byte(p.nodeDepth)
	block[17] = byte(p.innerSize)
	copy(block[32:48], p.salt)
	copy(block[48:64], p.person)
	b := &blake2b{size: p.digestSize, lastNode: p.lastNode}
	for i := range b.h {
		b.h[i] = iv64[i] ^ binary.LittleEndian.Uint64(block[8*i:])
	}
	if len(p.key) > 0 {
		var kb [128]byte
		copy(kb[:], p.key)
		b.write(kb[:])
	}
	return b
}

func (b *blake2b) compress(block []byte, final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var f0, f1 uint64
	if final {
		f0 = ^uint64(0)
		if b.lastNode {
			f1 = ^uint64(0)
		}
	}
	compress64(&b.h, &m, b.t0, b.t1, f0, f1)
}

func (b *blake2b) addCount(n uint64) {
	b.t0 += n
	if b.t0 < n {
		b.t1++
	}
}

// write hashes p. The last block is kept in buf until sum, because the
// final block is compressed with the finalisation flag.
func (b *blake2b) write(p []byte) {
	for len(p) > 0 {
		if b.n == len(b.buf) {
			b.addCount(uint64(len(b.buf)))
			b.compress(b.buf[:], false)
			b.n = 0
		}
		if b.n == 0 && len(p) > len(b.buf) {
			// Whole blocks straight from p, keeping at least one byte back.
			for len(p) > len(b.buf) {
				b.addCount(uint64(len(b.buf)))
				b.compress(p[:len(b.buf)], false)
				p = p[len(b.buf):]
			}
			continue
		}
		k := copy(b.buf[b.n:], p)
		b.n += k
		p = p[k:]
	}
}

func (b *blake2b) clone() blake2Hasher {
	c := *b
	return &c
}

func (b *blake2b) sum() []byte {
	c := *b
	c.addCount(uint64(c.n))
	for i := c.n; i < len(c.buf); i++ {
		c.buf[i] = 0
	}
	c.compress(c.buf[:], true)
	var out [64]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint64(out[8*i:], w)
	}
	return append([]byte(nil), out[:c.size]...)
}

// blake2s is the 32-bit variant's running state.
type blake2s struct {
	h        [8]uint32
	t0, t1   uint32
	buf      [64]byte
	n        int
	size     int
	lastNode bool
}

func newBlake2s(p *blake2Params) *blake2s {
	var block [32]byte
	block[0] = byte(p.digestSize)
	block[1] = byte(len(p.key))
	block[2] = byte(p.fanout)
	block[3] = byte(p.depth)
	binary.LittleEndian.PutUint32(block[4:], p.leafSize)
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
	copy(block[8:14], off[:6])
	block[14] = byte(p.nodeDepth)
	block[15] = byte(p.innerSize)
	copy(block[16:24], p.salt)
	copy(block[24:32], p.person)
	b := &blake2s{size: p.digestSize, lastNode: p.lastNode}
	for i := range b.h {
		b.h[i] = iv32[i] ^ binary.LittleEndian.Uint32(block[4*i:])
	}
	if len(p.key) > 0 {
		var kb [64]byte
		copy(kb[:], p.key)
		b.write(kb[:])
	}
	return b
}

func (b *blake2s) compress(block []byte, final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var f0, f1 uint32
	if final {
		f0 = ^uint32(0)
		if b.lastNode {
			f1 = ^uint32(0)
		}
	}
	compress32(&b.h, &m, b.t0, b.t1, f0, f1)
}

func (b *blake2s) addCount(n uint32) {
	b.t0 += n
	if b.t0 < n {
		b.t1++
	}
}

func (b *blake2s) write(p []byte) {
	for len(p) > 0 {
		if b.n == len(b.buf) {
			b.addCount(uint32(len(b.buf)))
			b.compress(b.buf[:], false)
			b.n = 0
		}
		if b.n == 0 && len(p) > len(b.buf) {
			for len(p) > len(b.buf) {
				b.addCount(uint32(len(b.buf)))
				b.compress(p[:len(b.buf)], false)
				p = p[len(b.buf):]
			}
			continue
		}
		k := copy(b.buf[b.n:], p)
		b.n += k
		p = p[k:]
	}
}

func (b *blake2s) clone() blake2Hasher {
	c := *b
	return &c
}

func (b *blake2s) sum() []byte {
	c := *b
	c.addCount(uint32(c.n))
	for i := c.n; i < len(c.buf); i++ {
		c.buf[i] = 0
	}
	c.compress(c.buf[:], true)
	var out [32]byte
	for i, w := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], w)
	}
	return append([]byte(nil), out[:c.size]...)
}

// blake2Hasher is either variant.
type blake2Hasher interface {
	write(p []byte)
	sum() []byte
	clone() blake2Hasher
}
