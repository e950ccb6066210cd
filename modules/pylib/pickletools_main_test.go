package pylib_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestPickletoolsMain runs `python -m pickletools` in the binary and in
// CPython 3.6: one file, several (with their headers, a custom preamble
// and a shared memo), the indentation option, the output file, a missing
// file and a bad option. The help text and the -a descriptions are worded
// our own way, so they are not compared.
func TestPickletoolsMain(t *testing.T) {
	dir := t.TempDir()
	// Protocol 2: [1, 'a', {'k': (2.5, None)}]; protocol 0: {'x': [1, 2, [3]]};
	// protocol 2 again, with memo references to what the first one stored.
	files := map[string]string{
		"p1.pkl":  "\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01}q\x02X\x01\x00\x00\x00kq\x03G@\x04\x00\x00\x00\x00\x00\x00N\x86q\x04se.",
		"p0.pkl":  "(dp0\nVx\np1\n(lp2\nL1L\naL2L\na(lp3\nL3L\naas.",
		"ref.pkl": "\x80\x02h\x01h\x03\x86q\x05.",
		"bad.pkl": "\x80\x02K\x01K\x02.",
	}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644))
	}
	cmd := func(name string, args ...string) pytesting.Command {
		return pytesting.Command{Name: name, Args: append([]string{"-m", "pickletools"}, args...)}
	}
	// A traceback's frames differ with the two modules' layouts: keep its
	// header and the exception.
	frames := regexp.MustCompile(`(?m)^  .*\n`)
	pytesting.DiffCommands(t, "pickletools_main", dir, []pytesting.Command{
		cmd("one file", "p1.pkl"),
		cmd("protocol 0 indented", "-l", "1", "p0.pkl"),
		cmd("two files", "p1.pkl", "p0.pkl"),
		cmd("preamble", "-p", "--- {name} ---", "p0.pkl", "p1.pkl"),
		cmd("shared memo", "-m", "p1.pkl", "ref.pkl"),
		cmd("memo not shared", "p1.pkl", "ref.pkl"),
		cmd("stack left over", "bad.pkl"),
		cmd("output file", "-o", "out.txt", "p1.pkl"),
		cmd("missing file", "none.pkl"),
		cmd("bad indent", "-l", "x", "p1.pkl"),
	}, func(exe, out string) string {
		if i := strings.Index(out, "Traceback (most recent call last):\n"); i >= 0 {
			out = out[:i] + frames.ReplaceAllString(out[i:], "")
		}
		return out
	})
}
