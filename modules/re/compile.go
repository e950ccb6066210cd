package re

// The compiler turns the parsed tree into a program for the backtracking
// machine (exec.go). Its choices follow sre_compile where they are
// visible: single-character repeats count greedily and give back one
// character at a time (REPEAT_ONE), other repeats check after every
// iteration whether the body matched the empty string (MAX_UNTIL,
// MIN_UNTIL), lookbehind needs a fixed width, scoped flags apply to their
// group.

type opcode uint8

const (
	opMatch      opcode = iota
	opChar              // c
	opNotChar           // c
	opCharIgn           // lower(ch) == c
	opNotCharIgn        // lower(ch) != c
	opAny               // anything but '\n'
	opAnyAll            // anything
	opSet               // set
	opAt                // at
	opSplit             // try pc+1, then x
	opJmp               // x
	opMark              // x: capture slot
	opRef               // x: group
	opRefIgn            // x: group
	opRefExists         // x: group; y: pc when unset
	opRepOne            // item at pc+1, exit at pc+2; min, max, greedy
	opRepInit           // x: register
	opRepCheck          // x: register; y: exit; body at pc+1; min, max, greedy
	opAssert            // dir, neg, x: width (behind); y: continuation
	opAssertEnd
)

type inst struct {
	op       opcode
	greedy   bool
	neg      bool
	at       atKind
	c        rune
	x, y     int
	min, max int
	set      *charSet
	// opRepOne: the character the rest of the pattern must start with
	// (past zero-width marks), -1 when unknown; or, failing that, a test
	// of where the rest can start (nil when unknown)
	tail     rune
	tailTest *tailTest
}

// tailTest tells where the rest of a pattern after a repeat can start:
// at a character one of items accepts, or where the anchor at holds.
type tailTest struct {
	items []*inst
	at    atKind
	hasAt bool
}

// tailOf analyses the code from j on; nil when it cannot tell.
func tailOf(code []inst, j int) *tailTest {
	t := &tailTest{}
	for j < len(code) {
		in := &code[j]
		switch in.op {
		case opMark:
			j++
			continue
		case opChar, opNotChar, opCharIgn, opNotCharIgn, opAny, opAnyAll, opSet:
			t.items = append(t.items, in)
			return t
		case opRepOne:
			t.items = append(t.items, &code[j+1])
			if in.min > 0 {
				return t
			}
			j += 2
			continue
		case opAt:
			switch in.at {
			case atEnd, atEndLine, atEndString:
				t.at, t.hasAt = in.at, true
				return t
			}
		}
		return nil
	}
	return nil
}

// program is a compiled pattern.
type program struct {
	code     []inst
	ngroups  int
	nregs    int
	uni      bool
	minWidth int
	// search helpers
	anchored  bool    // starts with \A or ^ (without MULTILINE)
	lineStart bool    // starts with ^ under MULTILINE
	first     []*inst // single-character tests one of which the first character passes; nil if unknown
	lit       rune    // the first character when it is one plain literal, else -1
	// prefix is the run of plain literals every match starts with (the
	// opChar instructions the code starts with), when lit is set;
	// prefixBytes is the same as bytes when every one is below 256.
	prefix      []rune
	prefixBytes []byte
	// firstBits answers firstMatches for characters below 256
	firstBits [4]uint64
	maxWidth  int64
}

type runtimeError struct{ msg string }

func (e *runtimeError) Error() string { return e.msg }

type compiler struct {
	code  []inst
	nregs int
	uni   bool
	st    *parseState
	err   error
}

func (c *compiler) emit(in inst) int {
	c.code = append(c.code, in)
	return len(c.code) - 1
}

