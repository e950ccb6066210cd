package re

import "bytes"

// The machine runs a program against a subject with an explicit
// backtrack stack: Go's stack does not grow with the subject or with the
// amount of backtracking, so a catastrophic pattern is slow but never
// crashes the process. Every change to a capture or to a repeat counter
// is logged on the same stack and undone when backtracking passes it, so
// a failed attempt leaves the machine as it found it.

// btKind says what a backtrack entry holds.
type btKind uint8

const (
	btAlt    btKind = iota // resume at pc, pos
	btCap                  // undo: caps[a] = b, lastindex = c
	btReg                  // undo: cnt[a] = b, last[a] = c
	btLazy                 // lazy repeat: try another iteration (reg a, count b) at pos, body pc
	btRepOne               // greedy single repeat at pc: started at pos, count a
	btMinRep               // lazy single repeat at pc: started at pos, count a
	btAssert               // lookaround barrier: continuation pc, original pos, a = 1 if negative
)

type bt struct {
	pc   int32
	a    int32 // capture slot, register, or 1 for a negative assertion
	kind btKind
	pos  int
	b, c int
}

// machine is the reusable state of one matching operation.
type machine struct {
	p         *program
	caps      []int
	lastindex int
	cnt, last []int
	stack     []bt
	asserts   []int
	matchAll  bool
	// budget, when positive, bounds the number of backtracking steps
	// (tests use it; Python code runs unbounded, as in CPython).
	budget int
}

func newMachine(p *program) *machine {
	m := &machine{p: p, caps: make([]int, 2*p.ngroups), cnt: make([]int, p.nregs), last: make([]int, p.nregs)}
	m.reset()
	return m
}

func (m *machine) reset() {
	for i := range m.caps {
		m.caps[i] = -1
	}
	m.lastindex = -1
	m.stack = m.stack[:0]
	m.asserts = m.asserts[:0]
}

// single tests one character against a one-character instruction.
func single(in *inst, ch rune, uni bool) bool {
	switch in.op {
	case opChar:
		return ch == in.c
	case opNotChar:
		return ch != in.c
	case opCharIgn:
		return lower(ch, uni) == in.c
	case opNotCharIgn:
		return lower(ch, uni) != in.c
	case opAny:
		return ch != '\n'
	case opAnyAll:
		return true
	case opSet:
		return in.set.has(ch)
	}
	return false
}

// countSingle counts how many characters from pos on pass in, at most max.
func countSingle[T byte | rune](in *inst, s []T, pos, end, max int, uni bool) int {
	limit := end - pos
	if max < limit {
		limit = max
	}
	if limit <= 0 {
		return 0
	}
	s = s[pos : pos+limit]
	switch in.op {
	case opAnyAll:
		return limit
	case opChar:
		for i, ch := range s {
			if rune(ch) != in.c {
				return i
			}
		}
	case opAny:
		for i, ch := range s {
			if ch == '\n' {
				return i
			}
		}
	case opSet:
		set := in.set
		for i, ch := range s {
			c := rune(ch)
			if c < 256 {
				if set.bits[c>>6]&(1<<(uint(c)&63)) == 0 {
					return i
				}
			} else if !set.slow(c) {
				return i
			}
		}
	default:
		for i, ch := range s {
			if !single(in, rune(ch), uni) {
				return i
			}
		}
	}
	return limit
}

// search finds the leftmost match starting at or after start.
func search[T byte | rune](m *machine, s []T, start, end int) (int, int, bool) {
	p := m.p
	if start > end {
		return 0, 0, false
	}
	bs, isBytes := any(s).([]byte)
	for pos := start; pos <= end; pos++ {
		if end-pos < p.minWidth {
			return 0, 0, false
		}
		if p.lineStart && pos > 0 && s[pos-1] != '\n' {
			// only a line start can match: go to the next one
			for pos < end && s[pos-1] != '\n' {
				pos++
			}
			if s[pos-1] != '\n' {
				return 0, 0, false
			}
		}
		if p.first != nil {
			if p.lit >= 0 {
				if isBytes {
					var i int
					if p.prefixBytes != nil {
						i = bytes.Index(bs[pos:end], p.prefixBytes)
					} else {
						i = bytes.IndexByte(bs[pos:end], byte(p.lit))
					}
					if i < 0 {
						return 0, 0, false
					}
					pos += i
				} else {
					for pos < end && (rune(s[pos]) != p.lit || !hasPrefixAt(s, pos, end, p.prefix)) {
						pos++
					}
				}
			} else {
				for pos < end {
					ch := rune(s[pos])
					if ch < 256 {
						if p.firstBits[ch>>6]&(1<<(uint(ch)&63)) != 0 {
							break
						}
					} else if firstMatches(p, ch) {
						break
					}
					pos++
				}
			}
			if pos >= end {
				return 0, 0, false
			}
			if p.lineStart && pos > 0 && s[pos-1] != '\n' {
				continue
			}
		}
		if e, ok := run(m, s, pos, end); ok {
			return pos, e, true
		}
		if p.anchored {
			break
		}
	}
	return 0, 0, false
}

