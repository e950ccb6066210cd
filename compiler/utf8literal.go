package compiler

import (
	"fmt"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// Source given as bytes (an imported module's file, compile() or exec()
// of bytes) with no coding comment, or one naming UTF-8, reaches the
// compiler as those bytes. CPython 3.6's tokenizer does not check them:
// bytes that are not UTF-8 pass in comments, an identifier holding one is
// "invalid character in identifier" (the lexer's), and a str literal
// holding one fails when the AST is built, with the utf-8 codec's error
// prefixed by "(unicode error)". Which bytes the codec sees decides the
// position and the reason: the whole body of a literal that is raw or has
// no backslash, else each run of non-ASCII bytes alone (the escapes are
// decoded after them).
//
// A lone surrogate, which a str can hold, sits in the Go string in its
// three-byte form: it is text here, not a bad byte, so that source made
// from a str compiles as it did.

// utf8LiteralError is the SyntaxError message for the body of a str
// literal (or a piece of an f-string) that holds bytes that are not
// UTF-8, or "" when it holds none. whole says the codec decodes the body
// at once; otherwise each run of bytes >= 0x80 is decoded alone.
func utf8LiteralError(body string, whole bool) string {
	start := 0 // where the bytes the codec is given begin
	for i := 0; i < len(body); {
		if body[i] < 0x80 {
			i++
			if !whole {
				start = i
			}
			continue
		}
		end := len(body)
		if !whole {
			end = i
			for end < len(body) && body[end] >= 0x80 {
				end++
			}
		}
		n, reason := utf8Unit(body[i:end])
		if reason == "" {
			i += n
			continue
		}
		pos := i - start
		if n == 1 {
			return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", body[i], pos, reason)
		}
		return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: %s", pos, pos+n-1, reason)
	}
	return ""
}

// utf8Unit measures the UTF-8 sequence b starts with (b is not empty):
// its length and "" when it is valid (a surrogate's three bytes
// included), else the length of the bytes the codec rejects as one and
// its reason, as CPython's utf-8 decoder words it.
func utf8Unit(b string) (int, string) {
	c := b[0]
	need := 0
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c < 0x80:
		return 1, ""
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && (x < 0x80 || x > 0xBF) {
			return k, "invalid continuation byte"
		}
	}
	return need + 1, ""
}

// hasNonUTF8 reports whether s holds a byte that is not part of UTF-8
// (a surrogate's three bytes count as UTF-8).
func hasNonUTF8(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		n, reason := utf8Unit(s[i:])
		if reason != "" {
			return true
		}
		i += n
	}
	return false
}

// strSourceError is the UnicodeEncodeError compile() raises for source
// given as a str that holds a lone surrogate (CPython compiles the str's
// UTF-8, which cannot carry one), or nil. The error is str.encode's.
func strSourceError(s py.String) error {
	if utf8.ValidString(string(s)) {
		return nil
	}
	encode, err := py.GetAttrString(s, "encode")
	if err == nil {
		_, err = py.Call(encode, py.Tuple{py.String("utf-8")}, nil)
	}
	return err
}
