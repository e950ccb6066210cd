package re

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResultsManyItems: findall and split lists longer than one chunk
// and one string slab (results.go) hold every item, in order, across
// collections, for str subjects (ASCII and not) and bytes.
func TestResultsManyItems(t *testing.T) {
	for _, tc := range []struct {
		name, pat, sep string
		subj           func(words []string) py.Object
	}{
		{"ascii", `\w+`, " ", func(w []string) py.Object { return py.String(strings.Join(w, " ")) }},
		{"non-ascii", `\w+`, " — ", func(w []string) py.Object { return py.String(strings.Join(w, " — ")) }},
		{"bytes", `\w+`, " ", func(w []string) py.Object { return py.Bytes(strings.Join(w, " ")) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := make([]string, 1500)
			for i := range words {
				words[i] = fmt.Sprintf("w%d", i)
			}
			subj := tc.subj(words)
			p, err := getPattern(py.String(tc.pat), py.Int(0))
			if _, isBytes := subj.(py.Bytes); isBytes {
				p, err = getPattern(py.Bytes(tc.pat), py.Int(0))
			}
			require.NoError(t, err)
			found, err := pattern_findall(p, py.Tuple{subj}, nil)
			require.NoError(t, err)
			sp, err := getPattern(py.String(`(`+tc.sep+`)`), py.Int(0))
			if _, isBytes := subj.(py.Bytes); isBytes {
				sp, err = getPattern(py.Bytes(`(`+tc.sep+`)`), py.Int(0))
			}
			require.NoError(t, err)
			split, err := sp.split(subj, 0)
			require.NoError(t, err)
			for i := 0; i < 3; i++ {
				_ = make([]byte, 1<<20)
				runtime.GC()
			}
			items := found.(*py.List).Items
			require.Len(t, items, len(words))
			parts := split.(*py.List).Items
			require.Len(t, parts, 2*len(words)-1)
			for i, w := range words {
				text := func(o py.Object) string {
					if b, ok := o.(py.Bytes); ok {
						return string(b)
					}
					return string(o.(py.String))
				}
				assert.Equal(t, w, text(items[i]))
				assert.Equal(t, w, text(parts[2*i]))
				if i > 0 {
					assert.Equal(t, tc.sep, text(parts[2*i-1]))
				}
			}
		})
	}
}
