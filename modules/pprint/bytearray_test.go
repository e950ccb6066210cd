package pprint_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // bytearray
)

// TestByteArray compares the layout of bytearrays (the project's type
// from modules/host) with CPython 3.6.
func TestByteArray(t *testing.T) {
	long := "b'" + strings.Repeat("0123456789", 12) + "'"
	src := "import pprint\n" +
		"pprint.pprint(bytearray(b''))\n" +
		"pprint.pprint(bytearray(b'ab\\x00'))\n" +
		"pprint.pprint(bytearray(" + long + "))\n" +
		"pprint.pprint([bytearray(" + long + "), bytearray(b'x')], width=40)\n" +
		"pprint.pprint({'k': bytearray(" + long + ")})\n" +
		"print(pprint.saferepr(bytearray(b'it\\'s')))\n"
	want := cpython(t, src)
	got, err := pytesting.Run(t, src)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}
