package tests

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

var updateCLI = flag.Bool("update-cli", false, "rewrite testdata/cpython36/tls_cli_tool_*.out from CPython 3.6")

// A TLS command-line tool written the usual way (scripts/tls_cli_tool.py:
// argparse, logging to stderr, JSON on stdout, an openssl s_server peer it
// starts and stops with subprocess, tempfile for its certificate) runs
// unchanged under the binary and under CPython 3.6 with the same stdout,
// stderr and exit status. CPython 3.6's outcomes are stored beside the
// test, so it keeps its oracle where 3.6 is not installed; where it is,
// the stored outcomes must still be what it prints.
func TestTLSCommandLineTool(t *testing.T) {
	if _, err := exec.LookPath("openssl"); err != nil {
		t.Skip("openssl not found: the tool starts an openssl s_server peer")
	}
	script, err := filepath.Abs("scripts/tls_cli_tool.py")
	require.NoError(t, err)
	cases := []struct{ name, args string }{
		{"json", "--json"},
		{"tls12_verbose", "--tls 1.2 --lines 2 -v"},
		{"text", "--lines 1"},
		{"help", "--help"},
		{"bad_choice", "--tls 1.1"},
		{"unknown_option", "--bogus"},
		{"bad_int", "--lines x"},
	}
	py36 := pytesting.CPython36()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{script}, strings.Fields(c.args)...)
			stored := filepath.Join("testdata", "cpython36", "tls_cli_tool_"+c.name+".out")
			want, err := os.ReadFile(stored)
			if py36 != "" {
				live := cliOutcome(t, py36, args)
				if *updateCLI {
					require.NoError(t, os.WriteFile(stored, []byte(live), 0o644))
					want, err = []byte(live), nil
				}
				require.NoError(t, err, "no stored outcome: run go test ./tests -run TestTLSCommandLineTool -args -update-cli")
				require.Equal(t, string(want), live, "CPython 3.6 no longer prints the stored outcome %s", stored)
			} else {
				require.False(t, errors.Is(err, os.ErrNotExist), "CPython 3.6 not found and no stored outcome %s", stored)
				require.NoError(t, err)
				t.Logf("CPython 3.6 not found: comparing with %s", stored)
			}
			assert.Equal(t, string(want), cliOutcome(t, binary, args))
		})
	}
}

// cliOutcome runs the interpreter on args and returns its stdout, stderr
// and exit status as one text; the program name argparse prints is the
// tool's own, so nothing depends on the interpreter.
func cliOutcome(t *testing.T, interp string, args []string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, interp, args...)
	cmd.Env = pytesting.CPythonEnv("COLUMNS=80")
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	require.NoError(t, ctx.Err(), "%s timed out", interp)
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return fmt.Sprintf("%s[stderr]\n%s[exit status %d]\n", out.String(), errb.String(), code)
}
