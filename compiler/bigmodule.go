package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Modules of many statements, compiled in linear time.
//
// gpython's compiler finds a constant's index in co_consts, and a name's
// in co_names, by comparing it with every one already there, so a module
// of n statements with distinct constants or names takes n*n/2
// comparisons: 20,000 lines `a0 = 0`, `a1 = 1`... took 3.4 s, where
// CPython takes 0.1 s. A module of at least bigModuleMin top-level
// statements is therefore compiled in runs of bigModuleChunk statements,
// each run as a module of its own (the lines before it left blank, so
// that no line moves), and the runs' code is joined: each run's final
// `return None` goes but for the last's, constants and names are merged
// in the order of their first use as gpython numbers them (equal
// constants of one type once), jumps are pointed at the joined
// instructions, and the code and its line table are laid out as gpython's
// assembler does. Statements at the top level compile alone: each starts
// and ends with an empty stack, and no name binding at module level
// changes how another statement compiles. A run never starts with a
// string statement (gpython would take it for the docstring). Each run
// starts with the module's __future__ imports, their code dropped but in
// the first run, and a global statement of the names declared global
// anywhere (one in a def makes the module's own loads and stores of the
// name global ones): runHeads. Runs whose code objects differ in
// anything else are compiled whole. The code object is the one gpython
// makes of the whole source (TestBigModuleSame compiles both ways) but
// for co_stacksize, the largest of the runs': gpython's count for the
// whole may be larger, as its analysis carries depth from one statement
// to the next; every statement starts and ends with an empty stack.

// bigModuleMin is the fewest top-level statements a module compiled in
// runs has, bigModuleChunk the most statements in one run (variables for
// the tests).
var (
	bigModuleMin   = 1024
	bigModuleChunk = 256
)

// compileChunked compiles text (p.out, or p.marked: the same statements)
// in runs with compile, gpython's compiler; false when it is not compiled
// so (too small, or anything unexpected).
func (p *prepared) compileChunked(text string, compile func(src string) (*py.Code, error)) (*py.Code, bool) {
	if p.mode != py.ExecMode || p.ck == nil || p.ck.root == nil || len(p.ck.root.kids) < bigModuleMin {
		return nil, false
	}
	tree, err := parse(text, "", p.mode, false)
	if err != nil || tree == nil || len(tree.kids) < bigModuleMin {
		return nil, false
	}
	// cuts: where each run's text starts (the start of a statement's line).
	cuts := []int{0}
	since := 0
	for _, s := range tree.kids[1:] {
		since++
		leaf := firstLeaf(s)
		if since < bigModuleChunk || leaf == nil || leaf.kind == tString {
			continue
		}
		if leaf.pos == 0 || text[leaf.pos-1] != '\n' {
			return nil, false
		}
		cuts = append(cuts, leaf.pos)
		since = 0
	}
	if len(cuts) < 2 {
		return nil, false
	}
	cuts = append(cuts, len(text))
	heads, ok := findRunHeads(tree, text, cuts[1])
	if !ok {
		return nil, false
	}
	j := newModuleJoin()
	for r := 0; r+1 < len(cuts); r++ {
		src, drop, shift, ok := heads.source(text, cuts[r], cuts[r+1])
		if !ok {
			return nil, false
		}
		co, err := compile(src)
		if err != nil || co == nil || shift != 0 && !shiftLines(co, shift) || !j.add(co, drop, r+2 == len(cuts)) {
			return nil, false
		}
	}
	return j.code()
}

// runHeads is what each run's source starts with, so that gpython
// compiles its statements as it does in the whole module: the module's
// __future__ imports (which set its flags) and the docstring before
// them (their code dropped from the runs after the first, which take
// them only for that), and a global statement of every name
// declared global anywhere (gpython's compiler then loads and stores
// those names at module level as globals: a global statement in a def
// does that for the whole module).
type runHeads struct {
	future     string // the text up to the end of the last __future__ import's line (or the docstring's)
	futureLine int    // that line (0: none)
	global     string // "global a, b" ("": none)
	firstLine  int    // the line of the module's first statement
	firstFree  bool   // a global statement may go before it on its line
}

