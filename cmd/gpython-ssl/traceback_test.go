package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

var update = flag.Bool("update", false, "rewrite testdata/traceback/*.stderr with CPython 3.6's output")

// tracebackCases are scripts (testdata/traceback/NAME.py, or the -c
// arguments) whose uncaught exception or SyntaxError gpython-ssl must
// report exactly as CPython 3.6 does; NAME.stderr holds CPython's stderr,
// with the directory the scripts ran in written $DIR.
//
// They are the shapes today's evaluation loop already gets right. The
// chaining of caught exceptions (their own tracebacks), `raise ... from e`,
// script-defined exception classes, generator frames and the
// IndentationError family are tested on hand-built values in
// internal/pyutil until the loop and compiler produce them.
var tracebackCases = []struct {
	name string
	args []string // default: NAME.py
	code int
}{
	{name: "nested"},      // calls four deep; tab, trailing blanks, comment, non-ASCII source
	{name: "rec"},         // recursion: [Previous line repeated 3 more times]
	{name: "reraise"},     // bare raise: the original line
	{name: "lam"},         // <lambda>, <listcomp>
	{name: "imp"},         // a frame in an imported module ($DIR/tb_helper.py)
	{name: "multiline"},   // the line of the failing call inside a statement of three lines
	{name: "nameerr"},     // NameError in a function
	{name: "keyerror"},    // KeyError: 'b'
	{name: "crlf"},        // a script with CRLF line ends
	{name: "causenew"},    // raise ... from KeyError(...): a cause without a traceback
	{name: "fromnone"},    // raise ... from None
	{name: "blank_line"},  // exec of code naming another file, whose line is blank
	{name: "removed"},     // a module file removed before the traceback: no line
	{name: "exec_syntax"}, // SyntaxError from exec(): traceback, then location and caret
	{name: "sysexit"},     // sys.exit("bye"): the message, status 1
	{name: "syntax_def"},  // compile-time SyntaxErrors: no traceback
	{name: "syntax_noeol"},
	{name: "syntax_paren"},
	{name: "syntax_return"},   // found after parsing: the line is read from the file
	{name: "syntax_nonlocal"}, // likewise, indented
	{name: "c_frames", args: []string{"-c", "def f():\n  1/0\nf()"}}, // "<string>": no source lines
	{name: "c_syntax", args: []string{"-c", "a b"}},                  // text and caret from the -c source
	{name: "c_syntax_noeol", args: []string{"-c", "x = 1 +"}},        // no final newline
	{name: "c_return", args: []string{"-c", "print(1)\nreturn 1"}},   // found after parsing: no text
}

func TestUncaughtTracebacks(t *testing.T) {
	cpython, why := findCPython36()
	switch {
	case cpython == nil && *update:
		t.Fatalf("-update needs CPython 3.6: %s", why)
	case cpython == nil:
		t.Logf("CPython 3.6 not found (%s): comparing with the stored expectations in testdata/traceback only", why)
	}
	dir := t.TempDir() // scripts run in a copy: removed.py writes a module
	src := filepath.Join("testdata", "traceback")
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".stderr") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644))
	}
	for _, tc := range tracebackCases {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if args == nil {
				args = []string{tc.name + ".py"}
			}
			wantCode := tc.code
			if wantCode == 0 {
				wantCode = 1
			}
			golden := filepath.Join(src, tc.name+".stderr")
			if cpython != nil {
				out, code := cpython(t, dir, args...)
				out = hideDir(out, dir)
				assert.Equal(t, wantCode, code, "CPython 3.6's exit status")
				if *update {
					require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
				}
				stored, err := os.ReadFile(golden)
				require.NoError(t, err)
				assert.Equal(t, out, string(stored), "%s is not what CPython 3.6 prints: go test ./cmd/gpython-ssl -run TestUncaughtTracebacks -update", golden)
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			got, code := interpreter(t, dir, args...)
			assert.Equal(t, string(want), hideDir(got, dir))
			assert.Equal(t, wantCode, code, "exit status")
		})
	}
}

// hideDir writes dir, as given or with its symbolic links resolved, $DIR.
func hideDir(out, dir string) string {
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		out = strings.ReplaceAll(out, real, "$DIR")
	}
	return strings.ReplaceAll(out, dir, "$DIR")
}

// cpythonRunner runs CPython 3.6 with args in dir: its stderr and status.
type cpythonRunner func(t *testing.T, dir string, args ...string) (string, int)

var (
	cpythonOnce   sync.Once
	cpythonRun    cpythonRunner
	cpythonAbsent string
)

// findCPython36 finds CPython 3.6 through the project's one finder
// (internal/pytesting); nil and the reason when there is none. CPython runs
// with UTF-8 stderr and writes no bytecode.
func findCPython36() (cpythonRunner, string) {
	cpythonOnce.Do(func() {
		path := pytesting.CPython36()
		if path == "" {
			cpythonAbsent = "no CPython 3.6 (python3.6, pyenv 3.6.x or $CPYTHON36)"
			return
		}
		env := append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
		cpythonRun = func(t *testing.T, dir string, args ...string) (string, int) {
			return runProgram(t, dir, env, path, args...)
		}
	})
	return cpythonRun, cpythonAbsent
}
