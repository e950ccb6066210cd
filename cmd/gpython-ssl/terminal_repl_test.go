package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pty"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// A step of a session at a terminal: what is typed, then the prompt to
// wait for before typing on ("" waits for the program to end).
type termStep struct{ typed, prompt string }

// The prompt on a terminal (the line editor), as CPython 3.6 with
// readline answers: the screen's lines after the banner, as a terminal
// shows them (the editors' redraws differ: a small screen model replays
// them), and the exit status. The lines were recorded from 3.6, and 3.6
// is run again where it is installed.
func TestTerminalREPL(t *testing.T) {
	if _, err := os.Stat("/dev/ptmx"); err != nil {
		t.Skip("no /dev/ptmx: no pseudo-terminal to run the prompt on")
	}
	home := t.TempDir()
	startupFile := filepath.Join(home, "startup.py")
	require.NoError(t, os.WriteFile(startupFile, []byte("greeting = 'hi'\nprint('started')\n"), 0o644))
	cases := []struct {
		name   string
		env    []string
		steps  []termStep
		screen string
		status int
		// cpython is 3.6's screen where the editors differ on purpose;
		// "-" leaves 3.6 out (its readline misses a SIGINT that comes
		// between the prompt and its wait for input: the test would hang
		// on a loaded machine)
		cpython string
	}{
		{"statements, values and errors", nil, []termStep{
			{"x = 5\r", ">>> "}, {"x\r", ">>> "}, {"x +\r", ">>> "}, {"1/0\r", ">>> "},
			{"def f():\r", "... "}, {"    return 1\r", "... "}, {"\r", ">>> "}, {"f()\r", ">>> "},
			{"\x04", ""},
		}, ">>> x = 5\n>>> x\n5\n>>> x +\n  File \"<stdin>\", line 1\n    x +\n      ^\nSyntaxError: invalid syntax\n" +
			">>> 1/0\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n" +
			">>> def f():\n...     return 1\n...\n>>> f()\n1\n>>>\n\n", 0, ""},
		{"a compound statement on one line waits for an empty line", nil, []termStep{
			{"for i in range(2): i\r", "... "}, {"\r", ">>> "}, {"x = {1:\r", "... "}, {"2}\r", ">>> "}, {"x\r", ">>> "},
			{"\x04", ""},
		}, ">>> for i in range(2): i\n...\n0\n1\n>>> x = {1:\n... 2}\n>>> x\n{1: 2}\n>>>\n\n", 0, ""},
		{"sys.ps1, input() and SystemExit", nil, []termStep{
			{"import sys; sys.ps1 = 'P> '\r", "P> "}, {"input('q? ')\r", "q? "}, {"typed\r", "P> "},
			{"raise SystemExit(3)\r", ""},
		}, ">>> import sys; sys.ps1 = 'P> '\nP> input('q? ')\nq? typed\n'typed'\nP> raise SystemExit(3)\n", 3, ""},
		{"Tab completes names and attributes", nil, []termStep{
			{"import collections\r", ">>> "}, {"collections.Ord\t", ">>> collections.OrderedDict("}, {")\r", ">>> "},
			{"lam\tx: 2)(1)\r", ">>> "}, {"\x04", ""},
		}, ">>> import collections\n>>> collections.OrderedDict()\nOrderedDict()\n>>> lambda x: 2)(1)\n" +
			"  File \"<stdin>\", line 1\n    lambda x: 2)(1)\n               ^\nSyntaxError: invalid syntax\n>>>\n\n", 0, ""},
		{"Ctrl-C drops the statement", nil, []termStep{
			{"y = (1,\r", "... "}, {"\x03", ">>> "}, {"y\r", ">>> "}, {"\x04", ""},
		}, ">>> y = (1,\n... ^C\nKeyboardInterrupt\n>>> y\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'y' is not defined\n>>>\n\n", 0,
			"-"},
		{"PYTHONSTARTUP runs first", []string{"PYTHONSTARTUP=" + startupFile}, []termStep{
			{"greeting\r", ">>> "}, {"\x04", ""},
		}, "started\n>>> greeting\n'hi'\n>>>\n\n", 0, ""},
	}
	self := program(t)
	cpython := pytesting.CPython36()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env := append(terminalEnv(home), c.env...)
			screen, status := runAtTerminal(t, append(env, asInterpreter+"=1"), self, c.steps)
			assert.Equal(t, c.screen, screen)
			assert.Equal(t, c.status, status)
			if cpython != "" && c.cpython != "-" {
				screen, status := runAtTerminal(t, append(env, "PYENV_VERSION=3.6.15"), cpython, c.steps)
				want := c.screen
				if c.cpython != "" {
					want = c.cpython
				}
				assert.Equal(t, want, screen, "CPython 3.6's")
				assert.Equal(t, c.status, status, "CPython 3.6's")
			}
		})
	}
	// the lines typed are kept in ~/.python_history (both interpreters'
	// lines, each session's appended)
	history, err := os.ReadFile(filepath.Join(home, historyFile))
	require.NoError(t, err)
	assert.Contains(t, string(history), "x = {1:\n2}\nx\n")
}

