package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// asInterpreter, set in the environment, makes the test binary run as
// gpython-ssl itself (main), so the end-to-end tests exercise the real
// entry point, built with the test's flags (-race), without a go build.
const asInterpreter = "GPYTHON_SSL_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asInterpreter) == "1" {
		main() // exits
	}
	os.Exit(m.Run())
}

// program is the gpython-ssl the end-to-end tests run: the binary
// $GPYSSL_BIN names when set (make test's, built from this package without
// the race detector: the race-instrumented interpreter starts and runs
// scripts several times slower, and make test runs the race detector over
// the packages whose Go code these scripts reach), else this test binary,
// run as main by asInterpreter in the environment (which the real binary
// ignores).
func program(t *testing.T) string {
	t.Helper()
	if given := os.Getenv(pytesting.BinaryEnv); given != "" {
		return given
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return self
}

// interpreter runs gpython-ssl (program) with args in dir and returns its
// stderr and exit status.
func interpreter(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	self := program(t)
	return runProgram(t, dir, append(os.Environ(), asInterpreter+"=1"), self, args...)
}

// runProgram runs name with args in dir for at most a minute.
func runProgram(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = dir, env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%s %q: timed out; stderr:\n%s", name, args, stderr.String())
	}
	var exit *exec.ExitError
	switch {
	case err == nil:
		return stderr.String(), 0
	case errors.As(err, &exit):
		return stderr.String(), exit.ExitCode()
	}
	t.Fatalf("%s %q: %v", name, args, err)
	return "", 0
}
