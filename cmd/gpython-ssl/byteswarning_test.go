package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestBytesWarning: -b makes str() of bytes and bytearray, and == or !=
// between bytes and a str or an int (a bytearray and a str), issue
// BytesWarning where CPython 3.6 does, once each; -bb makes it an error
// (the traceback ends the program); without -b nothing is said.
func TestBytesWarning(t *testing.T) {
	dir := t.TempDir()
	script := `import sys
import warnings
print(sys.flags.bytes_warning)


def attempt(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(label, repr(r), [(x.category.__name__, str(x.message)) for x in w])


class B(bytes):
    pass


class S(str):
    pass


attempt("str bytes", lambda: str(b"x"))
attempt("str bytearray", lambda: str(bytearray(b"x")))
attempt("str derived", lambda: str(B(b"y")))
attempt("format", lambda: "{}".format(b"x"))
attempt("f-string", lambda: f"{b'x'}")
attempt("percent", lambda: "%s" % b"x")
attempt("repr", lambda: repr(b"x"))
attempt("eq", lambda: b"x" == "x")
attempt("eq reflected", lambda: "x" == b"x")
attempt("ne", lambda: b"x" != "x")
attempt("lt", lambda: b"x" < "x")
attempt("bytearray eq", lambda: bytearray(b"x") == "x")
attempt("bytearray eq reflected", lambda: "x" == bytearray(b"x"))
attempt("bytearray eq int", lambda: bytearray(b"x") == 1)
attempt("bytes eq int", lambda: b"x" == 1)
attempt("int eq bytes", lambda: 1 == b"x")
attempt("bytes ne bool", lambda: b"x" != True)
attempt("bytes eq float", lambda: b"x" == 1.5)
attempt("str subclass", lambda: b"x" == S("x"))
attempt("bytes subclass", lambda: B(b"x") == "x")
attempt("in list", lambda: "x" in [b"x"])
attempt("memoryview eq", lambda: memoryview(b"x") == "x")
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bw.py"), []byte(script), 0o644))
	pytesting.DiffCommands(t, "byteswarning", dir, []pytesting.Command{
		{Name: "no option", Args: []string{"bw.py"}},
		{Name: "-b", Args: []string{"-b", "bw.py"}},
		// (stderr only: stdout's buffering would order the two streams)
		{Name: "-b default filter", Args: []string{"-b", "-c", "str(b'x'); b'' == ''; b'' == ''"}},
		{Name: "-bb error", Args: []string{"-bb", "-c", "str(b'x')"}},
		{Name: "-bb comparison", Args: []string{"-bb", "-c", "b'' == ''"}},
	}, nil)
}
