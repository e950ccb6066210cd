package main

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// The command line against CPython 3.6: each case's expected output is
// CPython 3.6's, with the case directory shown as DIR and the
// interpreter's path (the prefix of -m's errors) as EXE; only the first
// line of stderr counts (the usage text after it is each interpreter's
// own). Where CPython 3.6 is installed the expectations are checked
// against it too.

// cmdlineFiles are the modules the cases run, in a fresh directory.
var cmdlineFiles = map[string]string{
	"mm.py":              "import sys\nprint(__name__, sys.argv, __file__, __package__)\n",
	"pkg/__init__.py":    "",
	"pkg/__main__.py":    "import sys\nprint('pkg main', __name__, sys.argv, __package__)\n",
	"pkg/sub.py":         "import sys\nprint('sub', __name__, sys.argv[1:], __package__)\n",
	"nomain/__init__.py": "",
	"bad.py":             "x = 1\nraise ValueError('bad module')\n",
	"script.py":          "import sys\nprint('script', sys.argv)\n",
	"nodoc.py":           "print(repr(__doc__))\n",
	"opts.py": `import sys, warnings
f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.no_user_site, f.no_site, f.ignore_environment, f.verbose, f.bytes_warning, f.quiet, f.isolated)
print(sys.warnoptions, sorted(sys._xoptions.items()), __debug__)
print([(a, c.__name__, m and m.pattern, n) for a, _, c, m, n in warnings.filters[:3]])
try:
    assert False, "kept"
    print("assert compiled out")
except AssertionError as e:
    print("AssertionError", e)
`,
	"xskip.py": "not python at all\nimport sys\nprint('skipped', sys.argv)\nraise SystemExit(3)\n",
	// a directory run as the script, and one without __main__
	"app/__main__.py":       "import sys\nprint(__name__, sys.argv, __file__, sys.path[0])\n",
	"app/helper.py":         "",
	"nomaindir/x.py":        "",
	"syspath.py":            "import sys\nprint(repr(sys.path[0]))\n",
	"caf\xe9.py":            "print(ascii(__file__))\n",
	"appfail/__main__.py":   "import helperfail\n",
	"appfail/helperfail.py": "raise KeyError('in helper')\n",
}

// cmdlineZips are zip archives made in the case directory: name to
// {member: source}.
var cmdlineZips = map[string]map[string]string{
	"app.zip":  {"__main__.py": "import sys\nprint(__name__, sys.argv, __file__, sys.path[0])\n"},
	"lone.zip": {"x.py": ""},
}

type cmdlineCase struct {
	args   []string
	stdout string
	stderr string // the first line
	status int
}