// terminalEnv is the environment of a session at a terminal: HOME is
// home (for the history file), TERM an xterm, no PYTHON* variables.
func terminalEnv(home string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if name == "HOME" || name == "TERM" || strings.HasPrefix(name, "PYTHON") || name == "LANG" || strings.HasPrefix(name, "LC_") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "HOME="+home, "TERM=xterm", "LANG=C.UTF-8")
}

// runAtTerminal runs exe with no arguments on a new pseudo-terminal of 24
// rows and 80 columns, types each step's input once the screen's last
// line shows the step before's prompt, and returns the screen's text
// after the banner and the exit status. A step waits at most 20 seconds.
func runAtTerminal(t *testing.T, env []string, exe string, steps []termStep) (string, int) {
	t.Helper()
	master, slave, err := pty.Open()
	require.NoError(t, err)
	require.NoError(t, pty.SetSize(master, 24, 80))
	m, s := os.NewFile(uintptr(master), "ptmx"), os.NewFile(uintptr(slave), "pts")
	defer m.Close()
	cmd := exec.Command(exe)
	cmd.Env = env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = s, s, s
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	require.NoError(t, cmd.Start())
	s.Close()
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()

	output := make(chan []byte, 64)
	go func() {
		defer close(output)
		for {
			buf := make([]byte, 4096)
			n, err := m.Read(buf)
			if n > 0 {
				output <- buf[:n]
			}
			if err != nil {
				return
			}
		}
	}()
	var scr screen
	// waitFor waits for the prompt on the screen's last line, shown after
	// what was typed last: at least one piece of output must come first
	// (the echo of the typing), or a prompt still on the screen from
	// before the typing would pass.
	waitFor := func(prompt string) bool {
		deadline := time.After(20 * time.Second)
		fresh := false
		for {
			if prompt != "" && fresh && scr.current() == prompt && scr.sawBanner {
				return true
			}
			select {
			case chunk, ok := <-output:
				if !ok {
					return prompt == ""
				}
				scr.write(chunk)
				fresh = true
			case <-deadline:
				t.Errorf("no %q on the screen after 20 s; it shows %q", prompt, scr.text())
				return false
			}
		}
	}
	if !waitFor(">>> ") {
		return scr.text(), -1
	}
	for _, step := range steps {
		_, err := m.Write([]byte(step.typed))
		require.NoError(t, err)
		if !waitFor(step.prompt) {
			return scr.text(), -1
		}
	}
	err = cmd.Wait()
	status := 0
	if exit, ok := err.(*exec.ExitError); ok {
		status = exit.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return scr.text(), status
}

// screen is what a terminal shows of the output, line by line: enough of
// a terminal for the prompts' redraws (carriage return, backspace, the
// cursor moves and erase-to-end-of-line of the line editors); other
// escape sequences are dropped. The lines up to the banner's last one
// are not kept.
type screen struct {
	lines     []string
	line      []rune
	col       int
	sawBanner bool
	esc       []byte // an escape sequence not finished yet
}

func (s *screen) write(p []byte) {
	for _, r := range string(p) {
		if s.esc != nil {
			s.escape(r)
			continue
		}
		switch r {
		case '\x1b':
			s.esc = []byte{}
		case '\r':
			s.col = 0
		case '\n':
			s.newline()
		case '\b':
			if s.col > 0 {
				s.col--
			}
		case '\a':
		default:
			for len(s.line) <= s.col {
				s.line = append(s.line, ' ')
			}
			s.line[s.col] = r
			s.col++
		}
	}
}

// escape takes the next character of an escape sequence (ESC [ params
// final, or ESC and one character).
func (s *screen) escape(r rune) {
	if len(s.esc) == 0 && r != '[' {
		s.esc = nil
		return
	}
	if len(s.esc) == 0 || r < 0x40 || r > 0x7e {
		s.esc = append(s.esc, byte(r))
		return
	}
	params := string(s.esc[1:])
	s.esc = nil
	n, err := strconv.Atoi(params)
	if err != nil {
		n = 0
	}
	switch r {
	case 'K': // erase to the end of the line
		if s.col < len(s.line) {
			s.line = s.line[:s.col]
		}
	case 'C':
		s.col += max(n, 1)
	case 'D':
		s.col = max(s.col-max(n, 1), 0)
	case 'G':
		s.col = max(n-1, 0)
	}
}

func (s *screen) newline() {
	text := strings.TrimRight(string(s.line), " ")
	if s.sawBanner {
		s.lines = append(s.lines, text)
	} else if strings.Contains(text, "for more information.") {
		s.sawBanner = true
	}
	s.line, s.col = nil, 0
}

// current is the line the cursor is on, as shown (a prompt keeps its
// trailing space).
func (s *screen) current() string { return string(s.line) }

// text is the screen's lines after the banner, the last one unfinished.
func (s *screen) text() string {
	var b bytes.Buffer
	for _, l := range s.lines {
		b.WriteString(l + "\n")
	}
	b.WriteString(string(s.line))
	return b.String()
}
