package pytesting

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckGivenBinary(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "exe")
	require.NoError(t, os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755))
	plain := filepath.Join(dir, "plain")
	require.NoError(t, os.WriteFile(plain, []byte("x"), 0o644))
	for _, c := range []struct {
		name, path, wantErr string
	}{
		{"executable", exe, ""},
		{"relative", "bin/gpython-ssl", "must be an absolute path"},
		{"missing", filepath.Join(dir, "none"), "no such file"},
		{"not executable", plain, "not an executable file"},
		{"directory", dir, "not an executable file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := checkGivenBinary(c.path)
			if c.wantErr == "" {
				assert.NoError(t, err)
			} else {
				assert.ErrorContains(t, err, c.wantErr)
			}
		})
	}
}

// TestLinkOrCopyIsStable checks that the test process's binary keeps its
// contents when the original is rebuilt (removed and written anew).
func TestLinkOrCopyIsStable(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	require.NoError(t, os.WriteFile(src, []byte("first build"), 0o755))
	dst := filepath.Join(dir, "dst")
	require.NoError(t, linkOrCopy(src, dst))
	require.NoError(t, os.Remove(src))
	require.NoError(t, os.WriteFile(src, []byte("second build"), 0o755))
	got, err := os.ReadFile(dst)
	require.NoError(t, err)
	assert.Equal(t, "first build", string(got))
	info, err := os.Stat(dst)
	require.NoError(t, err)
	assert.NotZero(t, info.Mode().Perm()&0o111, "not executable")
	assert.Error(t, linkOrCopy(filepath.Join(dir, "none"), filepath.Join(dir, "dst2")))
}

// TestRemoveOrphanDirs checks that only the binary directories of
// processes that no longer run are removed.
func TestRemoveOrphanDirs(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	gone := exec.Command("true")
	require.NoError(t, gone.Run())
	dir := func(pid int) string {
		d := filepath.Join(tmp, fmt.Sprintf("%s%d-123", binDirPrefix, pid))
		require.NoError(t, os.Mkdir(d, 0o700))
		return d
	}
	dead, self, initProc := dir(gone.Process.Pid), dir(os.Getpid()), dir(1)
	other := filepath.Join(tmp, "gpython-ssl-bin-x")
	require.NoError(t, os.Mkdir(other, 0o700))
	removeOrphanDirs()
	assert.NoDirExists(t, dead)
	assert.DirExists(t, self)
	assert.DirExists(t, initProc)
	assert.DirExists(t, other)
}
