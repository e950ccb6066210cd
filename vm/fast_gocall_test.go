package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCallGo checks that callGo finds py.Method's Go function in the
// pinned gpython (the shortcut is on), passes a nil kwargs to the keyword
// shape, and calls every other shape as Method.Call does, errors included.
func TestCallGo(t *testing.T) {
	require.NotZero(t, methodFuncOffset, "py.Method's function field not found: the shortcut is off")
	var gotKw py.StringDict
	gotKwSet := false
	kw := py.MustNewMethod("kw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		gotKw, gotKwSet = kwargs, true
		return py.Tuple{self, py.Int(len(args)), py.Int(len(kwargs))}, nil
	}, 0, "")
	pos := py.MustNewMethod("pos", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.Tuple{self, py.Int(len(args))}, nil
	}, 0, "")
	none := py.MustNewMethod("none", func(self py.Object) (py.Object, error) { return self, nil }, 0, "")
	one := py.MustNewMethod("one", func(self, a py.Object) (py.Object, error) { return a, nil }, 0, "")

	r, err := callGo(kw, py.String("s"), py.Tuple{py.Int(1), py.Int(2)})
	require.NoError(t, err)
	assert.Equal(t, py.Tuple{py.String("s"), py.Int(2), py.Int(0)}, r)
	assert.True(t, gotKwSet)
	assert.Nil(t, gotKw)

	for _, tc := range []struct {
		m    *py.Method
		args py.Tuple
	}{
		{pos, py.Tuple{py.Int(1)}},
		{pos, nil},
		{kw, py.Tuple{py.Int(1), py.Int(2), py.Int(3)}},
		{none, nil},
		{none, py.Tuple{py.Int(1)}},
		{one, py.Tuple{py.Int(7)}},
		{one, nil},
		{one, py.Tuple{py.Int(7), py.Int(8)}},
	} {
		want, wantErr := tc.m.Call(py.String("s"), tc.args)
		if tc.m == one && len(tc.args) != 1 {
			// CPython's METH_O wording, not gpython's "exactly 1 argument".
			wantErr = py.ExceptionNewf(py.TypeError, "one() takes exactly one argument (%d given)", len(tc.args))
		}
		for _, owned := range []bool{true, false} {
			got, gotErr := callGoStack(tc.m, py.String("s"), tc.args, owned)
			assert.Equal(t, want, got, tc.m.Name)
			if wantErr == nil {
				assert.NoError(t, gotErr, tc.m.Name)
			} else {
				require.Error(t, gotErr, tc.m.Name)
				assert.Equal(t, wantErr.Error(), gotErr.Error(), tc.m.Name)
			}
		}
	}
}

// TestCallGoStackArgs checks what a Go function receives from a view of
// the stack: its own copy unless it carries ArgsBorrowed (then the view,
// capped so that an append cannot write past it), the stack slot itself
// for the one-argument shape, and nothing allocated on the shapes and
// flag that need no copy.
func TestCallGoStackArgs(t *testing.T) {
	var got py.Tuple
	keep := func(self py.Object, args py.Tuple) (py.Object, error) {
		got = args
		return py.None, nil
	}
	copied := py.MustNewMethod("copied", keep, 0, "")
	borrowed := py.MustNewMethod("borrowed", keep, ArgsBorrowed, "")
	borrowedKw := py.MustNewMethod("borrowedKw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		got = args
		return py.None, nil
	}, ArgsBorrowed, "")
	one := py.MustNewMethod("one", func(self, a py.Object) (py.Object, error) { return a, nil }, 0, "")

	stack := []py.Object{py.Int(1), py.Int(2), py.Int(3)}
	_, err := callGoStack(copied, nil, stack[:2], false)
	require.NoError(t, err)
	assert.Equal(t, py.Tuple{py.Int(1), py.Int(2)}, got)
	assert.NotSame(t, &stack[0], &got[0], "a copy")

	for _, m := range []*py.Method{borrowed, borrowedKw} {
		_, err = callGoStack(m, nil, stack[:2], false)
		require.NoError(t, err)
		assert.Same(t, &stack[0], &got[0], "%s: the view", m.Name)
		assert.Equal(t, 2, cap(got), "%s: capped", m.Name)
		got = append(got, py.Int(9))
		assert.Equal(t, py.Int(3), stack[2], "%s: an append copies", m.Name)
	}

	for name, tc := range map[string]struct {
		m      *py.Method
		args   []py.Object
		allocs float64
	}{
		"one argument": {one, stack[:1], 0},
		"borrowed":     {borrowed, stack[:2], 0},
		"borrowed kw":  {borrowedKw, stack[:2], 0},
		"copied":       {copied, stack[:2], 1},
	} {
		n := testing.AllocsPerRun(100, func() { _, _ = callGoStack(tc.m, nil, tc.args, false) })
		assert.Equal(t, tc.allocs, n, name)
	}
}

// TestModuleCall checks CALL_FUNCTION's shortcut for a module's Go
// functions (moduleCall) from a loop, so that the second and later calls
// find the thread's cached entry: a panic is a SystemError the script
// catches, a function that writes the caller's globals is seen by the
// global cache, arguments arrive in order, and rebinding the name calls
// the new object.
func TestModuleCall(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	var globals py.StringDict
	impl := &py.ModuleImpl{
		Info: py.ModuleInfo{Name: "gocalltest"},
		Methods: []*py.Method{
			py.MustNewMethod("boom", func(self, a py.Object) (py.Object, error) {
				panic("boom")
			}, 0, ""),
			py.MustNewMethod("bump", func(self py.Object, args py.Tuple) (py.Object, error) {
				globals["X"] = globals["X"].(py.Int) + 1
				return py.None, nil
			}, 0, ""),
			py.MustNewMethod("pair", func(self py.Object, args py.Tuple) (py.Object, error) {
				return py.Tuple{py.String(self.(*py.Module).ModuleImpl.Info.Name), py.Tuple(append([]py.Object(nil), args...))}, nil
			}, 0, ""),
		},
	}
	mod, err := ctx.Store().NewModule(ctx, impl)
	require.NoError(t, err)
	src := `
out = []
X = 0
def run():
    for i in range(3):
        try:
            boom(i)
        except SystemError as e:
            out.append(str(e))
        bump()
        out.append(X)
        out.append(pair(i, "a"))
run()
pair = lambda *a: "rebound"
run()
`
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	globals = py.NewStringDict()
	for _, name := range []string{"boom", "bump", "pair"} {
		globals[name] = mod.Globals[name]
	}
	_, err = ctx.RunCode(code, globals, globals, nil)
	require.NoError(t, err)
	out := globals["out"].(*py.List).Items
	require.Len(t, out, 18)
	for i := 0; i < 3; i++ {
		assert.Equal(t, py.String("internal error in the interpreter: boom"), out[3*i])
		assert.Equal(t, py.Int(i+1), out[3*i+1])
		assert.Equal(t, py.Tuple{py.String("gocalltest"), py.Tuple{py.Int(i), py.String("a")}}, out[3*i+2])
		assert.Equal(t, py.Int(i+4), out[9+3*i+1])
		assert.Equal(t, py.String("rebound"), out[9+3*i+2])
	}
}
