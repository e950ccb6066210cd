package compiler

import (
	"slices"

	"github.com/go-python/gpython/py"
)

// A class body that names __class__ itself (`__class__ = 5`, `x =
// __class__`) uses a name of its namespace in CPython 3.6, as any other
// class-body name: STORE_NAME, LOAD_NAME, DELETE_NAME. The implicit
// __class__ cell that zero-argument super() and __class__ in methods
// need is a separate thing, which the body only passes on (LOAD_CLOSURE).
// gpython's compiler, once a method needs that cell, makes every use of
// the name in the body a use of the cell (STORE_DEREF, LOAD_CLASSDEREF,
// DELETE_DEREF), so that the assignment never reaches the class dict and
// overwrites the cell methods read. classCellNameOp turns those
// instructions back into name operations (or the global or free variable
// operations a declaration or an enclosing __class__ calls for:
// classcell_scope.go).

// Opcodes of the rewrite (CPython 3.4's numbers, gpython's layout).
const (
	fSTORE_NAME      = 90
	fDELETE_NAME     = 91
	fLOAD_NAME       = 101
	fSTORE_DEREF     = 137
	fDELETE_DEREF    = 138
	fLOAD_CLASSDEREF = 148
)

// classCellIndex is the index of the implicit __class__ cell of co when
// co is a class body that has one, else -1. A class body is the only
// code without CO_NEWLOCALS that has cells.
func classCellIndex(co *py.Code) int {
	if co.Flags&py.CO_NEWLOCALS != 0 {
		return -1
	}
	for i, n := range co.Cellvars {
		if n == "__class__" {
			return i
		}
	}
	return -1
}

// classCellNameOp is the operation that replaces in, an instruction of
// the class body co whose __class__ cell has index cell, when in reads,
// writes or deletes that cell as the body's own name __class__ (added says
// a name was appended to co_names); ok is false for every other
// instruction. What replaces it follows the name's scope in the body
// (classcell_scope.go): the free __class__ linkClassCells gave the body,
// a global when scope says so, else a name of the body's namespace.
func classCellNameOp(co *py.Code, cell int, scope classNameScope, in bcInstr) (r bcInstr, added, ok bool) {
	if cell < 0 || in.arg != cell {
		return in, false, false
	}
	switch in.op {
	case fSTORE_DEREF, fLOAD_CLASSDEREF, fDELETE_DEREF:
	default:
		return in, false, false
	}
	if f := slices.Index(co.Freevars, "__class__"); f >= 0 {
		in.arg = len(co.Cellvars) + f
		return in, false, true
	}
	var op byte
	switch in.op {
	case fSTORE_DEREF:
		op = fSTORE_NAME
	case fLOAD_CLASSDEREF:
		op = fLOAD_NAME
	default:
		op = fDELETE_NAME
	}
	if scope == classNameGlobal {
		op = map[byte]byte{fSTORE_NAME: fSTORE_GLOBAL, fLOAD_NAME: fLOAD_GLOBAL, fDELETE_NAME: fDELETE_GLOBAL}[op]
	}
	idx, added := nameIndex(co, "__class__") // fstring_ops.go
	in.op, in.arg, in.ext = op, idx, idx > 0xffff
	return in, added, true
}
