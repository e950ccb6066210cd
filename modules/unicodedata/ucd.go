package unicodedata

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// edition is one version of the database: the current one (Unicode
// 9.0.0, the module's functions) or 3.2.0 (ucd_3_2_0, for IDNA).
type edition struct {
	old bool
}

var (
	current = edition{}
	v320    = edition{old: true}
)

func (e edition) version() string {
	if e.old {
		return "3.2.0"
	}
	return load().version
}

// props are r's properties in this edition.
func (e edition) props(r rune) *props {
	db := load()
	if e.old {
		if s, ok := find(db.old, r); ok {
			return &db.props[s.index]
		}
	}
	s, _ := find(db.now, r)
	return &db.props[s.index]
}

// Hangul syllables: their names and decompositions follow from their
// position (the Unicode standard, chapter 3.12).
const (
	hangulFirst = 0xAC00
	hangulCount = 19 * 21 * 28
	leadFirst   = 0x1100
	vowelFirst  = 0x1161
	tailFirst   = 0x11A7
)

var (
	hangulLead  = strings.Split("G GG N D DD R M B BB S SS  J JJ C K T P H", " ")
	hangulVowel = strings.Split("A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I", " ")
	hangulTail  = strings.Split(" G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H", " ")
)

func isHangul(r rune) bool { return r >= hangulFirst && r < hangulFirst+hangulCount }

func hangulName(r rune) string {
	i := int(r - hangulFirst)
	return "HANGUL SYLLABLE " + hangulLead[i/(21*28)] + hangulVowel[i%(21*28)/28] + hangulTail[i%28]
}

// hangulByName inverts hangulName, built at the first lookup of one.
var hangulByName = sync.OnceValue(func() map[string]rune {
	m := make(map[string]rune, hangulCount)
	for r := rune(hangulFirst); r < hangulFirst+hangulCount; r++ {
		m[hangulName(r)] = r
	}
	return m
})

const cjkPrefix = "CJK UNIFIED IDEOGRAPH-"

// name is r's character name in this edition, if it has one.
func (e edition) name(r rune) (string, bool) {
	db := load()
	if e.old {
		if _, unnamed := find(db.unnamedOld, r); unnamed {
			return "", false
		}
	}
	if isHangul(r) {
		return hangulName(r), true
	}
	if _, ok := find(db.cjk, r); ok {
		return fmt.Sprintf("%s%X", cjkPrefix, r), true
	}
	n, ok := db.names[r]
	return n, ok
}

// lookup finds the character (or, for a named sequence, the characters)
// a name stands for, ignoring case. Aliases and named sequences are the
// current edition's only, as in CPython.
func (e edition) lookup(name string) (string, bool) {
	db := load()
	if r, ok := e.lookupChar(name); ok {
		return string(r), true
	}
	if !e.old {
		if s, ok := db.sequences[strings.ToUpper(name)]; ok {
			return s, true
		}
	}
	return "", false
}

// lookupChar is lookup for names of single characters (aliases
// included in the current edition). Case is ignored except in the
// algorithmic names, which CPython parses as written: upper case, with
// upper-case hex digits.
func (e edition) lookupChar(name string) (rune, bool) {
	db := load()
	var r rune
	found := false
	switch {
	case strings.HasPrefix(name, "HANGUL SYLLABLE "):
		r, found = hangulByName()[name]
	case strings.HasPrefix(name, cjkPrefix):
		hex := name[len(cjkPrefix):]
		if (len(hex) == 4 || len(hex) == 5) && strings.ToUpper(hex) == hex {
			if v, err := strconv.ParseUint(hex, 16, 32); err == nil {
				_, found = find(db.cjk, rune(v))
				r = rune(v)
			}
		}
	default:
		key := strings.ToUpper(name)
		r, found = db.byName[key]
		if found && e.old && db.names[r] != key {
			found = false // an alias
		}
	}
	if !found {
		return 0, false
	}
	if e.old {
		// 3.2.0 knows only the characters it had named
		if _, ok := e.name(r); !ok {
			return 0, false
		}
	}
	return r, true
}

// composite is the canonical composition of a and b, if there is one.
func (e edition) composite(a, b rune) (rune, bool) {
	db := load()
	if e.old {
		if c, ok := db.oldPairs[[2]rune{a, b}]; ok {
			return c, true
		}
	}
	c, ok := db.pairs[[2]rune{a, b}]
	return c, ok
}

// Name is the Unicode 9.0 name of r, as unicodedata.name gives it, for
// the namereplace error handler and the compiler's \N{...} escapes.
func Name(r rune) (string, bool) { return current.name(r) }

// LookupChar is the character a name or alias stands for (case ignored),
// as a \N{...} escape resolves it; named sequences are not characters.
func LookupChar(name string) (rune, bool) {
	return current.lookupChar(name)
}
