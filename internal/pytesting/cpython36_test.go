package pytesting

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recordingTB is a testing.TB whose failures are recorded rather than
// reported, so that a test can check that storedOracle fails. Fatalf ends
// the goroutine, as testing's does; storedOracle calls nothing else.
type recordingTB struct {
	testing.TB
	failures []string
}

func (r *recordingTB) Helper()             {}
func (r *recordingTB) Logf(string, ...any) {}
func (r *recordingTB) Errorf(f string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(f, args...))
}
func (r *recordingTB) Fatalf(f string, args ...any) { r.Errorf(f, args...); runtime.Goexit() }
func (r *recordingTB) Fatal(args ...any)            { r.Errorf("%s", fmt.Sprint(args...)); runtime.Goexit() }

// oracleRun calls storedOracle on a recordingTB in a goroutine of its
// own and reports its result, its failures and how often find and live
// ran.
func oracleRun(exe, input, liveOut string) (got string, failures []string, finds, lives int) {
	r := &recordingTB{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		got = storedOracle(r, 6, func() string { finds++; return exe }, "case", input,
			func(string) string { lives++; return liveOut })
	}()
	<-done
	return got, r.failures, finds, lives
}

// TestStoredOracle pins when the reference interpreter runs: never for a
// script whose output is stored for its text, always under
// GPYSSL_RECHECK_CPYTHON=1, and a changed script fails until its output
// is stored again.
func TestStoredOracle(t *testing.T) {
	t.Chdir(t.TempDir())
	require.NoError(t, os.MkdirAll(filepath.Join("testdata", "cpython36"), 0o755))
	const input = "print(1)\n"
	sum := sha256.Sum256([]byte(input))
	header := "# CPython 3.6 stdout of the script with sha256 " + hex.EncodeToString(sum[:]) + "\n"
	path := filepath.Join("testdata", "cpython36", "case.out")
	require.NoError(t, os.WriteFile(path, []byte(header+"1\n"), 0o644))

	t.Run("stored for this script", func(t *testing.T) {
		t.Setenv("GPYSSL_RECHECK_CPYTHON", "")
		got, failures, finds, lives := oracleRun("/py36", input, "other\n")
		assert.Equal(t, "1\n", got)
		assert.Empty(t, failures)
		assert.Zero(t, finds, "CPython looked for")
		assert.Zero(t, lives, "CPython run")
	})
	t.Run("recheck agrees", func(t *testing.T) {
		t.Setenv("GPYSSL_RECHECK_CPYTHON", "1")
		got, failures, _, lives := oracleRun("/py36", input, "1\n")
		assert.Equal(t, "1\n", got)
		assert.Empty(t, failures)
		assert.Equal(t, 1, lives)
	})
	t.Run("recheck disagrees", func(t *testing.T) {
		t.Setenv("GPYSSL_RECHECK_CPYTHON", "1")
		got, failures, _, _ := oracleRun("/py36", input, "2\n")
		assert.Equal(t, "2\n", got, "the live output is the oracle")
		require.Len(t, failures, 1)
		assert.Contains(t, failures[0], "differs from CPython 3.6's")
	})
	t.Run("changed script, CPython installed", func(t *testing.T) {
		t.Setenv("GPYSSL_RECHECK_CPYTHON", "")
		got, failures, _, lives := oracleRun("/py36", "print(2)\n", "2\n")
		assert.Equal(t, "2\n", got)
		assert.Equal(t, 1, lives)
		require.Len(t, failures, 1)
		assert.Contains(t, failures[0], "differs from CPython 3.6's")
	})
	t.Run("changed script, no CPython", func(t *testing.T) {
		t.Setenv("GPYSSL_RECHECK_CPYTHON", "")
		_, failures, _, lives := oracleRun("", "print(2)\n", "2\n")
		assert.Zero(t, lives)
		require.Len(t, failures, 1)
		assert.Contains(t, failures[0], "stored for another version of the script")
	})
	t.Run("recheck without CPython uses the stored output", func(t *testing.T) {
		t.Setenv("GPYSSL_RECHECK_CPYTHON", "1")
		got, failures, _, lives := oracleRun("", input, "2\n")
		assert.Equal(t, "1\n", got)
		assert.Empty(t, failures)
		assert.Zero(t, lives)
	})
}
