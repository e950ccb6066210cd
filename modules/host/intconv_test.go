package host_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// indexed is a Python class that is an int only through __index__.
const indexedSrc = `
class Indexed:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
`

// TestIndexBuiltins: hex, oct and bin accept any object with __index__,
// as CPython's do, and keep working for ints.
func TestIndexBuiltins(t *testing.T) {
	src := indexedSrc + `
for v in [0, 255, -255, 2**70, True, Indexed(42), Indexed(-8)]:
    print(hex(v), oct(v), bin(v))
for bad in [1.5, "x", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
`
	got, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err)
	assert.Equal(t, runPython3(t, src), got)
}
