package codecache_test

import (
	"fmt"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
)

// The markers SetLazyCode gives modules are cut from shared buffers:
// each still names its own module (across a buffer's end too), and an
// append to one cannot write into the next.
func TestLazyMarkersIndependent(t *testing.T) {
	const n = 200 // more than one buffer's worth
	impls := make([]*py.ModuleImpl, n)
	for i := range impls {
		name := fmt.Sprintf("_codecache_marker_test_%03d", i)
		impls[i] = &py.ModuleImpl{Info: py.ModuleInfo{Name: name, FileDesc: "<" + name + ">"}}
		src := fmt.Sprintf("N = %d\n", i)
		codecache.SetLazyCode(impls[i], func() string { return src })
	}
	before := string(impls[1].CodeBuf)
	_ = append(impls[0].CodeBuf, "overwritten"...)
	assert.Equal(t, before, string(impls[1].CodeBuf), "an append to one marker wrote into the next")
	for i, impl := range impls {
		assert.Equal(t, len(impl.CodeBuf), cap(impl.CodeBuf), "marker %d not capped", i)
		co, err := codecache.Decode(impl.CodeBuf)
		require.NoError(t, err, impl.Info.Name)
		assert.Equal(t, impl.Info.FileDesc, co.Filename)
		assert.Equal(t, py.Tuple{py.Int(i), py.None}, co.Consts, impl.Info.Name)
	}
}
