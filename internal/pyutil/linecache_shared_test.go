package pyutil

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Embed keeps the string a module was registered with rather than the
// caller's copy of the same text, and splits it only when asked.
func TestLineCacheEmbedSharesRegisteredSource(t *testing.T) {
	src := "x = 1\ny = 2\n"
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: "pyutil_linecache_shared"}, CodeSrc: src})
	copied := strings.Clone(src)
	var c LineCache
	c.Embed("<pyutil_linecache_shared>", copied)
	c.mu.Lock()
	e := c.embedded["<pyutil_linecache_shared>"]
	c.mu.Unlock()
	require.NotNil(t, e)
	assert.Equal(t, unsafe.StringData(src), unsafe.StringData(e.src), "the registered string is kept")
	assert.False(t, e.split, "not split before a line is asked for")
	line, ok := c.Line("<pyutil_linecache_shared>", 2)
	assert.True(t, ok)
	assert.Equal(t, "y = 2", line)

	// Another text under the same name is kept as given.
	c.Embed("<pyutil_linecache_shared>", "z = 3\n")
	line, ok = c.Line("<pyutil_linecache_shared>", 1)
	assert.True(t, ok)
	assert.Equal(t, "z = 3", line)
}
