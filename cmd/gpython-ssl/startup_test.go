package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TestVirtualEnvironment: the command started through a link in a
// virtual environment's bin directory (pyvenv.cfg one level above) has
// sys.executable the link, sys.prefix the environment, and its
// site-packages (with what its .pth files name) on sys.path, even
// under -E, as CPython 3.6's site module gives them.
func TestVirtualEnvironment(t *testing.T) {
	dir := t.TempDir()
	dir, err := filepath.EvalSymlinks(dir)
	require.NoError(t, err)
	self := program(t)
	env := filepath.Join(dir, "env")
	site := filepath.Join(env, "lib", "python3.6", "site-packages")
	extra := filepath.Join(dir, "extra")
	for _, d := range []string{filepath.Join(env, "bin"), site, extra} {
		require.NoError(t, os.MkdirAll(d, 0o755))
	}
	link := filepath.Join(env, "bin", "python")
	require.NoError(t, os.Symlink(self, link))
	files := map[string]string{
		filepath.Join(env, "pyvenv.cfg"):   "home = /nowhere\ninclude-system-site-packages = false\n",
		filepath.Join(site, "inenv.py"):    "WHERE = 'env'\n",
		filepath.Join(site, "more.pth"):    extra + "\n# a comment\n" + filepath.Join(dir, "missing") + "\n",
		filepath.Join(extra, "inextra.py"): "WHERE = 'extra'\n",
	}
	for name, text := range files {
		require.NoError(t, os.WriteFile(name, []byte(text), 0o644))
	}
	script := "import sys, site, inenv, inextra\n" +
		"print(sys.executable == " + pyString(link) + ", sys.prefix == " + pyString(env) + ", sys._home)\n" +
		"print(sys.path[1:] == [" + pyString(site) + ", " + pyString(extra) + "], site.ENABLE_USER_SITE, inenv.WHERE, inextra.WHERE)\n"
	stdout, stderr, status := runCmdline(t, dir, append(os.Environ(), asInterpreter+"=1"), link, "-E", "-c", script)
	assert.Equal(t, "True True /nowhere\nTrue False env extra\n", stdout, stderr)
	assert.Equal(t, 0, status)
	// -S: no site, so none of it
	stdout, stderr, status = runCmdline(t, dir, append(os.Environ(), asInterpreter+"=1"), link, "-S", "-c", "import sys; print(sys.path)")
	assert.Equal(t, "['']\n", stdout, stderr)
	assert.Equal(t, 0, status)
}

// pyString is s as a Python string literal (s has no quotes or
// backslashes).
func pyString(s string) string { return "'" + s + "'" }

// TestCompiledScript: a file of compiled code (py_compile's) given as the
// script runs, with a SourcelessFileLoader as __loader__.
func TestCompiledScript(t *testing.T) {
	dir := t.TempDir()
	self := program(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "src.py"), []byte("import sys\nprint('compiled', sys.argv[1:], type(__loader__).__name__, __cached__)\n"), 0o644))
	env := append(os.Environ(), asInterpreter+"=1")
	_, stderr, status := runCmdline(t, dir, env, self, "-c", "import py_compile; py_compile.compile('src.py', cfile='src.pyc', doraise=True)")
	require.Equal(t, 0, status, stderr)
	stdout, stderr, status := runCmdline(t, dir, env, self, "src.pyc", "a")
	assert.Equal(t, "compiled ['a'] SourcelessFileLoader None\n", stdout, stderr)
	assert.Equal(t, 0, status)
}

