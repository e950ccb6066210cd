package tests

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// binary is the gpython-ssl interpreter under test (pytesting.BinaryPath).
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gpython-ssl-tests")
	tempRoot = dir
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary, err = pytesting.BinaryPath()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	pytesting.RemoveBinary()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what a finished interpreter run left behind.
type result struct {
	Stdout, Stderr string
	Code           int
}

// runCmd runs name with args for at most timeout.
func runCmd(t testing.TB, timeout time.Duration, name string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if ctx.Err() != nil {
		t.Fatalf("%s %s: timed out after %v\nstdout: %s\nstderr: %s", name, strings.Join(args, " "), timeout, out.String(), errb.String())
	}
	return result{out.String(), errb.String(), code}
}

// gpython runs the interpreter.
func gpython(t testing.TB, args ...string) result {
	t.Helper()
	return runCmd(t, 60*time.Second, binary, args...)
}

// python3Path is CPython, or "" when it is not installed.
func python3Path() string {
	p, err := exec.LookPath("python3")
	if err != nil {
		return ""
	}
	return p
}

func needPython3(t testing.TB) string {
	t.Helper()
	p := python3Path()
	if p == "" {
		t.Skip("python3 not found: CPython differential/interop test skipped")
	}
	return p
}

func needOpenSSL(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl command not found: openssl interop test skipped")
	}
	return p
}

// script is the path of a test script in tests/scripts.
func script(name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "scripts", name)
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
