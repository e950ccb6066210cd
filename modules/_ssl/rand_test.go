package _ssl_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

func TestRandBytes(t *testing.T) {
	for _, n := range []int{0, 1, 16, 4096} {
		var b []byte
		var err error
		onLockedThread(t, func() { b, err = _ssl.RandBytes(n) })
		require.NoError(t, err)
		assert.Len(t, b, n)
	}
	a, err := _ssl.RandBytes(32)
	require.NoError(t, err)
	b, err := _ssl.RandBytes(32)
	require.NoError(t, err)
	assert.NotEqual(t, a, b)

	_, err = _ssl.RandBytes(-1)
	var ve *_ssl.ValueError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, "num must be positive", ve.Msg)
}

func TestRandPseudoBytes(t *testing.T) {
	b, strong, err := _ssl.RandPseudoBytes(8)
	require.NoError(t, err)
	assert.Len(t, b, 8)
	assert.True(t, strong)
	_, strong, err = _ssl.RandPseudoBytes(-5)
	assert.Error(t, err)
	assert.False(t, strong)
}

func TestRandAddStatus(t *testing.T) {
	onLockedThread(t, func() {
		_ssl.RandAdd([]byte("some entropy"), 2.5)
		_ssl.RandAdd(nil, 0)
		_ssl.RandAdd([]byte("x"), -1)
	})
	var ok bool
	onLockedThread(t, func() { ok = _ssl.RandStatus() })
	assert.True(t, ok)
}