// compileProgram compiles a parsed pattern with the effective flags
// (compile flags | inline global flags, after fixFlags).
func compileProgram(p *parsed, flags int) (*program, error) {
	uni := flags&flagUnicode != 0 && flags&flagASCII == 0 && flags&flagLocale == 0
	c := &compiler{uni: uni, st: p.state}
	c.seq(p.nodes, flags)
	if c.err != nil {
		return nil, c.err
	}
	c.emit(inst{op: opMatch})
	for i := range c.code {
		if c.code[i].op == opRepOne {
			c.code[i].tail = -1
			j := i + 2
			for j < len(c.code) && c.code[j].op == opMark {
				j++
			}
			if j < len(c.code) && c.code[j].op == opChar {
				c.code[i].tail = c.code[j].c
			} else {
				c.code[i].tailTest = tailOf(c.code, i+2)
			}
		}
	}
	ngroups := p.state.groups() - 1
	for i := range c.code {
		if c.code[i].op == opRefExists && c.code[i].x > ngroups {
			return nil, &runtimeError{"invalid SRE code"}
		}
	}
	w := seqWidth(p.nodes, p.state)
	prog := &program{code: c.code, ngroups: ngroups, nregs: c.nregs, uni: uni, minWidth: int(w[0]), maxWidth: w[1], lit: -1}
	prog.anchored = startsAnchored(p.nodes, flags)
	prog.lineStart = startsAtLine(p.nodes, flags)
	if w[0] > 0 {
		var firsts []*inst
		if c.firstSet(p.nodes, flags, &firsts) {
			prog.first = firsts
			for ch := rune(0); ch < 256; ch++ {
				if firstMatches(prog, ch) {
					prog.firstBits[ch>>6] |= 1 << (uint(ch) & 63)
				}
			}
			if len(firsts) == 1 && firsts[0].op == opChar {
				prog.lit = firsts[0].c
				prog.setPrefix()
			}
		}
	}
	return prog, nil
}

// setPrefix records the literal prefix: execution starts at code[0] and
// goes on in order through opChar instructions, so those characters begin
// every match, whatever jumps come later.
func (p *program) setPrefix() {
	for _, in := range p.code {
		if in.op != opChar {
			break
		}
		p.prefix = append(p.prefix, in.c)
	}
	if len(p.prefix) < 2 || p.prefix[0] != p.lit {
		p.prefix = nil
		return
	}
	for _, c := range p.prefix {
		if c >= 256 {
			return
		}
		p.prefixBytes = append(p.prefixBytes, byte(c))
	}
}

func startsAnchored(nodes []*node, flags int) bool {
	if len(nodes) == 0 {
		return false
	}
	n := nodes[0]
	switch n.kind {
	case nAt:
		return n.at == atBeginningString || (n.at == atBeginning && flags&flagMultiline == 0)
	case nGroup:
		return startsAnchored(n.body, (flags|n.add)&^n.del)
	}
	return false
}

func startsAtLine(nodes []*node, flags int) bool {
	if len(nodes) == 0 {
		return false
	}
	n := nodes[0]
	switch n.kind {
	case nAt:
		return n.at == atBeginning && flags&flagMultiline != 0
	case nGroup:
		return startsAtLine(n.body, (flags|n.add)&^n.del)
	}
	return false
}

// firstSet collects tests for the first character of any match of seq;
// false when it cannot tell (a zero-width or unknown start).
func (c *compiler) firstSet(seq []*node, flags int, out *[]*inst) bool {
	for _, n := range seq {
		switch n.kind {
		case nAt:
			continue
		case nLiteral, nNotLiteral, nIn, nAny:
			in := c.single(n, flags)
			*out = append(*out, &in)
			return true
		case nRepeat:
			if n.min == 0 {
				return false
			}
			return c.firstSet(n.body, flags, out)
		case nGroup:
			w := seqWidth(n.body, c.st)
			if w[0] == 0 {
				return false
			}
			return c.firstSet(n.body, (flags|n.add)&^n.del, out)
		case nBranch:
			for _, a := range n.alts {
				if seqWidth(a, c.st)[0] == 0 || !c.firstSet(a, flags, out) {
					return false
				}
			}
			return true
		default:
			return false
		}
	}
	return false
}

