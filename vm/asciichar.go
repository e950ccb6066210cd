package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// asciiChars holds each one-character ASCII str already boxed as a
// py.Object, so indexing or iterating ASCII text hands out a shared value
// instead of allocating one per character (CPython shares its Latin-1
// one-character strings the same way).
var asciiChars = func() (t [128]py.Object) {
	for c := range t {
		t[c] = py.String([]byte{byte(c)})
	}
	return t
}()

// strItemASCII is s[i] when the characters up to the one asked for are
// ASCII, so that byte offsets are character offsets there: the prefix
// through index i for i >= 0, the suffix from it for i < 0. ok is false
// otherwise (non-ASCII text before the index, a lone surrogate, an index
// out of range), and GetItem answers.
func strItemASCII(s string, i int) (py.Object, bool) {
	if i < 0 {
		i += len(s)
		if i < 0 || !pyutil.IsASCII(s[i:]) {
			return nil, false
		}
		return asciiChars[s[i]], true
	}
	if i >= len(s) || !pyutil.IsASCII(s[:i+1]) {
		return nil, false
	}
	return asciiChars[s[i]], true
}
