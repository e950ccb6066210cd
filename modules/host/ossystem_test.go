package host_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestOSSystem: os.system runs on the process's own stdout and returns the
// wait status, as CPython's does.
func TestOSSystem(t *testing.T) {
	src := "import os\nprint(os.system('exit 3'))\nprint(os.system('true'))\nprint(os.system('kill -9 $$'))\n"
	const want = "768\n0\n9\n"
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err)
	assert.Equal(t, want, out)
	// CPython 3.6 agrees (its output stored in testdata/cpython36 while
	// the script is unchanged).
	assert.Equal(t, want, pytesting.CPython36Output(t, "TestOSSystem", src), "CPython 3.6 agrees")
}
