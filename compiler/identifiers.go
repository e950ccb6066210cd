package compiler

import (
	"strings"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/unicodedata"
)

// normalizeIdentifiers returns src, source gpython's compiler is about to
// compile, with each identifier that has a non-ASCII character replaced by
// its NFKC form, as CPython's parser stores names (PEP 3131): `µ` (the
// micro sign) and `μ` are one name, and "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" is "Unicode". Source that
// is all ASCII, or whose identifiers are already normalized, is returned
// unchanged. Lines stay where they were: NFKC never adds a line break.
func normalizeIdentifiers(src string) string {
	if pyutil.IsASCII(src) {
		return src
	}
	l := newLexer(src, false, true)
	var b strings.Builder
	last := 0
	for n := 0; n < len(src)+2; n++ { // every token takes a byte, but ENDMARKER
		t := l.get()
		if t.kind == tEndmarker || t.kind == tError {
			break
		}
		if t.kind != tName || t.pos < last || t.end > len(src) || pyutil.IsASCII(t.s) {
			continue
		}
		if norm := unicodedata.NFKC(t.s); norm != t.s {
			b.WriteString(src[last:t.pos])
			b.WriteString(norm)
			last = t.end
		}
	}
	if last == 0 {
		return src
	}
	b.WriteString(src[last:])
	return b.String()
}
