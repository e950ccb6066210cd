package main

import (
	"bufio"
	"io"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// runPipedREPL is the interactive prompt over a standard input that is
// not a terminal (`python3 -i < file`, a pipe from another program), as
// CPython 3.6 runs it: the prompts, sys.ps1 and sys.ps2, go straight to
// the process's stderr (past sys.stderr's buffer); each statement is compiled as typed ("single"
// mode, file "<stdin>") and run in __main__, its value shown by
// sys.displayhook; an error prints its traceback on stderr and the loop
// goes on; after each statement sys.stderr, then sys.stdout, is flushed; end of input writes a newline on stderr and ends with status
// 0, SystemExit with its code. A compound statement, or a line left
// open, goes on over the following lines, up to an empty line.
func runPipedREPL(ctx py.Context, in io.Reader, stderr io.Writer) int {
	// after a script under -i, its __main__ goes on
	module, err := ctx.GetModule(py.MainModuleName)
	if err != nil {
		module, err = ctx.Store().NewModule(ctx, &py.ModuleImpl{
			Info: py.ModuleInfo{Name: py.MainModuleName, FileDesc: "<stdin>"},
		})
		if err != nil {
			return reportError(err, stderr)
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
	lines := bufio.NewReader(in)
	pending := ""  // the lines of a statement not complete yet
	block := false // pending opens a block: it ends at an empty line
	for {
		prompt := "ps1"
		if pending != "" {
			prompt = "ps2"
		}
		writePrompt(promptText(sys, prompt))
		line, rerr := lines.ReadString('\n')
		if line == "" && rerr != nil {
			writePrompt("\n")
			return 0
		}
		line = strings.TrimSuffix(line, "\n")
		blank := strings.TrimSpace(line) == ""
		if pending == "" && blank {
			continue
		}
		src := pending + line + "\n"
		if block && !blank {
			pending = src
			continue
		}
		code, cerr := py.Compile(src, "<stdin>", py.SingleMode, 0, true)
		if pending == "" && opensBlockLine(line) && (cerr == nil || opensBlock(cerr)) {
			pending, block = src, true
			continue
		}
		if cerr != nil && opensBlock(cerr) {
			// only comments so far: an empty line ends them
			if isComment(src) && blank {
				pending, block = "", false
			} else {
				pending = src
			}
			continue
		}
		block = false
		pending = ""
		if cerr != nil {
			pyutil.PrintTraceback(stderr, cerr)
			flushIO(ctx)
			continue
		}
		if _, err := ctx.RunCode(code, module.Globals, module.Globals, nil); err != nil {
			if e, ok := pyutil.ExceptionValue(err).(*py.Exception); ok && e.Type().IsSubtype(py.SystemExit) {
				return systemExitCode(e, stderr)
			}
			vm.ReportUncaught(ctx, err, stderr)
		}
		flushIO(ctx)
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

// opensBlockLine reports whether the first line of a statement opens a
// block (if, def, a decorator ...): its body comes on the lines up to an
// empty one.
func opensBlockLine(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasSuffix(t, ":") || strings.HasPrefix(t, "@")
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

// stdinIsTerminal is whether the prompt reads from a terminal (the line
// editor) or from a pipe or file (runPipedREPL).
func stdinIsTerminal() bool { return pyutil.IsTerminal(int(os.Stdin.Fd())) }
