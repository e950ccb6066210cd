package vm

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Lone surrogates in str.
//
// A str's Go string is UTF-8, except that a lone surrogate (U+D800 to
// U+DFFF: chr(0xd800), a '\udc80' literal, what the surrogateescape and
// surrogatepass handlers decode) is held in its three-byte form ED A0..BF
// 80..BF, which Go's utf8 package reads as three invalid bytes
// (pyutil.DecodeWTF8 reads it as one character). gpython's str counts and
// indexes with Go's reading, so the loop takes over len(), indexing,
// slicing and iteration of a str that holds a surrogate. Telling one
// apart is a scan for the byte ED, which text without surrogates (all of
// ASCII, most other text) passes at memchr speed.

// HasSurrogates reports whether the str s holds a lone surrogate.
func HasSurrogates(s string) bool { return hasSurrogates(s) }

// hasSurrogates reports whether s holds a lone surrogate.
func hasSurrogates(s string) bool {
	for {
		i := strings.IndexByte(s, 0xED)
		if i < 0 || i+2 >= len(s) {
			return false
		}
		if s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			return true
		}
		s = s[i+1:]
	}
}

// StrLen is len(s) for a str: its characters, a lone surrogate counting
// as one.
func StrLen(s string) int {
	n := pyutil.RuneCount(s)
	for {
		// Go counts each byte of a surrogate's three as a character.
		i := strings.IndexByte(s, 0xED)
		if i < 0 || i+2 >= len(s) {
			return n
		}
		if s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			n -= 2
			s = s[i+3:]
			continue
		}
		s = s[i+1:]
	}
}

// strChars splits s into its characters, each its own slice of s.
func strChars(s string) []string {
	out := make([]string, 0, len(s))
	for s != "" {
		_, w := pyutil.DecodeWTF8(s)
		out = append(out, s[:w])
		s = s[w:]
	}
	return out
}

// surrogateStrItem is s[key] for a str holding a lone surrogate and an
// int or slice key.
func surrogateStrItem(s string, key py.Object) (py.Object, error) {
	chars := strChars(s)
	if sl, ok := key.(*py.Slice); ok {
		start, _, step, n, err := sl.GetIndices(len(chars))
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			b.WriteString(chars[i])
		}
		return py.String(b.String()), nil
	}
	i, err := indexValue(key)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += len(chars)
	}
	if i < 0 || i >= len(chars) {
		return nil, py.ExceptionNewf(py.IndexError, "string index out of range")
	}
	return py.String(chars[i]), nil
}
