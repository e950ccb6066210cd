package main

import (
	"io"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// replSession is the interactive prompt's state, whatever reads its lines
// (runPipedREPL over a pipe or file, runTerminalREPL with the line
// editor): statements are put together line by line as CPython 3.6's
// interactive reader does, each compiled as typed ("single" mode, file
// "<stdin>") and run in __main__, its value shown by sys.displayhook; an
// error prints its traceback on stderr (sys.excepthook) and the prompt
// goes on; after each statement sys.stderr, then sys.stdout, is flushed.
type replSession struct {
	ctx    py.Context
	module *py.Module // __main__
	sys    *py.Module // nil when sys is gone
	stderr io.Writer

	pending string // the lines of a statement not complete yet
	block   bool   // pending opens a compound statement: it ends at an empty line
}

// newREPLSession starts the prompt in ctx's __main__ (a script's, after
// -i), setting sys.ps1 and sys.ps2 where they are unset.
func newREPLSession(ctx py.Context, stderr io.Writer) (*replSession, error) {
	module, err := ctx.GetModule(py.MainModuleName)
	if err != nil {
		module, err = newMainModule(ctx, "<stdin>")
		if err != nil {
			return nil, err
		}
		vm.RecordModule(ctx, module)
	}
	sys, _ := ctx.GetModule("sys")
	if sys != nil {
		for name, v := range map[string]string{"ps1": ">>> ", "ps2": "... "} {
			if _, ok := sys.Globals[name]; !ok {
				sys.Globals[name] = py.String(v)
			}
		}
	}
	return &replSession{ctx: ctx, module: module, sys: sys, stderr: stderr}, nil
}

// prompt is the text of the next prompt: str(sys.ps1) for a new
// statement, str(sys.ps2) for a statement going on.
func (s *replSession) prompt() string {
	if s.pending != "" {
		return promptText(s.sys, "ps2")
	}
	return promptText(s.sys, "ps1")
}

// reset drops the statement being typed (Ctrl-C at the prompt).
func (s *replSession) reset() { s.pending, s.block = "", false }

// feed takes the next line typed, without its newline. When the line
// completes a statement, the statement runs. exit reports that
// SystemExit ended the prompt, with the exit status it gives.
func (s *replSession) feed(line string) (status int, exit bool) {
	blank := strings.TrimSpace(line) == ""
	if s.pending == "" && blank {
		return 0, false
	}
	src := s.pending + line + "\n"
	if s.block && !blank {
		s.pending = src
		return 0, false
	}
	code, cerr := py.Compile(src, "<stdin>", py.SingleMode, 0, true)
	if s.pending == "" && opensCompound(line) && (cerr == nil || opensBlock(cerr)) {
		s.pending, s.block = src, true
		return 0, false
	}
	if cerr != nil && opensBlock(cerr) {
		if isComment(src) && blank {
			// only comments so far: an empty line ends them
			s.reset()
		} else {
			s.pending = src
		}
		return 0, false
	}
	s.reset()
	if cerr != nil {
		pyutil.PrintTraceback(s.stderr, cerr)
		flushIO(s.ctx)
		return 0, false
	}
	if _, err := s.ctx.RunCode(code, s.module.Globals, s.module.Globals, nil); err != nil {
		if e, ok := pyutil.ExceptionValue(err).(*py.Exception); ok && e.Type().IsSubtype(py.SystemExit) {
			return systemExitCode(e, s.stderr), true
		}
		vm.ReportUncaught(s.ctx, err, s.stderr)
	}
	flushIO(s.ctx)
	return 0, false
}

// runStartupFile runs the file PYTHONSTARTUP names in __main__ before the
// first prompt, as CPython does when the prompt is interactive and no
// script, -c or -m was given (and -E or -I does not rule the variable
// out); an error in it prints its traceback and the prompt follows.
func (s *replSession) runStartupFile() {
	if startup.opts.IgnoreEnvironment != 0 {
		return
	}
	path := os.Getenv("PYTHONSTARTUP")
	if path == "" {
		return
	}
	src, err := os.ReadFile(path)
	if err != nil {
		// CPython reports an unreadable file with its errno and goes on
		return
	}
	code, err := py.Compile(string(src), path, py.ExecMode, 0, true)
	if err == nil {
		_, err = s.ctx.RunCode(code, s.module.Globals, s.module.Globals, nil)
	}
	if err != nil {
		vm.ReportUncaught(s.ctx, err, s.stderr)
	}
	flushIO(s.ctx)
}

// opensBlock reports whether a compile error only says that the input
// stopped inside a statement: more lines are needed.
func opensBlock(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "unexpected EOF while parsing") ||
		strings.Contains(msg, "EOF while scanning triple-quoted string literal")
}

// isComment reports whether src holds nothing but comments and blank
// lines.
func isComment(src string) bool {
	for _, l := range strings.Split(src, "\n") {
		if t := strings.TrimSpace(l); t != "" && t[0] != '#' {
			return false
		}
	}
	return true
}

// compoundKeywords start the compound statements: typed at the prompt,
// one goes on up to an empty line even when its body is on its first
// line (`for x in y: print(x)`), as in CPython.
var compoundKeywords = []string{"if", "while", "for", "try", "with", "def", "class", "async"}

// opensCompound reports whether the first line of a statement starts a
// compound statement (a decorator included).
func opensCompound(line string) bool {
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, "@") {
		return true
	}
	for _, kw := range compoundKeywords {
		if rest, ok := strings.CutPrefix(t, kw); ok {
			if rest == "" || !isNameByte(rest[0]) {
				return true
			}
		}
	}
	return false
}

// isNameByte reports whether b may go on an identifier (any byte of a
// non-ASCII letter counts).
func isNameByte(b byte) bool {
	return b == '_' || b >= 0x80 || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// promptText is str(sys.<name>), or the default prompt when it is unset
// or its str() fails.
func promptText(sys *py.Module, name string) string {
	def := ">>> "
	if name == "ps2" {
		def = "... "
	}
	if sys == nil {
		return def
	}
	v, ok := sys.Globals[name]
	if !ok {
		return def
	}
	s, err := py.StrAsString(v)
	if err != nil {
		return def
	}
	return s
}

// flushStream calls sys.<name>.flush(), ignoring errors.
func flushStream(sys *py.Module, name string) {
	if sys == nil {
		return
	}
	if f, ok := sys.Globals[name]; ok {
		if flush, err := py.GetAttrString(f, "flush"); err == nil {
			_, _ = py.Call(flush, nil, nil)
		}
	}
}