// findRunHeads finds the heads of the runs of the module tree, of source
// text, whose second run starts at cut; false when the module is one
// they cannot be given to.
func findRunHeads(tree *node, text string, cut int) (runHeads, bool) {
	var h runHeads
	var stmts []*node
	for _, s := range tree.kids {
		if s.sym != symTok {
			stmts = append(stmts, s)
		}
	}
	if len(stmts) == 0 {
		return h, false
	}
	first := firstLeaf(stmts[0])
	h.firstLine = first.line
	h.firstFree = stmts[0].sym == symSimpleStmt && first.kind != tString && !isFutureStmt(stmts[0])
	// lead: the runs' text takes what s ends; false when it ends past
	// the first run.
	lead := func(s *node) bool {
		nl := lastLeaf(s) // its NEWLINE
		end := strings.IndexByte(text[nl.pos:], '\n')
		if end < 0 || nl.pos+end >= cut {
			return false
		}
		h.futureLine = nl.line
		h.future = text[:nl.pos+end+1]
		return true
	}
	k := 0
	if first.kind == tString {
		k = 1 // a docstring: future imports may follow
	}
	for ; k < len(stmts) && isFutureStmt(stmts[k]); k++ {
		if !lead(stmts[k]) {
			return h, false
		}
	}
	names := globalNames(tree, nil, map[string]bool{})
	for _, n := range names {
		if strings.HasPrefix(n, "__") && !strings.HasSuffix(n, "__") {
			return h, false // mangled in a class: not the module's name
		}
	}
	if len(names) > 0 {
		h.global = "global " + strings.Join(names, ", ")
		// A global statement before the docstring would make it none:
		// the statement goes after it.
		if h.futureLine == 0 && first.kind == tString && !lead(stmts[0]) {
			return h, false
		}
	}
	return h, true
}

// isFutureStmt reports whether the statement s is from __future__
// import ... (future.go).
func isFutureStmt(s *node) bool {
	return s.sym == symSimpleStmt && isFutureImport(s.kids[0])
}

// globalNames appends to names those n's global statements declare, each
// once, in the order of their first declaration.
func globalNames(n *node, names []string, seen map[string]bool) []string {
	if n.sym == symGlobalStmt {
		for _, k := range n.kids[1:] {
			if k.sym == symTok && k.kind == tName && !seen[k.s] {
				seen[k.s] = true
				names = append(names, k.s)
			}
		}
		return names
	}
	for _, k := range n.kids {
		names = globalNames(k, names, seen)
	}
	return names
}

// source is the source of the run text[from:to]: its lines where they
// are in the module (those before it blank, but for the heads) or, for
// the first run when its global statement has no room, shift lines down;
// and the last line of the heads whose code goes (0: none); false when
// the heads do not fit.
func (h runHeads) source(text string, from, to int) (src string, drop, shift int, ok bool) {
	if from == 0 {
		src := text[:to]
		switch {
		case h.global == "":
		case h.futureLine > 0:
			head, ok := h.globalAfterFuture()
			if !ok {
				return "", 0, 0, false
			}
			src = head + src[len(h.future):]
		case h.firstLine > 1:
			// Line 1 holds no statement: comments or nothing.
			nl := strings.IndexByte(src, '\n')
			src = h.global + src[nl:]
		case h.firstFree:
			src = h.global + "; " + src
		default:
			// A compound statement on line 1: the global statement goes
			// on a line of its own, before it.
			return h.global + "\n" + src, 0, 1, true
		}
		return src, 0, 0, true
	}
	line := 1 + strings.Count(text[:from], "\n") // the run's first line
	head := h.future
	switch {
	case line-1 < h.futureLine:
		return "", 0, 0, false
	case h.global == "":
		head += strings.Repeat("\n", line-1-h.futureLine)
	case line-1 > h.futureLine:
		head += strings.Repeat("\n", line-2-h.futureLine) + h.global + "\n"
	default:
		var ok bool
		if head, ok = h.globalAfterFuture(); !ok {
			return "", 0, 0, false
		}
	}
	return head + text[from:to], h.futureLine, 0, true
}

// shiftLines moves every line of co, and of the code objects among its
// constants, shift lines up, as gpython numbers them (from line 1 in
// every code object: a line before the first entry stays 1), and lays
// their line tables out again as gpython's compiler does; false when a
// code object does not decode.
func shiftLines(co *py.Code, shift int) bool {
	ins, ok := decodeCode(co.Code)
	if !ok || co.Firstlineno != 1 {
		return false
	}
	lines := instrLines(co, ins) // decorator_order.go
	offs := make([]int, len(ins))
	for i := range ins {
		offs[i] = ins[i].off
		lines[i] = max(lines[i]-shift, 1)
	}
	co.Lnotab = string(lineTableOf(offs, lines, 1, gpythonLineStep)) // codeconsts.go
	for _, c := range co.Consts {
		if k, isCode := c.(*py.Code); isCode && !shiftLines(k, shift) {
			return false
		}
	}
	return true
}

// globalAfterFuture is h.future with h.global after the last __future__
// import, on its line; false when a comment ends that line.
func (h runHeads) globalAfterFuture() (string, bool) {
	n := len(h.future) - 1 // its last newline
	if strings.Contains(h.future[strings.LastIndexByte(h.future[:n], '\n')+1:], "#") {
		return "", false
	}
	return h.future[:n] + "; " + h.global + "\n", true
}