// TestCompiledScriptMagic: the compiled files py_compile writes carry
// this interpreter's magic number, not CPython 3.6's (whose interpreter
// would run our code objects and fail); a file with CPython 3.6's magic,
// or any other, is refused with CPython's error, and a file that only
// starts with the first half of ours is still taken for compiled code.
func TestCompiledScriptMagic(t *testing.T) {
	dir := t.TempDir()
	self := program(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "src.py"), []byte("print('x')\n"), 0o644))
	env := append(os.Environ(), asInterpreter+"=1")
	_, stderr, status := runCmdline(t, dir, env, self, "-c", "import py_compile; py_compile.compile('src.py', doraise=True)")
	require.Equal(t, 0, status, stderr)
	data, err := os.ReadFile(filepath.Join(dir, "__pycache__", "src."+vm.CacheTag+".pyc"))
	require.NoError(t, err)
	require.Equal(t, []byte{0x14, 0x0b, '\r', '\n'}, data[:4], "importlib.util.MAGIC_NUMBER (2836)")
	require.Equal(t, vm.PycMagic, data[:4], "vm.PycMagic and importlib's MAGIC_NUMBER are one number")
	foreign := append([]byte{0x33, 0x0d, '\r', '\n'}, data[4:]...) // CPython 3.6's 3379
	for name, content := range map[string][]byte{"cpy.pyc": foreign, "half.py": append([]byte{0x14, 0x0b, 0, 0}, data[4:]...)} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), content, 0o644))
		stdout, stderr, status := runCmdline(t, dir, env, self, name)
		assert.Equal(t, "", stdout, name)
		assert.Equal(t, "RuntimeError: Bad magic number in .pyc file", strings.TrimSpace(stderr), name)
		assert.Equal(t, 1, status, name)
	}
}

