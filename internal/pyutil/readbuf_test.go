package pyutil

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReadBufferSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(path, []byte("abcdef"), 0o644))
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	fd := int(f.Fd())

	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()

	for _, c := range []struct {
		name string
		fd   int
		n    int
		at   int64
		want int
	}{
		{"small read is n", fd, 100, -1, 100},
		{"zero", fd, 0, -1, 0},
		{"huge read of a short file", fd, 1 << 31, -1, 6 + growSlack},
		{"huge read at an offset", fd, 1 << 31, 4, 2 + growSlack},
		{"offset past the end", fd, 1 << 31, 100, growSlack},
		{"n below the file's rest", fd, directRead + 1, -1, directRead + 1},
		{"pipe", int(r.Fd()), 1 << 40, -1, streamRead},
		{"bad descriptor", -1, 1 << 31, -1, streamRead},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.want, ReadBufferSize(c.fd, c.n, c.at))
		})
	}

	// the position counts when no offset is given
	_, err = syscall.Seek(fd, 5, 0)
	require.NoError(t, err)
	require.Equal(t, 1+growSlack, ReadBufferSize(fd, 1<<31, -1))
}
