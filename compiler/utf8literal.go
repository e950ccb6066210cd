package compiler

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
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
// An encoded surrogate (ED A0..BF ..), which the tokenizer lets through
// (source_text.go), is not UTF-8 to the codec either: source given as a
// str never holds one here, since compile(), exec() and eval() refuse a
// str with a lone surrogate before they compile it.

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
		n, reason := pyutil.UTF8Sequence(body[i:end], false)
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

// hasNonUTF8 reports whether s holds a byte that is not part of UTF-8
// (an encoded surrogate's bytes are not).
func hasNonUTF8(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		n, reason := pyutil.UTF8Sequence(s[i:], false)
		if reason != "" {
			return true
		}
		i += n
	}
	return false
}

// replaceInvalidUTF8 is s decoded as CPython's UTF-8 codec does with
// errors="replace": each maximal invalid subpart (a single byte of an
// encoded surrogate among them) becomes one U+FFFD.
func replaceInvalidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		n, reason := pyutil.UTF8Sequence(s[i:], false)
		if reason == "" {
			b.WriteString(s[i : i+n])
		} else {
			b.WriteRune(utf8.RuneError)
		}
		i += n
	}
	return b.String()
}
