package gpythonssl_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeGo is a stand-in for the go command: it logs its arguments, one
// run a line, and answers each of test-go-pylib's three parts as the
// environment says (FAKE_RACE, FAKE_PYLIB, FAKE_PLAIN: "ok", "fail" for
// a failing package with go test's FAIL summary line, or "crash" for a
// failure without one).
const fakeGo = `#!/bin/sh
echo "$*" >>"$FAKE_LOG"
case "$*" in
*-race*) mode=$FAKE_RACE; pkg=example.com/m/modules/pylib ;;
*-skip*) mode=$FAKE_PYLIB; pkg=example.com/m/modules/pylib ;;
*) mode=$FAKE_PLAIN; pkg=example.com/m/tests/lang ;;
esac
case $mode in
ok) printf 'ok  \t%s\t0.1s\n' "$pkg"; exit 0 ;;
fail) printf -- '--- FAIL: TestX (0.00s)\nFAIL\nFAIL\t%s\t0.2s\nFAIL\n' "$pkg"; exit 1 ;;
*) echo "signal: killed"; exit 2 ;;
esac
`

// runTestGoPylib runs `make test-go-pylib` with the fake go command and
// returns make's output, whether it failed, and the go commands run.
func runTestGoPylib(t *testing.T, race, pylib, plain string) (string, bool, []string) {
	t.Helper()
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make not found")
	}
	dir := t.TempDir()
	goPath := filepath.Join(dir, "go")
	require.NoError(t, os.WriteFile(goPath, []byte(fakeGo), 0o755))
	logPath := filepath.Join(dir, "log")
	cmd := exec.Command("make", "--no-print-directory", "test-go-pylib", "GO="+goPath)
	cmd.Env = append(os.Environ(), "FAKE_LOG="+logPath, "FAKE_RACE="+race, "FAKE_PYLIB="+pylib, "FAKE_PLAIN="+plain, "MAKEFLAGS=")
	out, err := cmd.CombinedOutput()
	failed := err != nil
	if failed {
		var ee *exec.ExitError
		require.ErrorAs(t, err, &ee, "make did not run: %s", out)
	}
	logged, err := os.ReadFile(logPath)
	require.NoError(t, err, "the fake go command never ran: %s", out)
	return string(out), failed, strings.Split(strings.TrimSpace(string(logged)), "\n")
}

// TestMakeTestGoPylibRunsEveryPart checks that a failing part of the
// Makefile's test-go-pylib does not keep the later parts from running,
// and that the target fails at the end naming each failing package.
func TestMakeTestGoPylibRunsEveryPart(t *testing.T) {
	tests := []struct {
		name               string
		race, pylib, plain string
		wantFail           bool
		wantNamed          []string
	}{
		{"all pass", "ok", "ok", "ok", false, nil},
		{"pylib race fails", "fail", "ok", "ok", true, []string{"example.com/m/modules/pylib"}},
		{"pylib fails", "ok", "fail", "ok", true, []string{"example.com/m/modules/pylib"}},
		{"pylib and plain fail", "ok", "fail", "fail", true, []string{"example.com/m/modules/pylib", "example.com/m/tests/lang"}},
		{"crash without a FAIL line", "crash", "ok", "ok", true, []string{"modules/pylib (race) (exit status 2)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, failed, runs := runTestGoPylib(t, tt.race, tt.pylib, tt.plain)
			require.Len(t, runs, 3, "every part runs: %v\n%s", runs, out)
			assert.Contains(t, runs[0], "-race")
			assert.Contains(t, runs[1], "-skip")
			assert.Contains(t, runs[2], "./tests/lang")
			assert.Equal(t, tt.wantFail, failed, out)
			if !tt.wantFail {
				assert.NotContains(t, out, "FAILED")
				return
			}
			summary := out[strings.LastIndex(out, "test-go-pylib: FAILED:"):]
			for _, name := range tt.wantNamed {
				assert.Contains(t, summary, name)
			}
		})
	}
}
