package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// helperLeft reports whether co or a code object among its constants
// still names __pep448__: a construct left a call of the helper.
func helperLeft(co *py.Code) bool {
	for _, n := range co.Names {
		if n == unpackHelper {
			return true
		}
	}
	for _, c := range co.Consts {
		if k, ok := c.(*py.Code); ok && helperLeft(k) {
			return true
		}
	}
	return false
}

// opcodesOf is the opcodes of co's own instructions, in order.
func opcodesOf(t *testing.T, co *py.Code) []byte {
	ins, ok := decodeCode(co.Code)
	require.True(t, ok)
	var ops []byte
	for _, in := range ins {
		ops = append(ops, in.op)
	}
	return ops
}

// TestUnpackLowered checks that PEP 448's constructs become 3.6's
// instructions, the helper's loads and kind gone (its name and the kind
// str dropped from co_names and co_consts), in a module, a function and
// a class body, and nested ones too; and that every corpus case with
// such a construct leaves no call of the helper, but for displays passed
// as one starred tuple (more than maxHelperOperands operands).
func TestUnpackLowered(t *testing.T) {
	for _, c := range []struct {
		src  string
		want byte
	}{
		{"x = [*a, *b]", fBUILD_LIST_UNPACK},
		{"x = (*a, 1)", fBUILD_TUPLE_UNPACK},
		{"x = *a, b", fBUILD_TUPLE_UNPACK},
		{"x = {*a, 1}", fBUILD_SET_UNPACK},
		{"x = {**a, 'key': f(), **b}", fBUILD_MAP_UNPACK},
		{"def g():\n    return f(*a, *b)\n", fBUILD_TUPLE_UNPACK_WITH_CALL},
		{"class C:\n    x = f(**a, **b)\n", fBUILD_MAP_UNPACK_WITH_CALL},
		{"x = [*[*a, *b], *(*a, 1)]", fBUILD_LIST_UNPACK},
		{"x = f(*a, 1, *b, kw=1, **c)", fBUILD_TUPLE_UNPACK_WITH_CALL},
	} {
		co, err := Compile(c.src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err, "%q", c.src)
		assert.False(t, helperLeft(co), "%q", c.src)
		code := co
		for _, k := range co.Consts {
			if inner, ok := k.(*py.Code); ok {
				code = inner
			}
		}
		assert.Contains(t, opcodesOf(t, code), c.want, "%q", c.src)
		for _, k := range code.Consts {
			if s, ok := k.(py.String); ok {
				assert.NotContains(t, []string{"l", "t", "s", "c", "k", "dm", "dmm", "dmmm"}, string(s), "%q", c.src)
			}
		}
	}
	forEachCompiledLangCase(t, func(f string, co *py.Code) {
		if f == "syntax/pep448_many_operands.py" {
			return
		}
		assert.False(t, helperLeft(co), f)
	})
}
