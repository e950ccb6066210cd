package compiler

import (
	"slices"

	"github.com/go-python/gpython/py"
)

// The name __class__ in a class body that also has the implicit
// __class__ cell (a method uses super() or __class__) has, in CPython
// 3.6, the scope any other name of the body would have; the cell is a
// separate thing the body only passes on to its methods:
//
//   - bound in the body (assigned, deleted, imported...): a name of the
//     body's namespace (classcell_names.go);
//   - declared global: a global (LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL);
//   - declared nonlocal, or only read while an enclosing scope has a
//     __class__ (the implicit one of an enclosing class, seen by a method
//     the body is in): a free variable of the body, beside its cell
//     (co_freevars holds __class__ too), read with LOAD_CLASSDEREF, which
//     looks in the namespace first;
//   - only read, and no enclosing scope has one: LOAD_NAME, a NameError
//     unless a global or builtin has the name.
//
// gpython's compiler makes every use of the name in such a body a use
// of the cell and gives the body no free __class__. classNameScopeOf
// reads the declarations from the tree; linkClassCells passes the
// enclosing scope's __class__ into the body's closure where it is free;
// classCellNameOp (classcell_names.go) rewrites the body's uses.

// classNameScope is what a class body declares of the name __class__.
type classNameScope byte

const (
	classNameUndeclared classNameScope = iota
	classNameGlobal
	classNameNonlocal
)

// classNameScopes maps the code of each class body that declares
// __class__ global or nonlocal to that declaration.
type classNameScopes map[*py.Code]classNameScope

// Opcodes (CPython 3.4's numbers, gpython's layout).
const (
	fSTORE_GLOBAL  = 97
	fDELETE_GLOBAL = 98
	fLOAD_GLOBAL   = 116
	fLOAD_CLOSURE  = 135
)

// classNameScopeOf is what the class statement n (a classdef node)
// declares of __class__ in its body: the global and nonlocal statements
// of the body's own scope, not those of the functions and classes in it.
func classNameScopeOf(n *node) classNameScope {
	scope := classNameUndeclared
	var walk func(n *node)
	walk = func(n *node) {
		if n == nil || n.sym == symTok || scope != classNameUndeclared {
			return
		}
		switch n.sym {
		case symFuncdef, symClassdef, symLambdef, symDecorated, symAsyncFuncdef:
			return // a scope of its own (a decorator holds no statement)
		case symGlobalStmt, symNonlocalStmt:
			for _, k := range n.kids[1:] {
				if k.sym == symTok && k.kind == tName && k.s == "__class__" {
					scope = classNameGlobal
					if n.sym == symNonlocalStmt {
						scope = classNameNonlocal
					}
					return
				}
			}
			return
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n.kids[len(n.kids)-1])
	return scope
}

// closureIndex is the LOAD_CLOSURE argument of name in co, or -1.
func closureIndex(co *py.Code, name string) int {
	if i := slices.Index(co.Cellvars, name); i >= 0 {
		return i
	}
	if i := slices.Index(co.Freevars, name); i >= 0 {
		return len(co.Cellvars) + i
	}
	return -1
}

// classNameIsFree reports whether the class body cls (whose implicit cell
// has index cell) uses __class__ as a free variable, given what it
// declares: nonlocal, or read and neither bound nor declared global.
func classNameIsFree(cls *py.Code, cell int, scope classNameScope) bool {
	switch scope {
	case classNameNonlocal:
		return true
	case classNameGlobal:
		return false
	}
	ins, ok := decodeCode(cls.Code)
	if !ok {
		return false
	}
	read := false
	for _, in := range ins {
		if in.arg != cell {
			continue
		}
		switch in.op {
		case fSTORE_DEREF, fDELETE_DEREF:
			return false // bound in the body: a name of its namespace
		case fLOAD_CLASSDEREF:
			read = true
		}
	}
	return read
}

// linkClassCells gives each class body made by co that uses __class__
// as a free variable that variable: co's own __class__ (its cell, or
// the one it has from its enclosing scope) is added to the closure co
// builds for the body, and __class__ to the body's co_freevars. It runs
// on gpython's code (MAKE_FUNCTION and MAKE_CLOSURE of 3.4), before
// lowerMakeFunction; a body whose making does not have gpython's shape is
// left as it is.
func linkClassCells(co *py.Code, scopes classNameScopes) {
	k := closureIndex(co, "__class__")
	if k < 0 {
		return
	}
	var bodies []*py.Code
	for _, c := range co.Consts {
		cls, ok := c.(*py.Code)
		if !ok || slices.Contains(cls.Freevars, "__class__") {
			continue
		}
		if cell := classCellIndex(cls); cell >= 0 && classNameIsFree(cls, cell, scopes[cls]) {
			bodies = append(bodies, cls)
		}
	}
	if len(bodies) == 0 {
		return
	}
	ins, ok := decodeCode(co.Code)
	if !ok {
		return
	}
	before := map[int][]bcInstr{}
	var linked []*py.Code
	for i, in := range ins {
		if in.op != fLOAD_CONST || in.arg >= len(co.Consts) || i+2 >= len(ins) {
			continue
		}
		cls, ok := co.Consts[in.arg].(*py.Code)
		if !ok || !slices.Contains(bodies, cls) || slices.Contains(linked, cls) {
			continue
		}
		// code, qualname, MAKE_FUNCTION 0 | closure tuple, code,
		// qualname, MAKE_CLOSURE 0: the closure gets __class__ last, as
		// it is last of the body's co_freevars.
		mk := &ins[i+2]
		if ins[i+1].op != fLOAD_CONST || mk.arg != 0 || mk.ext {
			continue
		}
		load := bcInstr{op: fLOAD_CLOSURE, arg: k}
		switch {
		case mk.op == fMAKE_FUNCTION && len(cls.Freevars) == 0:
			before[i] = []bcInstr{load, {op: fBUILD_TUPLE, arg: 1}}
			mk.op = fMAKE_CLOSURE
		case mk.op == fMAKE_CLOSURE && i > 0 && ins[i-1].op == fBUILD_TUPLE && ins[i-1].arg == len(cls.Freevars) && !ins[i-1].ext:
			before[i-1] = []bcInstr{load}
			ins[i-1].arg++
		default:
			continue
		}
		linked = append(linked, cls)
	}
	if len(linked) == 0 {
		return
	}
	old := co.Code
	relayoutWithInserts(co, ins, nil, nil, before, nil) // makefunc.go
	if co.Code == old {
		return // the line table could not follow: left as gpython made it
	}
	// Each making holds one more value while its closure is built; they
	// follow one another, never nest.
	co.Stacksize++
	for _, cls := range linked {
		cls.Freevars = append(slices.Clip(cls.Freevars), "__class__")
	}
}
