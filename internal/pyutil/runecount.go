package pyutil

import (
	"unicode/utf8"
	"unsafe"
)

// RuneCount is len() of a Python str held as UTF-8: the number of code
// points, as utf8.RuneCountInString counts them (an invalid byte is one).
// ASCII text, the common case, is counted eight bytes at a time.
func RuneCount(s string) int {
	i := 0
	if len(s) >= 8 {
		p := unsafe.Pointer(unsafe.StringData(s))
		for ; i+8 <= len(s); i += 8 {
			// An unaligned load is fine on the targets Go supports here;
			// only the high bit of each byte matters, so byte order does not.
			if *(*uint64)(unsafe.Add(p, i))&0x8080808080808080 != 0 {
				break
			}
		}
	}
	if i == len(s) {
		return i
	}
	return i + utf8.RuneCountInString(s[i:])
}
