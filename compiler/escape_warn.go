package compiler

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Python 3.6 deprecates backslashes that start no escape sequence ("\d"
// in a non-raw literal): building the AST, it issues a DeprecationWarning
// "invalid escape sequence \d" for the first such backslash of each
// literal, dated by the literal's line (its last line when it spans
// several) in the file being compiled. When the warning filters turn it
// into an exception, the compilation fails with a SyntaxError of the same
// message instead.

// warnInvalidEscapes issues those warnings for the string literals
// tokens (those holding a backslash, in source order).
func warnInvalidEscapes(tokens []*node, src, filename string) error {
	for _, n := range tokens {
		if c, ok := firstInvalidEscape(n.s); ok {
			if err := warnEscape(c, n, src, filename); err != nil {
				return err
			}
		}
	}
	return nil
}

// firstInvalidEscape is the character after the first backslash of the
// literal tok (prefix and quotes included) that starts no escape, if any.
func firstInvalidEscape(tok string) (byte, bool) {
	i := 0
	bytesLit, raw := false, false
	for i < len(tok) && tok[i] != '\'' && tok[i] != '"' {
		switch tok[i] {
		case 'b', 'B':
			bytesLit = true
		case 'r', 'R':
			raw = true
		}
		i++
	}
	if raw || i >= len(tok) {
		return 0, false
	}
	q := 1
	if strings.HasPrefix(tok[i:], tok[i:i+1]+tok[i:i+1]+tok[i:i+1]) && len(tok)-i >= 6 {
		q = 3
	}
	body := tok[i+q : len(tok)-q]
	valid := "\n\\'\"abfnrtv01234567x"
	if !bytesLit {
		valid += "NuU"
	}
	for j := 0; j < len(body); j++ {
		if body[j] != '\\' {
			continue
		}
		if j+1 >= len(body) {
			return 0, false
		}
		c := body[j+1]
		switch {
		case c == '\r':
			// A line continuation in a file with \r\n line ends.
		case c >= 0x80:
			// A backslash before a non-ASCII character stands for itself.
		case strings.IndexByte(valid, c) < 0:
			return c, true
		}
		j++
	}
	return 0, false
}

// warnCompile issues a warning of category at line of the file being
// compiled through warnings.warn_explicit, as CPython's compiler does;
// the error is the exception the warning filters made of it. Outside an
// interpreter (no context) nothing is issued.
func warnCompile(category *py.Type, msg, filename string, line int) error {
	ctx := vm.CurrentContext()
	if ctx == nil {
		return nil
	}
	w, err := py.ImportModuleLevelObject(ctx, "warnings", nil, nil, nil, 0)
	if err != nil {
		return nil
	}
	warn, err := vm.GetAttr(w, "warn_explicit")
	if err != nil {
		return nil
	}
	_, err = vm.Call(warn, py.Tuple{py.String(msg), category, py.String(filename), py.Int(line)}, nil)
	return err
}

// warnEscape issues the warning for the invalid escape \c of the literal
// n, or returns the SyntaxError it became.
func warnEscape(c byte, n *node, src, filename string) error {
	msg := fmt.Sprintf("invalid escape sequence \\%c", c)
	err := warnCompile(py.DeprecationWarning, msg, filename, n.line)
	if err == nil {
		return nil
	}
	if !py.IsException(py.DeprecationWarning, err) {
		return err
	}
	// CPython reads the line's text from the file named filename: none
	// when there is no such file (a string given to compile() or eval()).
	var text py.Object = py.None
	if _, err := os.Stat(filename); err == nil {
		text = py.String(lineText(src, n.line))
	}
	return newSyntaxError(py.SyntaxError, msg, filename, n.line, n.col, text)
}
