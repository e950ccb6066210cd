package pylib_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// runMailScript runs testdata/NAME.py under CPython 3.6 (or its stored
// output) and gpython-ssl and requires the same output. TZ is fixed so
// that local times agree.
func runMailScript(t *testing.T, name string) {
	t.Helper()
	t.Setenv("TZ", "UTC")
	src, err := os.ReadFile("testdata/" + name + ".py")
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, name, string(src))
	got, err := pytesting.RunGuarded(t, string(src))
	require.NoError(t, err, "output so far:\n%s", got)
	require.Equal(t, want, got)
}

// TestMailEmailUtils runs testdata/mail_email_utils.py (email.utils'
// address and date functions, email.message's simple messages) under
// CPython 3.6 and gpython-ssl.
func TestMailEmailUtils(t *testing.T) {
	runMailScript(t, "mail_email_utils")
}

// TestMailEmailErrors runs testdata/mail_email_errors.py (the errors
// email.utils and email.message raise, malformed dates and addresses,
// header parameters, envelope lines) under CPython 3.6 and gpython-ssl.
func TestMailEmailErrors(t *testing.T) {
	runMailScript(t, "mail_email_errors")
}
