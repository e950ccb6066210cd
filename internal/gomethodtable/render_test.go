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
// method count changed, so a renamed method would go unseen there. The
// failure names the command and the first line that differs, not a diff
// of the whole table (whose end, where a message would go, nobody reads).
func TestTableCurrent(t *testing.T) {
	want, err := Render()
	require.NoError(t, err)
	got, err := os.ReadFile("../../vm/go_method_masks_gen.go")
	require.NoError(t, err)
	if line, w, g, differ := firstDifference(string(want), string(got)); differ {
		t.Fatalf("vm/go_method_masks_gen.go is stale: run `go generate ./vm/` "+
			"(a Go type gained or lost an M__x__ method); first difference at line %d:\n"+
			"  generated: %q\n  in file:   %q", line, w, g)
	}
}

// firstDifference is the 1-based number of the first line where want and
// got differ, with that line of each ("" past the end of one of them).
func firstDifference(want, got string) (line int, w, g string, differ bool) {
	if want == got {
		return 0, "", "", false
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; ; i++ {
		w, g = lineAt(wl, i), lineAt(gl, i)
		if w != g || i >= len(wl) || i >= len(gl) {
			return i + 1, w, g, true
		}
	}
}

func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return ""
}

func TestFirstDifference(t *testing.T) {
	_, _, _, differ := firstDifference("a\nb\n", "a\nb\n")
	assert.False(t, differ)
	line, w, g, differ := firstDifference("a\nb\nc", "a\nx\nc")
	assert.Equal(t, []interface{}{2, "b", "x", true}, []interface{}{line, w, g, differ})
	line, w, g, differ = firstDifference("a\nb", "a\nb\nextra")
	assert.Equal(t, []interface{}{3, "", "extra", true}, []interface{}{line, w, g, differ})
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