var cmdlineCases = []cmdlineCase{
	{[]string{"-m", "mm", "a", "-b"}, "__main__ ['DIR/mm.py', 'a', '-b'] DIR/mm.py \n", "", 0},
	{[]string{"-mmm"}, "__main__ ['DIR/mm.py'] DIR/mm.py \n", "", 0},
	{[]string{"-m", "pkg", "z"}, "pkg main __main__ ['DIR/pkg/__main__.py', 'z'] pkg\n", "", 0},
	{[]string{"-m", "pkg.__main__"}, "pkg main __main__ ['DIR/pkg/__main__.py'] pkg\n", "", 0},
	{[]string{"-m", "pkg.sub", "1", "2"}, "sub __main__ ['1', '2'] pkg\n", "", 0},
	{[]string{"-m", "nomain"}, "", "EXE: No module named nomain.__main__; 'nomain' is a package and cannot be directly executed", 1},
	{[]string{"-m", "nosuch"}, "", "EXE: No module named nosuch", 1},
	{[]string{"-m", "sys"}, "", "EXE: No code object available for sys", 1},
	{[]string{"-m"}, "", "Argument expected for the -m option", 2},
	{[]string{"-c"}, "", "Argument expected for the -c option", 2},
	{[]string{"-W"}, "", "Argument expected for the -W option", 2},
	{[]string{"-Z"}, "", "Unknown option: -Z", 2},
	{[]string{"-V"}, "Python 3.6.15\n", "", 0},
	{[]string{"--version"}, "Python 3.6.15\n", "", 0},
	{[]string{"-u", "-B", "-E", "-s", "-I", "-O", "-W", "ignore", "-X", "dev", "-c", "import sys; print(sys.argv)", "a"}, "['-c', 'a']\n", "", 0},
	{[]string{"-uBq", "-Wignore", "-Xfoo", "script.py", "-u"}, "script ['script.py', '-u']\n", "", 0},
	{[]string{"-OO", "-m", "mm"}, "__main__ ['DIR/mm.py'] DIR/mm.py \n", "", 0},
	{[]string{"--", "script.py", "x"}, "script ['script.py', 'x']\n", "", 0},
	{[]string{"-m", "bad"}, "", "Traceback (most recent call last):", 1},
	{[]string{"-E", "opts.py"}, "0 0 0 0 0 0 1 0 0 0 0\n[] [] True\n[('ignore', 'DeprecationWarning', None, 0), ('ignore', 'PendingDeprecationWarning', None, 0), ('ignore', 'ImportWarning', None, 0)]\nAssertionError kept\n", "", 0},
	{[]string{"-EO", "opts.py"}, "0 0 0 1 0 0 1 0 0 0 0\n[] [] False\n[('ignore', 'DeprecationWarning', None, 0), ('ignore', 'PendingDeprecationWarning', None, 0), ('ignore', 'ImportWarning', None, 0)]\nassert compiled out\n", "", 0},
	{[]string{"-E", "-OO", "-q", "-d", "-s", "-S", "-bb", "opts.py"}, "1 0 0 2 1 1 1 0 2 1 0\n[] [] False\n[('ignore', 'DeprecationWarning', None, 0), ('ignore', 'PendingDeprecationWarning', None, 0), ('ignore', 'ImportWarning', None, 0)]\nassert compiled out\n", "", 0},
	{[]string{"-I", "opts.py"}, "0 0 0 0 1 0 1 0 0 0 1\n[] [] True\n[('ignore', 'DeprecationWarning', None, 0), ('ignore', 'PendingDeprecationWarning', None, 0), ('ignore', 'ImportWarning', None, 0)]\nAssertionError kept\n", "", 0},
	{[]string{"-E", "-W", "ignore", "-Werror::DeprecationWarning", "-W", "once:careful:UserWarning:mod.x:12", "-X", "dev", "-Xa=b=c", "opts.py"},
		"0 0 0 0 0 0 1 0 0 0 0\n['ignore', 'error::DeprecationWarning', 'once:careful:UserWarning:mod.x:12'] [('a', 'b=c'), ('dev', True)] True\n[('once', 'UserWarning', 'mod\\\\.x$', 12), ('error', 'DeprecationWarning', '', 0), ('ignore', 'Warning', '', 0)]\nAssertionError kept\n", "", 0},
	{[]string{"-E", "-W", "bogus", "opts.py"}, "0 0 0 0 0 0 1 0 0 0 0\n['bogus'] [] True\n[('ignore', 'DeprecationWarning', None, 0), ('ignore', 'PendingDeprecationWarning', None, 0), ('ignore', 'ImportWarning', None, 0)]\nAssertionError kept\n", "Invalid -W option ignored: invalid action: 'bogus'", 0},
	{[]string{"-E", "-W", "::NoSuchWarning", "-c", "import warnings"}, "", "Invalid -W option ignored: unknown warning category: 'NoSuchWarning'", 0},
	{[]string{"-E", "-W", "error::::-1", "-c", "import warnings"}, "", "Invalid -W option ignored: invalid lineno -1", 0},
	// warnings is imported at start-up when options were given: an invalid
	// one is reported though the script never imports warnings
	{[]string{"-E", "-W", "::NoSuchWarning", "-c", "import sys; print('warnings' in sys.modules)"}, "True\n", "Invalid -W option ignored: unknown warning category: 'NoSuchWarning'", 0},
	{[]string{"-E", "-c", "import sys; print('warnings' in sys.modules)"}, "False\n", "", 0},
	{[]string{"-E", "-W", "a:b:c:d:e:f", "-c", "import warnings"}, "", "Invalid -W option ignored: too many fields (max 5): 'a:b:c:d:e:f'", 0},
	{[]string{"-x", "xskip.py", "a"}, "skipped ['xskip.py', 'a']\n", "", 3},
	{[]string{"app", "x"}, "__main__ ['app', 'x'] app/__main__.py app\n", "", 0},
	{[]string{"DIR/app"}, "__main__ ['DIR/app'] DIR/app/__main__.py DIR/app\n", "", 0},
	{[]string{"app.zip", "-y"}, "__main__ ['app.zip', '-y'] app.zip/__main__.py app.zip\n", "", 0},
	{[]string{"nomaindir"}, "", "EXE: can't find '__main__' module in 'nomaindir'", 1},
	{[]string{"lone.zip"}, "", "EXE: can't find '__main__' module in 'lone.zip'", 1},
	{[]string{"nosuch.py", "a"}, "", "EXE: can't open file 'nosuch.py': [Errno 2] No such file or directory", 2},
	{[]string{"appfail"}, "", "Traceback (most recent call last):", 1},
	{[]string{"-m", "syspath"}, "''\n", "", 0},
	// __main__ without a docstring has __doc__ None, from a file, -c and -m
	{[]string{"-c", "print(repr(__doc__))"}, "None\n", "", 0},
	{[]string{"-c", "'''Doc.'''; print(repr(__doc__))"}, "'Doc.'\n", "", 0},
	{[]string{"nodoc.py"}, "None\n", "", 0},
	{[]string{"-m", "nodoc"}, "None\n", "", 0},
	{[]string{"caf\xe9.py"}, "'caf\\udce9.py'\n", "", 0},
	// site is imported at start-up unless -S; the builtins it adds go
	// with it; -I adds no __interactivehook__
	{[]string{"-c", "import sys; print('site' in sys.modules, sys.flags.no_site, hasattr(sys, '__interactivehook__'), callable(exit))"}, "True 0 True True\n", "", 0},
	{[]string{"-S", "-c", "import sys; print('site' in sys.modules, sys.flags.no_site, 'exit' in dir(__builtins__), 'help' in dir(__builtins__))"}, "False 1 False False\n", "", 0},
	{[]string{"-I", "-c", "import sys; print(hasattr(sys, '__interactivehook__'), sys.path[:1] != [''])"}, "False True\n", "", 0},
	{[]string{"-I", "-c", "import sys; print(sorted({'re', 'collections', 'functools', 'types', 'weakref', 'locale', 'copyreg', 'operator', 'keyword'} & set(sys.modules)))"}, "[]\n", "", 0},
	{[]string{"-m", "runpy", "fnord43520xyz"}, "", "EXE: No module named fnord43520xyz", 1},
	{[]string{"-m", "runpy", "pkg.sub", "q"}, "sub __main__ ['q'] pkg\n", "", 0},
	{[]string{"-m", "builtins"}, "", "EXE: No code object available for builtins", 1},
	// a -c command that is not UTF-8 is refused before it runs
	{[]string{"-c", "print(ascii(\"\xff\"))"}, "", "Unable to decode the command from the command line:", 1},
	{[]string{"-c", "print('\xc3\xa9', 1)"}, "\u00e9 1\n", "", 0},
	{[]string{"-c", "print(1) # \xed\xa0\x80"}, "", "Unable to decode the command from the command line:", 1},
	{[]string{"-m", "json"}, "", "EXE: No module named json.__main__; 'json' is a package and cannot be directly executed", 1},
	{[]string{"-I", "nomaindir"}, "", "EXE: can't find '__main__' module in 'nomaindir'", 1},
	// -t and -tt (Python 2's tab warnings) are accepted and ignored
	{[]string{"-t", "-tt", "-c", "import sys; print(sys.argv)"}, "['-c']\n", "", 0},
	// -X faulthandler (with any value) enables the fault handler first
	{[]string{"-X", "faulthandler", "-c", "import faulthandler, sys; print(faulthandler.is_enabled(), sys._xoptions)"}, "True {'faulthandler': True}\n", "", 0},
	{[]string{"-Xfaulthandler=0", "-c", "import faulthandler; print(faulthandler.is_enabled())"}, "True\n", "", 0},
	{[]string{"-E", "-c", "import faulthandler; print(faulthandler.is_enabled())"}, "False\n", "", 0},
	{[]string{"-c", "import importlib.util, pkgutil; s = importlib.util.find_spec('json.tool'); print(s.name, s.parent, s.loader.get_code('json.tool') is not None, type(pkgutil.get_data('json', '__init__.py')).__name__)"}, "json.tool json True bytes\n", "", 0},
}

