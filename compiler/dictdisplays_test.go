package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConstsFirstUse checks what constsInFirstUse relies on: gpython's
// compiler numbers a code object's constants in the order of their first
// loads, so that renumbering its own code changes nothing. It runs over
// every tests/lang case, before the post-passes.
func TestConstsFirstUse(t *testing.T) {
	var walk func(f string, co *py.Code)
	walk = func(f string, co *py.Code) {
		ins, ok := decodeCode(co.Code)
		require.True(t, ok, f)
		before := make([]int, len(ins))
		for i, in := range ins {
			before[i] = in.arg
		}
		after := constsInFirstUse(ins, co.Consts, nil, hasDocSlot(co))
		require.Len(t, after, len(co.Consts), "%s: %s", f, co.Name)
		for i, in := range ins {
			if in.op == fLOAD_CONST && in.arg != before[i] {
				t.Errorf("%s: %s: constant %d moved to %d", f, co.Name, before[i], in.arg)
				break
			}
		}
		for _, c := range co.Consts {
			if inner, ok := c.(*py.Code); ok {
				walk(f, inner)
			}
		}
	}
	forEachLangCase(t, func(f, src string) {
		p, err := prepare(src, "<test>", py.ExecMode, false, -1)
		if err != nil {
			return // the case is about a SyntaxError
		}
		co, err := p.compileWith(func(src string) (*py.Code, error) {
			return next(src, "<test>", p.mode, 0, true)
		})
		if err != nil || co == nil {
			return
		}
		walk(f, co)
	})
}

// TestDictDisplays compiles dict displays: those of two or more items
// with literal keys become BUILD_CONST_KEY_MAP with the keys' tuple (one
// constant, shared by equal displays), the others 3.6's BUILD_MAP with
// each key before its value.
func TestDictDisplays(t *testing.T) {
	for _, tc := range []struct {
		src    string
		consts string
		ops    []byte
	}{
		{"x = {'a': 1, 'b': 2}", "(1, 2, ('a', 'b'), None)",
			[]byte{fLOAD_CONST, fLOAD_CONST, fLOAD_CONST, fBUILD_CONST_KEY_MAP, 90, fLOAD_CONST, fRETURN_VALUE}}, // 90: STORE_NAME
		{"x = {'a': f(), 1: g, None: 3}\ny = {'a': 5, 1: 6, None: 7}", "(3, ('a', 1, None), 5, 6, 7, None)", nil},
		{"x = {'a': 1 if c else 2, 'b': [3, 4]}", "(1, 2, 3, 4, ('a', 'b'), None)", nil},
		{"x = {-1: 2, 3: 4}", "(1, 2, 3, 4, None, -1)", nil},
		{"x = {'a': 1}", "('a', 1, None)",
			[]byte{fLOAD_CONST, fLOAD_CONST, fBUILD_MAP36, 90, fLOAD_CONST, fRETURN_VALUE}},
		{"x = {'x': {'q': 1, 'r': 2}, 'y': 'q'}", "(1, 2, ('q', 'r'), 'q', ('x', 'y'), None)", nil},
		{"x = {True: 1, 1: 2}", "(1, 2, (True, 1), None)", nil},
	} {
		co, err := Compile(tc.src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err, tc.src)
		r, err := py.Repr(co.Consts)
		require.NoError(t, err)
		assert.Equal(t, tc.consts, string(r.(py.String)), tc.src)
		if tc.ops != nil {
			ins, ok := decodeCode(co.Code)
			require.True(t, ok)
			var ops []byte
			for _, in := range ins {
				ops = append(ops, in.op)
			}
			assert.Equal(t, tc.ops, ops, tc.src)
		}
	}
}