// hasPrefixAt reports whether s[pos:end] starts with prefix (true for an
// empty prefix).
func hasPrefixAt[T byte | rune](s []T, pos, end int, prefix []rune) bool {
	if end-pos < len(prefix) {
		return false
	}
	for i, c := range prefix {
		if rune(s[pos+i]) != c {
			return false
		}
	}
	return true
}

func firstMatches(p *program, ch rune) bool {
	for _, in := range p.first {
		if single(in, ch, p.uni) {
			return true
		}
	}
	return false
}

// undo pops entries down to (not including) index keep, applying the
// undo records.
func (m *machine) unwind(keep int) {
	for i := len(m.stack) - 1; i >= keep; i-- {
		e := &m.stack[i]
		switch e.kind {
		case btCap:
			m.caps[e.a] = e.b
			m.lastindex = e.c
		case btReg:
			m.cnt[e.a] = e.b
			m.last[e.a] = e.c
		}
	}
	m.stack = m.stack[:keep]
}

// run tries to match at pos; it returns where the match ends. On failure
// the captures and registers are as they were.
func run[T byte | rune](m *machine, s []T, pos, end int) (int, bool) {
	code := m.p.code
	uni := m.p.uni
	base := len(m.stack)
	pc := 0
	for {
		in := &code[pc]
		switch in.op {
		case opMatch:
			if m.matchAll && pos != end {
				goto fail
			}
			// drop the alternatives; keep nothing (the captures stay)
			m.stack = m.stack[:base]
			m.asserts = m.asserts[:0]
			return pos, true
		case opChar:
			if pos < end && rune(s[pos]) == in.c {
				pos++
				pc++
				continue
			}
			goto fail
		case opSet:
			if pos < end {
				c := rune(s[pos])
				if c < 256 {
					if in.set.bits[c>>6]&(1<<(uint(c)&63)) != 0 {
						pos++
						pc++
						continue
					}
				} else if in.set.slow(c) {
					pos++
					pc++
					continue
				}
			}
			goto fail
		case opNotChar, opCharIgn, opNotCharIgn, opAny, opAnyAll:
			if pos < end && single(in, rune(s[pos]), uni) {
				pos++
				pc++
				continue
			}
			goto fail
		case opAt:
			if atMatches(in.at, s, pos, end, uni) {
				pc++
				continue
			}
			goto fail
		case opSplit:
			m.stack = append(m.stack, bt{kind: btAlt, pc: int32(in.x), pos: pos})
			pc++
			continue
		case opJmp:
			pc = in.x
			continue
		case opMark:
			m.stack = append(m.stack, bt{kind: btCap, a: int32(in.x), b: m.caps[in.x], c: m.lastindex})
			m.caps[in.x] = pos
			if in.x&1 == 1 {
				m.lastindex = in.x/2 + 1
			}
			pc++
			continue
		case opRef, opRefIgn:
			g := in.x - 1
			a, b := m.caps[2*g], m.caps[2*g+1]
			if a < 0 || b < 0 || b < a {
				goto fail
			}
			n := b - a
			if pos+n > end {
				goto fail
			}
			ok := true
			if in.op == opRef {
				for i := 0; i < n; i++ {
					if s[a+i] != s[pos+i] {
						ok = false
						break
					}
				}
			} else {
				for i := 0; i < n; i++ {
					if lower(rune(s[a+i]), uni) != lower(rune(s[pos+i]), uni) {
						ok = false
						break
					}
				}
			}
			if !ok {
				goto fail
			}
			pos += n
			pc++
			continue
		case opRefExists:
			g := in.x - 1
			if a, b := m.caps[2*g], m.caps[2*g+1]; a < 0 || b < 0 || b < a {
				pc = in.y
			} else {
				pc++
			}
			continue
		case opRepOne:
			item := &code[pc+1]
			if in.greedy {
				n := countSingle(item, s, pos, end, in.max, uni)
				if n < in.min {
					goto fail
				}
				if in.tail >= 0 {
					// the tail needs in.tail first: give back to it
					for n >= in.min && (pos+n >= end || rune(s[pos+n]) != in.tail) {
						n--
					}
					if n < in.min {
						goto fail
					}
				} else if t := in.tailTest; t != nil {
					for n >= in.min && !tailCan(t, s, pos+n, end, uni) {
						n--
					}
					if n < in.min {
						goto fail
					}
				}
				if n > in.min {
					m.stack = append(m.stack, bt{kind: btRepOne, pc: int32(pc), pos: pos, b: n})
				}
				pos += n
				pc += 2
				continue
			}
			n := 0
			if in.min > 0 {
				n = countSingle(item, s, pos, end, in.min, uni)
				if n < in.min {
					goto fail
				}
			}
			if n < in.max {
				m.stack = append(m.stack, bt{kind: btMinRep, pc: int32(pc), pos: pos, b: n})
			}
			pos += n
			pc += 2
			if in.tail >= 0 && (pos >= end || rune(s[pos]) != in.tail) {
				goto fail
			}
			if t := in.tailTest; t != nil && !tailCan(t, s, pos, end, uni) {
				goto fail
			}
			continue
		case opRepInit:
			r := in.x
			m.stack = append(m.stack, bt{kind: btReg, a: int32(r), b: m.cnt[r], c: m.last[r]})
			m.cnt[r] = -1
			m.last[r] = -1
			pc++
			continue
		case opRepCheck:
			r := in.x
			n := m.cnt[r] + 1
			if n < in.min {
				m.stack = append(m.stack, bt{kind: btReg, a: int32(r), b: m.cnt[r], c: m.last[r]})
				m.cnt[r] = n
				pc++
				continue
			}
			if in.greedy {
				if n < in.max && pos != m.last[r] {
					m.stack = append(m.stack, bt{kind: btAlt, pc: int32(in.y), pos: pos},
						bt{kind: btReg, a: int32(r), b: m.cnt[r], c: m.last[r]})
					m.cnt[r] = n
					m.last[r] = pos
					pc++
					continue
				}
				pc = in.y
				continue
			}
			m.stack = append(m.stack, bt{kind: btLazy, pc: int32(pc + 1), pos: pos, a: int32(r), b: n})
			pc = in.y
			continue
		case opAssert:
			start := pos
			if in.min < 0 {
				if pos-in.x < 0 {
					if in.neg {
						pc = in.y
						continue
					}
					goto fail
				}
				start = pos - in.x
			}
			neg := 0
			if in.neg {
				neg = 1
			}
			m.asserts = append(m.asserts, len(m.stack))
			m.stack = append(m.stack, bt{kind: btAssert, pc: int32(in.y), pos: pos, a: int32(neg)})
			pos = start
			pc++
			continue
		case opAssertEnd:
			bi := m.asserts[len(m.asserts)-1]
			m.asserts = m.asserts[:len(m.asserts)-1]
			barrier := m.stack[bi]
			if barrier.a == 1 {
				// the negative assertion's body matched: it fails
				m.unwind(bi)
				goto fail
			}
			// keep the undo records of the body, drop its alternatives
			j := bi
			for i := bi + 1; i < len(m.stack); i++ {
				if k := m.stack[i].kind; k == btCap || k == btReg {
					m.stack[j] = m.stack[i]
					j++
				}
			}
			m.stack = m.stack[:j]
			pos = barrier.pos
			pc = int(barrier.pc)
			continue
		}
	fail:
		if m.budget != 0 {
			if m.budget--; m.budget <= 0 {
				m.budget = -1
				m.unwind(base)
				m.asserts = m.asserts[:0]
				return 0, false
			}
		}
		for {
			if len(m.stack) <= base {
				return 0, false
			}
			e := &m.stack[len(m.stack)-1]
			switch e.kind {
			case btAlt:
				pc, pos = int(e.pc), e.pos
				m.stack = m.stack[:len(m.stack)-1]
			case btCap:
				m.caps[e.a] = e.b
				m.lastindex = e.c
				m.stack = m.stack[:len(m.stack)-1]
				continue
			case btReg:
				m.cnt[e.a] = e.b
				m.last[e.a] = e.c
				m.stack = m.stack[:len(m.stack)-1]
				continue
			case btLazy:
				r, n, p := e.a, e.b, e.pos
				body := int(e.pc)
				if n >= code[body-1].max || p == m.last[r] {
					m.stack = m.stack[:len(m.stack)-1]
					continue
				}
				// replace the entry with the undo record of the registers
				*e = bt{kind: btReg, a: int32(r), b: m.cnt[r], c: m.last[r]}
				m.cnt[r] = n
				m.last[r] = p
				pos = p
				pc = body
			case btRepOne:
				rep := &code[e.pc]
				n := e.b - 1
				if rep.tail >= 0 {
					for n >= rep.min && (e.pos+n >= end || rune(s[e.pos+n]) != rep.tail) {
						n--
					}
				} else if t := rep.tailTest; t != nil {
					for n >= rep.min && !tailCan(t, s, e.pos+n, end, uni) {
						n--
					}
				}
				if n < rep.min {
					m.stack = m.stack[:len(m.stack)-1]
					continue
				}
				pos = e.pos + n
				pc = int(e.pc) + 2
				if n == rep.min {
					m.stack = m.stack[:len(m.stack)-1]
				} else {
					e.b = n
				}
			case btMinRep:
				rep := &code[e.pc]
				item := &code[e.pc+1]
				n := e.b
				p := e.pos + n
				if n >= rep.max || p >= end || !single(item, rune(s[p]), uni) {
					m.stack = m.stack[:len(m.stack)-1]
					continue
				}
				n++
				if c := rep.tail; c >= 0 {
					// the tail needs c first: take items up to one
					for n < rep.max && e.pos+n < end && rune(s[e.pos+n]) != c {
						if item.op != opAnyAll && !single(item, rune(s[e.pos+n]), uni) {
							break
						}
						n++
					}
					if e.pos+n >= end || rune(s[e.pos+n]) != c {
						m.stack = m.stack[:len(m.stack)-1]
						continue
					}
				} else if t := rep.tailTest; t != nil {
					for n < rep.max && !tailCan(t, s, e.pos+n, end, uni) {
						if e.pos+n >= end || !single(item, rune(s[e.pos+n]), uni) {
							break
						}
						n++
					}
					if !tailCan(t, s, e.pos+n, end, uni) {
						m.stack = m.stack[:len(m.stack)-1]
						continue
					}
				}
				if n >= rep.max {
					m.stack = m.stack[:len(m.stack)-1]
				} else {
					e.b = n
				}
				pos = e.pos + n
				pc = int(e.pc) + 2
			case btAssert:
				m.asserts = m.asserts[:len(m.asserts)-1]
				neg, cont, p := e.a == 1, int(e.pc), e.pos
				m.stack = m.stack[:len(m.stack)-1]
				if !neg {
					continue
				}
				pc, pos = cont, p
			}
			break
		}
	}
}

// tailCan reports whether the rest of the pattern can start at pos.
func tailCan[T byte | rune](t *tailTest, s []T, pos, end int, uni bool) bool {
	if pos < end {
		ch := rune(s[pos])
		for _, in := range t.items {
			if single(in, ch, uni) {
				return true
			}
		}
	}
	return t.hasAt && atMatches(t.at, s, pos, end, uni)
}

// atMatches tests an anchor at pos.
func atMatches[T byte | rune](at atKind, s []T, pos, end int, uni bool) bool {
	switch at {
	case atBeginning, atBeginningString:
		return pos == 0
	case atBeginningLine:
		return pos == 0 || s[pos-1] == '\n'
	case atEnd:
		return pos == end || (pos+1 == end && s[pos] == '\n')
	case atEndLine:
		return pos == end || (pos < end && s[pos] == '\n')
	case atEndString:
		return pos == end
	case atBoundary, atNonBoundary:
		if end == 0 {
			return false
		}
		that := pos > 0 && isWord(rune(s[pos-1]), uni)
		this := pos < end && isWord(rune(s[pos]), uni)
		if at == atBoundary {
			return this != that
		}
		return this == that
	}
	return false
}
