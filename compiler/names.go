package compiler

import (
	"strconv"
	"strings"

	"github.com/gpython-ssl/gpython-ssl/modules/unicodedata"
)

// This file resolves the names of "\N{name}" escapes in str literals as
// CPython 3.6 does (unicodedata's _getcode): Unicode 9.0's character
// names and name aliases, without regard to ASCII case, and the names of
// CJK unified ideographs and Hangul syllables, which CPython computes and
// matches exactly (upper case). gpython's parser keeps \N{...} as written,
// so str literals that hold one are rewritten (nameEscapeRepl) with \U
// escapes in its place.

// lookupName is the character the escape \N{name} stands for, false when
// CPython 3.6 knows no such name: unicodedata's names and aliases (not its
// named sequences), case ignored except in the computed CJK and Hangul
// names.
func lookupName(name string) (rune, bool) {
	return unicodedata.LookupChar(name)
}

// nameEscapeRepl is the replacement of a str literal token (not bytes,
// not raw, not an f-string) whose \N{name} escapes are written as \U
// escapes, false when it has none. The check has accepted the literal, so
// every name is known.
func nameEscapeRepl(n *node) (repl, bool) {
	if n.kind != tString || !strings.Contains(n.s, `\N{`) {
		return repl{}, false
	}
	q := strings.IndexAny(n.s, `'"`)
	prefix := strings.ToLower(n.s[:q])
	if strings.ContainsAny(prefix, "rbf") {
		return repl{}, false
	}
	var b strings.Builder
	s := n.s
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		if s[i+1] == 'N' && i+2 < len(s) && s[i+2] == '{' {
			if j := strings.IndexByte(s[i+3:], '}'); j > 0 {
				if r, ok := lookupName(s[i+3 : i+3+j]); ok {
					b.WriteString(`\U` + strconv.FormatUint(uint64(r)|1<<32, 16)[1:])
					i += 3 + j
					continue
				}
			}
		}
		b.WriteString(s[i : i+2])
		i++
	}
	return repl{n.pos, n.end, b.String()}, true
}
