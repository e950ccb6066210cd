package unicode9

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// TestTablesMatchGo: tables.go was generated from this Go release's
// Unicode tables; a Go upgrade that moves them asks for go generate.
func TestTablesMatchGo(t *testing.T) {
	assert.Equal(t, goVersion, unicode.Version, "run go generate ./internal/unicode9/")
}

// TestAsCPython36: answers CPython 3.6 gives (str methods, repr), each
// from a different part of the tables.
func TestAsCPython36(t *testing.T) {
	for _, c := range []struct {
		name string
		got  any
		want any
	}{
		{"emoji of Unicode 11 unassigned", Assigned(0x1F97A), false},
		{"emoji of Unicode 6 assigned", Assigned(0x1F600), true},
		{"later code point not printable", IsPrint(0x07FF), false},
		{"later emoji not printable", IsPrint(0x1F929), false},
		{"old letter printable", IsPrint('é'), true},
		{"ASCII space printable", IsPrint(' '), true},
		{"no-break space not printable", IsPrint(0xA0), false},
		{"Georgian Mkhedruli is Lo, not lower", IsLower(0x10D0), false},
		{"Georgian Mkhedruli a letter", IsLetter(0x10D0), true},
		{"Georgian Mkhedruli has no upper case", ToUpper(0x10D0), rune(0x10D0)},
		{"Mtavruli unassigned", IsUpper(0x1C90), false},
		{"Mtavruli no lower case", ToLower(0x1C90), rune(0x1C90)},
		{"U+0282 upper came later", ToUpper(0x0282), rune(0x0282)},
		{"old pair kept", ToUpper('ß'), rune('ß')},
		{"ASCII upper", ToUpper('a'), rune('A')},
		{"Cyrillic lower", ToLower('Ж'), rune('ж')},
		{"U+1CF2 a mark in 9.0.0", IsLetter(0x1CF2), false},
		{"U+1CF2 Mc in 9.0.0", Is(unicode.Mc, 0x1CF2), true},
		{"property table unchanged", Is(unicode.White_Space, 0x3000), true},
		{"fold orbit of k", SimpleFold('k'), rune(0x212A)},
		{"fold of later letter", SimpleFold(0x1C90), rune(0x1C90)},
		{"digit of a later script", IsDigit(0x16AC0), false}, // Tangsa digit zero (14.0)
		{"Devanagari digit", IsDigit(0x0966), true},
		{"U+10FC not Other_Lowercase in 9.0.0", Is(unicode.Other_Lowercase, 0x10FC), false},
		{"U+02B0 Other_Lowercase", Is(unicode.Other_Lowercase, 0x02B0), true},
	} {
		assert.Equal(t, c.want, c.got, c.name)
	}
}