// TestInspectAfterProgram: -i runs the prompt after -c, a script or -m,
// in the program's __main__, after the traceback of an uncaught
// exception (SystemExit too), as CPython 3.6 does.
func TestInspectAfterProgram(t *testing.T) {
	dir := t.TempDir()
	dir, err := filepath.EvalSymlinks(dir)
	require.NoError(t, err)
	self := program(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sv.py"), []byte("x = 7\n"), 0o644))
	cases := []struct {
		args           []string
		input          string
		stdout, stderr string // stderr's first line
		status         int
	}{
		{[]string{"-i", "-c", "x = 5"}, "x\n", "5\n", ">>> >>> ", 0},
		{[]string{"-i", "sv.py"}, "x + 1\nraise SystemExit(4)\n", "8\n", ">>> >>> ", 4},
		{[]string{"-i", "-c", "x = 2; 1/0"}, "x\n", "2\n", "Traceback (most recent call last):", 0},
		{[]string{"-i", "-c", "raise SystemExit(3)"}, "", "", "Traceback (most recent call last):", 0},
		{[]string{"-i", "-m", "sv"}, "x\n", "7\n", ">>> >>> ", 0},
	}
	cpython := pytesting.CPython36()
	for _, c := range cases {
		// Unbuffered, as CPython below (TestBufferedStreams has the
		// buffered order).
		stdout, stderr, status := runCmdlineInput(t, dir, append(os.Environ(), asInterpreter+"=1", "PYTHONUNBUFFERED=1"), c.input, self, c.args...)
		assert.Equal(t, c.stdout, stdout, "%q stdout", c.args)
		assert.Equal(t, c.stderr, stderr, "%q stderr", c.args)
		assert.Equal(t, c.status, status, "%q status", c.args)
		if cpython != "" {
			// Unbuffered: otherwise CPython's buffered sys.stderr puts the
			// traceback after the prompt that C's stderr writes at once.
			env := append(pytesting.CPythonEnv(), "PYTHONUNBUFFERED=1")
			stdout, stderr, status := runCmdlineInput(t, dir, env, c.input, cpython, c.args...)
			assert.Equal(t, c.stdout, stdout, "%q CPython 3.6's stdout", c.args)
			assert.Equal(t, c.stderr, stderr, "%q CPython 3.6's stderr", c.args)
			assert.Equal(t, c.status, status, "%q CPython 3.6's status", c.args)
		}
	}
}

// TestStdStreamsEncoding: the encoding and error handler of the standard
// streams follow PYTHONIOENCODING (not under -E); text goes through them;
// their line_buffering is on under -u or PYTHONUNBUFFERED off a terminal.
// In the C locale they stay UTF-8 (CPython 3.6 uses ASCII there: the
// README's "What still differs"), so those cases are not compared with it.
func TestStdStreamsEncoding(t *testing.T) {
	dir := t.TempDir()
	self := program(t)
	show := "import sys\n" +
		"print([(s.encoding, s.errors, s.line_buffering) for s in (sys.stdin, sys.stdout, sys.stderr)])\n" +
		"try:\n    print('caf\\xe9 \\u20ac \\udce9')\nexcept UnicodeEncodeError as e:\n    print(e.reason)\n"
	var base []string
	for _, kv := range os.Environ() {
		switch name, _, _ := cut(kv); name {
		case "LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING", "PYTHONUNBUFFERED":
		default:
			base = append(base, kv)
		}
	}
	cases := []struct {
		env     []string
		args    []string
		stdout  string
		differs bool // the C locale: UTF-8 here, ASCII in CPython 3.6
	}{
		{[]string{"LANG=C.UTF-8"}, nil, "[('UTF-8', 'strict', False), ('UTF-8', 'strict', False), ('UTF-8', 'backslashreplace', False)]\nsurrogates not allowed\n", false},
		// the C locale: stdin and stdout escape surrogates, as 3.6's
		{[]string{"LC_ALL=C"}, []string{"-u"}, "[('UTF-8', 'surrogateescape', True), ('UTF-8', 'surrogateescape', True), ('UTF-8', 'backslashreplace', True)]\ncaf\u00e9 \u20ac \xe9\n", true},
		{[]string{"LANG=C.UTF-8", "PYTHONIOENCODING=latin-1:replace", "PYTHONUNBUFFERED=1"}, nil, "[('latin-1', 'replace', True), ('latin-1', 'replace', True), ('latin-1', 'backslashreplace', True)]\ncaf\xe9 ? ?\n", false},
		{[]string{"LANG=C.UTF-8", "PYTHONIOENCODING=latin-1:replace", "PYTHONUNBUFFERED=1"}, []string{"-E"}, "[('UTF-8', 'strict', False), ('UTF-8', 'strict', False), ('UTF-8', 'backslashreplace', False)]\nsurrogates not allowed\n", false},
		{[]string{"LANG=C.UTF-8", "PYTHONIOENCODING=ascii:backslashreplace"}, nil, "[('ascii', 'backslashreplace', False), ('ascii', 'backslashreplace', False), ('ascii', 'backslashreplace', False)]\ncaf\\xe9 \\u20ac \\udce9\n", false},
	}
	cpython := pytesting.CPython36()
	for _, c := range cases {
		args := append(append([]string{}, c.args...), "-c", show)
		env := append(append(append([]string{}, base...), c.env...), asInterpreter+"=1")
		stdout, stderr, status := runCmdline(t, dir, env, self, args...)
		assert.Equal(t, c.stdout, stdout, "%q %q: %s", c.env, c.args, stderr)
		assert.Equal(t, 0, status)
		if cpython != "" && !c.differs {
			stdout, stderr, _ := runCmdline(t, dir, append(append(append([]string{}, base...), c.env...), "PYENV_VERSION=3.6.15"), cpython, args...)
			assert.Equal(t, c.stdout, stdout, "%q %q: CPython 3.6's: %s", c.env, c.args, stderr)
		}
	}
}

// cut splits an environment entry at its first '='.
func cut(kv string) (name, value string, ok bool) {
	for i := 0; i < len(kv); i++ {
		if kv[i] == '=' {
			return kv[:i], kv[i+1:], true
		}
	}
	return kv, "", false
}

// TestUncaughtInASCIIStderr: when stderr encodes to ASCII
// (PYTHONIOENCODING=ascii) the report of an uncaught exception (and
// SystemExit's message) escapes what ASCII cannot hold, as CPython's
// stderr (backslashreplace) does.
func TestUncaughtInASCIIStderr(t *testing.T) {
	dir := t.TempDir()
	self := program(t)
	var env []string
	for _, kv := range os.Environ() {
		switch name, _, _ := cut(kv); name {
		case "LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING":
		default:
			env = append(env, kv)
		}
	}
	env = append(env, "LANG=C.UTF-8", "PYTHONIOENCODING=ascii")
	cpython := pytesting.CPython36()
	for _, c := range []struct{ code, stderr string }{
		{"raise ValueError('caf\\xe9 \\u20ac \\U0001f600')", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nValueError: caf\\xe9 \\u20ac \\U0001f600\n"},
		{"raise SystemExit('caf\\xe9')", "caf\\xe9\n"},
	} {
		cmd := exec.Command(self, "-c", c.code)
		cmd.Dir, cmd.Env = dir, append(env, asInterpreter+"=1")
		out, _ := cmd.CombinedOutput()
		assert.Equal(t, c.stderr, string(out))
		if cpython != "" {
			cmd := exec.Command(cpython, "-c", c.code)
			cmd.Dir, cmd.Env = dir, append(env, "PYENV_VERSION=3.6.15")
			out, _ := cmd.CombinedOutput()
			assert.Equal(t, c.stderr, string(out), "CPython 3.6's")
		}
	}
}
