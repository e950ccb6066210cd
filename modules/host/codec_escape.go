package host

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// unicode_escape and raw_unicode_escape: Python's string-literal escapes
// over latin-1 bytes. Decoding is stateless, as in CPython 3.6 (an
// escape cut by the end of a piece is an error even when not final).

// escapeUnit is one piece of escaped input: its text, or the reason it
// is wrong and the end of the bad bytes.
type escapeUnit struct {
	text   string
	n      int // bytes consumed (to the error's end when reason is set)
	reason string
}

// decodeEscapes runs unit over b, sending bad pieces to handler h; name
// is the codec errors carry.
func decodeEscapes(b []byte, name string, h errorHandler, unit func(b []byte, i int) escapeUnit) (string, error) {
	var sb strings.Builder
	sb.Grow(len(b))
	var object py.Bytes // b as the handlers' exceptions hold it, copied once
	for i := 0; i < len(b); {
		u := unit(b, i)
		if u.reason == "" {
			sb.WriteString(u.text)
			i += u.n
			continue
		}
		f := decodeFailure{encoding: name, input: b, start: i, end: i + u.n, reason: u.reason, object: &object}
		rep, swapped, err := resolveDecodeError(h, &f)
		if err != nil {
			return "", err
		}
		if swapped != nil {
			b, object = swapped, py.Bytes(swapped)
		}
		sb.WriteString(rep.text)
		i = rep.resume
	}
	return sb.String(), nil
}

// latin1Rune appends byte x as the character of the same number.
func latin1Rune(x byte) string {
	if x < utf8.RuneSelf {
		return string(rune(x))
	}
	return string([]rune{rune(x)})
}

// hexRun reads up to n hex digits at b[i:]: their value and count.
func hexRun(b []byte, i, n int) (uint64, int) {
	var v uint64
	k := 0
	for ; k < n && i+k < len(b); k++ {
		c := b[i+k]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return v, k
		}
		v = v<<4 | uint64(d)
	}
	return v, k
}

// hexEscape reads \x, \u or \U at b[i] (the backslash) with n digits.
func hexEscape(b []byte, i, n int, truncated, outOfRange string) escapeUnit {
	v, k := hexRun(b, i+2, n)
	if k < n {
		return escapeUnit{n: 2 + k, reason: truncated}
	}
	if v > 0x10FFFF {
		return escapeUnit{n: 2 + n, reason: outOfRange}
	}
	return escapeUnit{text: wtf8Char(rune(v)), n: 2 + n}
}

// wtf8Char is a character as a str holds it (a lone surrogate in its
// three-byte form).
func wtf8Char(r rune) string {
	if isSurrogate(r) {
		return string(appendSurrogate(nil, r))
	}
	return string(r)
}

var simpleEscapes = map[byte]string{
	'\\': "\\", '\'': "'", '"': "\"", 'a': "\a", 'b': "\b", 'f': "\f",
	'n': "\n", 'r': "\r", 't': "\t", 'v': "\v", '\n': "",
}

// unicodeEscapeUnit reads one unit of unicode_escape input.
func unicodeEscapeUnit(b []byte, i int) escapeUnit {
	if b[i] != '\\' {
		return escapeUnit{text: latin1Rune(b[i]), n: 1}
	}
	if i+1 >= len(b) {
		return escapeUnit{n: 1, reason: "\\ at end of string"}
	}
	c := b[i+1]
	if t, ok := simpleEscapes[c]; ok {
		return escapeUnit{text: t, n: 2}
	}
	switch c {
	case 'x':
		return hexEscape(b, i, 2, "truncated \\xXX escape", "illegal Unicode character")
	case 'u':
		return hexEscape(b, i, 4, "truncated \\uXXXX escape", "illegal Unicode character")
	case 'U':
		return hexEscape(b, i, 8, "truncated \\UXXXXXXXX escape", "illegal Unicode character")
	case 'N':
		if i+2 >= len(b) || b[i+2] != '{' {
			return escapeUnit{n: 2, reason: "malformed \\N character escape"}
		}
		end := i + 3
		for end < len(b) && b[end] != '}' {
			end++
		}
		if end == i+3 {
			return escapeUnit{n: 3, reason: "malformed \\N character escape"}
		}
		if end >= len(b) {
			return escapeUnit{n: len(b) - i, reason: "malformed \\N character escape"}
		}
		if unicodeLookup != nil {
			if r, ok := unicodeLookup(string(b[i+3 : end])); ok {
				return escapeUnit{text: wtf8Char(r), n: end + 1 - i}
			}
		}
		return escapeUnit{n: end + 1 - i, reason: "unknown Unicode character name"}
	}
	if c >= '0' && c <= '7' {
		v, k := 0, 0
		for ; k < 3 && i+1+k < len(b) && b[i+1+k] >= '0' && b[i+1+k] <= '7'; k++ {
			v = v*8 + int(b[i+1+k]-'0')
		}
		return escapeUnit{text: string(rune(v)), n: 1 + k}
	}
	return escapeUnit{text: "\\" + latin1Rune(c), n: 2}
}

