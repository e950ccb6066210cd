package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnspellSurrogates(t *testing.T) {
	mark := string(rune(surrogateMark))
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "abc", "abc"},
		{"first", mark + string(rune(surrogateBase)), "\xed\xa0\x80"},
		{"last", "a" + mark + string(rune(surrogateBase+0x7ff)) + "b", "a\xed\xbf\xbfb"},
		{"low", mark + string(rune(surrogateBase+0x480)), "\xed\xb2\x80"},
		{"mark alone", "x" + mark, "x" + mark},
		{"mark before other", mark + "z", mark + "z"},
		{"mark before out of range", mark + string(rune(surrogateBase+0x800)), mark + string(rune(surrogateBase+0x800))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, unspellSurrogates(tc.in))
		})
	}
}

func TestMayHaveSurrogate(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{`x = 1`, false},
		{`'\ud800'`, true},
		{`'\uDC80'`, true},
		{`'\U0000dfff'`, true},
		{`'\u00e9'`, false},
		{`'\\' 'ud800'`, false},
		{`'\U0001f600'`, false},
	} {
		assert.Equal(t, tc.want, mayHaveSurrogate(tc.src), tc.src)
	}
}

func TestKwOnlyOrderRestored(t *testing.T) {
	co, err := Compile("def f(x, *, a, b=1, c, d=4):\n    return a, b, c, d\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	var fn *py.Code
	for _, c := range co.Consts {
		if k, ok := c.(*py.Code); ok && k.Name == "f" {
			fn = k
		}
	}
	require.NotNil(t, fn)
	assert.Equal(t, []string{"x", "a", "b", "c", "d"}, fn.Varnames[:5])
}