// runCmdline runs exe with args in dir and returns its stdout, the first
// line of its stderr and its exit status.
func runCmdline(t *testing.T, dir string, env []string, exe string, args ...string) (string, string, int) {
	t.Helper()
	return runCmdlineInput(t, dir, env, "", exe, args...)
}

// runCmdlineInput is runCmdline with stdin as the standard input.
func runCmdlineInput(t *testing.T, dir string, env []string, stdin, exe string, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Dir, cmd.Env = dir, env
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	status := 0
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Fatalf("%q: timed out", args)
	case errors.As(err, &exit):
		status = exit.ExitCode()
	case err != nil:
		t.Fatalf("%q: %v", args, err)
	}
	first, _, _ := strings.Cut(stderr.String(), "\n")
	first = strings.Replace(first, exe+":", "EXE:", 1)
	return strings.ReplaceAll(stdout.String(), dir, "DIR"), first, status
}

func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	dir, err := filepath.EvalSymlinks(dir)
	require.NoError(t, err)
	for name, src := range cmdlineFiles {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
	}
	for name, members := range cmdlineZips {
		writeZip(t, filepath.Join(dir, name), members)
	}
	self := program(t)
	cpython := pytesting.CPython36()
	if cpython == "" {
		t.Log("CPython 3.6 not found: comparing with the stored expectations only")
	}
	for _, c := range cmdlineCases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			args := make([]string, len(c.args))
			for i, a := range c.args {
				args[i] = strings.Replace(a, "DIR", dir, 1)
			}
			stdout, stderr, status := runCmdline(t, dir, append(os.Environ(), asInterpreter+"=1"), self, args...)
			assert.Equal(t, c.stdout, stdout, "stdout")
			assert.Equal(t, c.stderr, stderr, "stderr")
			assert.Equal(t, c.status, status, "status")
			if cpython != "" {
				stdout, stderr, status := runCmdline(t, dir, pytesting.CPythonEnv(), cpython, args...)
				assert.Equal(t, c.stdout, stdout, "CPython 3.6's stdout")
				assert.Equal(t, c.stderr, stderr, "CPython 3.6's stderr")
				assert.Equal(t, c.status, status, "CPython 3.6's status")
			}
		})
	}
}

