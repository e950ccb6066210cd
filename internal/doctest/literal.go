package doctest

import (
	"sort"
	"strings"
)

// canonicalLiteral rewrites output made of Python literal reprs (dicts,
// sets, lists, tuples, strings, bytes, numbers, names, <...> objects) into a
// canonical text in which the entries of every dict and set are sorted and
// white space is normalised. ok is false when the text is not such output.
// It serves IgnoreDictOrder.
func canonicalLiteral(s string) (canon string, ok bool) {
	p := &literalParser{s: s}
	var vals []string
	for {
		p.space()
		if p.i >= len(p.s) {
			break
		}
		v, ok := p.value(0)
		if !ok {
			return "", false
		}
		vals = append(vals, v)
	}
	return strings.Join(vals, "\n"), len(vals) > 0
}

// maxLiteralDepth bounds nesting so that hostile input cannot exhaust the
// stack.
const maxLiteralDepth = 100

type literalParser struct {
	s string
	i int
}

func (p *literalParser) space() {
	for p.i < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.i]) >= 0 {
		p.i++
	}
}

// value parses one literal and returns its canonical text.
func (p *literalParser) value(depth int) (string, bool) {
	if depth > maxLiteralDepth {
		return "", false
	}
	p.space()
	if p.i >= len(p.s) {
		return "", false
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.container(depth, '}', true)
	case c == '[':
		return p.container(depth, ']', false)
	case c == '(':
		return p.container(depth, ')', false)
	case c == '\'' || c == '"':
		return p.quoted()
	case c == '<':
		end := strings.IndexByte(p.s[p.i:], '>')
		if end < 0 {
			return "", false
		}
		v := p.s[p.i : p.i+end+1]
		p.i += end + 1
		return v, true
	default:
		start := p.i
		for p.i < len(p.s) && strings.IndexByte(" \t\r\n,:()[]{}<>", p.s[p.i]) < 0 {
			if q := p.s[p.i]; q == '\'' || q == '"' { // a prefixed string: b'..', r"..."
				if _, ok := p.quoted(); !ok {
					return "", false
				}
				return p.s[start:p.i], true
			}
			p.i++
		}
		if p.i == start {
			return "", false
		}
		return p.s[start:p.i], true
	}
}

// quoted scans a quoted string starting at p.i and returns it verbatim.
func (p *literalParser) quoted() (string, bool) {
	start, q := p.i, p.s[p.i]
	for p.i++; p.i < len(p.s); p.i++ {
		switch p.s[p.i] {
		case '\\':
			p.i++
		case q:
			p.i++
			return p.s[start:p.i], true
		case '\n':
			return "", false
		}
	}
	return "", false
}

// container parses the items of a dict, set, list or tuple whose opening
// bracket is at p.i; unordered (dict or set) items are sorted.
func (p *literalParser) container(depth int, closing byte, unordered bool) (string, bool) {
	opening := p.s[p.i]
	p.i++
	var items []string
	trailingComma := false
	for {
		p.space()
		if p.i >= len(p.s) {
			return "", false
		}
		if p.s[p.i] == closing {
			p.i++
			break
		}
		item, ok := p.value(depth + 1)
		if !ok {
			return "", false
		}
		p.space()
		if unordered && p.i < len(p.s) && p.s[p.i] == ':' {
			p.i++
			v, ok := p.value(depth + 1)
			if !ok {
				return "", false
			}
			item += ": " + v
			p.space()
		}
		items = append(items, item)
		trailingComma = false
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			trailingComma = true
			continue
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != closing {
			return "", false
		}
	}
	if unordered {
		sort.Strings(items)
	}
	body := strings.Join(items, ", ")
	if opening == '(' && len(items) == 1 && trailingComma {
		body += ","
	}
	return string(opening) + body + string(closing), true
}