// single compiles a one-character item.
func (c *compiler) single(n *node, flags int) inst {
	ignore := flags&flagIgnoreCase != 0
	switch n.kind {
	case nLiteral, nNotLiteral:
		if ignore {
			lo := lower(n.c, c.uni)
			if c.uni && caseFixes[lo] != nil {
				return inst{op: opSet, set: newCharSet([]setItem{{kind: itemLiteral, lo: n.c}}, n.kind == nNotLiteral, true, c.uni)}
			}
			if n.kind == nLiteral {
				return inst{op: opCharIgn, c: lo}
			}
			return inst{op: opNotCharIgn, c: lo}
		}
		if n.kind == nLiteral {
			return inst{op: opChar, c: n.c}
		}
		return inst{op: opNotChar, c: n.c}
	case nAny:
		if flags&flagDotAll != 0 {
			return inst{op: opAnyAll}
		}
		return inst{op: opAny}
	}
	return inst{op: opSet, set: newCharSet(n.items, n.negate, ignore, c.uni)}
}

func (c *compiler) seq(nodes []*node, flags int) {
	for _, n := range nodes {
		if c.err != nil {
			return
		}
		c.node(n, flags)
	}
}

func (c *compiler) node(n *node, flags int) {
	switch n.kind {
	case nLiteral, nNotLiteral, nAny, nIn:
		c.emit(c.single(n, flags))
	case nAt:
		at := n.at
		if flags&flagMultiline != 0 {
			switch at {
			case atBeginning:
				at = atBeginningLine
			case atEnd:
				at = atEndLine
			}
		}
		c.emit(inst{op: opAt, at: at})
	case nBranch:
		var jumps []int
		for i, alt := range n.alts {
			split := -1
			if i < len(n.alts)-1 {
				split = c.emit(inst{op: opSplit})
			}
			c.seq(alt, flags)
			if i < len(n.alts)-1 {
				jumps = append(jumps, c.emit(inst{op: opJmp}))
				c.code[split].x = len(c.code)
			}
		}
		for _, j := range jumps {
			c.code[j].x = len(c.code)
		}
	case nRepeat:
		if flags&flagTemplate != 0 {
			name := "MAX_REPEAT"
			if !n.greedy {
				name = "MIN_REPEAT"
			}
			c.err = &syntaxError{"internal: unsupported template operator " + name, -1}
			return
		}
		body := n.body[0]
		switch body.kind {
		case nLiteral, nNotLiteral, nAny, nIn:
			c.emit(inst{op: opRepOne, min: int(n.min), max: int(n.max), greedy: n.greedy})
			c.emit(c.single(body, flags))
			return
		}
		r := c.nregs
		c.nregs++
		c.emit(inst{op: opRepInit, x: r})
		check := c.emit(inst{op: opRepCheck, x: r, min: int(n.min), max: int(n.max), greedy: n.greedy})
		c.seq(n.body, flags)
		c.emit(inst{op: opJmp, x: check})
		c.code[check].y = len(c.code)
	case nGroup:
		inner := (flags | n.add) &^ n.del
		if n.group > 0 {
			c.emit(inst{op: opMark, x: 2 * (n.group - 1)})
		}
		c.seq(n.body, inner)
		if n.group > 0 {
			c.emit(inst{op: opMark, x: 2*(n.group-1) + 1})
		}
	case nGroupRef:
		op := opRef
		if flags&flagIgnoreCase != 0 {
			op = opRefIgn
		}
		c.emit(inst{op: op, x: n.group})
	case nGroupRefExists:
		at := c.emit(inst{op: opRefExists, x: n.group})
		c.seq(n.body, flags)
		if n.no != nil {
			j := c.emit(inst{op: opJmp})
			c.code[at].y = len(c.code)
			c.seq(n.no, flags)
			c.code[j].x = len(c.code)
		} else {
			c.code[at].y = len(c.code)
		}
	case nAssert:
		width := 0
		if n.dir < 0 {
			w := seqWidth(n.body, c.st)
			if w[0] != w[1] {
				c.err = &syntaxError{"look-behind requires fixed-width pattern", -1}
				return
			}
			width = int(w[0])
		}
		at := c.emit(inst{op: opAssert, neg: n.neg, x: width, min: n.dir})
		c.seq(n.body, flags)
		c.emit(inst{op: opAssertEnd})
		c.code[at].y = len(c.code)
	}
}