// rawUnicodeEscapeUnit reads one unit of raw_unicode_escape input: only
// \u and \U after an odd run of backslashes are escapes.
func rawUnicodeEscapeUnit(b []byte, i int) escapeUnit {
	if b[i] != '\\' {
		return escapeUnit{text: latin1Rune(b[i]), n: 1}
	}
	k := 0
	for i+k < len(b) && b[i+k] == '\\' {
		k++
	}
	if k%2 == 0 || i+k >= len(b) || (b[i+k] != 'u' && b[i+k] != 'U') {
		return escapeUnit{text: strings.Repeat("\\", k), n: k}
	}
	if k > 1 {
		return escapeUnit{text: strings.Repeat("\\", k-1), n: k - 1}
	}
	if b[i+1] == 'u' {
		return hexEscape(b, i, 4, "truncated \\uXXXX escape", "")
	}
	return hexEscape(b, i, 8, "truncated \\UXXXXXXXX escape", "\\Uxxxxxxxx out of range")
}

// appendEscaped appends r as \xhh, \uhhhh or \Uhhhhhhhh.
func appendEscaped(out []byte, r rune) []byte {
	switch {
	case r < 0x100:
		return fmt.Appendf(out, "\\x%02x", r)
	case r < 0x10000:
		return fmt.Appendf(out, "\\u%04x", r)
	}
	return fmt.Appendf(out, "\\U%08x", r)
}

// EncodeUnicodeEscape is the unicode_escape encoding of s.
func EncodeUnicodeEscape(s string) []byte {
	out := make([]byte, 0, len(s)+len(s)/4)
	for _, r := range wtf8Runes(s) {
		switch {
		case r == '\\':
			out = append(out, '\\', '\\')
		case r == '\t':
			out = append(out, '\\', 't')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\r':
			out = append(out, '\\', 'r')
		case r >= 0x20 && r < 0x7F:
			out = append(out, byte(r))
		default:
			out = appendEscaped(out, r)
		}
	}
	return out
}

// EncodeRawUnicodeEscape is the raw_unicode_escape encoding of s.
func EncodeRawUnicodeEscape(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range wtf8Runes(s) {
		if r < 0x100 {
			out = append(out, byte(r))
		} else {
			out = appendEscaped(out, r)
		}
	}
	return out
}

// unicodeLookup finds a character by its Unicode name for \N{...};
// modules/codecs installs it with SetUnicodeLookup.
var unicodeLookup func(name string) (rune, bool)

// SetUnicodeLookup installs the name-to-character lookup of \N{...}.
func SetUnicodeLookup(f func(name string) (rune, bool)) { unicodeLookup = f }

func init() {
	codecDefs["unicode-escape"] = &codecDef{
		encode: func(s string, _ errorHandler) ([]byte, error) { return EncodeUnicodeEscape(s), nil },
		decode: func(b []byte, h errorHandler, _ bool) (string, int, error) {
			s, err := decodeEscapes(b, "unicodeescape", h, unicodeEscapeUnit)
			return s, len(b), err
		},
	}
	codecDefs["raw-unicode-escape"] = &codecDef{
		encode: func(s string, _ errorHandler) ([]byte, error) { return EncodeRawUnicodeEscape(s), nil },
		decode: func(b []byte, h errorHandler, _ bool) (string, int, error) {
			s, err := decodeEscapes(b, "rawunicodeescape", h, rawUnicodeEscapeUnit)
			return s, len(b), err
		},
	}
}
