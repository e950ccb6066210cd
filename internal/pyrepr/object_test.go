package pyrepr_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ "github.com/gpython-ssl/gpython-ssl/vm" // the loop runs the scripts' methods
)

// objectsSrc defines the objects of TestPythonObjects.
const objectsSrc = `
class E(Exception):
    def __str__(self):
        return "custom: " + self.args[0]
class F(E):
    pass
class R(Exception):
    def __repr__(self):
        return "<R>"
class KE(KeyError):
    pass
class Mixin:
    def __str__(self):
        return "mixin"
class M(ValueError, Mixin):
    pass
class Bad(Exception):
    def __str__(self):
        return 1
    def __repr__(self):
        return None
class Raises(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
class O(OSError):
    pass
class A:
    def __repr__(self):
        return "A!"
class B(A):
    pass
class C:
    def __str__(self):
        return "C-str"
class Plain:
    pass
e, f, r, ke, m = E("arg"), F("sub"), R("x"), KE("k"), M("v")
bad, raises, o = Bad(), Raises("x"), O(2, "gone", "f.txt")
a, b, c, plain = A(), B(), C(), Plain()
oserr, oserr1, oserr6 = OSError(13, "denied", "f", None, "g"), OSError("one"), OSError(1, 2, 3, 4, 5, 6)
VE, OE = ValueError, OSError
`

// TestPythonObjects compares Repr and Str of exceptions, instances and
// classes of Python classes with CPython 3.6's repr and str of the same
// objects: the overrides a class or its Python bases define, the
// built-in rule otherwise.
func TestPythonObjects(t *testing.T) {
	names := []string{"e", "f", "r", "ke", "m", "o", "a", "b", "oserr", "oserr1", "oserr6",
		"E", "KE", "O", "A", "VE", "OE"}
	var oracle strings.Builder
	oracle.WriteString(objectsSrc)
	for _, n := range names {
		fmt.Fprintf(&oracle, "print(ascii(repr(%s)))\nprint(ascii(str(%s)))\n", n, n)
	}
	want := cpython36Lines(t, "python_objects", oracle.String())
	require.Len(t, want, 2*len(names))
	g := runGlobals(t, objectsSrc)
	for i, n := range names {
		t.Run(n, func(t *testing.T) {
			rep, err := pyrepr.Repr(g[n])
			require.NoError(t, err)
			str, err := pyrepr.Str(g[n])
			require.NoError(t, err)
			assert.Equal(t, want[2*i], pyrepr.ASCII(pyrepr.StrRepr(rep)), "repr")
			assert.Equal(t, want[2*i+1], pyrepr.ASCII(pyrepr.StrRepr(str)), "str")
		})
	}

	// What CPython prints with an address, and the failures.
	addr := `0x[0-9a-f]+`
	cases := []struct {
		name    string
		obj     string
		repr    bool
		want    string // regexp of the text, or of the error
		wantErr bool
	}{
		{"default repr", "plain", true, `^<__main__\.Plain object at ` + addr + `>$`, false},
		{"default str", "plain", false, `^<__main__\.Plain object at ` + addr + `>$`, false},
		{"str only: repr is the default", "c", true, `^<__main__\.C object at ` + addr + `>$`, false},
		{"str only: str", "c", false, `^C-str$`, false},
		{"__str__ returns an int", "bad", false, `^TypeError: '__str__ returned non-string \(type int\)'$`, true},
		{"__repr__ returns None", "bad", true, `^TypeError: '__repr__ returned non-string \(type NoneType\)'$`, true},
		{"__str__ raises", "raises", false, `^RuntimeError: 'no str for you'$`, true},
		{"__repr__ of a raising __str__ is the built-in one", "raises", true, `^Raises\('x',\)$`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text, err := pyrepr.Str(g[tc.obj])
			if tc.repr {
				text, err = pyrepr.Repr(g[tc.obj])
			}
			if tc.wantErr {
				require.Error(t, err)
				assert.Regexp(t, regexp.MustCompile(tc.want), err.Error())
				return
			}
			require.NoError(t, err)
			assert.Regexp(t, regexp.MustCompile(tc.want), text)
		})
	}

	// The traceback's last line goes through Str (pyutil.StrHook).
	assert.Equal(t, "__main__.E: custom: arg", pyutil.ExceptionLine(g["e"]))
	assert.Equal(t, "__main__.Raises: <exception str() failed>", pyutil.ExceptionLine(g["raises"]))
	assert.Equal(t, "__main__.O: [Errno 2] gone: 'f.txt'", pyutil.ExceptionLine(g["o"]))
}

// runGlobals runs src as module __main__ on the project's loop and
// returns its globals.
func runGlobals(t *testing.T, src string) py.StringDict {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	t.Cleanup(func() { _ = ctx.Close() })
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<test>"}})
	require.NoError(t, err)
	_, err = ctx.RunCode(code, module.Globals, module.Globals, nil)
	require.NoError(t, err)
	return module.Globals
}

