package binascii_test

import (
	"os"
	"os/exec"
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
	py36 := pytesting.CPython36()
	if py36 == "" {
		t.Skip("CPython 3.6 not found")
	}
	bin := pytesting.Binary(t)
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain")
	require.NoError(t, os.WriteFile(plain, []byte("a\xffb\n"), 0o644))
	coded := filepath.Join(dir, "coded")
	require.NoError(t, os.WriteFile(coded, []byte("Yf9iCg==\n"), 0o644))
	tests := []struct {
		name  string
		args  []string
		stdin string
	}{
		{"encode file", []string{"-e", plain}, ""},
		{"default encodes", []string{plain}, ""},
		{"decode file", []string{"-d", coded}, ""},
		{"decode -u", []string{"-u", coded}, ""},
		{"encode stdin", []string{"-e"}, "a\xffb\n"},
		{"decode stdin dash", []string{"-d", "-"}, "QWxhZGRpbg==\n"},
		{"self test", []string{"-t"}, ""},
		{"bad option", []string{"-x"}, ""},
	}
	run := func(exe string, args []string, stdin string) string {
		cmd := exec.Command(exe, append([]string{"-m", "base64"}, args...)...)
		cmd.Stdin = strings.NewReader(stdin)
		cmd.Env = pytesting.CPythonEnv()
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		text := string(out)
		if i := strings.Index(text, "usage: "); i >= 0 {
			text = text[:i]
		}
		return text + "\nexit " + string(rune('0'+code))
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, run(py36, tc.args, tc.stdin), run(bin, tc.args, tc.stdin))
		})
	}
}
