package ssl

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// The accessors the connection core uses, and the hooks the enum code sets.
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
	assert.Equal(t, int64(16), c.rawProtocol())

	saved := wrapVerifyMode
	defer func() { wrapVerifyMode = saved }()
	wrapVerifyMode = func(v int64) py.Object { return py.String("mode") }
	got, err := py.GetAttrString(obj, "verify_mode")
	require.NoError(t, err)
	assert.Equal(t, py.String("mode"), got, "the getter goes through the hook at call time")

	_, err = SSLContextType.Dict["options"].(*py.Property).Fget(py.Int(1))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "descriptor requires")
}
