package hashlib

import (
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// sigma is the message permutation of each round (RFC 7693 section 2.7).
var sigma = [10][16]int{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

var columns = [8][4]int{{0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15},
	{0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14}}

// refCompress64 is the RFC's loop, for checking the unrolled compress64.
func refCompress64(h *[8]uint64, m *[16]uint64, t0, t1, f0, f1 uint64) {
	var v [16]uint64
	copy(v[:8], h[:])
	copy(v[8:], iv64[:])
	v[12] ^= t0
	v[13] ^= t1
	v[14] ^= f0
	v[15] ^= f1
	for r := 0; r < 12; r++ {
		s := sigma[r%10]
		for i, c := range columns {
			a, b, cc, d := c[0], c[1], c[2], c[3]
			v[a] += v[b] + m[s[2*i]]
			v[d] = bits.RotateLeft64(v[d]^v[a], -32)
			v[cc] += v[d]
			v[b] = bits.RotateLeft64(v[b]^v[cc], -24)
			v[a] += v[b] + m[s[2*i+1]]
			v[d] = bits.RotateLeft64(v[d]^v[a], -16)
			v[cc] += v[d]
			v[b] = bits.RotateLeft64(v[b]^v[cc], -63)
		}
	}
	for i := range h {
		h[i] ^= v[i] ^ v[i+8]
	}
}

// refCompress32 is the RFC's loop for BLAKE2s.
func refCompress32(h *[8]uint32, m *[16]uint32, t0, t1, f0, f1 uint32) {
	var v [16]uint32
	copy(v[:8], h[:])
	copy(v[8:], iv32[:])
	v[12] ^= t0
	v[13] ^= t1
	v[14] ^= f0
	v[15] ^= f1
	for r := 0; r < 10; r++ {
		s := sigma[r]
		for i, c := range columns {
			a, b, cc, d := c[0], c[1], c[2], c[3]
			v[a] += v[b] + m[s[2*i]]
			v[d] = bits.RotateLeft32(v[d]^v[a], -16)
			v[cc] += v[d]
			v[b] = bits.RotateLeft32(v[b]^v[cc], -12)
			v[a] += v[b] + m[s[2*i+1]]
			v[d] = bits.RotateLeft32(v[d]^v[a], -8)
			v[cc] += v[d]
			v[b] = bits.RotateLeft32(v[b]^v[cc], -7)
		}
	}
	for i := range h {
		h[i] ^= v[i] ^ v[i+8]
	}
}

func TestUnrolledCompress(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200; i++ {
		var h64, g64 [8]uint64
		var m64 [16]uint64
		var h32, g32 [8]uint32
		var m32 [16]uint32
		for k := range h64 {
			h64[k] = r.Uint64()
			h32[k] = r.Uint32()
		}
		for k := range m64 {
			m64[k] = r.Uint64()
			m32[k] = r.Uint32()
		}
		g64, g32 = h64, h32
		t0, t1, f := r.Uint64(), r.Uint64(), -uint64(i%2)
		compress64(&h64, &m64, t0, t1, f, f&uint64(i%3))
		refCompress64(&g64, &m64, t0, t1, f, f&uint64(i%3))
		assert.Equal(t, g64, h64)
		compress32(&h32, &m32, uint32(t0), uint32(t1), uint32(f), uint32(f)&uint32(i%3))
		refCompress32(&g32, &m32, uint32(t0), uint32(t1), uint32(f), uint32(f)&uint32(i%3))
		assert.Equal(t, g32, h32)
	}
}
