package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TestPycacheSharedWithCPython36: gpython-ssl and CPython 3.6 compiling
// the same tree (compileall, py_compile, imports) keep their compiled
// files apart by cache tag, so each goes on importing from its own file
// after the other has run.
func TestPycacheSharedWithCPython36(t *testing.T) {
	cpython := pytesting.CPython36()
	if cpython == "" {
		t.Skip("CPython 3.6 not found: the shared __pycache__ is not checked")
	}
	dir := t.TempDir()
	self := program(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mod.py"), []byte("VALUE = 'from source'\n"), 0o644))
	env := append(os.Environ(), asInterpreter+"=1")
	cpyEnv := pytesting.CPythonEnv()
	compile := "import compileall, sys; sys.exit(not compileall.compile_dir('.', quiet=1))"
	use := "import mod, sys; print(mod.VALUE, mod.__cached__ == __import__('importlib.util').util.cache_from_source(mod.__file__), sys.implementation.cache_tag)"
	for round := 0; round < 2; round++ {
		_, stderr, status := runCmdline(t, dir, env, self, "-c", compile)
		require.Equal(t, 0, status, stderr)
		_, stderr, status = runCmdline(t, dir, cpyEnv, cpython, "-c", compile)
		require.Equal(t, 0, status, stderr)
		stdout, stderr, status := runCmdline(t, dir, env, self, "-c", use)
		require.Equal(t, 0, status, stderr)
		assert.Equal(t, "from source True "+vm.CacheTag+"\n", stdout)
		stdout, stderr, status = runCmdline(t, dir, cpyEnv, cpython, "-c", use)
		require.Equal(t, 0, status, stderr)
		assert.Equal(t, "from source True cpython-36\n", stdout)
	}
	ours, err := os.ReadFile(filepath.Join(dir, "__pycache__", "mod."+vm.CacheTag+".pyc"))
	require.NoError(t, err)
	assert.Equal(t, vm.PycMagic, ours[:4])
	theirs, err := os.ReadFile(filepath.Join(dir, "__pycache__", "mod.cpython-36.pyc"))
	require.NoError(t, err)
	assert.Equal(t, []byte{0x33, 0x0d, '\r', '\n'}, theirs[:4], "CPython 3.6's magic (3379)")
}
