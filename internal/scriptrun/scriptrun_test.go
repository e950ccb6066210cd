package scriptrun_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/scriptrun"
)

// TestRunJudgesLikePytest checks the runner tells passing scripts from
// failing ones, so that identical results in the host comparison mean
// something.
func TestRunJudgesLikePytest(t *testing.T) {
	dir := t.TempDir()
	scripts := map[string]struct {
		src  string
		pass bool
	}{
		"finished.py":   {"doc = 'start'\nassert 1 + 1 == 2\ndoc = 'finished'\n", true},
		"unfinished.py": {"doc = 'start'\n", false},
		"nodoc.py":      {"x = 1\n", false},
		"raises.py":     {"doc = 'x'\nraise ValueError('boom')\n", false},
		"expected.py":   {"err = ValueError()\nraise ValueError('boom')\n", true},
		"assert.py":     {"doc = 'a'\nassert False\ndoc = 'finished'\n", false},
		"syntax.py":     {"def (:\n", false},
	}
	for name, s := range scripts {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(s.src), 0o644))
	}
	for name, s := range scripts {
		t.Run(name, func(t *testing.T) {
			r := scriptrun.Run(dir, name)
			assert.Equal(t, s.pass, r.Pass, "detail: %s", r.Detail)
		})
	}
}
