package vm

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// Code objects compare as CPython 3.6's: equal when everything but their
// file name and line table is (name, counts, flags, first line,
// bytecode, constants by type and value, names), and equal ones hash
// alike. The compiler merges equal code constants by the same rule.

// codesEqual is a == b when both are code objects (ok false otherwise).
func codesEqual(a, b py.Object) (eq, ok bool) {
	x, ok1 := a.(*py.Code)
	y, ok2 := b.(*py.Code)
	if !ok1 || !ok2 {
		return false, false
	}
	return CodeEqual(x, y), true
}

// codeHash is hash(co): from the fields CodeEqual compares that hash
// cheaply (not the bytecode itself: profilers key dicts by code).
func codeHash(co *py.Code) int64 {
	h, _ := Hash(py.String(co.Name))
	h ^= int64(len(co.Code))<<40 ^ int64(co.Firstlineno)<<20 ^ int64(co.Argcount) ^
		int64(co.Kwonlyargcount)<<6 ^ int64(co.Nlocals)<<12 ^ int64(co.Flags)<<32 ^ int64(len(co.Consts))<<50
	return fixHash(h)
}

// CodeEqual reports whether a and b are equal code objects by 3.6's
// rules (its code objects' ==).
func CodeEqual(a, b *py.Code) bool {
	if a == b {
		return true
	}
	if a.Name != b.Name || a.Argcount != b.Argcount || a.Kwonlyargcount != b.Kwonlyargcount ||
		a.Nlocals != b.Nlocals || a.Flags != b.Flags || a.Firstlineno != b.Firstlineno ||
		a.Code != b.Code || len(a.Consts) != len(b.Consts) ||
		!sameStrings(a.Names, b.Names) || !sameStrings(a.Varnames, b.Varnames) ||
		!sameStrings(a.Freevars, b.Freevars) || !sameStrings(a.Cellvars, b.Cellvars) {
		return false
	}
	for i := range a.Consts {
		if !SameConstant(a.Consts[i], b.Consts[i]) {
			return false
		}
	}
	return true
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// SameConstant reports whether two constants are one for 3.6's compiler:
// the same type and value (1 and True, 0.0 and -0.0 are two), tuples
// and frozensets item by item, code objects by CodeEqual; any other
// object only itself.
func SameConstant(a, b py.Object) bool {
	switch x := a.(type) {
	case py.NoneType, py.Bool, py.Int, py.String:
		return a == b
	case py.Bytes:
		y, ok := b.(py.Bytes)
		return ok && string(x) == string(y)
	case *py.BigInt:
		y, ok := b.(*py.BigInt)
		return ok && (*big.Int)(x).Cmp((*big.Int)(y)) == 0
	case py.Float:
		y, ok := b.(py.Float)
		return ok && !math.IsNaN(float64(x)) && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	case py.Complex:
		y, ok := b.(py.Complex)
		return ok && !math.IsNaN(real(x)) && !math.IsNaN(imag(x)) &&
			math.Float64bits(real(x)) == math.Float64bits(real(y)) &&
			math.Float64bits(imag(x)) == math.Float64bits(imag(y))
	case py.Tuple:
		y, ok := b.(py.Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !SameConstant(x[i], y[i]) {
				return false
			}
		}
		return true
	case *py.Code:
		y, ok := b.(*py.Code)
		return ok && CodeEqual(x, y)
	case *Set: // a folded frozenset: the same constants in any order
		y, ok := b.(*Set)
		if !ok || x.Len() != y.Len() {
			return false
		}
		ys := y.Items()
		for _, xi := range x.Items() {
			found := false
			for _, yi := range ys {
				if SameConstant(xi, yi) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return a == b
}
