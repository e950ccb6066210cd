package hashlib

import (
	"bytes"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoSumsCoverTheFamilies checks that the names OpenSSL gives the
// algorithms Go also has are those goSums uses, so that those objects do
// take the one-shot path.
func TestGoSumsCoverTheFamilies(t *testing.T) {
	for _, name := range []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512",
		"sha512-224", "sha512-256", "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512", "SHAKE128", "SHAKE256"} {
		d, err := lookupDigest(name)
		require.NoError(t, err, name)
		assert.NotNil(t, d.sum, "%s has no Go one-shot", name)
	}
	d, err := lookupDigest("ripemd160")
	require.NoError(t, err)
	assert.Nil(t, d.sum)
}

// TestGoSumsMatchOpenSSL compares each Go one-shot with OpenSSL's digest
// of the same data, over lengths around the block sizes.
func TestGoSumsMatchOpenSSL(t *testing.T) {
	data := make([]byte, 5000)
	for i := range data {
		data[i] = byte(i*7 + i>>8)
	}
	lengths := []int{0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 135, 136, 137, 143, 144, 168, 2047, 2048, 2049, 5000}
	for _, name := range []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512",
		"sha512-224", "sha512-256", "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512", "SHAKE128", "SHAKE256"} {
		d, err := lookupDigest(name)
		require.NoError(t, err)
		for _, n := range lengths {
			for _, outLen := range []int{0, 1, 32, 200} {
				want, err := oneShot(d, data[:n], outLen)
				require.NoError(t, err)
				got := d.sum(data[:n], outLen)
				if !d.xof {
					require.Len(t, got, d.size)
				}
				assert.True(t, bytes.Equal(want, got), "%s of %d bytes (%d out)", name, n, outLen)
				if !d.xof {
					break
				}
			}
		}
	}
}

// TestContextMadeOnlyForMoreData checks the lazy context: a hash object
// fed up to pendingMax bytes owns no EVP_MD_CTX, one fed more does, and
// the result is the same either way.
func TestContextMadeOnlyForMoreData(t *testing.T) {
	for _, name := range []string{"md5", "sha256", "ripemd160", "SHA3-256"} {
		small, err := newHash(HASHType, name, name, py.Bytes("abc"))
		require.NoError(t, err)
		require.NoError(t, small.feed(make([]byte, pendingMax-3), false))
		assert.Nil(t, small.c, name)
		c, err := small.clone()
		require.NoError(t, err)
		assert.Nil(t, c.c, name)

		big, err := newHash(HASHType, name, name, py.Bytes("abc"))
		require.NoError(t, err)
		require.NoError(t, big.feed(make([]byte, pendingMax-2), false))
		assert.NotNil(t, big.c, name)

		require.NoError(t, small.feed([]byte{0}, true))
		assert.NotNil(t, small.c, name)
		a, err := small.sum(0)
		require.NoError(t, err)
		b, err := big.sum(0)
		require.NoError(t, err)
		assert.Equal(t, a, b, name)
		want, err := c.sum(0)
		require.NoError(t, err)
		require.NoError(t, c.feed([]byte{0}, false))
		got, err := c.sum(0)
		require.NoError(t, err)
		assert.Equal(t, a, got, name)
		assert.NotEqual(t, want, got, name)
	}
}

// TestPendingNotShared checks that appending to a copy's pending bytes,
// or to the original's, never changes what the other sees.
func TestPendingNotShared(t *testing.T) {
	h, err := newHash(HASHType, "sha1", "sha1", py.Bytes("ab"))
	require.NoError(t, err)
	require.NoError(t, h.feed([]byte("c"), false)) // owned, with spare capacity
	c, err := h.clone()
	require.NoError(t, err)
	require.NoError(t, h.feed([]byte("X"), false))
	require.NoError(t, c.feed([]byte("Y"), false))
	hs, _ := h.sum(0)
	cs, _ := c.sum(0)
	x, _ := newHash(HASHType, "sha1", "sha1", py.Bytes("abcX"))
	y, _ := newHash(HASHType, "sha1", "sha1", py.Bytes("abcY"))
	xs, _ := x.sum(0)
	ys, _ := y.sum(0)
	assert.Equal(t, xs, hs)
	assert.Equal(t, ys, cs)

	data := py.Bytes("immutable")
	d, _ := newHash(HASHType, "md5", "md5", data[:4])
	require.NoError(t, d.feed([]byte("!"), true))
	assert.Equal(t, "immutable", string(data))
}
