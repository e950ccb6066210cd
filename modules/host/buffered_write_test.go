package host_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBufferedWrites checks, from Go, when the bytes written to a file
// object reach the file: not at write() while they fit in the buffer; at
// flush(); at the drop of the object, seen by the next open(); and at the
// close of the interpreter for a file still open (CPython 3.6's
// finalization), which a Go program embedding the interpreter relies on.
func TestBufferedWrites(t *testing.T) {
	dir := t.TempDir()
	held := filepath.Join(dir, "held")
	tests := []struct {
		name, src string
		want      py.Object
	}{
		{"write stays in the buffer", `f = open(p, 'w'); f.write('abc'); r = open(p).read()`, py.String("")},
		{"flush writes", `f.flush(); r = open(p).read()`, py.String("abc")},
		{"binary buffer", `g = open(p, 'wb'); g.write(b'xy'); r = open(p, 'rb').read()`, py.Bytes("")},
		{"buffer_size", `import _io; h = _io.BufferedWriter(_io.FileIO(p, 'w'), 2); h.write(b'12'); h.write(b'3'); r = open(p, 'rb').read()`, py.Bytes("12")},
		{"dropped object", `open(p, 'w').write('dropped'); r = open(p).read()`, py.String("dropped")},
		{"dropped in a function", `exec("def put(s):\n    fh = open(p, 'a')\n    fh.write(s)\n"); put('!'); r = open(p).read()`, py.String("dropped!")},
		{"live at the end", `keep = open(held, 'w'); keep.write('at close'); r = open(held).read()`, py.String("")},
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	closed := false
	defer func() {
		if !closed {
			ctx.Close()
		}
	}()
	mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	mod.Globals["p"] = py.String(filepath.Join(dir, "f"))
	mod.Globals["held"] = py.String(held)
	prelude, err := py.Compile("import os\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = ctx.RunCode(prelude, mod.Globals, mod.Globals, nil)
	require.NoError(t, err)
	for _, tc := range tests {
		code, err := py.Compile(tc.src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err, tc.name)
		_, err = ctx.RunCode(code, mod.Globals, mod.Globals, nil)
		require.NoError(t, err, tc.name)
		assert.Equal(t, tc.want, mod.Globals["r"], tc.name)
	}
	require.NoError(t, ctx.Close())
	closed = true
	data, err := os.ReadFile(held)
	require.NoError(t, err)
	assert.Equal(t, "at close", string(data))
}
