package compiler

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// normalizeNewlines turns \r\n and a lone \r into \n, as CPython's
// tokenizer does before it reads a literal.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// decodeLiteral returns the value of a str literal's text (the body of a
// plain literal, or a literal part of an f-string): the text itself when raw,
// else the text with its escape sequences decoded as CPython 3.6's
// decode_unicode_with_escapes does. A backslash at the end of the text, or
// before a non-ASCII character, stands for itself (CPython inserts \u005c).
// Unknown escapes such as \d keep their backslash.
//
// \N{name} is the character of that name or alias (names.go).
//
// On a malformed escape the error is CPython's message, e.g. "(unicode
// error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated
// \xXX escape", positions counted in CPython's intermediate buffer, where a
// non-ASCII character takes 10 bytes.
func decodeLiteral(text string, raw bool) ([]rune, error) {
	text = normalizeNewlines(text)
	out := make([]rune, 0, len(text))
	if raw {
		for _, r := range text {
			out = append(out, r)
		}
		return out, nil
	}
	pos := 0 // position in CPython's intermediate buffer
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:])
			out = append(out, r)
			i += n
			pos += 10
			continue
		}
		if c != '\\' {
			out = append(out, rune(c))
			i++
			pos++
			continue
		}
		if i+1 >= len(text) || text[i+1] >= utf8.RuneSelf {
			out = append(out, '\\')
			i++
			pos += 6
			continue
		}
		start := pos
		e := text[i+1]
		i += 2
		pos += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, rune(e))
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, '\a')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(e - '0')
			for k := 0; k < 2 && i < len(text) && text[i] >= '0' && text[i] <= '7'; k++ {
				v = v<<3 + rune(text[i]-'0')
				i++
				pos++
			}
			out = append(out, v)
		case 'x', 'u', 'U':
			count, msg := 2, `truncated \xXX escape`
			if e == 'u' {
				count, msg = 4, `truncated \uXXXX escape`
			} else if e == 'U' {
				count, msg = 8, `truncated \UXXXXXXXX escape`
			}
			var v rune
			for ; count > 0 && i < len(text); count-- {
				d := hexDigit(text[i])
				if d < 0 {
					break
				}
				v = v<<4 + rune(d)
				i++
				pos++
			}
			if count > 0 {
				return nil, unicodeError(start, pos, msg)
			}
			if v > utf8.MaxRune {
				return nil, unicodeError(start, pos, "illegal Unicode character")
			}
			out = append(out, v)
		case 'N':
			j := i
			if j < len(text) && text[j] == '{' {
				j++
				pos++
				nameStart := j
				for j < len(text) && text[j] != '}' {
					if text[j] >= utf8.RuneSelf {
						_, n := utf8.DecodeRuneInString(text[j:])
						j += n
						pos += 10
						continue
					}
					j++
					pos++
				}
				if j > nameStart && j < len(text) {
					r, ok := lookupName(text[nameStart:j])
					pos++
					if !ok {
						return nil, unicodeError(start, pos, "unknown Unicode character name")
					}
					out = append(out, r)
					i = j + 1
					continue
				}
			}
			return nil, unicodeError(start, pos, `malformed \N character escape`)
		default:
			out = append(out, '\\', rune(e))
		}
	}
	return out, nil
}

// unicodeError is CPython's SyntaxError message for a str literal that the
// unicode-escape codec rejects between positions start and end (exclusive).
func unicodeError(start, end int, reason string) error {
	if end-start == 1 {
		return fmt.Errorf("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: %s", start, reason)
	}
	return fmt.Errorf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
}

// checkBytes returns CPython 3.6's error for a bytes literal's body, or nil.
// It is consulted only for a bytes literal next to an f-string, an atom that
// is an error in any case; the literal's value is never needed.
func checkBytes(body string, raw bool) error {
	for i := 0; i < len(body); i++ {
		if body[i] >= utf8.RuneSelf {
			return fmt.Errorf("bytes can only contain ASCII literal characters.")
		}
	}
	if raw {
		return nil
	}
	body = normalizeNewlines(body)
	for i := 0; i < len(body); i++ {
		if body[i] != '\\' || i+1 >= len(body) {
			continue
		}
		if body[i+1] == 'x' && (i+3 >= len(body) || hexDigit(body[i+2]) < 0 || hexDigit(body[i+3]) < 0) {
			return fmt.Errorf(`(value error) invalid \x escape at position %d`, i)
		}
		i++
	}
	return nil
}

// hexDigit is the value of the hexadecimal digit c, or -1.
func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
