package vm

import (
	"math/bits"
	"math/rand/v2"
)

// Short str and bytes hashed in line.
//
// hash() of an unseeded str or bytes came from maphash: three calls deep
// (maphash.String, its runtime hook, the AES hash), about 100
// instructions for the few bytes of a typical dict key, once per dict
// operation (`k in d`, `d[k] += 1` and `d.get(k)` hash k four times).
// Values of up to 16 bytes are now mixed here in about 20: two loads
// that overlap for lengths between the powers of two read every byte,
// and two 64x64->128-bit multiplications with keys drawn at random for
// the process fold them into the hash, so that hashes stay unknown
// outside the process, as CPython's randomised ones are. str and bytes
// hash alike (hash('ab') == hash(b'ab'), as in CPython). Longer values,
// and every value under PYTHONHASHSEED (hash_seeded.go), are hashed as
// before.

// shortHashMax is the longest value shortHash takes.
const shortHashMax = 16

// shortHashKeys are the process's random keys of shortHash.
var shortHashKeys = [3]uint64{rand.Uint64() | 1, rand.Uint64() | 1, rand.Uint64() | 1}

// shortHash is the unseeded hash of s, 1 to shortHashMax bytes long.
func shortHash[T string | []byte](s T) int64 {
	n := len(s)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = load64(s), load64(s[n-8:])
	case n >= 4:
		a, b = uint64(load32(s)), uint64(load32(s[n-4:]))
	default:
		a = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	}
	h := mix64(a^shortHashKeys[0], b^shortHashKeys[1]^uint64(n))
	return fixHash(int64(mix64(h, shortHashKeys[2])))
}

// mix64 folds the 128-bit product of x and y into 64 bits.
func mix64(x, y uint64) uint64 {
	hi, lo := bits.Mul64(x, y)
	return hi ^ lo
}

// load64 is the first 8 bytes of s, little-endian (one load where the
// machine allows it).
func load64[T string | []byte](s T) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 is the first 4 bytes of s, little-endian.
func load32[T string | []byte](s T) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
