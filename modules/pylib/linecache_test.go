package pylib

import (
	"io/fs"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Embedded modules are registered with their sources, which tracebacks
// read from the line cache under the module's file name (vm.EmbeddedFile);
// the names CPython gives code from no file stay without lines: a -c or
// exec() traceback must not show the string module's lines.
func TestEmbeddedSourcesInLineCache(t *testing.T) {
	impl := py.GetModuleImpl("threading")
	require.NotNil(t, impl)
	assert.Equal(t, "/usr/local/lib/python3.6/threading.py", impl.Info.FileDesc)
	lines, ok := pyutil.SourceLines.Lines(impl.Info.FileDesc)
	require.True(t, ok)
	// The module is registered with its compiled code (Lib/modules.codecache)
	// or its source; the line cache has the source either way.
	src, err := readSource("modules/threading.py")
	require.NoError(t, err)
	assert.Equal(t, src, joinLines(lines))

	for _, file := range []string{"<string>", "<stdin>"} {
		_, ok := pyutil.SourceLines.Lines(file)
		assert.False(t, ok, "%s has no lines", file)
	}
}

func joinLines(lines []string) string {
	s := ""
	for _, l := range lines {
		s += l + "\n"
	}
	return s
}

// Every registered source is the embedded file's text.
func TestReadSource(t *testing.T) {
	for _, p := range []string{"modules/threading.py", "modules/collections/__init__.py", "modules/collections/abc.py"} {
		want, err := fs.ReadFile(lib.Modules, p)
		require.NoError(t, err)
		got, err := readSource(p)
		require.NoError(t, err)
		assert.Equal(t, string(want), got, p)
	}
	_, err := readSource("modules/no-such-module.py")
	assert.Error(t, err)
}
