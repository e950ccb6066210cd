package host

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTextWriteFast checks which writes the short path of
// TextIOWrapper.write takes (ASCII to a utf-8 file with room in its
// buffer) and which it leaves to the general method, and that what it
// writes reaches the file in order with the general method's writes.
func TestTextWriteFast(t *testing.T) {
	dir := t.TempDir()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	mod.Globals["d"] = py.String(dir)
	run := func(src string) {
		code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err, src)
		_, err = ctx.RunCode(code, mod.Globals, mod.Globals, nil)
		require.NoError(t, err, src)
	}
	run(`
plain = open(d + '/plain', 'w', encoding='utf-8')
latin = open(d + '/latin', 'w', encoding='latin-1')
crlf = open(d + '/crlf', 'w', encoding='utf-8', newline='\r\n')
lines = open(d + '/lines', 'w', encoding='utf-8', buffering=1)
reader = open(d + '/plain', 'r', encoding='utf-8')
small = open(d + '/small', 'w', encoding='utf-8', buffering=4)
`)
	text := func(name string) *TextIO {
		f, ok := mod.Globals[name].(*TextIO)
		require.True(t, ok, name)
		return f
	}
	tests := []struct {
		name, file, s string
		fast          bool
	}{
		{"ascii to utf-8", "plain", "abc", true},
		{"newline to utf-8", "plain", "x\n", true},
		{"empty", "plain", "", false},
		{"non-ascii", "plain", "é", false},
		{"other codec", "latin", "abc", false},
		{"newline translated", "crlf", "a\n", false},
		{"line buffered, no line end", "lines", "abc", true},
		{"line buffered, line end", "lines", "a\n", false},
		{"read-only", "reader", "abc", false},
		{"bigger than the buffer", "small", "abcdefgh", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.fast, text(tc.file).writeFast(tc.s), tc.name)
	}
	run(`plain.write('é'); plain.write('z'); plain.close()
r = open(d + '/plain', encoding='utf-8').read()
plain = open(d + '/plain', 'w', encoding='utf-8'); plain.close()
`)
	assert.Equal(t, py.String("abcx\néz"), mod.Globals["r"])
	assert.False(t, text("plain").writeFast("abc"), "closed")
}
