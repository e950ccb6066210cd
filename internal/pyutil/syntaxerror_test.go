package pyutil_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // py.Compile
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// syntaxError is SyntaxError(msg, (filename, lineno, offset, text)) or,
// with info nil, SyntaxError(*msg).
func syntaxError(t *py.Type, msg []py.Object, info ...py.Object) *py.Exception {
	args := py.Tuple(msg)
	if info != nil {
		args = append(args, py.Tuple(info))
	}
	return &py.Exception{Base: t, Args: args, Dict: py.StringDict{}}
}

// TestSyntaxErrorFormat: each want is what CPython 3.6.15 prints (after
// the traceback) for `raise SyntaxError("m", (filename, lineno, offset,
// text))` with the arguments of the case.
func TestSyntaxErrorFormat(t *testing.T) {
	m := []py.Object{py.String("m")}
	n, s := py.None, func(v string) py.Object { return py.String(v) }
	i := func(v int) py.Object { return py.Int(v) }
	tests := []struct {
		name string
		exc  *py.Exception
		want string
	}{
		{"offset None: text unstripped, no caret", syntaxError(py.SyntaxError, m, s("f.py"), i(3), n, s("  ab\n")),
			"  File \"f.py\", line 3\n      ab\nSyntaxError: m\n"},
		{"offset inside the stripped blanks: no caret", syntaxError(py.SyntaxError, m, s("f.py"), i(3), i(1), s("  ab\n")),
			"  File \"f.py\", line 3\n    ab\nSyntaxError: m\n"},
		{"caret moves with the stripped blanks", syntaxError(py.SyntaxError, m, s("f.py"), i(3), i(2), s("  ab\n")),
			"  File \"f.py\", line 3\n    ab\n    ^\nSyntaxError: m\n"},
		{"text of several lines", syntaxError(py.SyntaxError, m, s("f.py"), i(3), i(3), s("a\nbc\n")),
			"  File \"f.py\", line 3\n    bc\n    ^\nSyntaxError: m\n"},
		{"empty text, offset 0", syntaxError(py.SyntaxError, m, s("f.py"), i(3), i(0), s("")),
			"  File \"f.py\", line 3\n    \n    ^\nSyntaxError: m\n"},
		{"offset past the end, no newline", syntaxError(py.SyntaxError, m, s("f.py"), i(3), i(9), s("ab")),
			"  File \"f.py\", line 3\n    ab\n            ^\nSyntaxError: m\n"},
		{"negative offset: text unstripped", syntaxError(py.SyntaxError, m, s("f.py"), i(3), i(-3), s("  ab")),
			"  File \"f.py\", line 3\n      ab\n    ^\nSyntaxError: m\n"},
		{"offset on the newline", syntaxError(py.SyntaxError, m, s("f.py"), i(2), i(3), s("ab\n")),
			"  File \"f.py\", line 2\n    ab\n     ^\nSyntaxError: m\n"},
		{"offset past the newline", syntaxError(py.SyntaxError, m, s("f.py"), i(2), i(4), s("ab\n")),
			"  File \"f.py\", line 2\n    \n    ^\nSyntaxError: m\n"},
		{"two newlines", syntaxError(py.SyntaxError, m, s("f.py"), i(2), i(2), s("ab\n\n")),
			"  File \"f.py\", line 2\n    ab\n\n     ^\nSyntaxError: m\n"},
		{"non-ASCII text", syntaxError(py.SyntaxError, m, s("f.py"), i(2), i(3), s("é b\n")),
			"  File \"f.py\", line 2\n    é b\n      ^\nSyntaxError: m\n"},
		{"filename None, line 0", syntaxError(py.SyntaxError, m, n, i(0), i(2), s("ab")),
			"  File \"<string>\", line 0\n    ab\n     ^\nSyntaxError: m\n"},
		{"bool lineno", syntaxError(py.SyntaxError, m, s("f.py"), py.True, i(2), s("ab")),
			"  File \"f.py\", line 1\n    ab\n     ^\nSyntaxError: m\n"},
		{"text None", syntaxError(py.SyntaxError, m, s("f.py"), i(3), i(2), n),
			"  File \"f.py\", line 3\nSyntaxError: m\n"},
		{"text not a str", syntaxError(py.SyntaxError, m, s("f.py"), i(3), i(2), i(5)),
			"  File \"f.py\", line 3\n\n"},
		{"lineno not an int: str() of the error", syntaxError(py.SyntaxError, m, s("/tmp/d/f.py"), s("x"), i(2), s("ab")),
			"SyntaxError: m (f.py)\n"},
		{"offset not an int: str() of the error", syntaxError(py.SyntaxError, m, s("f.py"), i(3), s("y"), s("ab")),
			"SyntaxError: m (f.py, line 3)\n"},
		{"no location", syntaxError(py.SyntaxError, m, n, n, i(2), s("ab")),
			"SyntaxError: m\n"},
		{"IndentationError", syntaxError(py.IndentationError, m, s("f.py"), i(1), i(1), s("x")),
			"  File \"f.py\", line 1\n    x\n    ^\nIndentationError: m\n"},
		{"script subclass", syntaxError(scriptClass("E", "__main__", py.SyntaxError), m, s("f.py"), i(1), i(2), s("ab")),
			"  File \"f.py\", line 1\n    ab\n     ^\n__main__.E: m\n"},
		{"SyntaxError()", syntaxError(py.SyntaxError, nil), "SyntaxError: None\n"},
		{"SyntaxError('')", syntaxError(py.SyntaxError, []py.Object{s("")}), "SyntaxError\n"},
		{"SyntaxError('manual')", syntaxError(py.SyntaxError, []py.Object{s("manual")}), "SyntaxError: manual\n"},
		{"message None", syntaxError(py.SyntaxError, []py.Object{n}, s("f.py"), i(1), i(1), s("x")),
			"  File \"f.py\", line 1\n    x\n    ^\nSyntaxError\n"},
		{"message empty", syntaxError(py.SyntaxError, []py.Object{s("")}, s("f.py"), i(1), i(1), s("x")),
			"  File \"f.py\", line 1\n    x\n    ^\nSyntaxError\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, pyutil.FormatException(tc.exc))
		})
	}
}

