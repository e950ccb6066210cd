package compiler

import (
	"maps"
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
)

// gpython's parser takes none of PEP 448's forms, so unpack.go rewrites
// them into calls of the builtin __pep448__, whose first argument says
// which construct it is. lowerUnpackCalls turns those calls into 3.6's
// instructions: the loads of the helper and of its kind go, and the call
// becomes
//
//	'l', 't', 's' with n operands   BUILD_LIST_UNPACK, BUILD_TUPLE_UNPACK,
//	                                BUILD_SET_UNPACK n
//	'd' with n mappings             BUILD_MAP_UNPACK n
//	'c' (callee and n operands)     BUILD_TUPLE_UNPACK_WITH_CALL n (n > 1),
//	                                nothing (n = 1), BUILD_TUPLE 0 (n = 0)
//	'k' (that call and n mappings)  BUILD_MAP_UNPACK_WITH_CALL n (n > 1),
//	                                then 3.6's CALL_FUNCTION_EX: the
//	                                loop's CALL_FUNCTION_VAR 0 (n = 0) or
//	                                CALL_FUNCTION_VAR_KW 0
//
// as 3.6's compiler emits them for the same source (vm/exec_unpack.go
// runs them). A call of the helper the analysis cannot follow (stack use
// it does not know, operands passed as one starred tuple, a 'd' display
// too big for the dict pass) stays a call, which does the same work.

// The opcodes of 3.6's unpackings (vm/exec_unpack.go).
const (
	fBUILD_LIST_UNPACK            = 149
	fBUILD_MAP_UNPACK             = 150
	fBUILD_MAP_UNPACK_WITH_CALL   = 151
	fBUILD_TUPLE_UNPACK           = 152
	fBUILD_SET_UNPACK             = 153
	fBUILD_TUPLE_UNPACK_WITH_CALL = 158
)

// helperCall is one call of __pep448__: the indexes of its CALL_FUNCTION,
// of the helper's load and of the pushers of its operands after the kind.
type helperCall struct {
	call, load int
	kind       string
	operands   []int
}

// lowerUnpackCalls rewrites co's calls of __pep448__ (not those of the
// code objects among its constants).
func lowerUnpackCalls(co *py.Code) {
	helper := slices.Index(co.Names, unpackHelper)
	if helper < 0 {
		return
	}
	ins, ok := decodeCode(co.Code)
	if !ok {
		return
	}
	at := indexByOffset(ins)
	_, pushers, ok := operandSlots(ins, at, func(op byte) bool { return op == fCALL_FUNCTION }) // makefunc.go
	if !ok {
		return
	}
	calls := map[int]*helperCall{}  // by the index of the call
	byLoad := map[int]*helperCall{} // by that of the helper's load
	for i, slots := range pushers {
		if c, ok := helperCallAt(co, ins, i, slots, helper); ok {
			calls[i], byLoad[c.load] = c, c
		}
	}
	if len(calls) == 0 {
		return
	}
	drop := map[int]bool{}
	before := map[int][]bcInstr{}
	lower := func(c *helperCall) {
		drop[c.load], drop[c.load+1] = true, true
	}
	for _, i := range slices.Sorted(maps.Keys(calls)) {
		c := calls[i]
		n := len(c.operands)
		in := &ins[i]
		switch {
		case c.kind == "l" || c.kind == "t" || c.kind == "s":
			in.op = map[string]byte{"l": fBUILD_LIST_UNPACK, "t": fBUILD_TUPLE_UNPACK, "s": fBUILD_SET_UNPACK}[c.kind]
			in.arg = n
		case c.kind[0] == 'd':
			if c.kind != "d"+strings.Repeat("m", n) {
				continue
			}
			in.op, in.arg = fBUILD_MAP_UNPACK, n
		case c.kind == "k":
			// The pending call's value: pushed, as the analysis
			// counts, by its first operand, the helper's load.
			pc := byLoad[c.operands[0]]
			if pc == nil || pc.kind != "c" || n < 1 {
				continue
			}
			m := len(pc.operands) - 1 // after the callee
			switch {
			case m == 0:
				ins[pc.call].op, ins[pc.call].arg = fBUILD_TUPLE, 0
			case m == 1:
				drop[pc.call] = true
			default:
				ins[pc.call].op, ins[pc.call].arg = fBUILD_TUPLE_UNPACK_WITH_CALL, m
			}
			lower(pc)
			switch kw := n - 1; kw {
			case 0:
				in.op, in.arg = fCALL_FUNCTION_VAR, 0
			case 1:
				in.op, in.arg = fCALL_FUNCTION_VAR_KW, 0
			default:
				before[i] = []bcInstr{{op: fBUILD_MAP_UNPACK_WITH_CALL, arg: kw}}
				in.op, in.arg = fCALL_FUNCTION_VAR_KW, 0
			}
		default: // 'c' goes with its 'k'
			continue
		}
		lower(c)
	}
	if len(drop) == 0 {
		return
	}
	helperUsed := false
	for i, in := range ins {
		if !drop[i] && hasName(in.op) && in.arg == helper { // fstring_ops.go
			helperUsed = true
		}
	}
	if !helperUsed {
		for i := range ins {
			if hasName(ins[i].op) && ins[i].arg > helper {
				ins[i].arg--
			}
		}
	}
	if rewriteDropping(co, ins, drop, before) && !helperUsed { // dropinstr.go
		co.Names = slices.Delete(slices.Clone(co.Names), helper, helper+1)
	}
}

// helperCallAt is the call of __pep448__ (co_names[helper]) whose
// CALL_FUNCTION is ins[i] (slots: the pushers of the stack's values
// there), or false when ins[i] is another call or the helper's load and
// its kind's are not two instructions of their own in a row.
func helperCallAt(co *py.Code, ins []bcInstr, i int, slots []int, helper int) (*helperCall, bool) {
	in := ins[i]
	n := in.arg
	if in.ext || n < 1 || n > 0xff || len(slots) < n+1 {
		return nil, false
	}
	ops := slots[len(slots)-n-1:]
	load, kind := ops[0], ops[1]
	li := ins[load]
	if (li.op != fLOAD_GLOBAL && li.op != fLOAD_NAME) || li.arg != helper || kind != load+1 {
		return nil, false
	}
	ki := ins[kind]
	if ki.op != fLOAD_CONST || ki.arg >= len(co.Consts) {
		return nil, false
	}
	s, ok := co.Consts[ki.arg].(py.String)
	if !ok || s == "" || (n > 1 && ops[2] <= kind) {
		return nil, false
	}
	return &helperCall{call: i, load: load, kind: string(s), operands: ops[2:]}, true
}
