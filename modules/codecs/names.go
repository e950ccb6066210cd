package codecs

import (
	"bytes"
	"compress/zlib"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// unicodeNamesZ holds the names of Unicode 9.0 (CPython 3.6's
// unicodedata) for namereplace; gen_unicodenames.py writes it.
//
//go:embed unicodenames.z
var unicodeNamesZ []byte

// nameTable decodes unicodeNamesZ once, at the first namereplace.
var nameTable = sync.OnceValue(func() map[rune]string {
	zr, err := zlib.NewReader(bytes.NewReader(unicodeNamesZ))
	if err != nil {
		panic("codecs: unicodenames.z: " + err.Error())
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		panic("codecs: unicodenames.z: " + err.Error())
	}
	table := make(map[rune]string, 32000)
	code := rune(0)
	for _, line := range strings.Split(string(text), "\n") {
		step, name, ok := strings.Cut(line, " ")
		d, err := strconv.ParseUint(step, 16, 32)
		if !ok || err != nil {
			panic("codecs: unicodenames.z: bad line " + strconv.Quote(line))
		}
		code += rune(d)
		table[code] = name
	}
	return table
})

// cjkUnified are the ranges of CJK unified ideographs in Unicode 9.0,
// named "CJK UNIFIED IDEOGRAPH-XXXX".
var cjkUnified = [][2]rune{
	{0x3400, 0x4DB5}, {0x4E00, 0x9FD5}, {0x20000, 0x2A6D6},
	{0x2A700, 0x2B734}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1},
}

// The parts of a Hangul syllable's name (the Unicode standard's jamo
// short names): leading consonant, vowel, trailing consonant.
var (
	hangulLead  = strings.Split("G GG N D DD R M B BB S SS  J JJ C K T P H", " ")
	hangulVowel = strings.Split("A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I", " ")
	hangulTail  = strings.Split(" G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H", " ")
)

// UnicodeName is r's name in Unicode 9.0, "" when it has none.
func UnicodeName(r rune) string {
	for _, span := range cjkUnified {
		if r >= span[0] && r <= span[1] {
			return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r)
		}
	}
	if r >= 0xAC00 && r <= 0xD7A3 {
		i := int(r - 0xAC00)
		return "HANGUL SYLLABLE " + hangulLead[i/(21*28)] + hangulVowel[i%(21*28)/28] + hangulTail[i%28]
	}
	return nameTable()[r]
}

func init() { host.SetUnicodeNames(UnicodeName) }