// moduleJoin joins the code of a module's runs.
type moduleJoin struct {
	first     *py.Code
	ins       []bcInstr // tgt: the index of the target instruction
	lines     []int
	consts    py.Tuple
	constAt   map[constValue]int
	names     []string
	nameAt    map[string]int
	stacksize int32
}

func newModuleJoin() *moduleJoin {
	return &moduleJoin{constAt: map[constValue]int{}, nameAt: map[string]int{}}
}

// nameOps are the opcodes whose argument indexes co_names (3.4's).
var nameOps = map[byte]bool{
	90: true, 91: true, 95: true, 96: true, 97: true, 98: true, // STORE_NAME ... DELETE_GLOBAL
	101: true, 106: true, 108: true, 109: true, 116: true, // LOAD_NAME, LOAD_ATTR, IMPORT_NAME, IMPORT_FROM, LOAD_GLOBAL
}

// add appends the code of a run, the last one when last, but for the
// instructions on its lines up to drop (its heads'); false when it is not
// laid out as expected.
func (j *moduleJoin) add(co *py.Code, drop int, last bool) bool {
	if len(co.Varnames)+len(co.Cellvars)+len(co.Freevars) != 0 {
		return false
	}
	if j.first == nil {
		j.first = co
	} else if co.Flags != j.first.Flags || co.Firstlineno != j.first.Firstlineno {
		return false
	}
	ins, ok := decodeCode(co.Code)
	n := len(ins)
	if !ok || n < 2 || ins[n-1].op != fRETURN_VALUE || ins[n-2].op != fLOAD_CONST ||
		ins[n-2].arg >= len(co.Consts) || co.Consts[ins[n-2].arg] != py.None {
		return false
	}
	lines := instrLines(co, ins) // decorator_order.go
	keep := n
	if !last {
		keep = n - 2 // its return None; jumps there go to the next run
	}
	// newIndex: each instruction's index in the joined code, a dropped
	// one's that of the next kept (keep: the next run's first).
	at := make(map[int]int, n)
	newIndex := make([]int, keep+1)
	kept := len(j.ins)
	for i, in := range ins {
		at[in.off] = i
		if i < keep {
			newIndex[i] = kept
			if lines[i] > drop {
				kept++
			}
		}
	}
	newIndex[keep] = kept
	for i := 0; i < keep; i++ {
		in := ins[i]
		if lines[i] <= drop {
			if jumpKind(in.op) != 0 {
				return false // a head's code is straight
			}
			continue
		}
		in.ext = false
		switch {
		case in.op == fLOAD_CONST:
			if in.arg >= len(co.Consts) {
				return false
			}
			in.arg = j.constIndex(co.Consts[in.arg])
		case nameOps[in.op]:
			if in.arg >= len(co.Names) {
				return false
			}
			in.arg = j.nameIndex(co.Names[in.arg])
		case jumpKind(in.op) != 0:
			t, found := at[in.tgt]
			switch {
			case found && t < keep:
				in.tgt = newIndex[t]
			case found || in.tgt == len(co.Code):
				in.tgt = newIndex[keep] // the next run's first instruction
			default:
				return false
			}
		}
		j.ins = append(j.ins, in)
		j.lines = append(j.lines, lines[i])
	}
	j.stacksize = max(j.stacksize, co.Stacksize)
	return true
}

// constIndex is c's index in the joined constants, added when new: one
// per equal value of a type, as gpython's compiler keeps them.
func (j *moduleJoin) constIndex(c py.Object) int {
	key, keyed := constKey(c)
	if keyed {
		if i, ok := j.constAt[key]; ok {
			return i
		}
	} else if _, isCode := c.(*py.Code); !isCode {
		for i, o := range j.consts {
			if o.Type() == c.Type() {
				if eq, err := py.Eq(c, o); err == nil && eq == py.True {
					return i
				}
			}
		}
	}
	j.consts = append(j.consts, c)
	if keyed {
		j.constAt[key] = len(j.consts) - 1
	}
	return len(j.consts) - 1
}

// nameIndex is name's index in the joined names, added when new.
func (j *moduleJoin) nameIndex(name string) int {
	if i, ok := j.nameAt[name]; ok {
		return i
	}
	j.names = append(j.names, name)
	j.nameAt[name] = len(j.names) - 1
	return len(j.names) - 1
}

// code is the joined code object.
func (j *moduleJoin) code() (*py.Code, bool) {
	if j.first == nil {
		return nil, false
	}
	code, offs := assembleInstrs(j.ins) // bigdisplay_code.go
	co := j.first                       // the first run's, made for this join alone
	co.Code = string(code)
	co.Lnotab = string(lineTableOf(offs, j.lines, 1, gpythonLineStep)) // codeconsts.go
	co.Consts = j.consts
	co.Names = j.names
	co.Stacksize = j.stacksize
	return co, true
}
