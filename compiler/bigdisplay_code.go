package compiler

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// The bytecode side of large displays (bigdisplay.go): a run's
// instructions, and their splicing into the code compiled with markers.

// fSTORE_MAP is CPython 3.4's STORE_MAP, which a dict display's items
// compile to.
const fSTORE_MAP = 54

// literalOp reports whether op is one gpython compiles a literalOnly
// expression to.
func literalOp(op byte) bool {
	switch op {
	case fLOAD_CONST, fBUILD_TUPLE, fBUILD_LIST, fBUILD_SET, fBUILD_MAP, fSTORE_MAP:
		return true
	}
	return operatorArity(op) > 0 && op != fBINARY_SUBSCR
}

// displayRunOf is the run of items co (gpython's code for the display of
// the run's items alone, in the eval mode) holds, its lines moved down
// by shift, and the stack depth the items take; false when co is not
// what such a display compiles to.
func displayRunOf(co *py.Code, dict bool, shift int) (*displayRun, int, bool) {
	ins, ok := decodeCode(co.Code)
	if !ok || len(co.Names) > 0 || len(ins) < 2 {
		return nil, 0, false
	}
	lines := gpythonLines(co.Lnotab, ins)
	// The display's own instructions go: BUILD_MAP first (a dict) or
	// the build last, then RETURN_VALUE.
	from, to := 0, len(ins)-2
	if ins[len(ins)-1].op != fRETURN_VALUE {
		return nil, 0, false
	}
	if dict {
		if ins[0].op != fBUILD_MAP {
			return nil, 0, false
		}
		from, to = 1, len(ins)-1
	} else if op := ins[to].op; op != fBUILD_LIST && op != fBUILD_TUPLE && op != fBUILD_SET {
		return nil, 0, false
	}
	run := &displayRun{ins: ins[from:to], lines: lines[from:to], consts: co.Consts}
	for i, in := range run.ins {
		if !literalOp(in.op) || in.op == fLOAD_CONST && in.arg >= len(co.Consts) {
			return nil, 0, false
		}
		run.lines[i] += shift
	}
	for _, c := range co.Consts {
		if _, ok := constKey(c); !ok {
			return nil, 0, false
		}
	}
	return run, int(co.Stacksize), true
}

// gpythonLines is the line of each instruction of ins by the line table
// lnotab as gpython's compiler writes it (before remapCode): the greatest
// line met so far, counted from 1 in every code object.
func gpythonLines(lnotab string, ins []bcInstr) []int {
	lines := make([]int, len(ins))
	line, addr, k := 1, 0, 0
	for i := range ins {
		for k+1 < len(lnotab) && addr+int(lnotab[k]) <= ins[i].off {
			addr += int(lnotab[k])
			line += int(lnotab[k+1])
			k += 2
		}
		lines[i] = line
	}
	return lines
}

// constKind tells apart the types of constants constKey knows.
type constKind uint8

const (
	ckInt constKind = iota
	ckFloat
	ckComplex
	ckStr
	ckBytes
	ckBool
	ckNone
	ckEllipsis
)

// constValue is a constant as a map key: two constants have the same key
// when gpython's compiler keeps them as one (same type, equal).
type constValue struct {
	kind constKind
	s    string
	f    [2]float64
}

// constKey is c's key; false for a constant of another type (which can
// equal none of those: gpython compares constants of one type only).
func constKey(c py.Object) (constValue, bool) {
	zero := func(f float64) float64 {
		if f == 0 {
			return 0 // -0.0 == 0.0
		}
		return f
	}
	switch v := c.(type) {
	case py.Int:
		return constValue{kind: ckInt, s: big.NewInt(int64(v)).String()}, true
	case *py.BigInt:
		return constValue{kind: ckInt, s: (*big.Int)(v).String()}, true
	case py.Float:
		if math.IsNaN(float64(v)) {
			return constValue{}, false
		}
		return constValue{kind: ckFloat, f: [2]float64{zero(float64(v))}}, true
	case py.Complex:
		if math.IsNaN(real(v)) || math.IsNaN(imag(v)) {
			return constValue{}, false
		}
		return constValue{kind: ckComplex, f: [2]float64{zero(real(v)), zero(imag(v))}}, true
	case py.String:
		return constValue{kind: ckStr, s: string(v)}, true
	case py.Bytes:
		return constValue{kind: ckBytes, s: string(v)}, true
	case py.Bool:
		if v {
			return constValue{kind: ckBool, s: "1"}, true
		}
		return constValue{kind: ckBool}, true
	}
	switch c {
	case py.None:
		return constValue{kind: ckNone}, true
	case py.Ellipsis:
		return constValue{kind: ckEllipsis}, true
	}
	return constValue{}, false
}

