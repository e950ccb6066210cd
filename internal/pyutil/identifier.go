package pyutil

import (
	"unicode"

	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// IsIdentifier is str.isidentifier(): a letter-like first character
// (letters, letter numbers, Other_ID_Start, or "_") followed by those,
// digits, combining marks, connector punctuation or Other_ID_Continue.
// Keywords count. The regular-expression parser's group names and
// type.__new__'s __slots__ entries are checked with it.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		start := c == '_' || unicode9.IsLetter(c) || unicode9.Is(unicode.Nl, c) || unicode9.Is(unicode.Other_ID_Start, c)
		if i == 0 {
			if !start {
				return false
			}
			continue
		}
		if !start && !unicode9.IsDigit(c) && !unicode9.Is(unicode.Mn, c) && !unicode9.Is(unicode.Mc, c) &&
			!unicode9.Is(unicode.Pc, c) && !unicode9.Is(unicode.Other_ID_Continue, c) {
			return false
		}
	}
	return true
}
