package pylib_test

import (
	"os"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestMain removes the interpreter binary the multiprocessing tests had
// pytesting.Binary build, once every test has run.
func TestMain(m *testing.M) {
	code := m.Run()
	pytesting.RemoveBinary()
	os.Exit(code)
}
