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
		{none, nil},
		{none, py.Tuple{py.Int(1)}},
		{one, py.Tuple{py.Int(7)}},
		{one, nil},
	} {
		want, wantErr := tc.m.Call(py.String("s"), tc.args)
		got, gotErr := callGo(tc.m, py.String("s"), tc.args)
		assert.Equal(t, want, got, tc.m.Name)
		if wantErr == nil {
			assert.NoError(t, gotErr, tc.m.Name)
		} else {
			require.Error(t, gotErr, tc.m.Name)
			assert.Equal(t, wantErr.Error(), gotErr.Error(), tc.m.Name)
		}
	}
}
