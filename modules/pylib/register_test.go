package pylib

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every .py file of Lib/modules is registered at start-up (registerDir's
// own walk) under the name and file name Sources gives it, and a package
// has its empty __path__.
func TestEveryEmbeddedFileRegistered(t *testing.T) {
	sources, err := Sources()
	require.NoError(t, err)
	require.Greater(t, len(sources), 100)
	for _, s := range sources {
		impl := py.GetModuleImpl(s.Name)
		if !assert.NotNil(t, impl, s.Name) {
			continue
		}
		assert.Equal(t, s.FileDesc, impl.Info.FileDesc, s.Name)
		_, hasPath := impl.Globals["__path__"]
		assert.Equal(t, s.Package, hasPath, s.Name)
	}
}
