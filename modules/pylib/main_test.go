package pylib_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestMain points TMPDIR at a directory of its own for the whole run, so
// that what the cases' scripts make with tempfile.mkdtemp() and never
// remove (as short scripts do) goes with it instead of piling up in /tmp;
// at the end it also removes the interpreter binary the multiprocessing
// tests had pytesting.Binary build.
func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "gpyssl-pylib-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "pylib tests:", err)
		os.Exit(2)
	}
	os.Setenv("TMPDIR", tmp)
	code := m.Run()
	pytesting.RemoveBinary()
	os.RemoveAll(tmp)
	os.Exit(code)
}
