package vm

import (
	"fmt"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestShortHash checks the in-line hash of short str and bytes for every
// length it takes and the first it does not: str and bytes of the same
// bytes hash alike, every byte of the value changes the hash (the
// overlapping loads miss none), no two of a few thousand keys of one
// length collide, -1 is never a hash, and a dict keyed by them finds
// every one.
func TestShortHash(t *testing.T) {
	for n := 1; n <= shortHashMax+1; n++ {
		seen := map[int64]string{}
		d := NewDict(0)
		for i := 0; i < min(3000, pow10(n)); i++ {
			s := fmt.Sprintf("%0*d", n, i)
			hs := mustHash(t, py.String(s))
			hb := mustHash(t, py.Bytes(s))
			require.Equal(t, hs, hb, "hash(%q) == hash(b%q)", s, s)
			require.NotEqual(t, int64(-1), hs)
			if prev, dup := seen[hs]; dup {
				require.Failf(t, "collision", "%q and %q", prev, s)
			}
			seen[hs] = s
			require.NoError(t, d.SetItem(py.String(s), py.Int(i)))
		}
		for _, s := range seen {
			_, ok, err := d.GetItem(py.String(s))
			require.NoError(t, err)
			assert.True(t, ok, "%q found", s)
		}
		base := []byte(fmt.Sprintf("%0*d", n, 0))
		h0 := mustHash(t, py.Bytes(base))
		for i := range base {
			flipped := append([]byte(nil), base...)
			flipped[i] ^= 0x40
			assert.NotEqual(t, h0, mustHash(t, py.Bytes(flipped)), "length %d, byte %d changes the hash", n, i)
		}
	}
}

func mustHash(t *testing.T, o py.Object) int64 {
	h, err := Hash(o)
	require.NoError(t, err)
	return h
}

// pow10 is 10**n, capped where the keys of TestShortHash stop needing it.
func pow10(n int) int {
	p := 1
	for i := 0; i < n && p < 1e6; i++ {
		p *= 10
	}
	return p
}