// expandDisplays splices the displays ds into co, compiled from the
// source markDisplays gave, and into the code objects among its
// constants; false when a marker is not found once where expected (co is
// then left half done: the caller compiles the unchanged source).
func expandDisplays(co *py.Code, ds []*bigDisplay) bool {
	byMark := map[string]*bigDisplay{}
	for _, d := range ds {
		for _, m := range d.marks {
			byMark[m] = d
		}
	}
	done := map[*bigDisplay]bool{}
	if !expandCode(co, byMark, done) {
		return false
	}
	return len(done) == len(ds)
}

// expandCode expands the displays whose markers co and its inner code
// objects hold, recording them in done.
func expandCode(co *py.Code, byMark map[string]*bigDisplay, done map[*bigDisplay]bool) bool {
	for _, c := range co.Consts {
		if inner, ok := c.(*py.Code); ok && !expandCode(inner, byMark, done) {
			return false
		}
	}
	// at: the display whose items go at a constant's index (a list's
	// marker, a dict's value marker); mark: the marker indexes.
	at := map[int]*bigDisplay{}
	mark := map[int]bool{}
	for i, c := range co.Consts {
		b, ok := c.(py.Bytes)
		if !ok {
			continue
		}
		d := byMark[string(b)]
		if d == nil {
			continue
		}
		if done[d] && string(b) == d.marks[0] {
			return false
		}
		mark[i] = true
		if string(b) == d.marks[0] {
			at[i] = d
			done[d] = true
		}
	}
	if len(mark) == 0 {
		return true
	}
	ins, ok := decodeCode(co.Code)
	if !ok {
		return false
	}
	// Each marker is loaded once, by its display.
	loads := map[int]int{}
	for _, in := range ins {
		if in.op == fLOAD_CONST && mark[in.arg] {
			loads[in.arg]++
		}
	}
	for i := range mark {
		if loads[i] != 1 {
			return false
		}
	}
	consts, runIndex, outerIndex := mergeDisplayConsts(co.Consts, at, mark)
	lines := gpythonLines(co.Lnotab, ins)
	var out []bcInstr
	var outLines []int
	first := make([]int, len(ins)+1) // an old instruction's first new one
	tgtIndex := map[int]int{}        // an old offset's instruction
	for i, in := range ins {
		tgtIndex[in.off] = i
	}
	tgtIndex[len(co.Code)] = len(ins)
	line := 1 // the running maximum of the new code's lines
	extra := 0
	emit := func(in bcInstr, l int) {
		line = max(line, l)
		out = append(out, in)
		outLines = append(outLines, line)
	}
	for i := 0; i < len(ins); i++ {
		in := ins[i]
		first[i] = len(out)
		if jumpKind(in.op) != 0 {
			t, ok := tgtIndex[in.tgt]
			if !ok {
				return false
			}
			in.tgt = t
		}
		if in.op != fLOAD_CONST {
			emit(in, lines[i])
			continue
		}
		d := at[in.arg]
		if d == nil {
			if mark[in.arg] {
				return false // a dict's key marker out of place
			}
			in.arg = outerIndex[in.arg]
			emit(in, lines[i])
			continue
		}
		// The marker's load, its build after it (or, for a dict,
		// BUILD_MAP before it, the key marker and STORE_MAP after).
		build := -1 // a dict's BUILD_MAP in out
		if d.dict {
			if len(out) == 0 || i+2 >= len(ins) || out[len(out)-1].op != fBUILD_MAP || out[len(out)-1].arg != 1 ||
				ins[i+1].op != fLOAD_CONST || !mark[ins[i+1].arg] || at[ins[i+1].arg] != nil || ins[i+2].op != fSTORE_MAP {
				return false
			}
			build = len(out) - 1
		} else if i+1 >= len(ins) || ins[i+1].arg != 1 || ins[i+1].op != map[byte]byte{'[': fBUILD_LIST, '(': fBUILD_TUPLE, '{': fBUILD_SET}[d.open] {
			return false
		}
		for r, run := range d.runs {
			for k, rin := range run.ins {
				if rin.op == fLOAD_CONST {
					rin.arg = runIndex[d][r][rin.arg]
				}
				emit(rin, run.lines[k])
			}
		}
		if d.dict {
			out[build].arg = d.items
			first[i+1], first[i+2] = len(out), len(out)
			i += 2
			extra = max(extra, d.depth-3)
		} else {
			next := ins[i+1]
			next.arg = d.items
			first[i+1] = len(out)
			emit(next, lines[i+1])
			i++
			extra = max(extra, d.depth-1)
		}
	}
	first[len(ins)] = len(out)
	for i := range out {
		if jumpKind(out[i].op) != 0 {
			out[i].tgt = first[out[i].tgt]
		}
	}
	code, offs := assembleInstrs(out)
	co.Code = string(code)
	co.Lnotab = string(lineTableOf(offs, outLines, 1, gpythonLineStep)) // codeconsts.go
	co.Consts = consts
	co.Stacksize += int32(extra)
	return true
}

