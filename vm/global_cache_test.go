package vm_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// TestGlobalCacheGoWrites: a program embedding the interpreter writes the
// globals (and the builtins) it runs code with straight into their maps,
// between runs and from a Go function the code calls; a function whose
// lookups the cache holds sees every such write.
func TestGlobalCacheGoWrites(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	g := py.NewStringDict()
	define, err := py.Compile("def f():\n    return X, len\n", "<def>", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = ctx.RunCode(define, g, g, nil)
	require.NoError(t, err)
	call, err := py.Compile("r = f()\nr = f()\n", "<call>", py.ExecMode, 0, true)
	require.NoError(t, err)
	var set py.Object = py.MustNewMethod("set", func(self py.Object, args py.Tuple) (py.Object, error) {
		g["X"] = args[0]
		return py.None, nil
	}, 0, "")
	g["set"] = set
	viaGo, err := py.Compile("a = f()\nset(7)\nb = f()\n", "<set>", py.ExecMode, 0, true)
	require.NoError(t, err)

	for i, tc := range []struct {
		name  string
		write func()
		code  *py.Code
		check func() py.Object
		want  py.Object
	}{
		{"first value", func() { g["X"] = py.Int(1) }, call, func() py.Object { return g["r"].(py.Tuple)[0] }, py.Int(1)},
		{"rebound between runs", func() { g["X"] = py.Int(2) }, call, func() py.Object { return g["r"].(py.Tuple)[0] }, py.Int(2)},
		{"builtin shadowed between runs", func() { g["len"] = py.String("shadow") }, call, func() py.Object { return g["r"].(py.Tuple)[1] }, py.String("shadow")},
		{"unshadowed between runs", func() { delete(g, "len") }, call, func() py.Object { _, isStr := g["r"].(py.Tuple)[1].(py.String); return py.NewBool(isStr) }, py.False},
		{"written by a Go function the code calls", func() { g["X"] = py.Int(3) }, viaGo, func() py.Object { return py.Tuple{g["a"].(py.Tuple)[0], g["b"].(py.Tuple)[0]} }, py.Tuple{py.Int(3), py.Int(7)}},
	} {
		tc.write()
		_, err := ctx.RunCode(tc.code, g, g, nil)
		require.NoError(t, err, "%d %s", i, tc.name)
		got := tc.check()
		eq, err := py.Eq(got, tc.want)
		require.NoError(t, err)
		require.Equal(t, py.True, eq, "%s: got %v", tc.name, got)
	}
}
