package doctest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEchoUsesCPythonRepr: the value of an expression example is echoed
// with CPython's repr (gpython's own echo prints (1) for a 1-tuple and
// 10000000000000000.0 for 1e16); statements and None print nothing.
func TestEchoUsesCPythonRepr(t *testing.T) {
	rst := "Example::\n\n" +
		"   >>> (1,)\n   (1,)\n" +
		"   >>> 1e16\n   1e+16\n" +
		"   >>> x = [0.5, (2,)]\n" +
		"   >>> x\n   [0.5, (2,)]\n" +
		"   >>> None\n" +
		"   >>> x[1]\n   (2,)\n"
	path := filepath.Join(t.TempDir(), "echo.rst")
	if err := os.WriteFile(path, []byte(rst), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb strings.Builder
	code := Main(path, &out, &errb, Options{Table: filepath.Join(t.TempDir(), "none.tsv")})
	if code != 0 || !strings.HasSuffix(out.String(), "6 passed, 0 failed, 0 skipped\n") {
		t.Fatalf("exit %d\n%s%s", code, out.String(), errb.String())
	}
}
