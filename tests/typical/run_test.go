package typical

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunScript checks the runner the test and bench/cmd/typicalbench
// share, with sh as the interpreter: the outcome's form, the exit
// status, the time bound, and CPU time that counts the processes the
// script waited for (a script's peers).
func TestRunScript(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("exit.sh", "echo out; echo err >&2; exit 3\n")
	write("child.sh", "i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done\n")
	write("parent.sh", "sh child.sh; echo done\n")
	write("slow.sh", "exec sleep 5\n")

	run, err := RunScript("sh", dir, "exit.sh", 10*time.Second)
	require.NoError(t, err)
	assert.Equal(t, "out\n[stderr]\nerr\n[exit status 3]\n", run.Outcome)

	run, err = RunScript("sh", dir, "parent.sh", 60*time.Second)
	require.NoError(t, err)
	assert.Equal(t, "done\n[stderr]\n[exit status 0]\n", run.Outcome)
	assert.GreaterOrEqual(t, run.CPU(), 10*time.Millisecond, "the child's CPU time counts: %+v", run)
	assert.Equal(t, run.User+run.Sys, run.CPU())

	_, err = RunScript("sh", dir, "slow.sh", 200*time.Millisecond)
	assert.ErrorContains(t, err, "timed out")
}

// TestStored checks that a stored outcome counts only for the script's
// current text.
func TestStored(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "scripts"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "testdata", "cpython36"), 0o755))
	src := []byte("print(1)\n")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "scripts", "a.py"), src, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "scripts", "b.py"), src, 0o644))
	require.NoError(t, os.WriteFile(StoredPath(dir, "a.py"), []byte(Header(src)+"1\n[stderr]\n[exit status 0]\n"), 0o644))
	require.NoError(t, os.WriteFile(StoredPath(dir, "b.py"), []byte(Header([]byte("print(2)\n"))+"2\n"), 0o644))

	got, ok := Stored(dir, "a.py")
	assert.True(t, ok)
	assert.Equal(t, "1\n[stderr]\n[exit status 0]\n", got)
	_, ok = Stored(dir, "b.py")
	assert.False(t, ok, "stored for another text")
	_, ok = Stored(dir, "c.py")
	assert.False(t, ok, "no such script")

	names, err := Scripts(dir)
	require.NoError(t, err)
	assert.Equal(t, []string{"a.py", "b.py"}, names)
}
