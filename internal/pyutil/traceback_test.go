package pyutil_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/internal/pyrepr" // CPython's str() through StrHook
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Where a case quotes a script, its expected text is CPython 3.6.15's
// output for that script, with the file names written DIR/name; the other
// cases (values no script makes, such as a traceback that loops) follow
// the rules CPython's printer applies.

// at is one traceback entry: file (relative to the test's directory
// unless it is a pseudo-name such as "<string>"), line, function name.
type at struct {
	file string
	line int
	name string
}

// traceback links entries outermost first, as the loop builds them.
func traceback(dir string, entries ...at) *py.Traceback {
	var head *py.Traceback
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		file := e.file
		if !strings.HasPrefix(file, "<") {
			file = filepath.Join(dir, file)
		}
		head = &py.Traceback{
			Next:   head,
			Frame:  &py.Frame{Code: &py.Code{Filename: file, Name: e.name}},
			Lineno: int32(e.line),
		}
	}
	return head
}

// exc makes an exception of type t with args, carrying tb when not nil.
func exc(t *py.Type, tb *py.Traceback, args ...py.Object) *py.Exception {
	e := &py.Exception{Base: t, Args: py.Tuple(args), Dict: py.StringDict{}}
	if tb != nil {
		e.Traceback = tb
	}
	return e
}

// info is what the loop hands the binary for an uncaught e.
func info(e *py.Exception) py.ExceptionInfo {
	tb, _ := e.Traceback.(*py.Traceback)
	return py.ExceptionInfo{Type: e.Base, Value: e, Traceback: tb}
}

// scriptClass is a class statement's exception class in module, deriving
// from bases (Exception when none).
func scriptClass(name, module string, bases ...*py.Type) *py.Type {
	t := pyutil.NewExceptionType(name, "", bases...)
	t.Dict["__module__"] = py.String(module)
	return t
}

// sources are the files the frames name; nested.py is the CPython script
// whose traceback TestFormatException's first case reproduces.
var sources = map[string]string{
	"nested.py": "def inner(x):\n\treturn x / 0   \ndef middle(x):\n    y = inner(x)  # comment\n    return y\ndef outer():\n        return middle(1)\nouter()\n",
	"chain.py": `class MyError(Exception):
    pass
def f():
    try:
        {}['k']
    except KeyError as e:
        raise MyError("bad") from e
try:
    f()
except MyError:
    raise ValueError("ctx")
`,
	"other.py":  "a\nb\n\n   \t  \nc\n",
	"crlf.py":   "x = 1\r\ny = 2\r\n1/0  \r\n",
	"cr.py":     "x = 1\r1/0\n",
	"ff.py":     "def f():\n\f    1/0\nf()\n",
	"bom.py":    "\xef\xbb\xbf1/0\n",
	"latin.py":  "# -*- coding: latin-1 -*-\ns = \"\xe9\"; 1/0\n",
	"latin2.py": "#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\ns = \"\xe9\"; 1/0\n",
	"notutf.py": "x = 1\ns = \"\xe9\"; 1/0\n",
	"late.py":   "x = 1\n# -*- coding: latin-1 -*-\ns = \"\xe9\"; 1/0\n",
	"rec.py":    "def f(i):\n    if i == 0:\n        raise ValueError(\"deep\")\n    f(i - 1)\nf(5)\n",
}

