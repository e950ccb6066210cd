package pytesting

import (
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Command is one run of an interpreter for DiffCommands: the arguments
// after the executable (such as "-m", "json.tool", "in.json"), the text
// it reads on stdin, and variables added to its environment ("NAME=value").
type Command struct {
	Name  string
	Args  []string
	Stdin string
	Env   []string `json:",omitempty"`
}

// DiffCommands runs each command under the binary and under CPython 3.6,
// both in dir (so that file arguments can be relative and the stored
// results do not name a temporary directory), and requires the same
// output, stdout and stderr together, and the same exit status. clean,
// when not nil, rewrites both outputs first (giving it the executable
// that ran), for what may differ by right, such as a usage line naming
// the program. CPython's results are stored under name as
// CPython36Output stores a script's, so the test still compares where
// CPython 3.6 is not installed.
func DiffCommands(t *testing.T, name, dir string, commands []Command, clean func(exe, out string) string) {
	t.Helper()
	run := func(exe string, c Command) string {
		cmd := exec.Command(exe, c.Args...)
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(c.Stdin)
		cmd.Env = CPythonEnv(append([]string{"PYTHONHASHSEED=0"}, c.Env...)...)
		out, err := cmd.CombinedOutput()
		status := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			status = exit.ExitCode()
		} else if err != nil {
			t.Fatalf("%s %q: %v", exe, c.Args, err)
		}
		text := string(out)
		if clean != nil {
			text = clean(exe, text)
		}
		return fmt.Sprintf("%s\nexit %d", text, status)
	}
	input, err := json.Marshal(commands)
	if err != nil {
		t.Fatal(err)
	}
	stored := storedOracle(t, 6, CPython36, name, string(input), func(py36 string) string {
		var results strings.Builder
		for _, c := range commands {
			results.WriteString(strconv.Quote(run(py36, c)) + "\n")
		}
		return results.String()
	})
	// One quoted line a command: outputs need not be UTF-8.
	var want []string
	for _, line := range strings.Split(strings.TrimSuffix(stored, "\n"), "\n") {
		result, err := strconv.Unquote(line)
		if err != nil {
			t.Fatalf("stored CPython 3.6 results for %s: %v: run go test -update-cpython36", name, err)
		}
		want = append(want, result)
	}
	if len(want) != len(commands) {
		t.Fatalf("stored CPython 3.6 results for %s hold %d commands, not %d: run go test -update-cpython36", name, len(want), len(commands))
	}
	bin := Binary(t)
	for i, c := range commands {
		t.Run(c.Name, func(t *testing.T) {
			assert.Equal(t, want[i], run(bin, c))
		})
	}
}
