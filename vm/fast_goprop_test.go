package vm

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// propProbeType is a Go type with properties, as MemoryBIO has.
var propProbeType = py.NewType("propprobe", "a Go value with properties")

type propProbe struct{ n int }

func (*propProbe) Type() *py.Type { return propProbeType }

func init() {
	propProbeType.Dict["count"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.Int(self.(*propProbe).n), nil
	}}
	propProbeType.Dict["failing"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return nil, py.ExceptionNewf(py.ValueError, "broken getter")
	}}
	propProbeType.Dict["gone"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return nil, py.ExceptionNewf(py.AttributeError, "getter's own words")
	}}
	propProbeType.Dict["__special__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.Int(-1), nil
	}}
}

// TestGoValuePropertyAsGpython: the fast read answers as GetAttrString
// would, and leaves a getter's AttributeError, __special__ names and
// values with an instance dict to the generic path.
func TestGoValuePropertyAsGpython(t *testing.T) {
	o := &propProbe{n: 7}
	r, ok, err := goValueProperty(o, "count")
	require.True(t, ok)
	require.NoError(t, err)
	want, err := py.GetAttrString(o, "count")
	require.NoError(t, err)
	assert.Equal(t, want, r)

	_, ok, err = goValueProperty(o, "failing")
	assert.True(t, ok)
	assert.True(t, py.IsException(py.ValueError, err))

	for _, name := range []string{"gone", "__special__", "missing"} {
		_, ok, _ = goValueProperty(o, name)
		assert.False(t, ok, name)
	}
	// A value with an instance dict (py.IGetDict) and a class are not
	// plain Go values.
	_, ok, _ = goValueProperty(py.StringDict{"count": py.Int(1)}, "count")
	assert.False(t, ok)
	_, ok, _ = goValueProperty(propProbeType, "count")
	assert.False(t, ok)

	r, err = GetAttr(o, "count")
	require.NoError(t, err)
	assert.Equal(t, py.Int(7), r)
}
