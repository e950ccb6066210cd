package tests

import (
	"context"
	"errors"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// A script that answers RecursionError by recursing again ends, as in
// CPython 3.6, in the fatal error "Cannot recover from stack overflow."
// and an abort (SIGABRT), within the headroom of 50 levels past the
// limit; it used to run for ever (2^limit calls).
func TestRecursionNoRecoveryIsFatal(t *testing.T) {
	const script = `import sys
def again():
    try:
        again()
    except RecursionError:
        again()
sys.setrecursionlimit(%LIMIT%)
again()
`
	for _, limit := range []string{"50", "1000"} {
		t.Run(limit, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, binary, "-c", strings.ReplaceAll(script, "%LIMIT%", limit))
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err := cmd.Run()
			require.NoError(t, ctx.Err(), "still running after 30s")
			var exit *exec.ExitError
			require.True(t, errors.As(err, &exit), "%v", err)
			ws := exit.Sys().(syscall.WaitStatus)
			require.True(t, ws.Signaled(), "status %v", ws)
			require.Equal(t, syscall.SIGABRT, ws.Signal())
			lines := strings.Split(stderr.String(), "\n")
			require.Greater(t, len(lines), 4, stderr.String())
			require.Equal(t, "Fatal Python error: Cannot recover from stack overflow.", lines[0])
			require.Equal(t, "", lines[1])
			require.Regexp(t, `^Current thread 0x[0-9a-f]{16} \(most recent call first\):$`, lines[2])
			require.Equal(t, `  File "<string>", line 4 in again`, lines[3])
		})
	}
}
