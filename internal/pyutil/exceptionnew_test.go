package pyutil_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// TestExceptionNew checks the constructor of the built-in exception
// classes against CPython 3.6's results (type, args, errno, strerror,
// filename, filename2 of `T(*args)`).
func TestExceptionNew(t *testing.T) {
	s := func(v string) py.Object { return py.String(v) }
	i := func(v int) py.Object { return py.Int(v) }
	none := py.Object(py.None)
	cases := []struct {
		name     string
		t        *py.Type
		args     py.Tuple
		wantType *py.Type
		wantArgs py.Tuple
		// errno, strerror, filename, filename2 as Python reads them
		fields [4]py.Object
	}{
		{"ValueError", py.ValueError, py.Tuple{s("x")}, py.ValueError, py.Tuple{s("x")}, [4]py.Object{}},
		{"OSError ENOENT", py.OSError, py.Tuple{i(2), s("x")}, py.FileNotFoundError, py.Tuple{i(2), s("x")}, [4]py.Object{i(2), s("x"), none, none}},
		{"OSError EACCES, filename cut from args", py.OSError, py.Tuple{i(13), s("denied"), s("f")}, py.PermissionError, py.Tuple{i(13), s("denied")}, [4]py.Object{i(13), s("denied"), s("f"), none}},
		{"OSError EEXIST", py.OSError, py.Tuple{i(17), s("x")}, py.FileExistsError, py.Tuple{i(17), s("x")}, [4]py.Object{i(17), s("x"), none, none}},
		{"OSError EPIPE", py.OSError, py.Tuple{i(32), s("x")}, py.BrokenPipeError, py.Tuple{i(32), s("x")}, [4]py.Object{i(32), s("x"), none, none}},
		{"OSError True is EPERM", py.OSError, py.Tuple{py.True, s("x")}, py.PermissionError, py.Tuple{py.True, s("x")}, [4]py.Object{py.True, s("x"), none, none}},
		{"OSError unknown errno", py.OSError, py.Tuple{i(12345), s("msg")}, py.OSError, py.Tuple{i(12345), s("msg")}, [4]py.Object{i(12345), s("msg"), none, none}},
		{"OSError float errno", py.OSError, py.Tuple{py.Float(2), s("x")}, py.OSError, py.Tuple{py.Float(2), s("x")}, [4]py.Object{py.Float(2), s("x"), none, none}},
		{"OSError one arg", py.OSError, py.Tuple{s("only text")}, py.OSError, py.Tuple{s("only text")}, [4]py.Object{none, none, none, none}},
		{"OSError no args", py.OSError, py.Tuple{}, py.OSError, py.Tuple{}, [4]py.Object{none, none, none, none}},
		{"OSError None filename stays in args", py.OSError, py.Tuple{i(2), s("x"), none}, py.FileNotFoundError, py.Tuple{i(2), s("x"), none}, [4]py.Object{i(2), s("x"), none, none}},
		{"OSError two filenames", py.OSError, py.Tuple{i(2), s("x"), s("a"), none, s("b")}, py.FileNotFoundError, py.Tuple{i(2), s("x")}, [4]py.Object{i(2), s("x"), s("a"), s("b")}},
		{"OSError filename2 without filename", py.OSError, py.Tuple{i(2), s("x"), none, none, s("b")}, py.FileNotFoundError, py.Tuple{i(2), s("x"), none, none, s("b")}, [4]py.Object{i(2), s("x"), none, none}},
		{"OSError four args", py.OSError, py.Tuple{s("a"), s("b"), s("c"), s("d")}, py.OSError, py.Tuple{s("a"), s("b")}, [4]py.Object{s("a"), s("b"), s("c"), none}},
		{"OSError six args", py.OSError, py.Tuple{i(1), i(2), i(3), i(4), i(5), i(6)}, py.OSError, py.Tuple{i(1), i(2), i(3), i(4), i(5), i(6)}, [4]py.Object{none, none, none, none}},
		{"subclass keeps its class", py.FileNotFoundError, py.Tuple{i(13), s("x")}, py.FileNotFoundError, py.Tuple{i(13), s("x")}, [4]py.Object{i(13), s("x"), none, none}},
		{"BlockingIOError characters_written", py.BlockingIOError, py.Tuple{i(11), s("x"), i(5)}, py.BlockingIOError, py.Tuple{i(11), s("x"), i(5)}, [4]py.Object{i(11), s("x"), none, none}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, err := py.Call(tc.t, tc.args, nil)
			require.NoError(t, err)
			e, ok := o.(*py.Exception)
			require.True(t, ok, "%T", o)
			assert.Same(t, tc.wantType, e.Base)
			assert.Equal(t, tc.wantArgs, e.Args)
			if tc.fields[0] == nil {
				return
			}
			for j, name := range []string{"errno", "strerror", "filename", "filename2"} {
				prop, ok := py.OSError.Dict[name].(*py.Property)
				require.True(t, ok, name)
				v, err := prop.Fget(e)
				require.NoError(t, err)
				assert.Equal(t, tc.fields[j], v, name)
			}
		})
	}

	o, err := py.Call(py.BlockingIOError, py.Tuple{i(11), s("x"), i(5)}, nil)
	require.NoError(t, err)
	assert.Equal(t, i(5), o.(*py.Exception).Dict["characters_written"])
}

