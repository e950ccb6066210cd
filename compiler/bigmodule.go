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
// string statement (gpython would take it for the docstring), and a
// module with a __future__ import or a global statement (anywhere: it
// makes the module's stores of the name STORE_GLOBAL), or runs whose code
// objects differ in anything else, are compiled whole. The code object is the one gpython
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

// compileChunked compiles p.out, a module, in runs with compile, gpython's
// compiler; false when it is not compiled so (too small, or anything
// unexpected).
func (p *prepared) compileChunked(compile func(src string) (*py.Code, error)) (*py.Code, bool) {
	if p.mode != py.ExecMode || p.ck == nil || p.ck.root == nil || len(p.ck.root.kids) < bigModuleMin ||
		strings.Contains(p.out, "__future__") {
		return nil, false
	}
	tree, err := parse(p.out, "", p.mode, false)
	if err != nil || tree == nil || len(tree.kids) < bigModuleMin || moduleGlobal(tree) {
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
		if leaf.pos == 0 || p.out[leaf.pos-1] != '\n' {
			return nil, false
		}
		cuts = append(cuts, leaf.pos)
		since = 0
	}
	if len(cuts) < 2 {
		return nil, false
	}
	cuts = append(cuts, len(p.out))
	j := newModuleJoin()
	for r := 0; r+1 < len(cuts); r++ {
		src := strings.Repeat("\n", strings.Count(p.out[:cuts[r]], "\n")) + p.out[cuts[r]:cuts[r+1]]
		co, err := compile(src)
		if err != nil || co == nil || !j.add(co, r+2 == len(cuts)) {
			return nil, false
		}
	}
	return j.code()
}

// moduleGlobal reports whether the tree n has a global statement: one
// anywhere, in a def too, makes the module's own code load and store the
// name as a global.
func moduleGlobal(n *node) bool {
	if n.sym == symGlobalStmt {
		return true
	}
	for _, k := range n.kids {
		if moduleGlobal(k) {
			return true
		}
	}
	return false
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

// add appends the code of a run, the last one when last; false when it
// is not laid out as expected.
func (j *moduleJoin) add(co *py.Code, last bool) bool {
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
	at := make(map[int]int, n)
	for i, in := range ins {
		at[in.off] = i
	}
	base := len(j.ins)
	for i := 0; i < keep; i++ {
		in := ins[i]
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
				in.tgt = base + t
			case found || in.tgt == len(co.Code):
				in.tgt = base + keep // the next run's first instruction
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
	co.Lnotab = string(gpythonLnotab(offs, j.lines))
	co.Consts = j.consts
	co.Names = j.names
	co.Stacksize = j.stacksize
	return co, true
}
