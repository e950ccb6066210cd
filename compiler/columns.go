package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// The rewrites keep lines but not columns: on a line holding an f-string,
// a number with underscores, an unpacking or an async def, the text gpython
// compiles differs from the source, and so do the columns of gpython's
// SyntaxErrors (break outside a loop, a starred expression, nonlocal...).
// remapColumn moves such an error's offset back to the source line: the
// words and symbols of the two lines are aligned (a longest common
// subsequence), and the offset, which is the byte index of the token the
// error is at, goes to the token aligned with it. An offset inside text a
// rewrite made goes to the nearest aligned token before it, and never past
// the source line.

// lineToken is a token of a line: an identifier or number, or one other
// byte, and its byte index in the line.
type lineToken struct {
	text string
	at   int
}

// lineTokens splits line into tokens, skipping blanks.
func lineTokens(line string) []lineToken {
	var out []lineToken
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\n':
			i++
		case isIdentText(c):
			j := i + 1
			for j < len(line) && isIdentText(line[j]) {
				j++
			}
			out = append(out, lineToken{line[i:j], i})
			i = j
		default:
			out = append(out, lineToken{line[i : i+1], i})
			i++
		}
	}
	return out
}

// maxAlignCells bounds the alignment table; longer lines are aligned by
// their common prefix and suffix only.
const maxAlignCells = 1 << 21

// alignColumn is the byte index in orig that the byte index col of the
// rewritten line rew stands for.
func alignColumn(orig, rew string, col int) int {
	if orig == rew {
		return col
	}
	a, b := lineTokens(orig), lineTokens(rew)
	// match[j] is the token of a aligned with b[j], or -1.
	match := make([]int, len(b))
	for j := range match {
		match[j] = -1
	}
	if (len(a)+1)*(len(b)+1) <= maxAlignCells {
		alignTokens(a, b, match)
	} else {
		p := 0
		for p < len(a) && p < len(b) && a[p].text == b[p].text {
			match[p] = p
			p++
		}
		for s := 1; s <= len(a)-p && s <= len(b)-p && a[len(a)-s].text == b[len(b)-s].text; s++ {
			match[len(b)-s] = len(a) - s
		}
	}
	mapped := 0
	for j, t := range b {
		if t.at > col {
			break
		}
		if match[j] >= 0 {
			mapped = a[match[j]].at + col - t.at
			if t.at+len(t.text) <= col && j+1 < len(b) && match[j+1] < 0 {
				// col is in rewritten text after this token.
				mapped = a[match[j]].at + len(t.text)
			}
		}
	}
	return min(mapped, len(strings.TrimRight(orig, "\n")))
}

// alignTokens fills match with a longest common subsequence of a and b.
func alignTokens(a, b []lineToken, match []int) {
	w := len(b) + 1
	// suffix[i*w+j] is the length of the longest common subsequence of
	// a[i:] and b[j:].
	suffix := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			switch {
			case a[i].text == b[j].text:
				suffix[i*w+j] = suffix[(i+1)*w+j+1] + 1
			case suffix[(i+1)*w+j] >= suffix[i*w+j+1]:
				suffix[i*w+j] = suffix[(i+1)*w+j]
			default:
				suffix[i*w+j] = suffix[i*w+j+1]
			}
		}
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].text == b[j].text:
			match[j] = i
			i++
			j++
		case suffix[(i+1)*w+j] >= suffix[i*w+j+1]:
			i++
		default:
			j++
		}
	}
}

// remapColumn moves the offset of a SyntaxError gpython raised compiling
// rew, the rewritten text of src, to src's line; lines maps rew's lines to
// src's. Its line is left to remapError.
func remapColumn(err error, src, rew string, lines lineMap) error {
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.SyntaxError) || src == rew {
		return err
	}
	lineno, ok1 := e.Dict["lineno"].(py.Int)
	offset, ok2 := e.Dict["offset"].(py.Int)
	if !ok1 || !ok2 || lineno <= 0 || offset < 0 {
		return err
	}
	orig, ok1 := nthLine(translateNewlines(src), lines.line(int(lineno)))
	line, ok2 := nthLine(rew, int(lineno))
	if ok1 && ok2 {
		e.Dict["offset"] = py.Int(alignColumn(orig, line, int(offset)))
	}
	return err
}

// nthLine is line n (from 1) of text.
func nthLine(text string, n int) (string, bool) {
	for ; n > 1; n-- {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return "", false
		}
		text = text[i+1:]
	}
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	return text, true
}
