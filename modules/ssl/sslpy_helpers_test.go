package ssl_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ssl"
)

// sslpyPython3 runs src under python3 (3.11 here) and returns its stdout;
// the test is skipped when python3 is missing.
func sslpyPython3(t *testing.T, src string) string {
	t.Helper()
	py3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: differential test skipped")
	}
	f := filepath.Join(t.TempDir(), "s.py")
	if err := os.WriteFile(f, []byte("import warnings\nwarnings.simplefilter('ignore')\n"+src), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py3, f).Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	return string(out)
}

// sslpyRun runs src under gpython with the ssl module and fails the test
// on an uncaught exception.
func sslpyRun(t *testing.T, src string) string {
	t.Helper()
	return pytesting.MustRun(t, src)
}

// sslpyEqual reports a mismatch. (testify cannot be used in this module at
// the moment: its yaml dependency has no go.sum entry.)
func sslpyEqual(t *testing.T, want, got string, what ...string) {
	t.Helper()
	if want != got {
		t.Errorf("%s mismatch\nwant: %q\n got: %q", strings.Join(what, " "), want, got)
	}
}

// sslpyHas reports whether the gpython ssl module has the expression expr
// evaluating true (used to skip tests whose native part has not landed).
func sslpyHas(t *testing.T, expr string) bool {
	t.Helper()
	out, err := pytesting.Run(t, "import ssl, _ssl\nprint('yes' if ("+expr+") else 'no')\n")
	return err == nil && out == "yes\n"
}
