package pyarg

import (
	"math/big"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// AsLong36 takes what 3.6's PyLong_AsLong takes: ints, and floats through
// their __int__, with 3.6's messages for the rest.
func TestAsLong36(t *testing.T) {
	ok := []struct {
		in   py.Object
		want int64
	}{
		{py.Int(7), 7},
		{py.True, 1},
		{py.Float(5.75), 5},
		{py.Float(-1.5), -1},
		{(*py.BigInt)(big.NewInt(1 << 40)), 1 << 40},
	}
	for _, tc := range ok {
		got, err := AsLong36(tc.in)
		require.NoError(t, err, "%v", tc.in)
		assert.Equal(t, tc.want, got, "%v", tc.in)
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 70)
	bad := []struct {
		in  py.Object
		exc *py.Type
		msg string
	}{
		{(*py.BigInt)(huge), py.OverflowError, "Python int too large to convert to C long"},
		{py.String("3"), py.TypeError, "an integer is required (got type str)"},
		{py.Complex(1i), py.TypeError, "can't convert complex to int"},
		{py.None, py.TypeError, "an integer is required (got type NoneType)"},
	}
	for _, tc := range bad {
		_, err := AsLong36(tc.in)
		require.Error(t, err, "%v", tc.in)
		exc, isExc := err.(*py.Exception)
		require.True(t, isExc, "%v", err)
		assert.Equal(t, tc.exc, exc.Type(), "%v", tc.in)
		assert.Contains(t, err.Error(), tc.msg, "%v", tc.in)
	}
}
