package vm

import (
	"encoding/binary"
	"math/bits"
	"sync/atomic"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// str and bytes hashes under PYTHONHASHSEED.
//
// Without a seed the hashes of str and bytes are random per process, as
// CPython's are, and come from Go's maphash. With PYTHONHASHSEED=N they
// are CPython 3.6's values for that N: SipHash-2-4 keyed by the secret
// CPython derives from N (all zeros for 0), over the str's characters
// laid out as CPython stores them (one, two or four bytes each, by the
// widest character). So hash('abc') and the order a set of strings
// iterates in are 3.6's under PYTHONHASHSEED=0, which differential tests
// and reproducible scripts set.

// hashKey is the SipHash key of a seeded process.
type hashKey struct{ k0, k1 uint64 }

var seededHash atomic.Pointer[hashKey]

// SetHashSeed makes the str and bytes hashes of this process CPython
// 3.6's for PYTHONHASHSEED=seed. It is for the command line (and
// embedders) before any interpreter runs: values hashed earlier keep
// their old hashes.
func SetHashSeed(seed uint32) {
	// CPython fills its 24-byte secret from the seed with the linear
	// congruential generator of Microsoft's C runtime (bits 16-23 of each
	// state); SipHash's key is the first 16 bytes. Seed 0 is no secret.
	var secret [24]byte
	if seed != 0 {
		x := seed
		for i := range secret {
			x = x*214013 + 2531011
			secret[i] = byte(x >> 16)
		}
	}
	seededHash.Store(&hashKey{binary.LittleEndian.Uint64(secret[0:8]), binary.LittleEndian.Uint64(secret[8:16])})
}

// seededStrHash is hash(s) under a seed, ok false when the process has
// none.
func seededStrHash(s string) (h int64, ok bool) {
	key := seededHash.Load()
	if key == nil {
		return 0, false
	}
	if s == "" {
		return 0, true
	}
	width := 1
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			width = strCharWidth(s[i:])
			break
		}
	}
	if width == 1 && pyutil.IsASCII(s) {
		return fixHash(int64(sipHash24(key.k0, key.k1, []byte(s)))), true
	}
	buf := make([]byte, 0, len(s)*width)
	for rest := s; rest != ""; {
		r, n := pyutil.DecodeWTF8(rest)
		rest = rest[n:]
		switch width {
		case 1:
			buf = append(buf, byte(r))
		case 2:
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		default:
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return fixHash(int64(sipHash24(key.k0, key.k1, buf))), true
}

// seededBytesHash is hash(b) for bytes under a seed, ok false when the
// process has none.
func seededBytesHash(b []byte) (h int64, ok bool) {
	key := seededHash.Load()
	if key == nil {
		return 0, false
	}
	if len(b) == 0 {
		return 0, true
	}
	return fixHash(int64(sipHash24(key.k0, key.k1, b))), true
}

// strCharWidth is how many bytes CPython stores each character of s in:
// 1 when every character is below U+0100, 2 below U+10000, else 4. s
// starts at the first byte that is not ASCII.
func strCharWidth(s string) int {
	width := 1
	for rest := s; rest != ""; {
		r, n := pyutil.DecodeWTF8(rest)
		rest = rest[n:]
		switch {
		case r >= 0x10000:
			return 4
		case r >= 0x100:
			width = 2
		}
	}
	return width
}

// sipHash24 is SipHash-2-4 (Aumasson and Bernstein) of p under the key
// (k0, k1): two compression rounds a word, four finalization rounds.
func sipHash24(k0, k1 uint64, p []byte) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13) ^ v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16) ^ v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21) ^ v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17) ^ v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(p)
	for ; len(p) >= 8; p = p[8:] {
		m := binary.LittleEndian.Uint64(p)
		v3 ^= m
		round()
		round()
		v0 ^= m
	}
	// The last word: the remaining bytes, and the length's low byte on top.
	last := uint64(n) << 56
	for i := len(p) - 1; i >= 0; i-- {
		last |= uint64(p[i]) << (8 * i)
	}
	v3 ^= last
	round()
	round()
	v0 ^= last
	v2 ^= 0xff
	for i := 0; i < 4; i++ {
		round()
	}
	return v0 ^ v1 ^ v2 ^ v3
}
