package vm

import (
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// instr is one decoded instruction: EXTENDED_ARG folded in, relative jumps
// made absolute, and every jump target an index into code.ins.
type instr struct {
	op  byte
	arg int32
}

// code is a *py.Code decoded once for the loop.
type code struct {
	py        *py.Code
	ins       []instr
	lines     []int32 // source line of each instruction
	offsets   []int32 // byte offset of each instruction in py.Code.Code
	nlocals   int
	ncells    int
	nfast     int // locals + cells + free variables
	stacksize int
	flags     int32
	cleanup   bool // has a try, with or except block (generator_finalize.go)
	// plainCall: a function whose positional parameters are all it has
	// (no *args, **kwargs, keyword-only parameters, cells or free
	// variables), run in a new frame: a call with exactly argcount
	// positional arguments just copies them into its first slots.
	plainCall bool
	argcount  int
	// pcAt maps each byte offset to its instruction, for generator code
	// only: a generator resumes at its Lasti at every step (pcOf).
	pcAt []int32
	// localConsts are the operations of the LOAD_FAST_CONST
	// instructions (local_const.go).
	localConsts []localConstOp
	// names is py.Names with each name the process's one copy of it
	// (intern_names.go): what the loop's name instructions use.
	names []string
	// rebound marks the names (by index in names) module-level code
	// found rebound when LOAD_NAME asked the global cache
	// (global_cache.go): a name stays rebound once it is, so such a
	// LOAD_NAME goes straight to the namespace.
	rebound []atomic.Bool
	// comps are the MAKE_COMPREHENSION sites' stand-ins for their
	// functions (comprehension_call.go).
	comps []*compFunc
	// hidden is isHiddenCode's answer once asked (fast_hidden.go).
	hidden atomic.Int32
}

const codeCacheSize = 64

// decodedOn is decoded through t's small per-thread cache, which spares the
// shared lookup's lock on every call.
func (t *thread) decodedOn(co *py.Code) *code {
	e := &t.codes[(uintptr(unsafe.Pointer(co))>>5)%codeCacheSize]
	if e.co == co {
		return e.c
	}
	c := decoded(co)
	e.co, e.c = co, c
	return c
}

// A code object's decoded form rides in the code object itself, in its
// Weakreflist field (gpython never uses it for code objects), so that it
// lives exactly as long as the code object. A process-wide map from code
// object to decoded form kept every code object ever run alive, with its
// constants: a program that compiles and runs new source in a loop (exec,
// an embedding program running scripts one after another) grew without
// end. decodedMu guards the field: several interpreters share the code
// of the modules compiled in.
var decodedMu sync.Mutex

// decodedBox holds a decoded form where a code object keeps it; it is
// never seen by Python code.
type decodedBox struct{ c *code }

func (*decodedBox) Type() *py.Type { return py.NoneTypeType }

// storedDecoded returns co's decoded form if it has one; decodedMu held.
func storedDecoded(co *py.Code) *code {
	if l := co.Weakreflist; l != nil && len(l.Items) == 1 {
		if b, ok := l.Items[0].(*decodedBox); ok {
			return b.c
		}
	}
	return nil
}

// decoded returns co's decoded form, decoding it on first use.
func decoded(co *py.Code) *code {
	decodedMu.Lock()
	c := storedDecoded(co)
	decodedMu.Unlock()
	if c != nil {
		return c
	}
	fresh := decode(co) // outside the lock: decoding a large body takes time
	decodedMu.Lock()
	defer decodedMu.Unlock()
	if c := storedDecoded(co); c != nil {
		return c // decoded meanwhile by another thread
	}
	co.Weakreflist = &py.List{Items: []py.Object{&decodedBox{c: fresh}}}
	return fresh
}

// decode translates co's bytecode (CPython 3.4 layout: one opcode byte, two
// little-endian argument bytes from HAVE_ARGUMENT on) into instructions.
func decode(co *py.Code) *code {
	raw := co.Code
	c := &code{
		py:        co,
		nlocals:   int(co.Nlocals),
		ncells:    len(co.Cellvars),
		nfast:     int(co.Nlocals) + len(co.Cellvars) + len(co.Freevars),
		stacksize: int(co.Stacksize),
		flags:     loopFlags(co.Flags), // code_async.go
		names:     internNames(co.Names),
		rebound:   make([]atomic.Bool, len(co.Names)),
	}
	index := make([]int32, len(raw)+1) // byte offset -> instruction index
	var ext int32
	for pc := 0; pc < len(raw); {
		start := pc
		op := raw[pc]
		pc++
		var arg int32
		if op >= opHaveArgument && pc+1 < len(raw) {
			arg = int32(raw[pc]) | int32(raw[pc+1])<<8 | ext<<16
			pc += 2
		}
		if op == opEXTENDED_ARG {
			ext = arg
			for i := start; i < pc; i++ {
				index[i] = int32(len(c.ins))
			}
			continue
		}
		ext = 0
		switch op {
		case opJUMP_FORWARD, opFOR_ITER, opSETUP_LOOP, opSETUP_EXCEPT, opSETUP_FINALLY, opSETUP_WITH:
			arg += int32(pc) // relative to the next instruction
		}
		for i := start; i < pc; i++ {
			index[i] = int32(len(c.ins))
		}
		c.ins = append(c.ins, instr{op: op, arg: arg})
		c.offsets = append(c.offsets, int32(start))
	}
	index[len(raw)] = int32(len(c.ins))
	if c.flags&py.CO_GENERATOR != 0 {
		c.pcAt = index
	}
	c.cleanup = hasCleanupCode(c)
	c.argcount = int(co.Argcount)
	c.plainCall = c.flags&(py.CO_VARARGS|py.CO_VARKEYWORDS|py.CO_GENERATOR) == 0 && co.Flags&py.CO_NEWLOCALS != 0 &&
		co.Kwonlyargcount == 0 && len(co.Cellvars) == 0 && len(co.Freevars) == 0
	// Resolve jump targets from byte offsets to instruction indexes.
	for i := range c.ins {
		in := &c.ins[i]
		if isJump(in.op) {
			t := int(in.arg)
			if t < 0 || t > len(raw) {
				t = len(raw)
			}
			in.arg = index[t]
		}
	}
	// Fuse x[a:b]: BUILD_SLICE 2 directly followed by BINARY_SUBSCR (no
	// jump can land between them: the stack would not match).
	for i := 0; i+1 < len(c.ins); i++ {
		if c.ins[i].op == opBUILD_SLICE && c.ins[i].arg == 2 && c.ins[i+1].op == opBINARY_SUBSCR {
			c.ins[i].op = opSLICE_SUBSCR
			c.ins[i+1].op = opNOP
		}
	}
	fuseMethodCalls(c)
	fuseCompareJumps(c)
	markLocalConst(c) // after fuseCompareJumps, whose instructions it reads
	markSizedListComp(c)
	markComprehensions(c) // after fuseMethodCalls, which reads MAKE_FUNCTION
	fuseSuper(c)          // last: it reads the others' output (fast_super.go)
	// A final guard so that falling off the end is a clean error.
	c.ins = append(c.ins, instr{op: opEnd})
	c.offsets = append(c.offsets, int32(len(raw)))
	c.lines = offsetLines(co, c.offsets)
	return c
}

// offsetLines is co.Addr2Line of each of offsets (ascending), in one walk
// of the line table: a code object of n instructions takes O(n), not
// O(n*n).
func offsetLines(co *py.Code, offsets []int32) []int32 {
	lines := make([]int32, len(offsets))
	tab := co.Lnotab
	line, addr, k := co.Firstlineno, int32(0), 0
	for i, off := range offsets {
		for k+1 < len(tab) && addr+int32(tab[k]) <= off {
			addr += int32(tab[k])
			line += int32(tab[k+1])
			k += 2
		}
		lines[i] = line
	}
	return lines
}

func isJump(op byte) bool {
	switch op {
	case opJUMP_FORWARD, opFOR_ITER, opSETUP_LOOP, opSETUP_EXCEPT, opSETUP_FINALLY, opSETUP_WITH,
		opJUMP_IF_FALSE_OR_POP, opJUMP_IF_TRUE_OR_POP, opJUMP_ABSOLUTE, opPOP_JUMP_IF_FALSE,
		opPOP_JUMP_IF_TRUE, opCONTINUE_LOOP:
		return true
	}
	return false
}

// pcOf returns the instruction index whose byte offset is off (a generator
// frame's Lasti).
func (c *code) pcOf(off int32) int {
	if uint(off) < uint(len(c.pcAt)) {
		return int(c.pcAt[off])
	}
	// offsets increase: a binary search.
	i, _ := slices.BinarySearch(c.offsets, off)
	if i >= len(c.offsets) {
		return len(c.ins) - 1
	}
	return i
}
