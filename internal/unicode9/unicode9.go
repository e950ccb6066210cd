// Package unicode9 answers the questions of Go's unicode package as
// Unicode 9.0.0 does, the version of CPython 3.6's tables.
//
// Go's tables are newer: they assign some twenty thousand code points
// that 9.0.0 leaves unassigned (emoji such as U+1F97A among them), give
// a few dozen a different category (the Georgian Mkhedruli letters
// became lower case with upper-case partners), and map some older
// letters to newer ones in case conversion. Under 3.6 an unassigned code
// point is not printable (repr escapes it), not a letter or a digit, and
// has no case; this package's functions answer so, and otherwise what
// the unicode function of the same name answers. str's predicates and
// case methods, repr and the parsers of identifiers, numbers and regular
// expressions use them instead of package unicode.
package unicode9

import (
	"unicode"
)

//go:generate go run ./gen

// same is the first code point where Go's tables and 9.0.0's differ:
// below it every answer is package unicode's.
var same = func() rune {
	first := rune(later.R16[0].Lo)
	for r := range changed {
		first = min(first, r)
	}
	return first
}()

// Assigned reports whether r is assigned in Unicode 9.0.0 (or lies in
// the ranges Go's tables leave unassigned too: those answer as in Go).
func Assigned(r rune) bool {
	return r < same || !unicode.Is(later, r)
}

// Is reports whether r is in table t, as of Unicode 9.0.0: false for a
// code point assigned later; for one whose category changed, t is
// matched against its 9.0.0 category when t is a category table.
func Is(t *unicode.RangeTable, r rune) bool {
	if r < same {
		return unicode.Is(t, r)
	}
	if !Assigned(r) {
		return false
	}
	if was, ok := changed[r]; ok {
		if in, isCategory := inCategory(t, was); isCategory {
			return in
		}
	}
	if t == unicode.Other_Lowercase && r == 0x10FC {
		// The one code point a property of Go's tables that str's
		// predicates use (Other_Lowercase, Other_Uppercase) gained
		// after 9.0.0 among those 9.0.0 assigns (measured against
		// CPython 3.6: the database gen reads has no properties).
		return false
	}
	return unicode.Is(t, r)
}

// inCategory reports whether category cat (two letters) is t, or within
// t when t is a major class such as unicode.L; isCategory is false when
// t is no category table (a property, a script, a table of the caller).
func inCategory(t *unicode.RangeTable, cat string) (in, isCategory bool) {
	for name, ct := range unicode.Categories {
		if ct == t {
			return name == cat || name == cat[:1], true
		}
	}
	return false, false
}

// In reports whether r is in one of the tables, as Is does.
func In(r rune, tables ...*unicode.RangeTable) bool {
	for _, t := range tables {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsLetter is unicode.IsLetter as of Unicode 9.0.0.
func IsLetter(r rune) bool { return Is(unicode.L, r) }

// IsUpper is unicode.IsUpper as of Unicode 9.0.0.
func IsUpper(r rune) bool { return Is(unicode.Lu, r) }

// IsLower is unicode.IsLower as of Unicode 9.0.0.
func IsLower(r rune) bool { return Is(unicode.Ll, r) }

// IsTitle is unicode.IsTitle as of Unicode 9.0.0.
func IsTitle(r rune) bool { return Is(unicode.Lt, r) }

// IsDigit is unicode.IsDigit as of Unicode 9.0.0.
func IsDigit(r rune) bool { return Is(unicode.Nd, r) }

// IsNumber is unicode.IsNumber as of Unicode 9.0.0.
func IsNumber(r rune) bool { return Is(unicode.N, r) }

// IsMark is unicode.IsMark as of Unicode 9.0.0.
func IsMark(r rune) bool { return Is(unicode.M, r) }

// IsPunct is unicode.IsPunct as of Unicode 9.0.0.
func IsPunct(r rune) bool { return Is(unicode.P, r) }

// IsSymbol is unicode.IsSymbol as of Unicode 9.0.0.
func IsSymbol(r rune) bool { return Is(unicode.S, r) }

// IsSpace is unicode.IsSpace (no white space came after 9.0.0).
func IsSpace(r rune) bool { return unicode.IsSpace(r) }

// IsPrint is unicode.IsPrint as of Unicode 9.0.0: letters, marks,
// numbers, punctuation and symbols, and the ASCII space.
func IsPrint(r rune) bool {
	if r < same {
		return unicode.IsPrint(r)
	}
	return r == ' ' || In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// IsGraphic is unicode.IsGraphic as of Unicode 9.0.0.
func IsGraphic(r rune) bool {
	if r < same {
		return unicode.IsGraphic(r)
	}
	return In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Zs)
}

// ToUpper is unicode.ToUpper as of Unicode 9.0.0: r itself when r or its
// mapping came later.
func ToUpper(r rune) rune { return caseMapped(r, unicode.ToUpper(r)) }

// ToLower is unicode.ToLower as of Unicode 9.0.0.
func ToLower(r rune) rune { return caseMapped(r, unicode.ToLower(r)) }

// ToTitle is unicode.ToTitle as of Unicode 9.0.0.
func ToTitle(r rune) rune { return caseMapped(r, unicode.ToTitle(r)) }

// To is unicode.To as of Unicode 9.0.0.
func To(c int, r rune) rune { return caseMapped(r, unicode.To(c, r)) }

func caseMapped(r, m rune) rune {
	if m == r || (Assigned(r) && Assigned(m)) {
		return m
	}
	return r
}

// SimpleFold is unicode.SimpleFold over the code points assigned in
// Unicode 9.0.0: the next of r's case-folding orbit that is, r itself
// when none is (or r came later).
func SimpleFold(r rune) rune {
	if !Assigned(r) {
		return r
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if Assigned(f) {
			return f
		}
	}
	return r
}
