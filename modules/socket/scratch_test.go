package socket

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fillWith is a read that writes data at the start of the buffer it gets
// (as much as fits) and reports how much it wrote.
func fillWith(data []byte, seen *int) func([]byte) (int, error) {
	return func(buf []byte) (int, error) {
		*seen = len(buf)
		return copy(buf, data), nil
	}
}

func TestReadNewSizesAndCopies(t *testing.T) {
	cases := []struct {
		name string
		n    int
		data []byte
	}{
		{"zero", 0, nil},
		{"small filled", 10, []byte("0123456789abc")},
		{"small short", ScratchAbove, []byte("GET / HTTP/1.1\r\n")},
		{"scratch short", 65536, []byte("GET / HTTP/1.1\r\n")},
		{"scratch nothing", 8192, nil},
		{"scratch filled", 8192, bytes.Repeat([]byte("z"), 9000)},
		{"own buffer", scratchSize + 1, bytes.Repeat([]byte("q"), 100)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var seen int
			got, err := ReadNew(c.n, fillWith(c.data, &seen))
			require.NoError(t, err)
			assert.Equal(t, c.n, seen, "read gets a buffer of exactly n bytes")
			want := c.data
			if len(want) > c.n {
				want = want[:c.n]
			}
			assert.Equal(t, len(want), len(got))
			assert.True(t, bytes.Equal(want, got))
			assert.NotNil(t, got, "an empty result is b'', not a nil slice")
			assert.Equal(t, len(got), cap(got), "no spare capacity to append into")
		})
	}
}

// A result read through a pooled buffer must not change when the buffer
// is reused by the next read.
func TestReadNewResultOutlivesScratch(t *testing.T) {
	var seen int
	first, err := ReadNew(8192, fillWith([]byte("first request"), &seen))
	require.NoError(t, err)
	for i := 0; i < 4; i++ {
		_, err := ReadNew(8192, fillWith(bytes.Repeat([]byte{'X'}, 8192), &seen))
		require.NoError(t, err)
	}
	assert.Equal(t, "first request", string(first))
}

func TestReadNewError(t *testing.T) {
	boom := errors.New("boom")
	for _, n := range []int{1, 8192, scratchSize + 1} {
		got, err := ReadNew(n, func([]byte) (int, error) { return 0, boom })
		assert.Nil(t, got)
		assert.ErrorIs(t, err, boom)
	}
}
