package vm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmbeddedIsDirAgreesWithTree checks that a stat of a directory
// under EmbeddedLibDir answers without building the directory tree, and
// that its answers are the tree's.
func TestEmbeddedIsDirAgreesWithTree(t *testing.T) {
	paths := []struct {
		path string
		dir  bool
	}{
		{EmbeddedLibDir, true},
		{EmbeddedLibDir + "/json", true},
		{EmbeddedLibDir + "/js", false},               // a prefix of a directory's name
		{EmbeddedLibDir + "/json/__init__.py", false}, // a file
		{EmbeddedLibDir + "/site-packages", false},    // what site asks at every start
		{EmbeddedLibDir + "/no/such/directory", false},
	}
	embeddedTreeMu.Lock()
	saved := embeddedTreeV
	embeddedTreeV = embeddedTree{}
	embeddedTreeMu.Unlock()
	t.Cleanup(func() {
		embeddedTreeMu.Lock()
		embeddedTreeV = saved
		embeddedTreeMu.Unlock()
	})

	for _, p := range paths {
		st, ok := EmbeddedStat(p.path)
		if p.dir {
			assert.True(t, ok, p.path)
			assert.Equal(t, uint32(0o040755), st.Mode, p.path)
		} else if ok {
			assert.NotEqual(t, uint32(0o040755), st.Mode, p.path)
		}
	}
	embeddedTreeMu.Lock()
	built := embeddedTreeV.dirs != nil
	embeddedTreeMu.Unlock()
	assert.False(t, built, "a stat built the directory tree")

	dirs := embeddedDirs()
	require.NotEmpty(t, dirs)
	for _, p := range paths {
		_, inTree := dirs[p.path]
		assert.Equal(t, p.dir, inTree, p.path)
		assert.Equal(t, p.dir, embeddedIsDir(p.path), "%s, tree built", p.path)
	}
	for d := range dirs {
		assert.True(t, embeddedIsDir(d), d)
	}
}
