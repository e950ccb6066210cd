package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The prompt over a pipe, as CPython 3.6's `python3 -i < input` answers
// (stdout; stderr after the banner; exit status), recorded from 3.6.
func TestPipedREPL(t *testing.T) {
	self := program(t)
	cases := []struct {
		name, input, stdout, stderr string
		status                      int
	}{
		{"values and prints", "x = 1\nx\nprint(\"foo\")\n", "1\nfoo\n", ">>> >>> >>> >>> \n", 0},
		{"errors go on",
			"1/0\nx = 1 +\n", "",
			">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n" +
				">>>   File \"<stdin>\", line 1\n    x = 1 +\n          ^\nSyntaxError: invalid syntax\n>>> \n", 0},
		{"blocks end at an empty line",
			"if 1:\n    print(\"a\")\n    print(\"b\")\n\n@staticmethod\ndef f(): pass\n\n",
			"a\nb\n", ">>> ... ... ... >>> ... ... >>> \n", 0},
		{"open strings and brackets", "s = \"\"\"a\nb\"\"\"\ns\n(1,\n\n2)\n", "'a\\nb'\n(1, 2)\n", ">>> ... >>> >>> ... ... >>> \n", 0},
		{"sys.ps1 and sys.ps2", "import sys; sys.ps1 = \"P> \"; sys.ps2 = \"Q \"\n(1,\n2)\n", "(1, 2)\n", ">>> P> Q P> \n", 0},
		{"comments and blank lines", "\n\n# a\n\n1\n", "1\n", ">>> >>> >>> ... >>> >>> \n", 0},
		{"a compound statement on one line waits for an empty line",
			"for i in range(2): i\n\nx = {1:\n2}\nx\nclass A: pass\n\nA.__name__\n", "0\n1\n{1: 2}\n'A'\n",
			">>> ... >>> ... >>> >>> ... >>> >>> \n", 0},
		{"SystemExit", "# c\nraise SystemExit(4)\nprint(\"not reached\")\n", "", ">>> ... ", 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, self, "-i")
			cmd.Env = append(os.Environ(), asInterpreter+"=1")
			cmd.Stdin = strings.NewReader(c.input)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			status := 0
			if exit, ok := err.(*exec.ExitError); ok {
				status = exit.ExitCode()
			} else {
				require.NoError(t, err)
			}
			_, after, found := strings.Cut(stderr.String(), "for more information.\n")
			require.True(t, found, "banner on stderr: %q", stderr.String())
			assert.Equal(t, c.stdout, stdout.String())
			assert.Equal(t, c.stderr, after)
			assert.Equal(t, c.status, status)
		})
	}
}

// PYTHONSTARTUP's file runs before the first prompt when no script is
// given (-i over a pipe included), not under -E; -q leaves the banner
// out. As CPython 3.6 answers.
func TestPipedREPLStartupFile(t *testing.T) {
	self := program(t)
	dir := t.TempDir()
	startupFile := filepath.Join(dir, "startup.py")
	require.NoError(t, os.WriteFile(startupFile, []byte("greet = 's'\nprint('started')\n"), 0o644))
	for _, c := range []struct {
		name           string
		args           []string
		stdout, stderr string
	}{
		{"runs", []string{"-i", "-q"}, "started\n's'\n", ">>> >>> \n"},
		{"not under -E", []string{"-E", "-i", "-q"}, "",
			">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'greet' is not defined\n>>> \n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, self, c.args...)
			cmd.Env = append(os.Environ(), asInterpreter+"=1", "PYTHONSTARTUP="+startupFile)
			cmd.Stdin = strings.NewReader("greet\n")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			require.NoError(t, cmd.Run())
			assert.Equal(t, c.stdout, stdout.String())
			assert.Equal(t, c.stderr, stderr.String())
		})
	}
}
