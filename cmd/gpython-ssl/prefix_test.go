package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// installCopy puts the interpreter under test at prefix/bin/python, a
// hard link or else a copy: not a symbolic link, which is followed to
// the real file before the prefix is looked for.
func installCopy(t *testing.T, prefix string) string {
	t.Helper()
	bin := filepath.Join(prefix, "bin")
	require.NoError(t, os.MkdirAll(bin, 0o755))
	exe := filepath.Join(bin, "python")
	self := program(t)
	if os.Link(self, exe) == nil {
		return exe
	}
	src, err := os.Open(self)
	require.NoError(t, err)
	defer src.Close()
	dst, err := os.OpenFile(exe, os.O_CREATE|os.O_WRONLY, 0o755)
	require.NoError(t, err)
	_, err = io.Copy(dst, src)
	require.NoError(t, err)
	require.NoError(t, dst.Close())
	return exe
}

// TestStdlibDirectory: as CPython 3.6, the command finds its
// installation prefix above its executable (the nearest directory with
// lib/python3.6), makes it sys.prefix and puts that standard-library
// directory on sys.path after PYTHONPATH's entries, also under -I, so
// that children started with -E or -I import what is installed there
// (CPython's test package, for its own tests); PYTHONHOME names the
// prefix instead unless -E or -I; a symbolic link to the executable
// finds the prefix of the real file. The modules compiled in still come
// first: an os.py there does not replace os.
func TestStdlibDirectory(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	require.NoError(t, err)
	prefix := filepath.Join(dir, "prefix")
	stdlib := filepath.Join(prefix, "lib", "python3.6")
	require.NoError(t, os.MkdirAll(filepath.Join(stdlib, "stdpkg"), 0o755))
	for name, text := range map[string]string{
		filepath.Join(stdlib, "stdpkg", "__init__.py"): "WHERE = 'stdlib'\n",
		filepath.Join(stdlib, "os.py"):                 "raise ImportError('the compiled-in os comes first')\n",
	} {
		require.NoError(t, os.WriteFile(name, []byte(text), 0o644))
	}
	exe := installCopy(t, prefix)
	env := append(os.Environ(), asInterpreter+"=1", "PYTHONPATH="+filepath.Join(dir, "pp"), "PYTHONHOME=")
	script := "import sys, os, stdpkg\n" +
		"print(sys.prefix == " + pyString(prefix) + ", sys.exec_prefix == sys.base_prefix == " + pyString(prefix) + ")\n" +
		"print(stdpkg.WHERE, stdpkg.__file__ == " + pyString(filepath.Join(stdlib, "stdpkg", "__init__.py")) + ")\n" +
		"print([p.replace(" + pyString(dir) + ", 'D') for p in sys.path])\n"

	stdout, stderr, status := runCmdline(t, dir, env, exe, "-I", "-c", script)
	assert.Equal(t, "True True\nstdlib True\n['D/prefix/lib/python3.6']\n", stdout, stderr)
	assert.Equal(t, 0, status)

	stdout, stderr, status = runCmdline(t, dir, env, exe, "-s", "-c", script)
	assert.Equal(t, "True True\nstdlib True\n['', 'D/pp', 'D/prefix/lib/python3.6']\n", stdout, stderr)
	assert.Equal(t, 0, status)

	// through a symbolic link elsewhere: the real file's prefix
	link := filepath.Join(dir, "link")
	require.NoError(t, os.Symlink(exe, link))
	stdout, stderr, status = runCmdline(t, dir, env, link, "-I", "-c", script)
	assert.Equal(t, "True True\nstdlib True\n['D/prefix/lib/python3.6']\n", stdout, stderr)
	assert.Equal(t, 0, status)

	// PYTHONHOME=PREFIX:EXEC_PREFIX, unless -E
	homeEnv := append(env, "PYTHONHOME="+filepath.Join(dir, "home")+":"+filepath.Join(dir, "exec"))
	homeScript := "import sys\nprint(sys.prefix.replace(" + pyString(dir) + ", 'D'), sys.exec_prefix.replace(" + pyString(dir) + ", 'D'), sys.path[-1].replace(" + pyString(dir) + ", 'D'))\n"
	stdout, stderr, status = runCmdline(t, dir, homeEnv, exe, "-s", "-c", homeScript)
	assert.Equal(t, "D/home D/exec D/home/lib/python3.6\n", stdout, stderr)
	assert.Equal(t, 0, status)
	stdout, stderr, status = runCmdline(t, dir, homeEnv, exe, "-E", "-s", "-c", homeScript)
	assert.Equal(t, "D/prefix D/prefix D/prefix/lib/python3.6\n", stdout, stderr)
	assert.Equal(t, 0, status)
}
