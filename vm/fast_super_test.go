package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFuseSuper checks which runs decode marks as superinstructions, that
// a marked instruction packs the run's arguments, that the rest of each
// run is left in place (a jump may land there), and that unfuseSuper (the
// traced frames' instructions) gives back the plain run. What the marked
// instructions do, errors and tracing included, is the differential case
// tests/lang/cases/misc/perf_superinstructions.py.
func TestFuseSuper(t *testing.T) {
	src := "def f(self, a, b):\n" +
		"    x = a, b\n" + // LOAD_FAST + LOAD_FAST; STORE_FAST + LOAD_FAST
		"    y = self.n\n" + // LOAD_FAST + LOAD_ATTR
		"    self.n += a\n" + // LOAD_FAST + DUP_TOP + LOAD_ATTR; ROT_TWO + STORE_ATTR
		"    self.m(a)\n" + // LOAD_FAST + LOAD_METHOD
		"    for i in x:\n" + // FOR_ITER's STORE_FAST: left to pushItem
		"        y = i\n" +
		"    return y\n"
	mod, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	var co *py.Code
	for _, k := range mod.Consts {
		if c, ok := k.(*py.Code); ok {
			co = c
		}
	}
	require.NotNil(t, co)
	saved := fuseSupers
	fuseSupers = false
	plain := decode(co).ins
	fuseSupers = saved
	c := decode(co)
	require.Equal(t, len(plain), len(c.ins), "instruction indexes are kept")
	counts := map[byte]int{}
	for i, in := range c.ins {
		if in == plain[i] {
			continue
		}
		counts[in.op]++
		switch in.op {
		case opLOAD_FAST_FAST, opLOAD_FAST_ATTR, opLOAD_FAST_METHOD:
			assert.Equal(t, byte(opLOAD_FAST), plain[i].op)
			assert.Equal(t, plain[i].arg, in.arg&0xffff)
			assert.Equal(t, plain[i+1].arg, in.arg>>16)
		case opLOAD_FAST_DUP_ATTR:
			assert.Equal(t, byte(opDUP_TOP), plain[i+1].op)
			assert.Equal(t, byte(opLOAD_ATTR), plain[i+2].op)
			assert.Equal(t, plain[i+2].arg, in.arg>>16)
		case opSTORE_LOAD_FAST:
			assert.Equal(t, byte(opSTORE_FAST), plain[i].op)
			assert.NotEqual(t, byte(opFOR_ITER), plain[i-1].op)
			assert.Equal(t, plain[i+1].arg, in.arg>>16)
		case opROT_STORE_ATTR:
			assert.Equal(t, byte(opROT_TWO), plain[i].op)
			assert.Equal(t, plain[i+1], c.ins[i+1])
			assert.Equal(t, plain[i+1].arg, in.arg)
		default:
			t.Errorf("instruction %d: unexpected %v for %v", i, in, plain[i])
		}
	}
	assert.Equal(t, map[byte]int{
		opLOAD_FAST_FAST: 1, opSTORE_LOAD_FAST: 2, opLOAD_FAST_ATTR: 1,
		opLOAD_FAST_DUP_ATTR: 1, opROT_STORE_ATTR: 1, opLOAD_FAST_METHOD: 1,
	}, counts)
	// The rest of each run is in place: unfusing the marked instructions
	// alone gives the plain code back.
	assert.Equal(t, plain, unfuseSuper(c.ins), "unfused for tracing")
	assert.Equal(t, plain, unfuseSuper(plain))
}
