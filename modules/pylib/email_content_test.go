package pylib_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// EmailMessage's content API against CPython 3.6: testdata/email_content.py
// sets str and bytes content, grows messages into multipart/mixed,
// alternative and related parts, flattens them (boundaries masked) and
// reads them back with get_body, iter_attachments and get_content.
func TestEmailContentDiffCPython36(t *testing.T) {
	src, err := os.ReadFile("testdata/email_content.py")
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, "email_content", string(src))
	got, err := pytesting.RunGuarded(t, string(src))
	require.NoError(t, err, "output so far:\n%s", got)
	assert.Equal(t, want, got)
}
