package gomethodtable

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTableCurrent: vm/go_method_masks_gen.go is what `go generate ./vm/`
// writes now. A stale row is only skipped at run time when the type's
// method count changed, so a renamed method would go unseen there.
func TestTableCurrent(t *testing.T) {
	want, err := Render()
	require.NoError(t, err)
	got, err := os.ReadFile("../../vm/go_method_masks_gen.go")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "run `go generate ./vm/`")
}

// TestTableCoversStartup: the table has the built-in types and the
// module types registered at init, so start-up asks reflection nothing.
func TestTableCoversStartup(t *testing.T) {
	src, err := Render()
	require.NoError(t, err)
	for _, key := range []string{
		"github.com/go-python/gpython/py py.Int",
		"github.com/go-python/gpython/py *py.List",
		"github.com/gpython-ssl/gpython-ssl/vm *vm.Dict",
	} {
		assert.True(t, strings.Contains(string(src), `"`+key+`"`), key)
	}
	assert.Greater(t, strings.Count(string(src), "case "), 40)
}
