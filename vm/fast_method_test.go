package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFuseMethodCalls checks which obj.m(...) shapes decode turns into
// LOAD_METHOD/CALL_METHOD or CALL_METHOD_KW, and the stack slots it adds. The behaviour of
// the fused calls (rebinding, shadowing, errors) is the differential case
// tests/lang/cases/misc/method_call_rebinding.py.
func TestFuseMethodCalls(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		pairs int // LOAD_METHOD count, equal to CALL_METHOD count
		extra int // stack slots added (one more where a LOAD_ATTR stays)
	}{
		{"no args", "o.m()", 1, 1},
		{"args computed", "o.m(i & 15, a[1:2], -x, (1, y))", 1, 1},
		{"nested calls", "o.m(p.q(1), r.s(t.u()))", 4, 3},
		{"attribute inside a pair", "o.m(p.a, p.b)", 1, 2},
		{"no attributes", "f(x)", 0, 0},
		{"sequential", "o.m(1)\np.q(2)", 2, 1},
		{"keywords", "o.m(x=1)", 1, 1},
		{"star", "o.m(*a)", 1, 1},
		{"star star", "o.m(1, *a, k=2, **d)", 1, 1},
		{"keywords nested", "o.m(k=p.q(1), **r.s(x=2))", 3, 2},
		{"unpacked list argument", "o.m([*a, *b])", 1, 1},
		{"unpacked dict argument", "o.m({**a, 'k': 1})", 1, 1},
		// f(*a, *b) and f(**a, **b) name the callee under their
		// operands in their errors: it stays a LOAD_ATTR.
		{"two stars", "o.m(*a, *b)", 0, 1},
		{"two star stars", "o.m(**a, **b)", 0, 1},
		{"two stars inside", "o.m(f(*a, *b))", 1, 1},
		{"attribute not called", "x = o.m\ny = o.m + 1", 0, 1},
		{"attribute as argument", "f(o.m)", 0, 1},
		{"branch between", "o.m(a if b else c)", 0, 1},
		{"and between", "o.m(a and b)", 0, 1},
		{"chained attribute", "o.a.b(1)", 1, 1},
		{"generator expression", "','.join(x for x in y)", 1, 1},
		{"lambda without defaults", "o.m(lambda: 1)", 1, 1},
		{"lambda with defaults", "o.m(lambda a=1: a)", 0, 1},
		{"yield between", "def g():\n    o.m((yield))\n", 0, 1},
		// The front-end passes a dotted decorator to __pep614__
		// (compiler/decorators.go): an attribute, or a method call.
		{"decorator attribute", "@a.b\ndef f(): pass", 0, 1},
		{"decorator call", "@a.b(1)\ndef f(x=1): pass", 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			co, err := py.Compile(tc.src, "<test>", py.ExecMode, 0, true)
			require.NoError(t, err)
			if tc.name == "yield between" {
				co = co.Consts[0].(*py.Code)
			}
			c := decode(co)
			loads, calls := 0, 0
			for _, in := range c.ins {
				switch in.op {
				case opLOAD_METHOD:
					loads++
				case opCALL_METHOD, opCALL_METHOD_KW:
					calls++
				}
			}
			assert.Equal(t, tc.pairs, loads, "LOAD_METHOD")
			assert.Equal(t, tc.pairs, calls, "CALL_METHOD")
			assert.Equal(t, int(co.Stacksize)+tc.extra, c.stacksize, "stack size")
		})
	}
}

// TestGoValueMethod checks LOAD_METHOD's shortcut for values of Go types
// against GetAttr: wherever it answers, GetAttr gives the same method
// bound to the same value; it declines the names and values that GetAttr
// answers otherwise.
func TestGoValueMethod(t *testing.T) {
	values := []py.Object{
		py.Int(3), py.Float(1.5), py.NewBool(true), py.None, py.Tuple{py.Int(1)},
		py.String("abc"), py.Bytes("ab"), py.NewList(), NewDict(0), NewSet(),
		py.Complex(1), py.NewSlice(py.None, py.None, py.None),
	}
	names := []string{"__class__", "__repr__", "__str__", "count", "index", "bit_length",
		"conjugate", "hex", "upper", "decode", "append", "get", "add", "indices", "nope"}
	found := 0
	th := new(thread) // its type-method cache answers the second round
	for round := 0; round < 2; round++ {
		for _, v := range values {
			for _, name := range names {
				m := th.goValueMethod(v, name)
				if m == nil {
					continue
				}
				found++
				r, err := GetAttr(v, name)
				require.NoError(t, err, "%s.%s", v.Type().Name, name)
				if bb, ok := r.(*boundBuiltin); ok {
					r = bb.bm // a built-in method as scripts see it
				}
				bm, ok := r.(*py.BoundMethod)
				require.True(t, ok, "%s.%s: %T", v.Type().Name, name, r)
				assert.Same(t, m, bm.Method, "%s.%s", v.Type().Name, name)
				assert.Equal(t, v, bm.Self, "%s.%s", v.Type().Name, name)
			}
		}
	}
	assert.Greater(t, found, 10)
	for _, name := range []string{"__class__", "__repr__", "__str__", "nope"} {
		assert.Nil(t, th.goValueMethod(py.String("x"), name), name)
	}
}
