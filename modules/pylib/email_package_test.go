package pylib_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// The email package's modules beyond the message classes, against
// CPython 3.6: testdata/email_package.py prints what base64mime,
// quoprimime, charset, header, headerregistry, policy, generator,
// feedparser, parser, iterators, the compat32 parameter API, the mime
// classes and the content-manager API give, case by case (errors
// included).
func TestEmailPackageDiffCPython36(t *testing.T) {
	src, err := os.ReadFile("testdata/email_package.py")
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, "email_package", string(src))
	got, err := pytesting.RunGuarded(t, string(src))
	require.NoError(t, err, "output so far:\n%s", got)
	assert.Equal(t, want, got)
}
