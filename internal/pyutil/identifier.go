package pyutil

import "unicode"

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
		start := c == '_' || unicode.IsLetter(c) || unicode.Is(unicode.Nl, c) || unicode.Is(unicode.Other_ID_Start, c)
		if i == 0 {
			if !start {
				return false
			}
			continue
		}
		if !start && !unicode.IsDigit(c) && !unicode.Is(unicode.Mn, c) && !unicode.Is(unicode.Mc, c) &&
			!unicode.Is(unicode.Pc, c) && !unicode.Is(unicode.Other_ID_Continue, c) {
			return false
		}
	}
	return true
}
