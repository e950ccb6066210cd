package compiler

import "github.com/go-python/gpython/py"

// CPython 3.6 compiles no code for an expression statement that is a
// constant (a number, str, bytes, `...`, None, True or False) outside the
// interactive prompt's top level: the constant does not enter co_consts
// and the statement's line gets no entry in the line table. gpython's
// compiler already skips numbers and str; dropConstStatements drops the
// others, which it compiles as LOAD_CONST c, POP_TOP. Only the constants
// of those literals are taken, before the peephole pass folds anything
// (3.6 keeps the code of `-1` or `(1, 2)` as a statement), and only where
// the POP_TOP is no jump target, so that the pair is a statement of its
// own (`a and None` ends with a POP_TOP a jump reaches).
func dropConstStatements(co *py.Code) {
	if !mayHaveConstStatement(co.Code) {
		return
	}
	ins, ok := decodeCode(co.Code)
	if !ok {
		return
	}
	targets := jumpTargets(ins)
	drop := map[int]bool{}
	for i := 0; i+1 < len(ins); i++ {
		in, next := ins[i], ins[i+1]
		if in.op != fLOAD_CONST || next.op != fPOP_TOP || targets.has(next.off) || in.arg >= len(co.Consts) {
			continue
		}
		switch co.Consts[in.arg].(type) {
		case py.Bytes, py.EllipsisType, py.NoneType, py.Bool:
			drop[i], drop[i+1] = true, true
			i++
		}
	}
	if len(drop) > 0 {
		rewriteDropping(co, ins, drop, nil) // dropinstr.go
	}
}

// mayHaveConstStatement is a quick test on raw, 3.4's layout: whether
// some POP_TOP follows what may be a LOAD_CONST (the byte three before it).
func mayHaveConstStatement(raw string) bool {
	for i := 3; i < len(raw); i++ {
		if raw[i] == fPOP_TOP && raw[i-3] == fLOAD_CONST {
			return true
		}
	}
	return false
}
