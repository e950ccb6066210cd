package ssl_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// ecCall calls the _ssl module function name with args from Go.
func ecCall(t *testing.T, name string, args ...py.Object) (py.Object, error) {
	t.Helper()
	for _, m := range py.GetModuleImpl("_ssl").Methods {
		if m.Name == name {
			return m.Call(nil, py.Tuple(args))
		}
	}
	t.Fatalf("_ssl.%s not registered", name)
	return nil, nil
}

func TestRANDBytes(t *testing.T) {
	for _, n := range []int{0, 1, 32, 1000} {
		got, err := ecCall(t, "RAND_bytes", py.Int(n))
		require.NoError(t, err)
		require.IsType(t, py.Bytes{}, got)
		assert.Len(t, got.(py.Bytes), n)
	}
	got, err := ecCall(t, "RAND_pseudo_bytes", py.Int(8))
	require.NoError(t, err)
	tup, ok := got.(py.Tuple)
	require.True(t, ok)
	require.Len(t, tup, 2)
	assert.Len(t, tup[0].(py.Bytes), 8)
	assert.Equal(t, py.True, tup[1])
}

func TestRANDDifferential(t *testing.T) {
	src := `import _ssl
print(bool(_ssl.RAND_status()))
print(_ssl.RAND_add(b'entropy', 1.5))
print(_ssl.RAND_add('str entropy', 0))
print(_ssl.RAND_pseudo_bytes(4)[1])
print(_ssl.RAND_bytes(0) == b'')
print(hasattr(_ssl, 'RAND_egd'))
`
	gpy, py3 := ecBoth(t, src)
	assert.Equal(t, py3, gpy)
}

// TestRANDStatusInt checks RAND_status answers 1 as CPython 3.6 does (3.7+
// answer True).
func TestRANDStatusInt(t *testing.T) {
	out := pytesting.MustRun(t, "import ssl\nprint(repr(ssl.RAND_status()), type(ssl.RAND_status()).__name__)\n")
	assert.Equal(t, "1 int\n", out)
}

// TestRANDBytesReadable checks a script can use the result.
func TestRANDBytesReadable(t *testing.T) {
	out := pytesting.MustRun(t, "import _ssl\nb = _ssl.RAND_bytes(4)\nprint(b == b)\n")
	assert.Equal(t, "True\n", out)
}
