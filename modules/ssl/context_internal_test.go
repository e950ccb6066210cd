package ssl

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// The accessors the connection core uses, and the per-interpreter classes
// the enum properties return members of.
func TestContextAccessorsAndHooks(t *testing.T) {
	obj, err := py.Call(SSLContextType, py.Tuple{py.Int(16)}, nil)
	require.NoError(t, err)
	c, ok := contextFromObject(obj)
	require.True(t, ok)
	assert.Same(t, c.ctx, c.NativeContext())
	assert.True(t, c.NativeContext().CheckHostname())
	assert.Equal(t, _ssl.ProtocolTLSClient, c.NativeContext().Protocol())
	_, ok = contextFromObject(py.Int(1))
	assert.False(t, ok)
	_, ok = contextFromObject((*sslContext)(nil))
	assert.False(t, ok)

	v, err := c.rawVerifyMode()
	require.NoError(t, err)
	assert.Equal(t, int64(_ssl.CertRequired), v)
	p, err := c.rawProtocol()
	require.NoError(t, err)
	assert.Equal(t, int64(16), p)

	calls := 0
	mode := py.NewTypeX("Mode", "", func(_ *py.Type, args py.Tuple, _ py.StringDict) (py.Object, error) {
		calls++
		if args[0] == py.Int(7) {
			return nil, py.ExceptionNewf(py.ValueError, "7 is not a valid Mode")
		}
		return py.String("mode"), nil
	}, nil)
	c.classes = &interpClasses{}
	c.classes.classes[kindVerifyMode] = mode
	c.classes.members[kindVerifyMode] = map[int64]py.Object{}
	for i := 0; i < 3; i++ {
		got, err := py.GetAttrString(obj, "verify_mode")
		require.NoError(t, err)
		assert.Equal(t, py.String("mode"), got, "the getter returns the class's member")
	}
	assert.Equal(t, 1, calls, "the member is looked up once, then cached")
	m, err := c.classes.member(kindVerifyMode, 7)
	require.NoError(t, err)
	assert.Equal(t, py.Int(7), m, "no member (ValueError): the plain int")

	_, err = SSLContextType.Dict["options"].(*py.Property).Fget(py.Int(1))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "descriptor requires")
}
