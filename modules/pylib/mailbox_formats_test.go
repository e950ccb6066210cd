package pylib_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// mailbox's MH and MMDF mailboxes, the MHMessage, BabylMessage and
// MMDFMessage classes and every conversion between message formats, the
// _ProxyFile and _PartialFile views, quopri's own code (binascii's qp
// functions set to None) and smtplib.putcmd's refusal of newlines,
// against CPython 3.6: testdata/mailbox_formats.py (in a temporary
// directory, removed at the end).
func TestMailboxFormatsDiffCPython36(t *testing.T) {
	src, err := os.ReadFile("testdata/mailbox_formats.py")
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, "mailbox_formats", string(src))
	got, err := pytesting.RunGuarded(t, string(src))
	require.NoError(t, err, "output so far:\n%s", got)
	assert.Equal(t, want, got)
}
