package compiler

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// Lowering the tuple displays an f-string became (emit.go) into CPython
// 3.6's instructions, inside foldConstants, before displays of constants
// are folded.

// The opcodes (3.6's numbers; the loop runs them, vm/exec_fstring.go).
const (
	fFORMAT_VALUE      = 155
	fBUILD_STRING      = 157
	fSETUP_ANNOTATIONS = 85
	fSTORE_ANNOTATION  = 127
	fPOP_TOP           = 1
	fPRINT_EXPR        = 70
)

// fstringMarkValue is fstringMark as the compiled constant holds it.
const fstringMarkValue = "\x00gpython-ssl f-string\x00"

// isFStringMark reports whether constant c is one of emit.go's markers.
func isFStringMark(c py.Object) bool {
	s, ok := c.(py.String)
	return ok && strings.HasPrefix(string(s), fstringMarkValue)
}

// lowerFString is what replaces the BUILD_TUPLE in and the LOAD_CONST
// last before it when last loads a marker: ok is false when it does not.
// The replacement spans both (an empty one for a lone literal, which
// stays the LOAD_CONST before them). The markers of annotations.go's
// statements also take the POP_TOP (PRINT_EXPR in the REPL) after the
// tuple, next, when withNext: SETUP_ANNOTATIONS, STORE_ANNOTATION (whose
// argument is left for the caller to set to the index of name in
// co_names), or a POP_TOP per value.
func lowerFString(in bcInstr, last, next *bcInstr, consts py.Tuple) (r []bcInstr, withNext bool, name string, ok bool) {
	if last == nil || last.op != fLOAD_CONST || last.arg >= len(consts) {
		return nil, false, "", false
	}
	s, isStr := consts[last.arg].(py.String)
	if !isStr || !strings.HasPrefix(string(s), fstringMarkValue) {
		return nil, false, "", false
	}
	kind := string(s)[len(fstringMarkValue):]
	span := func(op byte, arg int) []bcInstr {
		return []bcInstr{{off: last.off, end: in.end, op: op, arg: arg}}
	}
	statement := next != nil && !next.ext && (next.op == fPOP_TOP || next.op == fPRINT_EXPR)
	whole := func(op byte, arg int) []bcInstr {
		return []bcInstr{{off: last.off, end: next.end, op: op, arg: arg}}
	}
	switch {
	case kind == "value" && in.arg == 2:
		return nil, false, "", true
	case kind == "join" && in.arg >= 1:
		r = span(fBUILD_STRING, in.arg-1)
		r[0].ext = in.arg-1 > 0xffff // a wide argument keeps its EXTENDED_ARG
		return r, false, "", true
	case in.ext:
		return nil, false, "", false
	case strings.HasPrefix(kind, "format"):
		flags, err := strconv.Atoi(kind[len("format"):])
		if err != nil || flags < 0 || flags > 7 {
			return nil, false, "", false
		}
		if want := 2 + flags>>2; in.arg != want {
			return nil, false, "", false
		}
		return span(fFORMAT_VALUE, flags), false, "", true
	case kind == "setup" && in.arg == 1 && statement:
		return whole(fSETUP_ANNOTATIONS, 0), true, "", true
	case strings.HasPrefix(kind, "store:") && in.arg == 2 && statement:
		return whole(fSTORE_ANNOTATION, 0), true, kind[len("store:"):], true
	case kind == "discard" && in.arg >= 2 && statement:
		for k := 1; k < in.arg; k++ {
			r = append(r, bcInstr{off: last.off, end: next.end, op: fPOP_TOP})
		}
		return r, true, "", true
	}
	return nil, false, "", false
}

// nameIndex is the index of name in co_names, added at the end when
// absent (added reports it).
func nameIndex(co *py.Code, name string) (i int, added bool) {
	for i, n := range co.Names {
		if n == name {
			return i, false
		}
	}
	co.Names = append(co.Names, name)
	return len(co.Names) - 1, true
}

// hasName reports whether op's argument indexes co_names.
func hasName(op byte) bool {
	switch op {
	case 90, 91, 95, 96, 97, 98, 101, 106, 108, 109, 116, fSTORE_ANNOTATION:
		return true
	}
	return false
}

// namesInFirstUse reorders co's names in the order out's instructions
// first use them (3.6's order, which a name first used by a
// STORE_ANNOTATION added at the end would break), renumbering out.
func namesInFirstUse(co *py.Code, out []bcInstr) {
	newIndex := make([]int, len(co.Names))
	for i := range newIndex {
		newIndex[i] = -1
	}
	var names []string
	for _, in := range out {
		if hasName(in.op) && in.arg < len(co.Names) && newIndex[in.arg] < 0 {
			newIndex[in.arg] = len(names)
			names = append(names, co.Names[in.arg])
		}
	}
	for i, n := range co.Names {
		if newIndex[i] < 0 {
			newIndex[i] = len(names)
			names = append(names, n)
		}
	}
	for i := range out {
		if hasName(out[i].op) && out[i].arg < len(newIndex) {
			out[i].arg = newIndex[out[i].arg]
		}
	}
	co.Names = names
}

// dropFStringMarks removes the markers no instruction of out loads any
// more from consts, renumbering out's LOAD_CONST arguments.
func dropFStringMarks(out []bcInstr, consts py.Tuple) py.Tuple {
	used := make([]bool, len(consts))
	for _, in := range out {
		if in.op == fLOAD_CONST && in.arg < len(consts) {
			used[in.arg] = true
		}
	}
	newIndex := make([]int, len(consts))
	kept := make(py.Tuple, 0, len(consts))
	for i, c := range consts {
		if !used[i] && isFStringMark(c) {
			newIndex[i] = -1
			continue
		}
		newIndex[i] = len(kept)
		kept = append(kept, c)
	}
	if len(kept) == len(consts) {
		return consts
	}
	for i := range out {
		if out[i].op == fLOAD_CONST && out[i].arg < len(consts) {
			out[i].arg = newIndex[out[i].arg]
		}
	}
	return kept
}
