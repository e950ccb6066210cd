package pyutil

import "unsafe"

// IsASCII reports whether every byte of s is below 0x80, eight bytes at a
// time (the names of every code object loaded go through here).
func IsASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// An unaligned load is fine on the targets Go supports here; only
		// the high bit of each byte matters, so byte order does not.
		if *(*uint64)(unsafe.Pointer(unsafe.StringData(s[i:])))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
