package main

import (
	"bufio"
	"io"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
)

// runPipedREPL is the interactive prompt over a standard input that is
// not a terminal (`python3 -i < file`, a pipe from another program), or
// a terminal when the standard output is not one, as CPython 3.6 runs
// it: the prompts go straight to the process's stderr (past sys.stderr's
// buffer); end of input writes a newline there and ends with status 0,
// SystemExit with its code. replSession puts the statements together and
// runs them.
func runPipedREPL(s *replSession, in io.Reader) int {
	lines := bufio.NewReader(in)
	for {
		writePrompt(s.prompt())
		line, rerr := lines.ReadString('\n')
		if line == "" && rerr != nil {
			writePrompt("\n")
			return 0
		}
		if status, exit := s.feed(strings.TrimSuffix(line, "\n")); exit {
			return status
		}
	}
}

// writePrompt writes a prompt to file descriptor 2 as it is, as CPython's
// reader of a standard input that is not a terminal writes it (C's
// unbuffered stderr, not sys.stderr); a failed write is ignored.
func writePrompt(s string) {
	p := []byte(s)
	for len(p) > 0 {
		n, err := sigint.Write(2, p)
		if err != nil || n <= 0 {
			return
		}
		p = p[n:]
	}
}

// runPrompt runs the interactive prompt in ctx's __main__ until end of
// input or SystemExit, returning the exit status: with the line editor
// when the standard input and output are terminals (runTerminalREPL),
// otherwise over the standard input as it is (runPipedREPL). startupFile
// runs PYTHONSTARTUP's file first (the prompt with no script).
func runPrompt(ctx py.Context, startupFile bool, stderr io.Writer) int {
	s, err := newREPLSession(ctx, stderr)
	if err != nil {
		return reportError(err, stderr)
	}
	if startupFile {
		s.runStartupFile()
	}
	if pyutil.IsTerminal(int(os.Stdin.Fd())) && pyutil.IsTerminal(int(os.Stdout.Fd())) {
		return runTerminalREPL(s)
	}
	return runPipedREPL(s, os.Stdin)
}