func writeSources(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range sources {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	return dir
}

func TestFormatException(t *testing.T) {
	dir := writeSources(t)
	myError := scriptClass("MyError", "__main__")

	tests := []struct {
		name string
		err  func() error
		want string
	}{
		{
			name: "nested calls with source lines",
			err: func() error {
				return info(exc(py.ZeroDivisionError, traceback(dir,
					at{"nested.py", 8, "<module>"}, at{"nested.py", 7, "outer"},
					at{"nested.py", 4, "middle"}, at{"nested.py", 2, "inner"}),
					py.String("division by zero")))
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/nested.py\", line 8, in <module>\n" +
				"    outer()\n" +
				"  File \"DIR/nested.py\", line 7, in outer\n" +
				"    return middle(1)\n" +
				"  File \"DIR/nested.py\", line 4, in middle\n" +
				"    y = inner(x)  # comment\n" +
				"  File \"DIR/nested.py\", line 2, in inner\n" +
				"    return x / 0   \n" +
				"ZeroDivisionError: division by zero\n",
		},
		{
			// python3 -c $'def f():\n  1/0\nf()'; a deleted script; `1/0` | python3
			name: "no source: pseudo-files, missing file, past the end, line 0",
			err: func() error {
				return info(exc(py.ZeroDivisionError, traceback(dir,
					at{"<string>", 3, "<module>"}, at{"<stdin>", 1, "f"}, at{"gone.py", 3, "g"},
					at{"nested.py", 99, "h"}, at{"nested.py", 0, "i"}),
					py.String("division by zero")))
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"<string>\", line 3, in <module>\n" +
				"  File \"<stdin>\", line 1, in f\n" +
				"  File \"DIR/gone.py\", line 3, in g\n" +
				"  File \"DIR/nested.py\", line 99, in h\n" +
				"  File \"DIR/nested.py\", line 0, in i\n" +
				"ZeroDivisionError: division by zero\n",
		},
		{
			// exec(compile("\n\n1/0", "other.py", "exec")), then "\n\n\n1/0"
			name: "blank source lines",
			err: func() error {
				return info(exc(py.ZeroDivisionError, traceback(dir,
					at{"other.py", 3, "<module>"}, at{"other.py", 4, "<module>"}),
					py.String("division by zero")))
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/other.py\", line 3, in <module>\n" +
				"    \n" +
				"  File \"DIR/other.py\", line 4, in <module>\n" +
				"    \n" +
				"ZeroDivisionError: division by zero\n",
		},
		{
			name: "line breaks, form feed, byte order mark, coding comments",
			err: func() error {
				return info(exc(py.ZeroDivisionError, traceback(dir,
					at{"crlf.py", 3, "<module>"}, at{"cr.py", 2, "<module>"}, at{"ff.py", 2, "f"},
					at{"bom.py", 1, "<module>"}, at{"latin.py", 2, "<module>"}, at{"latin2.py", 3, "<module>"},
					at{"notutf.py", 1, "<module>"}, at{"late.py", 1, "<module>"}),
					py.String("division by zero")))
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/crlf.py\", line 3, in <module>\n" +
				"    1/0  \n" +
				"  File \"DIR/cr.py\", line 2, in <module>\n" +
				"    1/0\n" +
				"  File \"DIR/ff.py\", line 2, in f\n" +
				"    1/0\n" +
				"  File \"DIR/bom.py\", line 1, in <module>\n" +
				"    \ufeff1/0\n" +
				"  File \"DIR/latin.py\", line 2, in <module>\n" +
				"    s = \"é\"; 1/0\n" +
				"  File \"DIR/latin2.py\", line 3, in <module>\n" +
				"    s = \"é\"; 1/0\n" +
				"  File \"DIR/notutf.py\", line 1, in <module>\n" +
				"  File \"DIR/late.py\", line 1, in <module>\n" +
				"ZeroDivisionError: division by zero\n",
		},
		{
			// chain.py above
			name: "cause, then context",
			err: func() error {
				key := exc(py.KeyError, traceback(dir, at{"chain.py", 5, "f"}), py.String("k"))
				mine := exc(myError, traceback(dir, at{"chain.py", 9, "<module>"}, at{"chain.py", 7, "f"}), py.String("bad"))
				mine.Cause, mine.Context, mine.SuppressContext = key, key, true
				value := exc(py.ValueError, traceback(dir, at{"chain.py", 11, "<module>"}), py.String("ctx"))
				value.Context = mine
				return info(value)
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/chain.py\", line 5, in f\n" +
				"    {}['k']\n" +
				"KeyError: 'k'\n" +
				"\n" +
				"The above exception was the direct cause of the following exception:\n" +
				"\n" +
				"Traceback (most recent call last):\n" +
				"  File \"DIR/chain.py\", line 9, in <module>\n" +
				"    f()\n" +
				"  File \"DIR/chain.py\", line 7, in f\n" +
				"    raise MyError(\"bad\") from e\n" +
				"__main__.MyError: bad\n" +
				"\n" +
				"During handling of the above exception, another exception occurred:\n" +
				"\n" +
				"Traceback (most recent call last):\n" +
				"  File \"DIR/chain.py\", line 11, in <module>\n" +
				"    raise ValueError(\"ctx\")\n" +
				"ValueError: ctx\n",
		},
		{
			// try: 1/0 / except ZeroDivisionError: raise ValueError("x") from None
			name: "suppressed context",
			err: func() error {
				zero := exc(py.ZeroDivisionError, traceback(dir, at{"f.py", 2, "<module>"}), py.String("division by zero"))
				value := exc(py.ValueError, traceback(dir, at{"f.py", 4, "<module>"}), py.String("x"))
				value.Context, value.Cause, value.SuppressContext = zero, py.None, true
				return info(value)
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/f.py\", line 4, in <module>\n" +
				"ValueError: x\n",
		},
		{
			name: "gpython's own loop: `from None` stored as a SystemError cause",
			err: func() error {
				value := exc(py.ValueError, traceback(dir, at{"f.py", 4, "<module>"}), py.String("x"))
				value.Cause = py.MakeException(py.None)
				return info(value)
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/f.py\", line 4, in <module>\n" +
				"ValueError: x\n",
		},
		{
			// a = ValueError("a"); b = TypeError("b"); a.__context__ = b
			// b.__context__ = a; raise a
			name: "cyclic contexts",
			err: func() error {
				a := exc(py.ValueError, traceback(dir, at{"cycle.py", 5, "<module>"}), py.String("a"))
				b := exc(py.TypeError, nil, py.String("b"))
				a.Context, b.Context = b, a
				return info(a)
			},
			want: "TypeError: b\n" +
				"\n" +
				"During handling of the above exception, another exception occurred:\n" +
				"\n" +
				"Traceback (most recent call last):\n" +
				"  File \"DIR/cycle.py\", line 5, in <module>\n" +
				"ValueError: a\n",
		},
		{
			name: "cyclic causes and an exception its own context",
			err: func() error {
				a := exc(py.ValueError, nil, py.String("a"))
				b := exc(py.TypeError, nil, py.String("b"))
				a.Cause, b.Cause = b, a
				b.Context = b
				return a
			},
			want: "TypeError: b\n" +
				"\n" +
				"The above exception was the direct cause of the following exception:\n" +
				"\n" +
				"ValueError: a\n",
		},
		{
			// a cause already printed hides the context
			name: "seen cause, context ignored",
			err: func() error {
				a := exc(py.ValueError, nil, py.String("a"))
				b := exc(py.TypeError, nil, py.String("b"))
				c := exc(py.KeyError, nil, py.String("c"))
				b.Cause, b.Context = a, c
				a.Context = b
				return a
			},
			want: "TypeError: b\n" +
				"\n" +
				"During handling of the above exception, another exception occurred:\n" +
				"\n" +
				"ValueError: a\n",
		},
		{
			// raise ValueError("x") from KeyError("never raised")
			name: "cause never raised, no traceback",
			err: func() error {
				value := exc(py.ValueError, traceback(dir, at{"f.py", 1, "<module>"}), py.String("x"))
				value.Cause, value.SuppressContext = exc(py.KeyError, nil, py.String("never raised")), true
				return info(value)
			},
			want: "KeyError: 'never raised'\n" +
				"\n" +
				"The above exception was the direct cause of the following exception:\n" +
				"\n" +
				"Traceback (most recent call last):\n" +
				"  File \"DIR/f.py\", line 1, in <module>\n" +
				"ValueError: x\n",
		},
		{
			name: "a context that is not an exception",
			err: func() error {
				value := exc(py.ValueError, nil, py.String("x"))
				value.Context = py.Int(5)
				return value
			},
			want: "TypeError: print_exception(): Exception expected for value, int found\n" +
				"\n" +
				"During handling of the above exception, another exception occurred:\n" +
				"\n" +
				"ValueError: x\n",
		},
		{
			// rec.py: f(5) recursing to f(0)
			name: "repeated frames",
			err: func() error {
				entries := []at{{"rec.py", 5, "<module>"}}
				for range 5 {
					entries = append(entries, at{"rec.py", 4, "f"})
				}
				entries = append(entries, at{"rec.py", 3, "f"})
				return info(exc(py.ValueError, traceback(dir, entries...), py.String("deep")))
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/rec.py\", line 5, in <module>\n" +
				"    f(5)\n" +
				"  File \"DIR/rec.py\", line 4, in f\n" +
				"    f(i - 1)\n" +
				"  File \"DIR/rec.py\", line 4, in f\n" +
				"    f(i - 1)\n" +
				"  File \"DIR/rec.py\", line 4, in f\n" +
				"    f(i - 1)\n" +
				"  [Previous line repeated 2 more times]\n" +
				"  File \"DIR/rec.py\", line 3, in f\n" +
				"    raise ValueError(\"deep\")\n" +
				"ValueError: deep\n",
		},
		{
			name: "script-defined classes and Go-made module classes",
			err: func() error {
				a := exc(scriptClass("MyError", "__main__"), nil, py.String("a"))
				b := exc(scriptClass("Error", "pkg.mod"), nil, py.String("b"))
				c := exc(pyutil.NewExceptionType("ssl.SSLError", "", py.OSError), nil, py.String("boom"))
				sslModule := pyutil.NewExceptionType("ssl.SSLZeroReturnError", "", py.OSError)
				sslModule.Dict["__module__"] = py.String("ssl")
				d := exc(sslModule, nil, py.String("d"))
				bad := scriptClass("Odd", "")
				bad.Dict["__module__"] = py.Int(1)
				e := exc(bad, nil, py.String("e"))
				e.Context, d.Context, c.Context, b.Context = d, c, b, a
				return e
			},
			want: "__main__.MyError: a\n\nDuring handling of the above exception, another exception occurred:\n\n" +
				"pkg.mod.Error: b\n\nDuring handling of the above exception, another exception occurred:\n\n" +
				"ssl.SSLError: boom\n\nDuring handling of the above exception, another exception occurred:\n\n" +
				"ssl.SSLZeroReturnError: d\n\nDuring handling of the above exception, another exception occurred:\n\n" +
				"<unknown>Odd: e\n",
		},
		{
			// raise ValueError(""); raise KeyError; raise OSError(2, "x", "fname")
			name: "messages: empty, none, KeyError repr, OSError",
			err: func() error {
				a := exc(py.ValueError, nil, py.String(""))
				b := exc(py.KeyError, nil)
				c := exc(py.KeyError, nil, py.String("k"))
				d := exc(py.FileNotFoundError, nil, py.Int(2), py.String("x"), py.String("fname"))
				d.Context, c.Context, b.Context = c, b, a
				return d
			},
			want: "ValueError\n\nDuring handling of the above exception, another exception occurred:\n\n" +
				"KeyError\n\nDuring handling of the above exception, another exception occurred:\n\n" +
				"KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\n" +
				"FileNotFoundError: [Errno 2] x: 'fname'\n",
		},
		{
			name: "traceback only on the ExceptionInfo, or only on the exception",
			err: func() error {
				value := exc(py.ValueError, nil, py.String("x"))
				ctx := exc(py.KeyError, traceback(dir, at{"g.py", 2, "<module>"}), py.String("k"))
				value.Context = ctx
				return py.ExceptionInfo{Type: py.ValueError, Value: value, Traceback: traceback(dir, at{"f.py", 1, "<module>"})}
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/g.py\", line 2, in <module>\n" +
				"KeyError: 'k'\n" +
				"\nDuring handling of the above exception, another exception occurred:\n\n" +
				"Traceback (most recent call last):\n" +
				"  File \"DIR/f.py\", line 1, in <module>\n" +
				"ValueError: x\n",
		},
		{
			name: "pointer ExceptionInfo, wrapped",
			err: func() error {
				e := info(exc(py.ValueError, traceback(dir, at{"f.py", 1, "<module>"}), py.String("x")))
				return fmt.Errorf("running: %w", &e)
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/f.py\", line 1, in <module>\n" +
				"ValueError: x\n",
		},
		{
			name: "ExceptionInfo without a value",
			err: func() error {
				return py.ExceptionInfo{Type: py.StopIteration, Traceback: traceback(dir, at{"f.py", 1, "<module>"})}
			},
			want: "Traceback (most recent call last):\n" +
				"  File \"DIR/f.py\", line 1, in <module>\n" +
				"StopIteration\n",
		},
		{
			name: "a Go error",
			err:  func() error { return errors.New("boom") },
			want: "SystemError: boom\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := strings.ReplaceAll(tc.want, "DIR/", dir+"/")
			assert.Equal(t, want, pyutil.FormatException(tc.err()))
			var b strings.Builder
			pyutil.PrintTraceback(&b, tc.err())
			assert.Equal(t, want, b.String(), "PrintTraceback writes FormatException")
		})
	}
	assert.Equal(t, "", pyutil.FormatException(nil))
}

// TestStrFailed: str() of the exception raising prints CPython's marker.
// class E(Exception):
//
//	def __str__(self): raise RuntimeError("no")
//
// raise E()
func TestStrFailed(t *testing.T) {
	e := exc(scriptClass("E", "__main__"), nil)
	old := pyutil.StrHook
	pyutil.StrHook = func(o py.Object) (string, error) {
		if o == e {
			return "", py.ExceptionNewf(py.RuntimeError, "no")
		}
		return old(o)
	}
	defer func() { pyutil.StrHook = old }()
	assert.Equal(t, "__main__.E: <exception str() failed>\n", pyutil.FormatException(e))
}

func TestTracebackLimits(t *testing.T) {
	dir := writeSources(t)
	tests := []struct {
		name    string
		entries func() []at
		want    func() string
	}{
		{
			name: "2, 3 and 4 repeats, singular",
			entries: func() []at {
				var es []at
				for n := 2; n <= 4; n++ {
					for range n {
						es = append(es, at{"rec.py", 4, fmt.Sprint("f", n)})
					}
				}
				return es
			},
			want: func() string {
				var b strings.Builder
				for n := 2; n <= 4; n++ {
					for range min(n, 3) {
						fmt.Fprintf(&b, "  File \"DIR/rec.py\", line 4, in f%d\n    f(i - 1)\n", n)
					}
				}
				b.WriteString("  [Previous line repeated 1 more time]\n")
				return b.String()
			},
		},
		{
			name: "same line, other file or function: not a repeat",
			entries: func() []at {
				return []at{{"rec.py", 4, "f"}, {"rec.py", 4, "g"}, {"nested.py", 4, "g"}, {"nested.py", 4, "g"}, {"rec.py", 4, "f"}}
			},
			want: func() string {
				return "  File \"DIR/rec.py\", line 4, in f\n    f(i - 1)\n" +
					"  File \"DIR/rec.py\", line 4, in g\n    f(i - 1)\n" +
					"  File \"DIR/nested.py\", line 4, in g\n    y = inner(x)  # comment\n" +
					"  File \"DIR/nested.py\", line 4, in g\n    y = inner(x)  # comment\n" +
					"  File \"DIR/rec.py\", line 4, in f\n    f(i - 1)\n"
			},
		},
		{
			// def f(): f()  -- RecursionError: 999 frames of f
			name: "runaway recursion",
			entries: func() []at {
				es := []at{{"<string>", 3, "<module>"}}
				for range 999 {
					es = append(es, at{"<string>", 2, "f"})
				}
				return es
			},
			want: func() string {
				return "  File \"<string>\", line 3, in <module>\n" +
					strings.Repeat("  File \"<string>\", line 2, in f\n", 3) +
					"  [Previous line repeated 996 more times]\n"
			},
		},
		{
			name: "only the innermost 1000 frames",
			entries: func() []at {
				var es []at
				for i := range 1005 {
					es = append(es, at{"<string>", i + 1, "f"})
				}
				return es
			},
			want: func() string {
				var b strings.Builder
				for i := 5; i < 1005; i++ {
					fmt.Fprintf(&b, "  File \"<string>\", line %d, in f\n", i+1)
				}
				return b.String()
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := pyutil.FormatException(info(exc(py.ValueError, traceback(dir, tc.entries()...), py.String("x"))))
			want := "Traceback (most recent call last):\n" + strings.ReplaceAll(tc.want(), "DIR/", dir+"/") + "ValueError: x\n"
			assert.Equal(t, want, got)
		})
	}
}

// TestTracebackLoop: a traceback list that loops ends at the repeated node.
func TestTracebackLoop(t *testing.T) {
	tb := traceback("", at{"<string>", 1, "<module>"}, at{"<string>", 2, "f"})
	tb.Next.Next = tb
	assert.Equal(t, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  File \"<string>\", line 2, in f\nValueError\n",
		pyutil.FormatException(info(exc(py.ValueError, tb))))
}

func TestFrames(t *testing.T) {
	dir := writeSources(t)
	frames := pyutil.Frames(traceback(dir, at{"nested.py", 4, "middle"}, at{"other.py", 3, "<module>"}, at{"<string>", 1, "f"}))
	assert.Equal(t, []pyutil.Frame{
		{Filename: filepath.Join(dir, "nested.py"), Lineno: 4, Name: "middle", Line: "    y = inner(x)  # comment", HasLine: true},
		{Filename: filepath.Join(dir, "other.py"), Lineno: 3, Name: "<module>", Line: "", HasLine: true},
		{Filename: "<string>", Lineno: 1, Name: "f"},
	}, frames)
	assert.Nil(t, pyutil.Frames(nil))
}

func TestLineCacheRereadsChangedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.py")
	require.NoError(t, os.WriteFile(path, []byte("a = 1\n"), 0o644))
	line, ok := pyutil.SourceLines.Line(path, 1)
	assert.True(t, ok)
	assert.Equal(t, "a = 1", line)
	require.NoError(t, os.WriteFile(path, []byte("b = 22\nc\n"), 0o644))
	line, ok = pyutil.SourceLines.Line(path, 1)
	assert.True(t, ok)
	assert.Equal(t, "b = 22", line)
	require.NoError(t, os.Remove(path))
	_, ok = pyutil.SourceLines.Line(path, 1)
	assert.False(t, ok, "a removed file has no lines")
	_, ok = pyutil.SourceLines.Line(filepath.Dir(path), 1)
	assert.False(t, ok, "a directory has no lines")
}

func TestExceptionTypeName(t *testing.T) {
	tests := []struct {
		typ  *py.Type
		want string
	}{
		{py.ValueError, "ValueError"},
		{scriptClass("MyError", "__main__"), "__main__.MyError"},
		{scriptClass("MyError", "builtins"), "MyError"},
		{pyutil.NewExceptionType("socket.timeout", "", py.OSError), "socket.timeout"},
		{pyutil.NewExceptionType("a.b.C", "", py.OSError), "a.b.C"},
		{nil, "<unknown>"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, pyutil.ExceptionTypeName(tc.typ))
	}
}
