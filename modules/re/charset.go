package re

import (
	"unicode"

	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// Character classes and case folding with CPython 3.6's rules: a str
// pattern is Unicode unless re.ASCII is given; a bytes pattern is ASCII
// (re.LOCALE is taken as the C locale, which is ASCII too).
//
// Under IGNORECASE, 3.6 compares the lowercase of the subject character
// with the lowercased pattern (sre's getlower), and completes a few
// characters whose lowercase forms differ but whose uppercase agree
// (caseEquivalents).

// lower is sre's getlower for the pattern's mode.
func lower(c rune, uni bool) rune {
	if c < 128 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	if !uni {
		return c
	}
	return unicode9.ToLower(c)
}

func upper(c rune, uni bool) rune {
	if c < 128 {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	if !uni {
		return c
	}
	return unicode9.ToUpper(c)
}

// caseEquivalents lists the groups of lowercase characters that share an
// uppercase form (Unicode data; the same facts sre_compile tabulates).
var caseEquivalents = [][]rune{
	{0x69, 0x131},
	{0x73, 0x17f},
	{0xb5, 0x3bc},
	{0x345, 0x3b9, 0x1fbe},
	{0x390, 0x1fd3},
	{0x3b0, 0x1fe3},
	{0x3b2, 0x3d0},
	{0x3b5, 0x3f5},
	{0x3b8, 0x3d1},
	{0x3ba, 0x3f0},
	{0x3c0, 0x3d6},
	{0x3c1, 0x3f1},
	{0x3c2, 0x3c3},
	{0x3c6, 0x3d5},
	{0x1e61, 0x1e9b},
	{0xfb05, 0xfb06},
}

// caseFixes maps a lowercase character to the others of its group.
var caseFixes = func() map[rune][]rune {
	m := map[rune][]rune{}
	for _, g := range caseEquivalents {
		for _, c := range g {
			for _, o := range g {
				if o != c {
					m[c] = append(m[c], o)
				}
			}
		}
	}
	return m
}()

// isSpaceUni is str.isspace for one character.
func isSpaceUni(c rune) bool {
	if c < 128 {
		return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)
	}
	return unicode.IsSpace(c)
}

// isWordUni is sre's Unicode word character: alphanumeric or '_'.
func isWordUni(c rune) bool {
	if c < 128 {
		return isASCIIWord(c)
	}
	return unicode9.IsLetter(c) || unicode9.IsNumber(c)
}

func isASCIIWord(c rune) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
}

func isASCIISpace(c rune) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// inCategory tests a category in the pattern's mode.
func inCategory(cat catKind, c rune, uni bool) bool {
	switch cat {
	case catDigit:
		if uni {
			return (c >= '0' && c <= '9') || (c >= 128 && unicode9.IsDigit(c))
		}
		return c >= '0' && c <= '9'
	case catNotDigit:
		return !inCategory(catDigit, c, uni)
	case catSpace:
		if uni {
			return isSpaceUni(c)
		}
		return isASCIISpace(c)
	case catNotSpace:
		return !inCategory(catSpace, c, uni)
	case catWord:
		if uni {
			return isWordUni(c)
		}
		return isASCIIWord(c)
	}
	return !inCategory(catWord, c, uni)
}

// isWord is the word test of \b and \B.
func isWord(c rune, uni bool) bool {
	if uni {
		return isWordUni(c)
	}
	return isASCIIWord(c)
}

type runeRange struct{ lo, hi rune }

// charSet is a compiled [...] (or \d, or an IGNORECASE literal with
// equivalents). Characters below 256 are answered by a bitmap.
type charSet struct {
	negate bool
	ignore bool
	uni    bool
	fixes  bool // apply caseFixes (Unicode IGNORECASE)
	lits   []rune
	raw    []rune      // non-BMP literals of an IGNORECASE set, compared as written
	ranges []runeRange // plain ranges; BMP ranges under IGNORECASE
	big    []runeRange // IGNORECASE ranges reaching past the BMP (RANGE_IGNORE)
	cats   []catKind
	bits   [4]uint64
}

func newCharSet(items []setItem, negate, ignore, uni bool) *charSet {
	s := &charSet{negate: negate, ignore: ignore, uni: uni, fixes: ignore && uni}
	for _, it := range items {
		switch it.kind {
		case itemLiteral:
			if ignore {
				if it.lo >= 0x10000 {
					s.raw = append(s.raw, it.lo)
					continue
				}
				lo := lower(it.lo, uni)
				s.lits = append(s.lits, lo)
				if s.fixes {
					s.lits = append(s.lits, caseFixes[lo]...)
				}
				continue
			}
			s.lits = append(s.lits, it.lo)
		case itemRange:
			if ignore && it.hi >= 0x10000 {
				s.big = append(s.big, runeRange{it.lo, it.hi})
				if it.lo < 0x10000 {
					s.ranges = append(s.ranges, runeRange{it.lo, 0xffff})
				}
				continue
			}
			s.ranges = append(s.ranges, runeRange{it.lo, it.hi})
		case itemCategory:
			s.cats = append(s.cats, it.cat)
		}
	}
	for c := rune(0); c < 256; c++ {
		if s.slow(c) {
			s.bits[c>>6] |= 1 << (uint(c) & 63)
		}
	}
	return s
}

// has reports whether c is in the set.
func (s *charSet) has(c rune) bool {
	if c < 256 {
		return s.bits[c>>6]&(1<<(uint(c)&63)) != 0
	}
	return s.slow(c)
}

func (s *charSet) slow(c rune) bool {
	return s.member(c) != s.negate
}

func (s *charSet) member(c rune) bool {
	x := c
	if s.ignore {
		x = lower(c, s.uni)
	}
	for _, l := range s.lits {
		if l == x {
			return true
		}
	}
	for _, l := range s.raw {
		if l == x {
			return true
		}
	}
	for _, r := range s.ranges {
		if s.ignore {
			if s.inLoweredRange(x, r) {
				return true
			}
		} else if x >= r.lo && x <= r.hi {
			return true
		}
	}
	for _, r := range s.big {
		if (x >= r.lo && x <= r.hi) || (upper(x, s.uni) >= r.lo && upper(x, s.uni) <= r.hi) {
			return true
		}
	}
	for _, cat := range s.cats {
		if inCategory(cat, x, s.uni) {
			return true
		}
	}
	return false
}

// inLoweredRange reports whether x is the lowercase of a character of r,
// or a case equivalent of one.
func (s *charSet) inLoweredRange(x rune, r runeRange) bool {
	if s.lowersTo(x, r) {
		return true
	}
	if s.fixes {
		for _, f := range caseFixes[x] {
			if s.lowersTo(f, r) {
				return true
			}
		}
	}
	return false
}

// lowersTo reports whether some character of r has x as its lowercase.
func (s *charSet) lowersTo(x rune, r runeRange) bool {
	if x >= r.lo && x <= r.hi && lower(x, s.uni) == x {
		return true
	}
	if !s.uni {
		if x >= 'a' && x <= 'z' {
			u := x - 32
			return u >= r.lo && u <= r.hi
		}
		return false
	}
	for c := unicode9.SimpleFold(x); c != x; c = unicode9.SimpleFold(c) {
		if c >= r.lo && c <= r.hi && lower(c, true) == x {
			return true
		}
	}
	if u := unicode9.ToUpper(x); u >= r.lo && u <= r.hi && lower(u, true) == x {
		return true
	}
	if t := unicode9.ToTitle(x); t >= r.lo && t <= r.hi && lower(t, true) == x {
		return true
	}
	return false
}
