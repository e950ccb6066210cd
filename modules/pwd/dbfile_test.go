package pypwd

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadDB checks the reader on the lines glibc's files service skips:
// comments, blank lines, short lines and non-numeric ids.
func TestReadDB(t *testing.T) {
	p := filepath.Join(t.TempDir(), "passwd")
	require.NoError(t, os.WriteFile(p, []byte("# comment\n\n  root:x:0:0:root:/root:/bin/sh\nshort:x:1\nbad:x:z:0:::\nlast:x:5:6:g,e:/h:/bin/a:b\nnonl:x:7:7:::"), 0o600))
	old := passwdPath
	passwdPath = p
	defer func() { passwdPath = old }()
	es := entries()
	require.Len(t, es, 3)
	assert.Equal(t, entry{"root", "x", 0, 0, "root", "/root", "/bin/sh"}, es[0])
	assert.Equal(t, entry{"last", "x", 5, 6, "g,e", "/h", "/bin/a:b"}, es[1])
	assert.Equal(t, entry{"nonl", "x", 7, 7, "", "", ""}, es[2])
	assert.Nil(t, ReadDB(filepath.Join(t.TempDir(), "missing"), 7))
}

func TestParseID(t *testing.T) {
	for _, c := range []struct {
		in string
		n  uint32
		ok bool
	}{{"0", 0, true}, {"4294967295", 4294967295, true}, {"4294967296", 0, false}, {"", 0, false}, {"-1", 0, false}, {"1a", 0, false}} {
		n, ok := ParseID(c.in)
		assert.Equal(t, c.ok, ok, c.in)
		if ok {
			assert.Equal(t, c.n, n, c.in)
		}
	}
}

// FuzzReadDB checks that any file content parses without a panic and
// that every entry has the fields asked for.
func FuzzReadDB(f *testing.F) {
	for _, s := range []string{"root:x:0:0:root:/root:/bin/sh\n", "# c\n\n:::\n", "a:b:c", "x:x:4294967296:1:::\n"} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, s string) {
		p := filepath.Join(dir, "db")
		require.NoError(t, os.WriteFile(p, []byte(s), 0o600))
		for _, e := range ReadDB(p, 4) {
			require.Len(t, e, 4)
		}
	})
}
