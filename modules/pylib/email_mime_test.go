package pylib_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// email.mime (MIMEText, MIMEMultipart, MIMEApplication, MIMEBase,
// MIMENonMultipart), email.encoders and multipart flattening and parsing
// against CPython 3.6: testdata/email_mime.py builds nested multipart
// messages with fixed boundaries, flattens them, parses the text back and
// prints what each step gives.
func TestEmailMimeDiffCPython36(t *testing.T) {
	src, err := os.ReadFile("testdata/email_mime.py")
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, "email_mime", string(src))
	got, err := pytesting.RunGuarded(t, string(src))
	require.NoError(t, err, "output so far:\n%s", got)
	assert.Equal(t, want, got)
}
