package codecs

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Names of Unicode 9.0 (the differential test
// modules/pylib TestCodecsHandlersDifferential compares a sample of
// namereplace output with CPython 3.6's).
func TestUnicodeName(t *testing.T) {
	for r, want := range map[rune]string{
		' ':      "SPACE",
		0xE9:     "LATIN SMALL LETTER E WITH ACUTE",
		0x80:     "",
		0x378:    "",
		0x20AC:   "EURO SIGN",
		0x4E00:   "CJK UNIFIED IDEOGRAPH-4E00",
		0x9FD5:   "CJK UNIFIED IDEOGRAPH-9FD5",
		0x9FD6:   "", // added in Unicode 10
		0xF900:   "CJK COMPATIBILITY IDEOGRAPH-F900",
		0xAC00:   "HANGUL SYLLABLE GA",
		0xAC01:   "HANGUL SYLLABLE GAG",
		0xC544:   "HANGUL SYLLABLE A",
		0xD7A3:   "HANGUL SYLLABLE HIH",
		0x1F600:  "GRINNING FACE",
		0x1F971:  "", // Unicode 11
		0xE0001:  "LANGUAGE TAG",
		0x10FFFF: "",
	} {
		assert.Equal(t, want, UnicodeName(r), "U+%04X", r)
	}
}
