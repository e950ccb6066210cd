package vm

import (
	"math"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBoxIntOn checks the slab boxes against plain ones: the same type and
// value for small, large and extreme ints, every box keeping its value
// while later ones are handed out, and one allocation per slab.
func TestBoxIntOn(t *testing.T) {
	th := &thread{}
	var want []py.Int
	var got []py.Object
	for _, base := range []py.Int{-1 << 40, -300, -257, -256, 0, 255, 4096, 4097, 1 << 33, math.MaxInt64 - 100, math.MinInt64} {
		for k := py.Int(0); k < 50; k++ {
			i := base + k
			want = append(want, i)
			got = append(got, th.boxIntOn(i))
		}
	}
	for k, o := range got {
		v, ok := o.(py.Int)
		require.True(t, ok, "%T", o)
		assert.Equal(t, want[k], v)
		assert.Equal(t, py.IntType, o.Type())
		assert.True(t, o == py.Object(want[k]), "%d: interface equality", want[k])
	}
	allocs := testing.AllocsPerRun(10, func() {
		for i := py.Int(0); i < 10*intSlabSize; i++ {
			_ = th.boxIntOn(1<<20 + i)
		}
	})
	assert.Equal(t, 10.0, allocs)
}