// mergeDisplayConsts is co_consts as gpython's compiler makes them for the
// unchanged source, from old (those of the code with markers: mark the
// markers' indexes, at the displays spliced at an index): in the order of
// first use, equal constants of one type once. runIndex maps each run's
// constant indexes to the new ones, outerIndex the old ones.
func mergeDisplayConsts(old py.Tuple, at map[int]*bigDisplay, mark map[int]bool) (py.Tuple, map[*bigDisplay][][]int, []int) {
	var consts py.Tuple
	seen := map[constValue]int{}
	add := func(c py.Object) int {
		k, ok := constKey(c)
		if ok {
			if j, dup := seen[k]; dup {
				return j
			}
			seen[k] = len(consts)
		}
		consts = append(consts, c)
		return len(consts) - 1
	}
	runIndex := map[*bigDisplay][][]int{}
	outerIndex := make([]int, len(old))
	for i, c := range old {
		if d := at[i]; d != nil {
			for _, run := range d.runs {
				idx := make([]int, len(run.consts))
				for k, rc := range run.consts {
					idx[k] = add(rc)
				}
				runIndex[d] = append(runIndex[d], idx)
			}
			continue
		}
		if mark[i] {
			continue
		}
		outerIndex[i] = add(c)
	}
	return consts, runIndex, outerIndex
}

// assembleInstrs lays ins out as gpython's assembler does (CPython 3.4's
// layout: an argument wider than 16 bits after an EXTENDED_ARG), a
// jump's tgt being the index of its target instruction (len(ins): the
// end): the jumps' arguments are grown until the offsets stop moving.
// It returns the code and each instruction's offset.
func assembleInstrs(ins []bcInstr) ([]byte, []int) {
	offs := make([]int, len(ins)+1)
	wide := make([]bool, len(ins))
	for i, in := range ins {
		wide[i] = jumpKind(in.op) == 0 && in.arg > 0xffff
	}
	size := func(i int) int {
		switch {
		case wide[i]:
			return 6
		case ins[i].op >= fHAVE_ARGUMENT:
			return 3
		}
		return 1
	}
	jumpArg := func(i int) int {
		if jumpKind(ins[i].op) == relativeJump {
			return offs[ins[i].tgt] - (offs[i] + size(i))
		}
		return offs[ins[i].tgt]
	}
	for {
		pos := 0
		for i := range ins {
			offs[i] = pos
			pos += size(i)
		}
		offs[len(ins)] = pos
		grown := false
		for i, in := range ins {
			if jumpKind(in.op) != 0 && !wide[i] && jumpArg(i) > 0xffff {
				wide[i], grown = true, true
			}
		}
		if !grown {
			break
		}
	}
	code := make([]byte, 0, offs[len(ins)])
	for i, in := range ins {
		arg := in.arg
		if jumpKind(in.op) != 0 {
			arg = jumpArg(i)
		}
		if wide[i] {
			code = append(code, fEXTENDED_ARG, byte(arg>>16), byte(arg>>24))
		}
		code = append(code, in.op)
		if in.op >= fHAVE_ARGUMENT {
			code = append(code, byte(arg), byte(arg>>8))
		}
	}
	return code, offs[:len(ins)]
}
