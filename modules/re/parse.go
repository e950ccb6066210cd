package re

import (
	"fmt"
	"strconv"
	"unicode"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// This file turns a pattern into a tree of nodes, with the grammar, the
// checks and the error messages of CPython 3.6's sre_parse (reimplemented:
// the module is read for its behaviour only).

// Flag bits, CPython's SRE_FLAG_* values.
const (
	flagTemplate   = 1
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagDebug      = 128
	flagASCII      = 256

	globalFlags = flagASCII | flagLocale | flagUnicode | flagDebug | flagTemplate
)

// maxRepeat is _sre.MAXREPEAT: the "unbounded" upper count of a repeat.
const maxRepeat = 4294967295

// maxGroups is _sre.MAXGROUPS on a 64-bit build.
const maxGroups = 2147483647

// flagChars maps an inline flag letter to its bit.
var flagChars = map[rune]int{
	'i': flagIgnoreCase, 'L': flagLocale, 'm': flagMultiline, 's': flagDotAll,
	'x': flagVerbose, 'a': flagASCII, 't': flagTemplate, 'u': flagUnicode,
}

// syntaxError is a pattern error: re.error's message and position (pos
// -1 when CPython gives none).
type syntaxError struct {
	msg string
	pos int
}

func (e *syntaxError) Error() string { return e.msg }

// overflowError is the OverflowError sre_parse raises for huge repeat
// counts.
type overflowError struct{ msg string }

func (e *overflowError) Error() string { return e.msg }

// valueError is a ValueError of the flag checks.
type valueError struct{ msg string }

func (e *valueError) Error() string { return e.msg }

// nodeKind is the opcode of a parsed item, after sre_parse's.
type nodeKind uint8

const (
	nLiteral nodeKind = iota
	nNotLiteral
	nAny
	nIn
	nAt
	nBranch
	nRepeat
	nGroup
	nGroupRef
	nGroupRefExists
	nAssert
)

// atKind is the position an anchor tests.
type atKind uint8

const (
	atBeginning atKind = iota // ^
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd // $
	atEndString
	// compiled forms depending on flags
	atBeginningLine
	atEndLine
)

// catKind is a character category (\d \D \s \S \w \W).
type catKind uint8

const (
	catDigit catKind = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

// setItem is one member of a character set.
type setItem struct {
	kind   uint8 // itemLiteral, itemRange, itemCategory
	lo, hi rune
	cat    catKind
}

const (
	itemLiteral = iota
	itemRange
	itemCategory
)

// node is one item of a parsed pattern.
type node struct {
	kind   nodeKind
	c      rune      // nLiteral, nNotLiteral
	items  []setItem // nIn
	negate bool      // nIn
	at     atKind    // nAt
	alts   [][]*node // nBranch
	// nRepeat
	min, max int64
	greedy   bool
	// nGroup, nRepeat, nAssert, nGroupRefExists (yes branch)
	body []*node
	no   []*node // nGroupRefExists; nil when absent
	// nGroup: group number (0 for none) and scoped flags
	group    int
	add, del int
	dir      int  // nAssert: 1 ahead, -1 behind
	neg      bool // nAssert
}

// token is one step of the tokenizer: a character, or a backslash and a
// character.
type token struct {
	c   rune
	esc bool
}

func (t token) String() string {
	if t.esc {
		return "\\" + string(t.c)
	}
	return string(t.c)
}

func (t token) len() int {
	if t.esc {
		return 2
	}
	return 1
}

// tokenizer is sre_parse.Tokenizer.
type tokenizer struct {
	src    []rune
	istext bool
	index  int
	next   token
	atEnd  bool
	err    *syntaxError // the error reading the lookahead raised, first wins
}

func newTokenizer(src []rune, istext bool) *tokenizer {
	t := &tokenizer{src: src, istext: istext}
	t.advance()
	return t
}

func (t *tokenizer) advance() {
	if t.err != nil {
		t.atEnd = true
		return
	}
	i := t.index
	if i >= len(t.src) {
		t.atEnd = true
		return
	}
	c := t.src[i]
	if c == '\\' {
		i++
		if i >= len(t.src) {
			t.err = &syntaxError{"bad escape (end of pattern)", len(t.src) - 1}
			t.atEnd = true
			return
		}
		t.next = token{t.src[i], true}
	} else {
		t.next = token{c, false}
	}
	t.index = i + 1
	t.atEnd = false
}

// is reports whether the lookahead is the plain character c.
func (t *tokenizer) is(c rune) bool { return !t.atEnd && !t.next.esc && t.next.c == c }

func (t *tokenizer) match(c rune) bool {
	if t.is(c) {
		t.advance()
		return true
	}
	return false
}

// get returns the lookahead and advances; ok is false at the end.
func (t *tokenizer) get() (token, bool) {
	if t.atEnd {
		return token{}, false
	}
	tok := t.next
	t.advance()
	return tok, true
}

func (t *tokenizer) tell() int {
	if t.atEnd {
		return t.index
	}
	return t.index - t.next.len()
}

func (t *tokenizer) seek(i int) {
	t.index = i
	t.advance()
}

func (t *tokenizer) errorf(offset int, format string, a ...any) *syntaxError {
	return &syntaxError{fmt.Sprintf(format, a...), t.tell() - offset}
}

// getwhile collects up to n plain characters from set.
func (t *tokenizer) getwhile(n int, set func(rune) bool) string {
	var out []rune
	for i := 0; i < n; i++ {
		if t.atEnd || t.next.esc || !set(t.next.c) {
			break
		}
		out = append(out, t.next.c)
		t.advance()
	}
	return string(out)
}

// getuntil reads a group name up to terminator.
func (t *tokenizer) getuntil(terminator rune) (string, error) {
	var out []rune
	for {
		tok, ok := t.get()
		if !ok {
			if len(out) == 0 {
				return "", t.errorf(0, "missing group name")
			}
			return "", t.errorf(len(out), "missing %c, unterminated name", terminator)
		}
		if !tok.esc && tok.c == terminator {
			if len(out) == 0 {
				return "", t.errorf(1, "missing group name")
			}
			break
		}
		if tok.esc {
			out = append(out, '\\')
		}
		out = append(out, tok.c)
	}
	return string(out), nil
}

func isDigit(c rune) bool    { return c >= '0' && c <= '9' }
func isOctDigit(c rune) bool { return c >= '0' && c <= '7' }
func isHexDigit(c rune) bool {
	return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}
func isASCIILetter(c rune) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// isIdentifier is str.isidentifier.
func isIdentifier(s string) bool { return pyutil.IsIdentifier(s) }

// parseState is sre_parse.Pattern: what the whole pattern knows.
type parseState struct {
	flags           int
	groupdict       map[string]int
	groupnames      []string // definition order
	groupwidths     [][2]int64
	groupClosed     []bool
	lookbehindGroup int // -1 when not inside a lookbehind
}

func (s *parseState) groups() int { return len(s.groupwidths) }

func (s *parseState) opengroup(name string, named bool) (int, error) {
	gid := s.groups()
	s.groupwidths = append(s.groupwidths, [2]int64{})
	s.groupClosed = append(s.groupClosed, false)
	if s.groups() > maxGroups {
		return 0, &syntaxError{"too many groups", -1}
	}
	if named {
		if ogid, ok := s.groupdict[name]; ok {
			return 0, &syntaxError{fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyrepr.StrRepr(name), gid, ogid), -1}
		}
		s.groupdict[name] = gid
		s.groupnames = append(s.groupnames, name)
	}
	return gid, nil
}

func (s *parseState) checkgroup(gid int) bool {
	return gid < s.groups() && s.groupClosed[gid]
}

func (s *parseState) checklookbehindgroup(gid int, src *tokenizer) error {
	if s.lookbehindGroup >= 0 {
		if !s.checkgroup(gid) {
			return src.errorf(0, "cannot refer to an open group")
		}
		if gid >= s.lookbehindGroup {
			return src.errorf(0, "cannot refer to group defined in the same lookbehind subpattern")
		}
	}
	return nil
}

// errVerbose restarts the parse in verbose mode ((?x) seen mid-pattern).
var errVerbose = &syntaxError{"verbose", -1}

// parsed is the result of parsing a pattern.
type parsed struct {
	nodes []*node
	state *parseState
}

// parsePattern is sre_parse.parse: src is the pattern's characters (a
// bytes pattern's bytes as code points 0-255).
// warn, when not nil, receives the DeprecationWarning messages of the
// parse in CPython 3.6's order (a pattern restarted as verbose repeats
// the ones before the restart, as 3.6 does).
func parsePattern(src []rune, istext bool, flags int, warn func(msg string)) (*parsed, error) {
	for attempt := 0; attempt < 2; attempt++ {
		st := &parseState{flags: flags, groupdict: map[string]int{}, groupwidths: [][2]int64{{0, 0}}, groupClosed: []bool{true}, lookbehindGroup: -1}
		if attempt == 1 {
			st.flags |= flagVerbose
		}
		tok := newTokenizer(src, istext)
		p := &parser{src: tok, state: st, warn: warn}
		nodes, err := p.parseSub(st.flags&flagVerbose != 0, 0)
		if tok.err != nil {
			return nil, tok.err
		}
		if err == errVerbose {
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := fixFlags(istext, &st.flags); err != nil {
			return nil, err
		}
		if !tok.atEnd {
			return nil, tok.errorf(0, "unbalanced parenthesis")
		}
		return &parsed{nodes: nodes, state: st}, nil
	}
	panic("re: verbose restart twice")
}

// fixFlags is sre_parse.fix_flags.
func fixFlags(istext bool, flags *int) error {
	f := *flags
	if istext {
		if f&flagLocale != 0 {
			return &valueError{"cannot use LOCALE flag with a str pattern"}
		}
		if f&flagASCII == 0 {
			f |= flagUnicode
		} else if f&flagUnicode != 0 {
			return &valueError{"ASCII and UNICODE flags are incompatible"}
		}
	} else {
		if f&flagUnicode != 0 {
			return &valueError{"cannot use UNICODE flag with a bytes pattern"}
		}
		if f&flagLocale != 0 && f&flagASCII != 0 {
			return &valueError{"ASCII and LOCALE flags are incompatible"}
		}
	}
	*flags = f
	return nil
}

type parser struct {
	src   *tokenizer
	state *parseState
	warn  func(msg string) // parsePattern's warn, or nil
}

// flagsNotAtStart is 3.6's DeprecationWarning for global flags that do not
// open the pattern: the pattern's repr cut to 20 characters.
func flagsNotAtStart(src []rune, istext bool) string {
	head := src
	if len(head) > 20 {
		head = head[:20]
	}
	var text string
	if istext {
		text = pyrepr.StrRepr(runesStr(head))
	} else {
		b := make([]byte, len(head))
		for i, c := range head {
			b[i] = byte(c)
		}
		text = pyrepr.BytesRepr(b)
	}
	if len(src) > 20 {
		text += " (truncated)"
	}
	return "Flags not at the start of the expression " + text
}

// maxNesting bounds the depth of nested groups, where CPython's recursive
// parser would run out of Python stack.
const maxNesting = 2000

type recursionError struct{}

func (recursionError) Error() string { return "maximum recursion depth exceeded" }

// parseSub parses an alternation a|b|c.
func (p *parser) parseSub(verbose bool, nested int) ([]*node, error) {
	if nested > maxNesting {
		return nil, recursionError{}
	}
	var items [][]*node
	for {
		item, err := p.parse(verbose, nested+1, nested == 0 && len(items) == 0)
		if err != nil {
			return nil, err
		}
		items = append(items, item)
		if !p.src.match('|') {
			break
		}
	}
	if len(items) == 1 {
		return items[0], nil
	}
	return []*node{{kind: nBranch, alts: items}}, nil
}

func (p *parser) parseSubCond(condgroup int, verbose bool, nested int) ([]*node, error) {
	yes, err := p.parse(verbose, nested+1, false)
	if err != nil {
		return nil, err
	}
	var no []*node
	hasNo := false
	if p.src.match('|') {
		no, err = p.parse(verbose, nested+1, false)
		if err != nil {
			return nil, err
		}
		hasNo = true
		if p.src.is('|') {
			return nil, p.src.errorf(0, "conditional backref with more than two branches")
		}
	}
	if hasNo && no == nil {
		no = []*node{}
	}
	return []*node{{kind: nGroupRefExists, group: condgroup, body: yes, no: no}}, nil
}

// classEscape is _class_escape: an escape inside [...].
func (p *parser) classEscape(esc token) (setItem, bool, error) {
	src := p.src
	c := esc.c
	switch c {
	case 'a':
		return setItem{kind: itemLiteral, lo: 7}, false, nil
	case 'b':
		return setItem{kind: itemLiteral, lo: 8}, false, nil
	case 'f':
		return setItem{kind: itemLiteral, lo: 12}, false, nil
	case 'n':
		return setItem{kind: itemLiteral, lo: 10}, false, nil
	case 'r':
		return setItem{kind: itemLiteral, lo: 13}, false, nil
	case 't':
		return setItem{kind: itemLiteral, lo: 9}, false, nil
	case 'v':
		return setItem{kind: itemLiteral, lo: 11}, false, nil
	case '\\':
		return setItem{kind: itemLiteral, lo: '\\'}, false, nil
	case 'd', 'D', 's', 'S', 'w', 'W':
		return setItem{kind: itemCategory, cat: catOf(c)}, true, nil
	}
	lit, err := p.numericEscape(esc, true)
	if err != nil || lit >= 0 {
		return setItem{kind: itemLiteral, lo: lit}, false, err
	}
	if isDigit(c) {
		return setItem{}, false, src.errorf(2, "bad escape \\%c", c)
	}
	if isASCIILetter(c) {
		return setItem{}, false, src.errorf(2, "bad escape \\%c", c)
	}
	return setItem{kind: itemLiteral, lo: c}, false, nil
}

func catOf(c rune) catKind {
	switch c {
	case 'd':
		return catDigit
	case 'D':
		return catNotDigit
	case 's':
		return catSpace
	case 'S':
		return catNotSpace
	case 'w':
		return catWord
	}
	return catNotWord
}

// numericEscape handles \x, \u, \U and (inside a class) octal escapes:
// the literal, or -1 when esc is none of them.
func (p *parser) numericEscape(esc token, inClass bool) (rune, error) {
	src := p.src
	text := "\\" + string(esc.c)
	hex := func(n int) (rune, error) {
		digits := src.getwhile(n, isHexDigit)
		text += digits
		if len(digits) != n {
			return 0, src.errorf(len([]rune(text)), "incomplete escape %s", text)
		}
		v, _ := strconv.ParseUint(digits, 16, 32)
		return rune(v), nil
	}
	switch {
	case esc.c == 'x':
		return hex(2)
	case esc.c == 'u' && src.istext:
		return hex(4)
	case esc.c == 'U' && src.istext:
		v, err := hex(8)
		if err != nil {
			return 0, err
		}
		if v > unicode.MaxRune || v < 0 {
			return 0, src.errorf(len(text), "bad escape %s", text)
		}
		return v, nil
	case inClass && isOctDigit(esc.c):
		digits := string(esc.c) + src.getwhile(2, isOctDigit)
		text = "\\" + digits
		v, _ := strconv.ParseUint(digits, 8, 32)
		if v > 0o377 {
			return 0, src.errorf(len(text), "octal escape value %s outside of range 0-0o377", text)
		}
		return rune(v), nil
	}
	return -1, nil
}

// escape is _escape: an escape outside a class.
func (p *parser) escape(esc token) (*node, error) {
	src := p.src
	c := esc.c
	switch c {
	case 'A':
		return &node{kind: nAt, at: atBeginningString}, nil
	case 'b':
		return &node{kind: nAt, at: atBoundary}, nil
	case 'B':
		return &node{kind: nAt, at: atNonBoundary}, nil
	case 'Z':
		return &node{kind: nAt, at: atEndString}, nil
	case 'd', 'D', 's', 'S', 'w', 'W':
		return &node{kind: nIn, items: []setItem{{kind: itemCategory, cat: catOf(c)}}}, nil
	case 'a':
		return &node{kind: nLiteral, c: 7}, nil
	case 'f':
		return &node{kind: nLiteral, c: 12}, nil
	case 'n':
		return &node{kind: nLiteral, c: 10}, nil
	case 'r':
		return &node{kind: nLiteral, c: 13}, nil
	case 't':
		return &node{kind: nLiteral, c: 9}, nil
	case 'v':
		return &node{kind: nLiteral, c: 11}, nil
	case '\\':
		return &node{kind: nLiteral, c: '\\'}, nil
	}
	lit, err := p.numericEscape(esc, false)
	if err != nil {
		return nil, err
	}
	if lit >= 0 {
		return &node{kind: nLiteral, c: lit}, nil
	}
	if c == '0' {
		digits := "0" + src.getwhile(2, isOctDigit)
		v, _ := strconv.ParseUint(digits, 8, 32)
		return &node{kind: nLiteral, c: rune(v)}, nil
	}
	if isDigit(c) {
		text := "\\" + string(c)
		if !src.atEnd && !src.next.esc && isDigit(src.next.c) {
			d, _ := src.get()
			text += string(d.c)
			if isOctDigit(c) && isOctDigit(d.c) && !src.atEnd && !src.next.esc && isOctDigit(src.next.c) {
				d3, _ := src.get()
				text += string(d3.c)
				v, _ := strconv.ParseUint(text[1:], 8, 32)
				if v > 0o377 {
					return nil, src.errorf(len(text), "octal escape value %s outside of range 0-0o377", text)
				}
				return &node{kind: nLiteral, c: rune(v)}, nil
			}
		}
		group, _ := strconv.Atoi(text[1:])
		if group < p.state.groups() {
			if !p.state.checkgroup(group) {
				return nil, src.errorf(len(text), "cannot refer to an open group")
			}
			if err := p.state.checklookbehindgroup(group, src); err != nil {
				return nil, err
			}
			return &node{kind: nGroupRef, group: group}, nil
		}
		return nil, src.errorf(len(text)-1, "invalid group reference %d", group)
	}
	if isASCIILetter(c) {
		return nil, src.errorf(2, "bad escape \\%c", c)
	}
	return &node{kind: nLiteral, c: c}, nil
}

// parse parses a sequence of items up to | or ) or the end.
func (p *parser) parse(verbose bool, nested int, first bool) ([]*node, error) {
	src := p.src
	var sub []*node
	for {
		if src.atEnd {
			break
		}
		if !src.next.esc && (src.next.c == '|' || src.next.c == ')') {
			break
		}
		this, _ := src.get()
		if verbose && !this.esc {
			switch this.c {
			case ' ', '\t', '\n', '\r', '\v', '\f':
				continue
			case '#':
				for {
					t, ok := src.get()
					if !ok || (!t.esc && t.c == '\n') {
						break
					}
				}
				continue
			}
		}
		if this.esc {
			n, err := p.escape(this)
			if err != nil {
				return nil, err
			}
			sub = append(sub, n)
			continue
		}
		switch this.c {
		default:
			sub = append(sub, &node{kind: nLiteral, c: this.c})
		case '[':
			n, err := p.parseSet()
			if err != nil {
				return nil, err
			}
			sub = append(sub, n)
		case '*', '+', '?', '{':
			here := src.tell()
			var min, max int64
			switch this.c {
			case '?':
				min, max = 0, 1
			case '*':
				min, max = 0, maxRepeat
			case '+':
				min, max = 1, maxRepeat
			case '{':
				if src.is('}') {
					sub = append(sub, &node{kind: nLiteral, c: '{'})
					continue
				}
				min, max = 0, maxRepeat
				lo := src.getwhile(1<<30, isDigit)
				var hi string
				if src.match(',') {
					hi = src.getwhile(1<<30, isDigit)
				} else {
					hi = lo
				}
				if !src.match('}') {
					sub = append(sub, &node{kind: nLiteral, c: '{'})
					src.seek(here)
					continue
				}
				if lo != "" {
					v, ok := parseCount(lo)
					if !ok {
						return nil, &overflowError{"the repetition number is too large"}
					}
					min = v
				}
				if hi != "" {
					v, ok := parseCount(hi)
					if !ok {
						return nil, &overflowError{"the repetition number is too large"}
					}
					max = v
					if max < min {
						return nil, src.errorf(src.tell()-here, "min repeat greater than max repeat")
					}
				}
			}
			var item *node
			if len(sub) > 0 {
				item = sub[len(sub)-1]
			}
			if item == nil || item.kind == nAt {
				return nil, src.errorf(src.tell()-here+1, "nothing to repeat")
			}
			if item.kind == nRepeat {
				return nil, src.errorf(src.tell()-here+1, "multiple repeat")
			}
			greedy := !src.match('?')
			sub[len(sub)-1] = &node{kind: nRepeat, min: min, max: max, greedy: greedy, body: []*node{item}}
		case '.':
			sub = append(sub, &node{kind: nAny})
		case '(':
			n, skip, err := p.parseGroup(verbose, nested, first && len(sub) == 0)
			if err != nil {
				return nil, err
			}
			if !skip {
				sub = append(sub, n)
			}
		case '^':
			sub = append(sub, &node{kind: nAt, at: atBeginning})
		case '$':
			sub = append(sub, &node{kind: nAt, at: atEnd})
		}
	}
	return sub, nil
}

// parseCount reads a repeat count, false when it reaches MAXREPEAT.
func parseCount(s string) (int64, bool) {
	if len(s) > 11 {
		for len(s) > 1 && s[0] == '0' {
			s = s[1:]
		}
		if len(s) > 11 {
			return 0, false
		}
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v >= maxRepeat {
		return 0, false
	}
	return v, true
}

// parseSet parses a character set after its '['.
func (p *parser) parseSet() (*node, error) {
	src := p.src
	here := src.tell() - 1
	var items []setItem
	negate := src.match('^')
	for {
		this, ok := src.get()
		if !ok {
			return nil, src.errorf(src.tell()-here, "unterminated character set")
		}
		if !this.esc && this.c == ']' && len(items) > 0 {
			break
		}
		var code1 setItem
		isCat1 := false
		if this.esc {
			var err error
			code1, isCat1, err = p.classEscape(this)
			if err != nil {
				return nil, err
			}
		} else {
			code1 = setItem{kind: itemLiteral, lo: this.c}
		}
		if src.match('-') {
			that, ok := src.get()
			if !ok {
				return nil, src.errorf(src.tell()-here, "unterminated character set")
			}
			if !that.esc && that.c == ']' {
				items = append(items, code1, setItem{kind: itemLiteral, lo: '-'})
				break
			}
			var code2 setItem
			isCat2 := false
			if that.esc {
				var err error
				code2, isCat2, err = p.classEscape(that)
				if err != nil {
					return nil, err
				}
			} else {
				code2 = setItem{kind: itemLiteral, lo: that.c}
			}
			if isCat1 || isCat2 || code2.lo < code1.lo {
				return nil, src.errorf(this.len()+1+that.len(), "bad character range %s-%s", this, that)
			}
			items = append(items, setItem{kind: itemRange, lo: code1.lo, hi: code2.lo})
		} else {
			items = append(items, code1)
		}
	}
	if !negate && len(items) == 1 && items[0].kind == itemLiteral {
		return &node{kind: nLiteral, c: items[0].lo}, nil
	}
	if negate && len(items) == 1 && items[0].kind == itemLiteral {
		return &node{kind: nNotLiteral, c: items[0].lo}, nil
	}
	return &node{kind: nIn, items: items, negate: negate}, nil
}

// parseGroup parses what follows '('. skip is true when nothing is
// added to the sequence (comments and global flags).
func (p *parser) parseGroup(verbose bool, nested int, first bool) (*node, bool, error) {
	src := p.src
	st := p.state
	start := src.tell() - 1
	capture := true
	name := ""
	named := false
	condgroup := 0
	addFlags, delFlags := 0, 0
	if src.match('?') {
		char, ok := src.get()
		if !ok {
			return nil, false, src.errorf(0, "unexpected end of pattern")
		}
		switch {
		case !char.esc && char.c == 'P':
			switch {
			case src.match('<'):
				var err error
				if name, err = src.getuntil('>'); err != nil {
					return nil, false, err
				}
				if !isIdentifier(name) {
					return nil, false, src.errorf(len([]rune(name))+1, "bad character in group name %s", pyrepr.StrRepr(name))
				}
				named = true
			case src.match('='):
				name, err := src.getuntil(')')
				if err != nil {
					return nil, false, err
				}
				off := len([]rune(name)) + 1
				if !isIdentifier(name) {
					return nil, false, src.errorf(off, "bad character in group name %s", pyrepr.StrRepr(name))
				}
				gid, ok := st.groupdict[name]
				if !ok {
					return nil, false, src.errorf(off, "unknown group name %s", pyrepr.StrRepr(name))
				}
				if !st.checkgroup(gid) {
					return nil, false, src.errorf(off, "cannot refer to an open group")
				}
				if err := st.checklookbehindgroup(gid, src); err != nil {
					return nil, false, err
				}
				return &node{kind: nGroupRef, group: gid}, false, nil
			default:
				c, ok := src.get()
				if !ok {
					return nil, false, src.errorf(0, "unexpected end of pattern")
				}
				return nil, false, src.errorf(c.len()+2, "unknown extension ?P%s", c)
			}
		case !char.esc && char.c == ':':
			capture = false
		case !char.esc && char.c == '#':
			for {
				if src.atEnd {
					return nil, false, src.errorf(src.tell()-start, "missing ), unterminated comment")
				}
				t, _ := src.get()
				if !t.esc && t.c == ')' {
					break
				}
			}
			return nil, true, nil
		case !char.esc && (char.c == '=' || char.c == '!' || char.c == '<'):
			dir := 1
			saved := -2
			if char.c == '<' {
				c2, ok := src.get()
				if !ok {
					return nil, false, src.errorf(0, "unexpected end of pattern")
				}
				if c2.esc || (c2.c != '=' && c2.c != '!') {
					return nil, false, src.errorf(c2.len()+2, "unknown extension ?<%s", c2)
				}
				char = c2
				dir = -1
				saved = st.lookbehindGroup
				if saved < 0 {
					st.lookbehindGroup = st.groups()
				}
			}
			body, err := p.parseSub(verbose, nested+1)
			if err != nil {
				return nil, false, err
			}
			if dir < 0 && saved < 0 {
				st.lookbehindGroup = -1
			}
			if !src.match(')') {
				return nil, false, src.errorf(src.tell()-start, "missing ), unterminated subpattern")
			}
			return &node{kind: nAssert, dir: dir, neg: char.c == '!', body: body}, false, nil
		case !char.esc && char.c == '(':
			condname, err := src.getuntil(')')
			if err != nil {
				return nil, false, err
			}
			capture = false
			off := len([]rune(condname)) + 1
			if isIdentifier(condname) {
				gid, ok := st.groupdict[condname]
				if !ok {
					return nil, false, src.errorf(off, "unknown group name %s", pyrepr.StrRepr(condname))
				}
				condgroup = gid
			} else {
				v, ok := pyIntLiteral(condname)
				if !ok {
					return nil, false, src.errorf(off, "bad character in group name %s", pyrepr.StrRepr(condname))
				}
				if v == 0 {
					return nil, false, src.errorf(off, "bad group number")
				}
				if v >= maxGroups {
					return nil, false, src.errorf(off, "invalid group reference %d", v)
				}
				condgroup = int(v)
			}
			if err := st.checklookbehindgroup(condgroup, src); err != nil {
				return nil, false, err
			}
		case !char.esc && (flagChars[char.c] != 0 || char.c == '-'):
			add, del, global, err := p.parseFlags(char.c)
			if err != nil {
				return nil, false, err
			}
			if global {
				if !first && p.warn != nil {
					p.warn(flagsNotAtStart(src.src, src.istext))
				}
				if st.flags&flagVerbose != 0 && !verbose {
					return nil, false, errVerbose
				}
				return nil, true, nil
			}
			addFlags, delFlags = add, del
			capture = false
		default:
			return nil, false, src.errorf(char.len()+1, "unknown extension ?%s", char)
		}
	}
	group := 0
	if capture {
		gid, err := st.opengroup(name, named)
		if err != nil {
			se := err.(*syntaxError)
			return nil, false, src.errorf(len([]rune(name))+1, "%s", se.msg)
		}
		group = gid
	}
	var body []*node
	var err error
	if condgroup != 0 {
		body, err = p.parseSubCond(condgroup, verbose, nested+1)
	} else {
		subVerbose := (verbose || addFlags&flagVerbose != 0) && delFlags&flagVerbose == 0
		body, err = p.parseSub(subVerbose, nested+1)
	}
	if err != nil {
		return nil, false, err
	}
	if !src.match(')') {
		return nil, false, src.errorf(src.tell()-start, "missing ), unterminated subpattern")
	}
	if group != 0 {
		st.groupwidths[group] = seqWidth(body, st)
		st.groupClosed[group] = true
	}
	if condgroup != 0 {
		// the conditional is the group's only content
		return &node{kind: nGroup, group: 0, body: body}, false, nil
	}
	return &node{kind: nGroup, group: group, add: addFlags, del: delFlags, body: body}, false, nil
}

// pyIntLiteral is int(s) for a group number: optional sign, digits,
// underscores between digits, surrounding whitespace.
func pyIntLiteral(s string) (int64, bool) {
	r := []rune(s)
	i, j := 0, len(r)
	for i < j && unicode.IsSpace(r[i]) {
		i++
	}
	for j > i && unicode.IsSpace(r[j-1]) {
		j--
	}
	r = r[i:j]
	neg := false
	if len(r) > 0 && (r[0] == '+' || r[0] == '-') {
		neg = r[0] == '-'
		r = r[1:]
	}
	if len(r) == 0 {
		return 0, false
	}
	var v int64
	prevDigit := false
	for _, c := range r {
		if c == '_' {
			if !prevDigit {
				return 0, false
			}
			prevDigit = false
			continue
		}
		d := unicode9.ToLower(c)
		if !unicode9.IsDigit(c) {
			return 0, false
		}
		dv := digitValue(d)
		if dv < 0 {
			return 0, false
		}
		if v < 1<<40 {
			v = v*10 + int64(dv)
		}
		prevDigit = true
	}
	if !prevDigit {
		return 0, false
	}
	if neg {
		if v == 0 {
			return 0, true
		}
		return 0, false
	}
	return v, true
}

// digitValue is the decimal value of a Unicode decimal digit.
func digitValue(c rune) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	for _, r16 := range unicode.Nd.R16 {
		if c >= rune(r16.Lo) && c <= rune(r16.Hi) {
			return int(c-rune(r16.Lo)) % 10
		}
	}
	for _, r32 := range unicode.Nd.R32 {
		if c >= rune(r32.Lo) && c <= rune(r32.Hi) {
			return int(c-rune(r32.Lo)) % 10
		}
	}
	return -1
}

// parseFlags is _parse_flags; global is true for "(?flags)".
func (p *parser) parseFlags(char rune) (add, del int, global bool, err error) {
	src := p.src
	if char != '-' {
		for {
			add |= flagChars[char]
			t, ok := src.get()
			if !ok {
				return 0, 0, false, src.errorf(0, "missing -, : or )")
			}
			if !t.esc && (t.c == ')' || t.c == '-' || t.c == ':') {
				char = t.c
				break
			}
			if t.esc || flagChars[t.c] == 0 {
				msg := "missing -, : or )"
				if !t.esc && isAlpha(t.c) {
					msg = "unknown flag"
				}
				return 0, 0, false, src.errorf(t.len(), "%s", msg)
			}
			char = t.c
		}
	}
	if char == ')' {
		p.state.flags |= add
		return add, 0, true, nil
	}
	if add&globalFlags != 0 {
		return 0, 0, false, src.errorf(1, "bad inline flags: cannot turn on global flag")
	}
	if char == '-' {
		t, ok := src.get()
		if !ok {
			return 0, 0, false, src.errorf(0, "missing flag")
		}
		if t.esc || flagChars[t.c] == 0 {
			msg := "missing flag"
			if !t.esc && isAlpha(t.c) {
				msg = "unknown flag"
			}
			return 0, 0, false, src.errorf(t.len(), "%s", msg)
		}
		for {
			del |= flagChars[t.c]
			t, ok = src.get()
			if !ok {
				return 0, 0, false, src.errorf(0, "missing :")
			}
			if !t.esc && t.c == ':' {
				break
			}
			if t.esc || flagChars[t.c] == 0 {
				msg := "missing :"
				if !t.esc && isAlpha(t.c) {
					msg = "unknown flag"
				}
				return 0, 0, false, src.errorf(t.len(), "%s", msg)
			}
		}
	}
	if del&globalFlags != 0 {
		return 0, 0, false, src.errorf(1, "bad inline flags: cannot turn off global flag")
	}
	if add&del != 0 {
		return 0, 0, false, src.errorf(1, "bad inline flags: flag turned on and off")
	}
	return add, del, false, nil
}

// isAlpha is str.isalpha for one character.
func isAlpha(c rune) bool { return unicode9.IsLetter(c) }

// Widths, as sre_parse's getwidth: (min, max) characters a sequence
// matches, saturating at MAXREPEAT.

const widthCap = int64(1) << 62

func satAdd(a, b int64) int64 {
	if a+b > widthCap || a+b < 0 {
		return widthCap
	}
	return a + b
}

func satMul(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	if a > widthCap/b {
		return widthCap
	}
	return a * b
}

// rawWidth is the uncapped width of a sequence.
func rawWidth(seq []*node, st *parseState) (int64, int64) {
	var lo, hi int64
	for _, n := range seq {
		switch n.kind {
		case nBranch:
			i, j := int64(maxRepeat-1), int64(0)
			for _, a := range n.alts {
				l, h := seqWidth(a, st)[0], seqWidth(a, st)[1]
				if l < i {
					i = l
				}
				if h > j {
					j = h
				}
			}
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		case nGroup:
			w := seqWidth(n.body, st)
			lo, hi = satAdd(lo, w[0]), satAdd(hi, w[1])
		case nRepeat:
			w := seqWidth(n.body, st)
			lo, hi = satAdd(lo, satMul(w[0], n.min)), satAdd(hi, satMul(w[1], n.max))
		case nAny, nIn, nLiteral, nNotLiteral:
			lo, hi = satAdd(lo, 1), satAdd(hi, 1)
		case nGroupRef:
			w := st.groupwidths[n.group]
			lo, hi = satAdd(lo, w[0]), satAdd(hi, w[1])
		case nGroupRefExists:
			w := seqWidth(n.body, st)
			i, j := w[0], w[1]
			if n.no != nil {
				w2 := seqWidth(n.no, st)
				if w2[0] < i {
					i = w2[0]
				}
				if w2[1] > j {
					j = w2[1]
				}
			} else {
				i = 0
			}
			lo, hi = satAdd(lo, i), satAdd(hi, j)
		}
	}
	return lo, hi
}

// seqWidth is getwidth of a sequence, capped as sre_parse caps it.
func seqWidth(seq []*node, st *parseState) [2]int64 {
	lo, hi := rawWidth(seq, st)
	if lo > maxRepeat-1 {
		lo = maxRepeat - 1
	}
	if hi > maxRepeat {
		hi = maxRepeat
	}
	return [2]int64{lo, hi}
}