// TestPythonPath: PYTHONPATH's directories come after the script's on
// sys.path, and -E and -I leave them out.
func TestPythonPath(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "pp") // not "lib", which gpython's default path holds
	require.NoError(t, os.MkdirAll(lib, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(lib, "frompath.py"), []byte("WHERE = 'pp'\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.py"), []byte(
		"import sys\nprint(sys.path.index(sys.argv[1]) == 1)\nimport frompath\nprint(frompath.WHERE)\n"), 0o644))
	self := program(t)
	env := append(os.Environ(), asInterpreter+"=1", "PYTHONPATH="+lib+string(os.PathListSeparator)+filepath.Join(dir, "missing"))
	stdout, stderr, status := runCmdline(t, dir, env, self, "main.py", lib)
	assert.Equal(t, "True\npp\n", stdout, stderr)
	assert.Equal(t, 0, status)
	for _, opt := range []string{"-E", "-I"} {
		stdout, stderr, status = runCmdline(t, dir, env, self, opt, "-c", "import frompath")
		assert.Equal(t, "", stdout, opt)
		assert.Equal(t, 1, status, opt)
		assert.Equal(t, "Traceback (most recent call last):", stderr, opt)
	}
}

// TestStdinScript: `-` and no arguments with a standard input that is not
// a terminal run the script it holds, named "<stdin>", read as a file.
func TestStdinScript(t *testing.T) {
	dir := t.TempDir()
	self := program(t)
	cpython := pytesting.CPython36()
	if cpython == "" {
		t.Log("CPython 3.6 not found: comparing with the stored expectations only")
	}
	const show = "import sys\nprint(sys.argv, __name__, __file__, __cached__, __spec__)\n"
	cases := []struct {
		name, stdin string
		args        []string
		stdout      string
		stderr      string // the first line
		status      int
	}{
		{"dash", show, []string{"-", "a", "b"}, "['-', 'a', 'b'] __main__ <stdin> None None\n", "", 0},
		{"no arguments", show, nil, "[''] __main__ <stdin> None None\n", "", 0},
		{"empty", "", nil, "", "", 0},
		{"raises", "print(1)\nraise ValueError('x')\n", []string{"-"}, "1\n", "Traceback (most recent call last):", 1},
		{"eof in brackets", "x = (1,\n", []string{"-"}, "", `  File "<stdin>", line 2`, 1},
		{"unchanged after", "print('u')", []string{"-", "-c", "x"}, "u\n", "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, status := runCmdlineInput(t, dir, append(os.Environ(), asInterpreter+"=1"), c.stdin, self, c.args...)
			assert.Equal(t, c.stdout, stdout, "stdout")
			assert.Equal(t, c.stderr, stderr, "stderr")
			assert.Equal(t, c.status, status, "status")
			if cpython != "" {
				stdout, stderr, status := runCmdlineInput(t, dir, pytesting.CPythonEnv(), c.stdin, cpython, c.args...)
				assert.Equal(t, c.stdout, stdout, "CPython 3.6's stdout")
				assert.Equal(t, c.stderr, stderr, "CPython 3.6's stderr")
				assert.Equal(t, c.status, status, "CPython 3.6's status")
			}
		})
	}
}

