package compiler

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// A source file reaches the compiler as its bytes. PEP 263: a coding
// comment on its first two lines names their encoding (latin-1 and ASCII
// are decoded here), and without one they must be UTF-8.

// fileText is the text of src, a file's bytes: src itself when it is
// valid UTF-8 and declares nothing else, else decoded as it declares; a
// file with no declaration that is not UTF-8 is CPython's SyntaxError.
func fileText(src, filename string) (string, error) {
	declared := pyutil.SourceEncoding([]byte(src))
	if utf8.ValidString(src) && (declared == "" || isUTF8Name(declared)) {
		return src, nil
	}
	if text, ok := pyutil.DecodeSource([]byte(src)); ok {
		return text, nil
	}
	if declared != "" {
		return src, nil // an encoding not decoded here: left as it was
	}
	line, bad := firstInvalidByte(src)
	msg := fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", bad, filename, line)
	return "", newSyntaxError(py.SyntaxError, msg, filename, line, -1, py.None)
}

// declaredText is the text of src, source that may be a file's bytes
// (an import): decoded as its coding comment says when it is not UTF-8;
// anything else is left to the checks.
func declaredText(src string) string {
	if utf8.ValidString(src) || pyutil.SourceEncoding([]byte(src)) == "" {
		return src
	}
	if text, ok := pyutil.DecodeSource([]byte(src)); ok {
		return text
	}
	return src
}

func isUTF8Name(name string) bool {
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	return n == "utf-8" || n == "utf8" || strings.HasPrefix(n, "utf-8-")
}

// firstInvalidByte is the line (from 1) of the first byte of src that
// is not part of valid UTF-8, and that byte.
func firstInvalidByte(src string) (int, byte) {
	line := 1
	for i := 0; i < len(src); {
		r, w := utf8.DecodeRuneInString(src[i:])
		if r == utf8.RuneError && w <= 1 {
			return line, src[i]
		}
		if src[i] == '\n' {
			line++
		}
		i += w
	}
	return line, 0
}
