package ssl_test

import (
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
)

// TestMemoryBIOSemantics: pending, eof, read(n=-1), write (bytes or
// bytearray, returning the length), write_eof and the SSLError after it,
// as the spec documents them; CPython prints the same.
func TestMemoryBIOSemantics(t *testing.T) {
	const src = `
import ssl
b = ssl.MemoryBIO()
print("new", b.pending, b.eof, b.read())
print("write", b.write(b"hello"), b.write(bytearray(b" world")), b.write(b""), b.pending)
print("read 3", b.read(3), b.pending)
print("read 0", b.read(0), b.pending)
print("read all", b.read(), b.pending, b.eof)
b.write(b"tail")
b.write_eof()
print("after write_eof", b.pending, b.eof)
try:
    b.write(b"more")
except ssl.SSLError as e:
    print("write after eof:", e)
print("drain", b.read(), b.pending, b.eof)
print("read at eof", b.read(), b.read(5))
for bad in ["text", 42, None]:
    try:
        ssl.MemoryBIO().write(bad)
    except TypeError as e:
        print("TypeError")
try:
    ssl.MemoryBIO().read("x")
except TypeError as e:
    print("read TypeError")
big = ssl.MemoryBIO()
print("big", big.write(bytes(bytearray(100000))), big.pending, len(big.read(70000)), big.pending)
`
	const want = "new 0 False b''\n" +
		"write 5 6 0 11\n" +
		"read 3 b'hel' 8\n" +
		"read 0 b'' 8\n" +
		"read all b'lo world' 0 False\n" +
		"after write_eof 4 False\n" +
		"write after eof: ('cannot write() after write_eof()',)\n" +
		"drain b'tail' 0 True\n" +
		"read at eof b'' b''\n" +
		"TypeError\nTypeError\nTypeError\n" +
		"read TypeError\n" +
		"big 100000 100000 70000 30000\n"
	got, err := pytesting.Run(t, src)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	if py3, err := exec.LookPath("python3"); err == nil {
		ref, err := exec.Command(py3, "-c", src).Output()
		require.NoError(t, err)
		assert.Equal(t, want, string(ref), "CPython agrees")
	} else {
		t.Log("python3 not found: CPython comparison skipped")
	}
}