// TestExceptionNewKeywords: CPython's message, a TypeError (gpython's is a
// Go error, which the loop reports as SystemError).
func TestExceptionNewKeywords(t *testing.T) {
	for _, typ := range []*py.Type{py.ValueError, py.OSError, py.FileNotFoundError, py.KeyError} {
		t.Run(typ.Name, func(t *testing.T) {
			_, err := py.Call(typ, nil, py.StringDict{"message": py.String("x")})
			require.Error(t, err)
			assert.True(t, py.IsException(py.TypeError, err), "%v", err)
			assert.Equal(t, typ.Name+" does not take keyword arguments", string(err.(*py.Exception).Args.(py.Tuple)[0].(py.String)))
		})
	}
	sub := pyutil.NewExceptionType("pkg.Later", "made after init", py.OSError)
	o, err := py.Call(sub, py.Tuple{py.Int(2), py.String("x"), py.String("f")}, nil)
	require.NoError(t, err)
	assert.Same(t, sub, o.(*py.Exception).Base, "only OSError itself maps errno to a subclass")
	assert.Equal(t, py.String("f"), o.(*py.Exception).Dict["filename"], "classes made later inherit the constructor")
}

// TestOSErrorInit: OSError.__init__ bound, or called through the class,
// as the loop runs it for Python subclasses.
func TestOSErrorInit(t *testing.T) {
	init, ok := py.OSError.Dict["__init__"].(*py.Method)
	require.True(t, ok)
	cases := []struct {
		name    string
		call    func(e *py.Exception) error
		wantErr string
	}{
		{"bound", func(e *py.Exception) error {
			_, err := py.Call(py.NewBoundMethod(e, init), py.Tuple{py.Int(2), py.String("x"), py.String("f")}, nil)
			return err
		}, ""},
		{"through the class", func(e *py.Exception) error {
			_, err := py.Call(init, py.Tuple{e, py.Int(2), py.String("x"), py.String("f")}, nil)
			return err
		}, ""},
		{"keywords", func(e *py.Exception) error {
			_, err := py.Call(py.NewBoundMethod(e, init), nil, py.StringDict{"x": py.None})
			return err
		}, "does not take keyword arguments"},
		{"not an exception", func(e *py.Exception) error {
			_, err := py.Call(init, py.Tuple{py.Int(1)}, nil)
			return err
		}, "requires a 'BaseException' object but received a 'int'"},
		{"not an OSError", func(e *py.Exception) error {
			_, err := py.Call(init, py.Tuple{&py.Exception{Base: py.ValueError}}, nil)
			return err
		}, "requires a 'OSError' object"},
	}
	// A script's class (the loop builds its instances without the
	// constructor, then runs __init__).
	script := pyutil.NewExceptionType("E", "", py.OSError)
	script.Flags |= py.TPFLAGS_HEAPTYPE
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := &py.Exception{Base: script, Args: py.Tuple{py.String("old")}}
			err := tc.call(e)
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, py.Tuple{py.Int(2), py.String("x")}, e.Args)
			assert.Equal(t, py.String("f"), e.Dict["filename"])
		})
	}
}

