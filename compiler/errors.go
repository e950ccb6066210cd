package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// syntaxError is a SyntaxError(msg) in the shape gpython's parser raises:
// a *py.Exception whose Dict holds filename, lineno, offset and line.
// offset is CPython 3.6's for errors found in the AST: the 0-based byte
// column of the atom, -1 when the atom's first literal spans lines.
func syntaxError(msg, filename string, lineno, offset int, line string) *py.Exception {
	return py.MakeSyntaxError(py.ExceptionNewf(py.SyntaxError, "%s", msg), filename, lineno, offset, line)
}

// asException returns err as a *py.Exception (gpython's parser returns
// one), wrapping anything else in a SyntaxError located in filename.
func asException(err error, filename string) *py.Exception {
	if e, ok := err.(*py.Exception); ok {
		return e
	}
	return syntaxError(err.Error(), filename, 1, 0, "")
}

// lineText is line n (1-based) of src with its newline, or "".
func lineText(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		return src[:j+1]
	}
	return src
}
