package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// gpython's compiler gives a comprehension's or generator expression's
// function its bare name as qualified name (<genexpr>, not
// f.<locals>.<genexpr>), and so does every function, lambda and class
// made inside one. CPython 3.6 qualifies them as it qualifies any other
// nested scope: a function's (or lambda's) children by its qualname and
// ".<locals>", a class's or comprehension's by its qualname alone.
// fixQualnames rewrites the qualname constants that MAKE_FUNCTION and
// MAKE_CLOSURE take, and a class body's __qualname__, by those rules.

// Opcodes the qualname pass reads (CPython 3.4's numbers, as constfold).
const (
	qLOAD_NAME     = 101
	qSTORE_NAME    = 90
	qMAKE_FUNCTION = 132
	qMAKE_CLOSURE  = 134
)

// isComprehensionName reports whether name is the name of a
// comprehension's or generator expression's code.
func isComprehensionName(name string) bool {
	switch name {
	case "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>":
		return true
	}
	return false
}

// fixQualnames fixes the qualnames of the code objects made in the
// module (or expression) code co.
func fixQualnames(co *py.Code) {
	if co != nil {
		fixChildQualnames(co, "", false)
	}
}

// fixChildQualnames fixes the functions and classes co makes, co
// having the qualname qual (changed: gpython gave co another one); the
// module's code has qual "".
func fixChildQualnames(co *py.Code, qual string, changed bool) {
	raw := co.Code
	var base string
	parentComp := false
	switch {
	case qual == "":
	case co.Flags&py.CO_NEWLOCALS == 0: // a class body
		base = qual
	case isComprehensionName(co.Name):
		base = qual
		parentComp = true
	default:
		base = qual + ".<locals>"
	}
	if qual != "" && co.Flags&py.CO_NEWLOCALS == 0 && changed {
		setClassQualname(co, qual)
	}
	var consts py.Tuple
	// rewritten: the qualname constants changed, and the LOAD_CONSTs
	// that load them as qualnames (the others load the string gpython's
	// compiler shared with them: a literal "<genexpr>").
	rewritten := map[int]bool{}
	qualLoads := map[int]bool{}
	// Each instruction is 1 or 3 bytes; MAKE_FUNCTION and MAKE_CLOSURE
	// follow LOAD_CONST code, LOAD_CONST qualname.
	var prev [2]int // offsets of the two instructions before, -1 if none
	prev[0], prev[1] = -1, -1
	for pc := 0; pc < len(raw); {
		op := raw[pc]
		size := 1
		if op >= fHAVE_ARGUMENT {
			size = 3
		}
		if pc+size > len(raw) || op == fEXTENDED_ARG {
			return
		}
		if (op == qMAKE_FUNCTION || op == qMAKE_CLOSURE) && prev[0] >= 0 && prev[1] >= 0 &&
			raw[prev[0]] == fLOAD_CONST && raw[prev[1]] == fLOAD_CONST {
			ci := int(raw[prev[0]+1]) | int(raw[prev[0]+2])<<8
			qi := int(raw[prev[1]+1]) | int(raw[prev[1]+2])<<8
			if ci < len(co.Consts) && qi < len(co.Consts) {
				child, ok1 := co.Consts[ci].(*py.Code)
				given, ok2 := co.Consts[qi].(py.String)
				if ok1 && ok2 {
					want := string(given)
					// A code renamed after gpython compiled it (an
					// async comprehension's function) keeps its own.
					named := string(given) == child.Name || strings.HasSuffix(string(given), "."+child.Name)
					if named && base != "" && (parentComp || changed || strings.HasPrefix(child.Name, "<")) {
						// A bare name beside a parent that is not a
						// comprehension is a name declared global.
						if parentComp || string(given) != child.Name || strings.HasPrefix(child.Name, "<") {
							want = base + "." + child.Name
						}
					}
					if want != string(given) {
						if consts == nil {
							consts = append(py.Tuple(nil), co.Consts...)
						}
						consts[qi] = py.String(want)
						rewritten[qi] = true
					}
					if rewritten[qi] {
						qualLoads[prev[1]] = true
					}
					fixChildQualnames(child, want, want != string(given))
				}
			}
		}
		prev[0], prev[1] = prev[1], pc
		pc += size
	}
	if consts != nil {
		co.Consts, co.Code = splitSharedQualnames(co, consts, rewritten, qualLoads)
	}
}

// splitSharedQualnames gives the LOAD_CONSTs of co that load a
// rewritten qualname constant for another use (a string literal equal to
// the bare name gpython gave the qualname) the original string back, as
// a constant appended to consts: the constants and the code to install.
func splitSharedQualnames(co *py.Code, consts py.Tuple, rewritten, qualLoads map[int]bool) (py.Tuple, string) {
	raw := co.Code
	var code []byte
	moved := map[int]int{}
	for pc := 0; pc < len(raw); {
		op := raw[pc]
		if op < fHAVE_ARGUMENT {
			pc++
			continue
		}
		if pc+3 > len(raw) || op == fEXTENDED_ARG {
			return co.Consts, co.Code
		}
		ci := int(raw[pc+1]) | int(raw[pc+2])<<8
		if op == fLOAD_CONST && rewritten[ci] && !qualLoads[pc] {
			ni, ok := moved[ci]
			if !ok {
				if len(consts) > 0xffff {
					return co.Consts, co.Code
				}
				consts = append(consts, co.Consts[ci])
				ni = len(consts) - 1
				moved[ci] = ni
			}
			if code == nil {
				code = []byte(raw)
			}
			code[pc+1], code[pc+2] = byte(ni), byte(ni>>8)
		}
		pc += 3
	}
	if code == nil {
		return consts, raw
	}
	return consts, string(code)
}

// setClassQualname makes the class body co store qual as __qualname__:
// gpython's class body starts LOAD_NAME __name__, STORE_NAME
// __module__, LOAD_CONST qualname, STORE_NAME __qualname__.
func setClassQualname(co *py.Code, qual string) {
	raw := co.Code
	if len(raw) < 12 || raw[0] != qLOAD_NAME || raw[3] != qSTORE_NAME || raw[6] != fLOAD_CONST || raw[9] != qSTORE_NAME {
		return
	}
	ni := int(raw[10]) | int(raw[11])<<8
	qi := int(raw[7]) | int(raw[8])<<8
	if ni >= len(co.Names) || co.Names[ni] != "__qualname__" || qi >= len(co.Consts) {
		return
	}
	if _, ok := co.Consts[qi].(py.String); ok {
		consts := append(py.Tuple(nil), co.Consts...)
		consts[qi] = py.String(qual)
		co.Consts = consts
	}
}
