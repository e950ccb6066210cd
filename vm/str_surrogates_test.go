package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStrLenSurrogates(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		n    int
		has  bool
	}{
		{"empty", "", 0, false},
		{"ascii", "hello", 5, false},
		{"utf8", "h\u00e9\U0001f600", 3, false},
		{"lone high", "\xed\xa0\x80", 1, true},
		{"lone low between", "a\xed\xb2\x80b", 3, true},
		{"two lone", "\xed\xa0\x80\xed\xb0\x80", 2, true},
		{"ed valid", "\xed\x9f\xbf", 1, false}, // U+D7FF
		{"ed truncated", "a\xed\xa0", 3, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.n, StrLen(tc.s))
			assert.Equal(t, tc.has, hasSurrogates(tc.s))
		})
	}
}

func TestSurrogateStrItem(t *testing.T) {
	s := "a\xed\xa0\x80\U0001f600b"
	r, err := surrogateStrItem(s, py.Int(1))
	require.NoError(t, err)
	assert.Equal(t, py.String("\xed\xa0\x80"), r)
	r, err = surrogateStrItem(s, py.Int(-1))
	require.NoError(t, err)
	assert.Equal(t, py.String("b"), r)
	r, err = surrogateStrItem(s, &py.Slice{Start: py.None, Stop: py.None, Step: py.Int(-1)})
	require.NoError(t, err)
	assert.Equal(t, py.String("b\U0001f600\xed\xa0\x80a"), r)
	_, err = surrogateStrItem(s, py.Int(4))
	assert.True(t, py.IsException(py.IndexError, err))
}
