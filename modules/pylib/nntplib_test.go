package pylib_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// nntplib against CPython 3.6: testdata/nntplib_client.py starts a fake
// NNTP server on a local socket (a thread; every socket has a 10 s
// timeout) and prints what each client command gives: replies, parsed
// data, articles written to a file, posting with dot-stuffing, login,
// the 4xx/5xx/protocol errors and the module's parsing helpers.
func TestNntplibDiffCPython36(t *testing.T) {
	src, err := os.ReadFile("testdata/nntplib_client.py")
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, "nntplib_client", string(src))
	got, err := pytesting.RunGuarded(t, string(src))
	require.NoError(t, err, "output so far:\n%s", got)
	assert.Equal(t, want, got)
}