// TestOSErrorInitBuiltin: on an instance of a built-in class, which its
// constructor set up, OSError.__init__ changes nothing (as CPython's).
func TestOSErrorInitBuiltin(t *testing.T) {
	o, err := py.Call(py.OSError, py.Tuple{py.Int(2), py.String("x")}, nil)
	require.NoError(t, err)
	_, err = py.Call(py.OSError.Dict["__init__"], py.Tuple{o, py.Int(13), py.String("y"), py.String("z")}, nil)
	require.NoError(t, err)
	e := o.(*py.Exception)
	assert.Equal(t, py.Tuple{py.Int(2), py.String("x")}, e.Args)
	assert.Equal(t, py.Int(2), e.Dict["errno"])
	assert.NotContains(t, e.Dict, "filename")
}

// TestOSErrorAttr covers reading the fields from the Dict, from args of
// exceptions Go code built, and setting them.
func TestOSErrorAttr(t *testing.T) {
	fromArgs := &py.Exception{Base: py.OSError, Args: py.Tuple{py.Int(2), py.String("x"), py.String("f")}}
	v, ok := pyutil.OSErrorAttr(fromArgs, "filename")
	assert.True(t, ok)
	assert.Equal(t, py.String("f"), v)
	_, ok = pyutil.OSErrorAttr(fromArgs, "filename2")
	assert.False(t, ok)

	prop := py.OSError.Dict["errno"].(*py.Property)
	require.NoError(t, prop.Fset(fromArgs, py.Int(5)))
	v, ok = pyutil.OSErrorAttr(fromArgs, "errno")
	assert.True(t, ok)
	assert.Equal(t, py.Int(5), v)
	v, ok = pyutil.OSErrorAttr(fromArgs, "filename")
	assert.True(t, ok, "setting errno keeps the fields read from args")
	assert.Equal(t, py.String("f"), v)

	// gpython raises FileNotFoundError("open x: ...") with no number: the
	// class gives errno and strerror.
	gp := &py.Exception{Base: py.FileNotFoundError, Args: py.Tuple{py.String("open x: no such file or directory")}}
	errno, err := prop.Fget(gp)
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), errno)
	bare := &py.Exception{Base: py.FileNotFoundError, Args: py.Tuple{}}
	errno, err = prop.Fget(bare)
	require.NoError(t, err)
	assert.Equal(t, py.None, errno, "FileNotFoundError().errno is None")
}

// TestExceptionNewOneArgument: ValueError("x") keeps a copy of its one
// argument in a tuple of capacity one (an append copies), made in one
// allocation with the exception; other counts copy as before.
func TestExceptionNewOneArgument(t *testing.T) {
	args := py.Tuple{py.String("x")}
	o, err := pyutil.ExceptionNew(py.ValueError, args, nil)
	require.NoError(t, err)
	e := o.(*py.Exception)
	got, ok := e.Args.(py.Tuple)
	require.True(t, ok)
	assert.Equal(t, py.Tuple{py.String("x")}, got)
	assert.Equal(t, 1, cap(got))
	args[0] = py.String("changed")
	assert.Equal(t, py.String("x"), e.Args.(py.Tuple)[0], "the exception keeps its own copy")
	grown := append(got, py.Int(1))
	assert.Equal(t, py.Tuple{py.String("x")}, e.Args.(py.Tuple), "an append does not reach the exception's tuple")
	assert.Len(t, grown, 2)
	for _, n := range []int{0, 2, 3} {
		in := make(py.Tuple, n)
		for i := range in {
			in[i] = py.Int(i)
		}
		o, err := pyutil.ExceptionNew(py.TypeError, in, nil)
		require.NoError(t, err)
		assert.Equal(t, in, o.(*py.Exception).Args, "%d arguments", n)
	}
	allocs := testing.AllocsPerRun(100, func() {
		_, _ = pyutil.ExceptionNew(py.ValueError, args, nil)
	})
	assert.Equal(t, 1.0, allocs)
}