// TestSyntaxErrorAttributes: the Dict (CPython's attribute names, and
// gpython's "line") wins over the arguments.
func TestSyntaxErrorAttributes(t *testing.T) {
	e := syntaxError(py.SyntaxError, []py.Object{py.String("m")}, py.String("f.py"), py.Int(3), py.Int(2), py.String("ab\n"))
	e.Dict["msg"] = py.String("from dict")
	e.Dict["lineno"] = py.Int(7)
	e.Dict["text"] = py.String("xyz\n")
	e.Dict["line"] = py.String("ignored when text is set\n")
	assert.Equal(t, "  File \"f.py\", line 7\n    xyz\n     ^\nSyntaxError: from dict\n", pyutil.FormatException(e))
	assert.Equal(t, "SyntaxError: from dict", pyutil.ExceptionLine(e))

	d, ok := pyutil.SyntaxErrorInfo(e)
	require.True(t, ok)
	assert.Equal(t, pyutil.SyntaxErrorDetails{Msg: py.String("from dict"), Filename: "f.py", Lineno: 7, Offset: 2, Text: "xyz\n", HasText: true}, d)
	_, ok = pyutil.SyntaxErrorInfo(py.ExceptionNewf(py.ValueError, "x"))
	assert.False(t, ok)
}

// TestCompileErrors: SyntaxErrors from gpython's compiler, for sources on
// which its location agrees with CPython 3.6's. Each want is what
// `python3.6 x.py` prints for the file. (Where they disagree today is
// listed in the compiler front-end's notes; the printer is tested above.)
func TestCompileErrors(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"def f(:\n  pass\n", "  File \"DIR/x.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n"},
		{"a b\n", "  File \"DIR/x.py\", line 1\n    a b\n      ^\nSyntaxError: invalid syntax\n"},
		{"x = 1 +\n", "  File \"DIR/x.py\", line 1\n    x = 1 +\n          ^\nSyntaxError: invalid syntax\n"},
		{"x = 1 + \n", "  File \"DIR/x.py\", line 1\n    x = 1 + \n           ^\nSyntaxError: invalid syntax\n"},
		{"a = 1\nb = (1 +\n 2 3)\n", "  File \"DIR/x.py\", line 3\n    2 3)\n      ^\nSyntaxError: invalid syntax\n"},
		{"for x in 1 2:\n    pass\n", "  File \"DIR/x.py\", line 1\n    for x in 1 2:\n               ^\nSyntaxError: invalid syntax\n"},
		{"def f():\n    return 1\nclass C:\n    def m(self):\n        yield from\n", "  File \"DIR/x.py\", line 5\n    yield from\n             ^\nSyntaxError: invalid syntax\n"},
		// found after parsing: gpython leaves the text empty, the printer
		// reads the line from the file
		{"return 1\n", "  File \"DIR/x.py\", line 1\n    return 1\n    ^\nSyntaxError: 'return' outside function\n"},
		{"break\n", "  File \"DIR/x.py\", line 1\n    break\n    ^\nSyntaxError: 'break' outside loop\n"},
		{"def f():\n    x = 1\n    nonlocal x\n", "  File \"DIR/x.py\", line 3\n    nonlocal x\n    ^\nSyntaxError: name 'x' is assigned to before nonlocal declaration\n"},
		{"def f():\n    global x\n    x = 1\n    global x\n", "  File \"DIR/x.py\", line 4\n    global x\n    ^\nSyntaxError: name 'x' is assigned to before global declaration\n"},
		{"def f():\n    x = 1\n    def g():\n        nonlocal y\n", "  File \"DIR/x.py\", line 4\n    nonlocal y\n    ^\nSyntaxError: no binding for nonlocal 'y' found\n"},
	}
	for _, tc := range tests {
		t.Run(strings.SplitN(tc.src, "\n", 2)[0], func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.py")
			require.NoError(t, os.WriteFile(path, []byte(tc.src), 0o644))
			_, err := py.Compile(tc.src, path, py.ExecMode, 0, true)
			require.Error(t, err)
			assert.Equal(t, strings.ReplaceAll(tc.want, "DIR/", dir+"/"), pyutil.FormatException(err))
		})
	}

	// python3.6 -c 'return 1': "<string>" cannot be read, so no text.
	_, err := py.Compile("return 1\n", "<string>", py.ExecMode, 0, true)
	require.Error(t, err)
	assert.Equal(t, "  File \"<string>\", line 1\nSyntaxError: 'return' outside function\n", pyutil.FormatException(err))
}

// TestRuntimeSyntaxError: a SyntaxError raised by exec() prints its
// traceback, then its location.
//
//	def g():
//	    exec("x = (1,\n  2 3)")
//	g()
func TestRuntimeSyntaxError(t *testing.T) {
	e := syntaxError(py.SyntaxError, []py.Object{py.String("invalid syntax")})
	e.Dict = py.StringDict{"filename": py.String("<string>"), "lineno": py.Int(2), "offset": py.Int(5), "text": py.String("  2 3)\n")}
	e.Traceback = traceback("", at{"<string>", 3, "<module>"}, at{"<string>", 2, "g"})
	assert.Equal(t, "Traceback (most recent call last):\n"+
		"  File \"<string>\", line 3, in <module>\n"+
		"  File \"<string>\", line 2, in g\n"+
		"  File \"<string>\", line 2\n"+
		"    2 3)\n"+
		"      ^\n"+
		"SyntaxError: invalid syntax\n", pyutil.FormatException(info(e)))
}
