package pylib_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// configparser against CPython 3.6: testdata/configparser_behaviour.py
// reads configurations (DEFAULT, continuation lines, comments, both
// delimiters), gets values with and without interpolation (basic and
// extended, their three errors), converts them, changes and writes
// them back, uses the mapping protocol of the parser and its sections,
// and prints every parsing and lookup error's class, message and args.
func TestConfigparserDiffCPython36(t *testing.T) {
	src, err := os.ReadFile("testdata/configparser_behaviour.py")
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, "configparser_behaviour", string(src))
	got, err := pytesting.RunGuarded(t, string(src))
	require.NoError(t, err, "output so far:\n%s", got)
	assert.Equal(t, want, got)
}