// TestExceptionText checks the 3.6 forms of exceptions Go code builds,
// without a script.
func TestExceptionText(t *testing.T) {
	withDict := func(e *py.Exception, kv ...py.Object) *py.Exception {
		e.Dict = py.StringDict{}
		for i := 0; i < len(kv); i += 2 {
			e.Dict[string(kv[i].(py.String))] = kv[i+1]
		}
		return e
	}
	s := func(v string) py.Object { return py.String(v) }
	cases := []struct {
		name      string
		e         *py.Exception
		repr, str string
	}{
		{"one arg keeps the comma", &py.Exception{Base: py.ValueError, Args: py.Tuple{s("x")}}, "ValueError('x',)", "x"},
		{"no args", &py.Exception{Base: py.ValueError, Args: py.Tuple{}}, "ValueError()", ""},
		{"nil args", &py.Exception{Base: py.StopIteration}, "StopIteration()", ""},
		{"two args", &py.Exception{Base: py.OSError, Args: py.Tuple{py.Int(2), s("x")}}, "OSError(2, 'x')", "[Errno 2] x"},
		{"StopIteration value", &py.Exception{Base: py.StopIteration, Args: py.Tuple{py.Int(5)}}, "StopIteration(5,)", "5"},
		{"KeyError repr of key", &py.Exception{Base: py.KeyError, Args: py.Tuple{py.Tuple{py.Int(1), s("a")}}}, "KeyError((1, 'a'),)", "(1, 'a')"},
		{"KeyError two args", &py.Exception{Base: py.KeyError, Args: py.Tuple{py.Int(1), py.Int(2)}}, "KeyError(1, 2)", "(1, 2)"},
		{"module stripped", &py.Exception{Base: &py.Type{Name: "ssl.SSLError"}, Args: py.Tuple{s("m")}}, "SSLError('m',)", "m"},
		{"OSError fields from the Dict",
			withDict(&py.Exception{Base: py.PermissionError, Args: py.Tuple{py.Int(13), s("denied")}}, s("errno"), py.Int(13), s("strerror"), s("denied"), s("filename"), s("f")),
			"PermissionError(13, 'denied')", "[Errno 13] denied: 'f'"},
		{"OSError filename2",
			withDict(&py.Exception{Base: py.OSError, Args: py.Tuple{py.Int(2), s("x")}}, s("errno"), py.Int(2), s("strerror"), s("x"), s("filename"), s("a"), s("filename2"), s("b")),
			"OSError(2, 'x')", "[Errno 2] x: 'a' -> 'b'"},
		{"OSError filename without errno",
			withDict(&py.Exception{Base: py.OSError, Args: py.Tuple{}}, s("filename"), s("f")),
			"OSError()", "[Errno None] None: 'f'"},
		{"OSError fields from args", &py.Exception{Base: py.OSError, Args: py.Tuple{py.Int(2), s("x"), s("f"), py.None, s("g")}}, "OSError(2, 'x', 'f', None, 'g')", "[Errno 2] x: 'f' -> 'g'"},
		{"OSError six args", &py.Exception{Base: py.OSError, Args: py.Tuple{py.Int(1), py.Int(2), py.Int(3), py.Int(4), py.Int(5), py.Int(6)}}, "OSError(1, 2, 3, 4, 5, 6)", "(1, 2, 3, 4, 5, 6)"},
		{"OSError from Go (NewOSError)", pyutil.NewOSError(py.FileNotFoundError, 2, "No such file or directory", s("x")),
			"FileNotFoundError(2, 'No such file or directory')", "[Errno 2] No such file or directory: 'x'"},
		{"OSError from Go without a filename", pyutil.NewOSError(py.BrokenPipeError, 32, "Broken pipe", nil),
			"BrokenPipeError(32, 'Broken pipe')", "[Errno 32] Broken pipe"},
		{"OSError one message (ssl's form)", &py.Exception{Base: py.OSError, Args: py.Tuple{s("whole message")}, Dict: py.StringDict{"errno": py.Int(1), "strerror": s("whole message")}},
			"OSError('whole message',)", "whole message"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.repr, mustRepr(t, tc.e))
			str, err := pyrepr.Str(tc.e)
			require.NoError(t, err)
			assert.Equal(t, tc.str, str)
		})
	}
}

// TestClassText: classes print with their module, except builtins.
func TestClassText(t *testing.T) {
	script := &py.Type{Name: "Mine", Qualname: "Outer.Mine", Dict: py.StringDict{"__module__": py.String("pkg")}}
	cases := []struct {
		name string
		o    py.Object
		want string
	}{
		{"builtin", py.IntType, "<class 'int'>"},
		{"builtin exception", py.ValueError, "<class 'ValueError'>"},
		{"Go class with module in its name", &py.Type{Name: "ssl.SSLError"}, "<class 'ssl.SSLError'>"},
		{"script class", script, "<class 'pkg.Outer.Mine'>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mustRepr(t, tc.o))
			str, err := pyrepr.Str(tc.o)
			require.NoError(t, err)
			assert.Equal(t, tc.want, str)
		})
	}
}
