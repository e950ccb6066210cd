package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Most rewrites keep every line where it was. The rewrites of async for
// and async with (asyncstmt.go) cannot: they need statements of their own.
// They end each line they add with lineMark, a comment, and the source
// handed to gpython's compiler is then stripped of the marks (stripLines),
// which gives a line map: the line of the original source each line of the
// stripped one stands for. A marked line stands for the same original line
// as the line after it, or, marked as a tail (tailNL), as the line before
// it. The code objects gpython compiles are then moved
// back to the original lines (remapCode), and so are its SyntaxErrors.

// lineMark ends a line a rewrite added, before its newline.
const lineMark = "#\x01pep-line"

// markedNL is the newline that ends an added line.
const markedNL = lineMark + "\n"

// tailNL ends an added line that stands for the same original line as the
// line before it, not the one after: the code a statement runs after its
// body (async with's exit, async for's loop end), which CPython 3.6 gives
// no line of its own, so that it belongs to the body's last line.
const tailNL = "#\x02" + markedNL

// lineMap maps a line of the stripped source (index 1 on) to its line in
// the original; nil is the identity.
type lineMap []int

// stripLines removes the marks of src and returns the line map, nil when
// src has none.
func stripLines(src string) (string, lineMap) {
	if !strings.Contains(src, lineMark) {
		return src, nil
	}
	lines := strings.SplitAfter(src, "\n")
	m := make(lineMap, 1, len(lines)+1)
	var b strings.Builder
	orig := 1
	for _, l := range lines {
		if strings.HasSuffix(l, tailNL) {
			m = append(m, m[len(m)-1]) // the line before it (the first: 0)
			b.WriteString(l[:len(l)-len(tailNL)])
			b.WriteByte('\n')
			continue
		}
		m = append(m, orig)
		if strings.HasSuffix(l, markedNL) {
			b.WriteString(l[:len(l)-len(markedNL)])
			b.WriteByte('\n')
			continue
		}
		b.WriteString(l)
		orig++
	}
	return b.String(), m
}

// line is the original line of line n of the stripped source.
func (m lineMap) line(n int) int {
	if m == nil || n <= 0 {
		return n
	}
	if n >= len(m) {
		return m[len(m)-1] + n - (len(m) - 1)
	}
	return m[n]
}

// remapCode moves co and the code objects among its constants, at any
// depth, to the original lines. The map is non-decreasing, so the line
// table's increments stay non-negative and no larger than they were.
func (m lineMap) remapCode(co *py.Code) {
	if m == nil || co == nil {
		return
	}
	first := int(co.Firstlineno)
	tab := []byte(co.Lnotab)
	line := first
	for i := 1; i < len(tab); i += 2 {
		next := line + int(tab[i])
		tab[i] = byte(m.line(next) - m.line(line))
		line = next
	}
	co.Firstlineno = int32(m.line(first))
	co.Lnotab = string(tab)
	for _, c := range co.Consts {
		if k, ok := c.(*py.Code); ok {
			m.remapCode(k)
		}
	}
}

// remapError moves the line of a SyntaxError of gpython's compiler to the
// original source.
func (m lineMap) remapError(err error) error {
	if m == nil {
		return err
	}
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.SyntaxError) {
		return err
	}
	if n, ok := e.Dict["lineno"].(py.Int); ok {
		e.Dict["lineno"] = py.Int(m.line(int(n)))
	}
	return err
}
