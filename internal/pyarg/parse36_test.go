package pyarg

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Parse36 reports a call's faults in CPython 3.6's order: the count, then
// each parameter in turn (given twice, required and missing), unknown
// keywords last; the messages are round()'s and compile()'s in 3.6.
func TestParse36Order(t *testing.T) {
	names := []string{"number", "ndigits"}
	cases := []struct {
		name   string
		args   py.Tuple
		kwargs py.StringDict
		msg    string
	}{
		{"too many", py.Tuple{py.Int(1)}, py.StringDict{"ndigits": py.Int(1), "x": py.Int(2)}, "round() takes at most 2 arguments (3 given)"},
		{"missing before unknown", nil, py.StringDict{"x": py.Int(1)}, "Required argument 'number' (pos 1) not found"},
		{"twice", py.Tuple{py.Float(1.5)}, py.StringDict{"number": py.Int(2)}, "Argument given by name ('number') and position (1)"},
		{"unknown", py.Tuple{py.Float(1.5)}, py.StringDict{"x": py.Int(2)}, "'x' is an invalid keyword argument for this function"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse36("round", tc.args, tc.kwargs, names, 1, Getargs36)
			wantErr(t, err, py.TypeError, tc.msg)
		})
	}
	a, err := Parse36("round", py.Tuple{py.Float(2.5)}, py.StringDict{"ndigits": py.Int(1)}, names, 1, Getargs36)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Float(2.5), py.Int(1)}, a)
}

// UnpackCount words a fixed count without "at least"/"at most", as
// PyArg_UnpackTuple does for staticmethod() in 3.6.
func TestUnpackCountWording(t *testing.T) {
	wantErr(t, UnpackCount("staticmethod", nil, 1, 1), py.TypeError, "staticmethod expected 1 arguments, got 0")
	wantErr(t, UnpackCount("getattr", py.Tuple{py.None}, 2, 3), py.TypeError, "getattr expected at least 2 arguments, got 1")
	wantErr(t, UnpackCount("getattr", make(py.Tuple, 4), 2, 3), py.TypeError, "getattr expected at most 3 arguments, got 4")
	assert.NoError(t, UnpackCount("getattr", make(py.Tuple, 3), 2, 3))
}
