package codecache_test

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// decode reads buf as the importer does (codecache.Decode).
func decode(t testing.TB, buf []byte) py.Object {
	t.Helper()
	co, err := codecache.Decode(buf)
	require.NoError(t, err)
	return co
}

// diff returns where got differs from want, a constant or code object
// Encode wrote, or "" when they are the same. Decode gives ints back with
// the compiler's types (py.Int within int64, *py.BigInt beyond) and
// frozensets as the compiler's *vm.Set.
func diff(want, got py.Object, at string) string {
	switch w := want.(type) {
	case py.Int, *py.BigInt:
		wi, _ := asBig(w)
		gi, ok := asBig(got)
		if !ok || wi.Cmp(gi) != 0 || wi.IsInt64() != isInt(got) {
			return fmt.Sprintf("%s: int %v, got %#v", at, wi, got)
		}
	case py.Float:
		g, ok := got.(py.Float)
		if !ok || math.Float64bits(float64(w)) != math.Float64bits(float64(g)) {
			return fmt.Sprintf("%s: float %v, got %#v", at, w, got)
		}
	case py.Complex:
		g, ok := got.(py.Complex)
		if !ok || math.Float64bits(real(w)) != math.Float64bits(real(g)) || math.Float64bits(imag(w)) != math.Float64bits(imag(g)) {
			return fmt.Sprintf("%s: complex %v, got %#v", at, w, got)
		}
	case py.Tuple:
		g, ok := got.(py.Tuple)
		if !ok || len(g) != len(w) {
			return fmt.Sprintf("%s: tuple of %d, got %#v", at, len(w), got)
		}
		for i := range w {
			if d := diff(w[i], g[i], fmt.Sprintf("%s[%d]", at, i)); d != "" {
				return d
			}
		}
	case py.Bytes:
		g, ok := got.(py.Bytes)
		if !ok || !bytes.Equal(w, g) {
			return fmt.Sprintf("%s: bytes %q, got %#v", at, []byte(w), got)
		}
	case *vm.Set, *py.FrozenSet:
		g, ok := got.(*vm.Set)
		if !ok || g.Type() != vm.FrozenSetType {
			return fmt.Sprintf("%s: frozenset, got %#v", at, got)
		}
		if cw, cg := canon(want), canon(got); cw != cg {
			return fmt.Sprintf("%s: %s, got %s", at, cw, cg)
		}
	case *py.Code:
		g, ok := got.(*py.Code)
		if !ok {
			return fmt.Sprintf("%s: code, got %#v", at, got)
		}
		return diffCode(w, g, at+"."+w.Name)
	default:
		if want != got {
			return fmt.Sprintf("%s: %#v, got %#v", at, want, got)
		}
	}
	return ""
}

func asBig(o py.Object) (*big.Int, bool) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case *py.BigInt:
		return (*big.Int)(v), true
	}
	return nil, false
}

func isInt(o py.Object) bool {
	_, ok := o.(py.Int)
	return ok
}

// canon is a constant written out with no addresses in it and frozenset
// members sorted, so that equal constants give equal strings.
func canon(o py.Object) string {
	switch v := o.(type) {
	case py.Int:
		return fmt.Sprintf("int:%d", int64(v))
	case *py.BigInt:
		return "bigint:" + (*big.Int)(v).String()
	case py.Float:
		return fmt.Sprintf("float:%x", math.Float64bits(float64(v)))
	case py.Complex:
		return fmt.Sprintf("complex:%x,%x", math.Float64bits(real(v)), math.Float64bits(imag(v)))
	case py.Tuple:
		parts := make([]string, len(v))
		for i, item := range v {
			parts[i] = canon(item)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *vm.Set:
		return "frozenset{" + canonSorted(v.Items()) + "}"
	case *py.FrozenSet:
		items, _ := py.SequenceTuple(v)
		return "frozenset{" + canonSorted(items) + "}"
	case *py.Code:
		return fmt.Sprintf("code:%d,%d,%d,%d,%d,%d,%q,%q,%q,%q,%q,%q,%q,%q,%q,", v.Argcount, v.Kwonlyargcount,
			v.Nlocals, v.Stacksize, v.Flags, v.Firstlineno, v.Code, v.Filename, v.Name, v.Lnotab,
			v.Cell2arg, v.Names, v.Varnames, v.Freevars, v.Cellvars) + canon(py.Tuple(v.Consts))
	}
	return fmt.Sprintf("%T:%#v", o, o)
}

func canonSorted(items []py.Object) string {
	parts := make([]string, len(items))
	for i, item := range items {
		parts[i] = canon(item)
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

// diffCode compares every field of two code objects but Weakreflist.
func diffCode(w, g *py.Code, at string) string {
	ints := [][2]int32{{w.Argcount, g.Argcount}, {w.Kwonlyargcount, g.Kwonlyargcount},
		{w.Nlocals, g.Nlocals}, {w.Stacksize, g.Stacksize}, {w.Flags, g.Flags}, {w.Firstlineno, g.Firstlineno}}
	for i, p := range ints {
		if p[0] != p[1] {
			return fmt.Sprintf("%s: int field %d is %d, want %d", at, i, p[1], p[0])
		}
	}
	strs := [][2]string{{w.Code, g.Code}, {w.Filename, g.Filename}, {w.Name, g.Name}, {w.Lnotab, g.Lnotab}, {string(w.Cell2arg), string(g.Cell2arg)}}
	for i, p := range strs {
		if p[0] != p[1] {
			return fmt.Sprintf("%s: string field %d is %q, want %q", at, i, p[1], p[0])
		}
	}
	lists := [][2][]string{{w.Names, g.Names}, {w.Varnames, g.Varnames}, {w.Freevars, g.Freevars}, {w.Cellvars, g.Cellvars}}
	for i, p := range lists {
		if fmt.Sprintf("%q", p[0]) != fmt.Sprintf("%q", p[1]) {
			return fmt.Sprintf("%s: name list %d is %q, want %q", at, i, p[1], p[0])
		}
	}
	if len(w.Consts) != len(g.Consts) {
		return fmt.Sprintf("%s: %d consts, want %d", at, len(g.Consts), len(w.Consts))
	}
	for i := range w.Consts {
		if d := diff(w.Consts[i], g.Consts[i], fmt.Sprintf("%s.consts[%d]", at, i)); d != "" {
			return d
		}
	}
	return ""
}
