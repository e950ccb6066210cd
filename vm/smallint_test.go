package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

// The small-int table's interfaces point into smallIntValues instead of
// boxed copies: each must still be the py.Int of its own value, compare
// equal to a freshly boxed one and hash alike.
func TestSmallIntsPointIntoValues(t *testing.T) {
	for _, i := range []py.Int{smallIntMin, -1, 0, 1, 255, 256, 1000, smallIntMax} {
		o := boxInt(i)
		v, ok := o.(py.Int)
		assert.True(t, ok, "%d", i)
		assert.Equal(t, i, v)
		assert.Equal(t, py.Object(i), o)
		m := map[py.Object]bool{py.Object(i): true}
		assert.True(t, m[o], "%d as a map key", i)
	}
	assert.Equal(t, py.Object(py.Int(smallIntMax+1)), boxInt(smallIntMax+1))
	assert.Equal(t, py.Object(py.Int(smallIntMin-1)), boxInt(smallIntMin-1))
	allocs := testing.AllocsPerRun(100, func() { _ = boxInt(4000) })
	assert.Zero(t, allocs)
}
