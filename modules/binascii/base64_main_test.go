package binascii_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"

	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib" // warnings, which the aliases import
)

// base64Warnings runs the deprecated aliases with warnings turned into
// output, under both interpreters.
const base64Warnings = `import base64, warnings
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    print(base64.encodestring(b'abc'), base64.decodestring(b'YWJj\n'))
for w in seen:
    print(w.category.__name__, w.message)
print(base64.encodestring.__name__, base64.decodestring.__doc__ is not None)
`

func TestBase64DeprecatedAliases(t *testing.T) {
	want := pytesting.CPython36Output(t, "base64_deprecated", base64Warnings)
	got, err := pytesting.RunGuarded(t, base64Warnings)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

// TestBase64Main runs "python -m base64" in the binary and in CPython 3.6
// with the same arguments and input (the usage message names the script,
// which differs, and is left out).
func TestBase64Main(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "plain"), []byte("a\xffb\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "coded"), []byte("Yf9iCg==\n"), 0o644))
	main := func(name string, stdin string, args ...string) pytesting.Command {
		return pytesting.Command{Name: name, Args: append([]string{"-m", "base64"}, args...), Stdin: stdin}
	}
	pytesting.DiffCommands(t, "base64_main", dir, []pytesting.Command{
		main("encode file", "", "-e", "plain"),
		main("default encodes", "", "plain"),
		main("decode file", "", "-d", "coded"),
		main("decode -u", "", "-u", "coded"),
		main("encode stdin", "a\xffb\n", "-e"),
		main("decode stdin dash", "QWxhZGRpbg==\n", "-d", "-"),
		main("self test", "", "-t"),
		main("bad option", "", "-x"),
	}, func(_, out string) string {
		if i := strings.Index(out, "usage: "); i >= 0 {
			out = out[:i]
		}
		return out
	})
}