// TestModuleTraceback: an uncaught exception in a module run with -m
// shows the module's frame with its file and line.
func TestModuleTraceback(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.py"), []byte(cmdlineFiles["bad.py"]), 0o644))
	stderr, status := interpreter(t, dir, "-m", "bad")
	assert.Equal(t, 1, status)
	assert.Contains(t, stderr, "bad.py\", line 2, in <module>\n    raise ValueError('bad module')\nValueError: bad module\n")
}

// TestModuleEmbedded: a module built into the binary runs with -m.
func TestModuleEmbedded(t *testing.T) {
	stderr, status := interpreter(t, t.TempDir(), "-m", "timeit", "-n", "1", "-r", "1", "pass")
	assert.Equal(t, 0, status, stderr)
}

// writeZip writes a zip archive at path holding members (name: content).
func writeZip(t *testing.T, path string, members map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for name, src := range members {
		f, err := w.Create(name)
		require.NoError(t, err)
		_, err = f.Write([]byte(src))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
}

// TestFaulthandlerEnvironment: PYTHONFAULTHANDLER enables the fault
// handler at start-up unless -E or -I rules the environment out.
func TestFaulthandlerEnvironment(t *testing.T) {
	self := program(t)
	cpython := pytesting.CPython36()
	probe := "import faulthandler; print(faulthandler.is_enabled())"
	cases := []struct {
		value string
		flags []string
		want  string
	}{
		{"1", nil, "True\n"},
		{"anything", nil, "True\n"},
		{"", nil, "False\n"},
		{"1", []string{"-E"}, "False\n"},
		{"1", []string{"-I"}, "False\n"},
	}
	for _, c := range cases {
		t.Run(c.value+strings.Join(c.flags, ""), func(t *testing.T) {
			args := append(append([]string(nil), c.flags...), "-c", probe)
			env := append(os.Environ(), asInterpreter+"=1", "PYTHONFAULTHANDLER="+c.value)
			stdout, stderr, status := runCmdline(t, t.TempDir(), env, self, args...)
			assert.Equal(t, c.want, stdout)
			assert.Equal(t, "", stderr)
			assert.Equal(t, 0, status)
			if cpython != "" {
				env := append(pytesting.CPythonEnv(), "PYTHONFAULTHANDLER="+c.value)
				stdout, _, _ := runCmdline(t, t.TempDir(), env, cpython, args...)
				assert.Equal(t, c.want, stdout, "CPython 3.6")
			}
		})
	}
}
