package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/peterh/liner"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// historyFile is where the prompt's lines are kept between sessions, in
// the home directory: CPython's file, so that both interpreters see one
// history.
const historyFile = ".python_history"

// runTerminalREPL is the interactive prompt on a terminal, with a line
// editor (peterh/liner: arrow keys, history, Tab completion) as CPython's
// readline gives it. The terminal is put in the editor's raw mode only
// while a line is read: the statements run with the terminal as it was,
// so that input() and sys.stdin echo what is typed. Ctrl-C at the prompt
// drops the statement being typed and prints KeyboardInterrupt (after
// the editor's "^C", which CPython's readline does not show); Ctrl-D
// (end of input) ends the prompt with status 0. The lines typed this
// session are appended to ~/.python_history at the end (not under -S).
func runTerminalREPL(s *replSession) int {
	cooked, cookedErr := liner.TerminalMode()
	rl := liner.NewLiner()
	raw, rawErr := liner.TerminalMode()
	if cookedErr == nil {
		_ = cooked.ApplyMode()
	}
	editing := func(on bool) {
		if cookedErr != nil || rawErr != nil {
			return
		}
		if on {
			_ = raw.ApplyMode()
			stopSignalKeys()
		} else {
			_ = cooked.ApplyMode()
		}
	}
	defer func() { _ = rl.Close() }()
	rl.SetCtrlCAborts(true)
	rl.SetTabCompletionStyle(liner.TabPrints)
	rl.SetWordCompleter(s.complete)

	history := historyPath()
	if history != "" {
		if f, err := os.Open(history); err == nil {
			_, _ = rl.ReadHistory(f)
			_ = f.Close()
		}
	}
	var typed []string
	defer func() { appendHistory(history, typed) }()

	for {
		prompt := s.prompt()
		editing(true)
		line, err := rl.Prompt(prompt)
		if errors.Is(err, liner.ErrInvalidPrompt) {
			// a prompt with control characters (colours): written as
			// it is, the editor then reads the line after it
			fmt.Fprint(os.Stdout, prompt)
			line, err = rl.Prompt("")
		}
		editing(false)
		if err == nil && sigint.Pending() {
			// a SIGINT while the line was read in the terminal's own
			// mode (liner's fallback for a terminal of no width)
			if ierr := sigint.Check(); ierr != nil {
				err = ierr
			}
		}
		switch {
		case errors.Is(err, liner.ErrPromptAborted):
			// the editor has shown "^C" and ended the line
			fmt.Fprint(s.stderr, "KeyboardInterrupt\n")
			s.reset()
			continue
		case sigint.IsKeyboardInterrupt(err):
			fmt.Fprint(s.stderr, "\nKeyboardInterrupt\n")
			s.reset()
			continue
		case err != nil && pyutil.ExceptionValue(err) != nil:
			// what a Python SIGINT handler raised
			vm.ReportUncaught(s.ctx, err, s.stderr)
			s.reset()
			continue
		case errors.Is(err, io.EOF):
			// the editor's end of the line, then CPython's at the end of
			// input
			fmt.Fprint(os.Stdout, "\n")
			writePrompt("\n")
			return 0
		case err != nil:
			fmt.Fprintf(s.stderr, "gpython-ssl: the prompt cannot read the terminal: %v\n", err)
			return 1
		}
		if strings.TrimSpace(line) != "" {
			rl.AppendHistory(line)
			typed = append(typed, line)
		}
		if status, exit := s.feed(line); exit {
			return status
		}
	}
}

// historyPath is ~/.python_history, or "" when there is no home
// directory or -S turned the site hooks off.
func historyPath() string {
	if startup.opts.NoSite != 0 {
		return ""
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return ""
	}
	return filepath.Join(home, historyFile)
}

// appendHistory adds this session's lines to the history file, leaving
// the lines already in it as they are.
func appendHistory(path string, lines []string) {
	if path == "" || len(lines) == 0 {
		return
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return
	}
	defer f.Close()
	_, _ = io.WriteString(f, strings.Join(lines, "\n")+"\n")
}

// pythonKeywords are Python 3.6's keywords, completed at the prompt as
// CPython's rlcompleter completes them.
var pythonKeywords = []string{"False", "None", "True", "and", "as", "assert", "break",
	"class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
	"from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
	"pass", "raise", "return", "try", "while", "with", "yield"}

// complete is the prompt's Tab completion, as CPython's rlcompleter does
// it: a name completes from the keywords, __main__'s globals and the
// builtins; `a.b.pa` from dir() of the object the dotted name before the
// last dot names (looked up, never evaluated: no call runs). A callable
// gets "(" after its name, a keyword a space (":" after try and
// finally). Tab where only blanks precede the cursor indents.
func (s *replSession) complete(line string, pos int) (head string, completions []string, tail string) {
	before, tail := line[:pos], line[pos:]
	if strings.TrimSpace(before) == "" {
		return before, []string{"    "}, tail
	}
	start := len(before)
	for start > 0 && (isNameByte(before[start-1]) || before[start-1] == '.') {
		start--
	}
	head, word := before[:start], before[start:]
	_ = vm.WithLock(s.ctx, func() error {
		completions = s.completions(word)
		return nil
	})
	return head, completions, tail
}

// completions are the completions of word, a name or a dotted name.
func (s *replSession) completions(word string) []string {
	var found []string
	add := func(name string, v py.Object, prefix string) {
		if pyutil.IsCallable(v) {
			name += "("
		}
		found = append(found, prefix+name)
	}
	dot := strings.LastIndexByte(word, '.')
	if dot < 0 {
		seen := map[string]bool{}
		for _, kw := range pythonKeywords {
			if strings.HasPrefix(kw, word) {
				seen[kw] = true
				switch kw {
				case "try", "finally":
					found = append(found, kw+":")
				case "False", "None", "True", "break", "continue", "pass", "else":
					found = append(found, kw)
				default:
					found = append(found, kw+" ")
				}
			}
		}
		for _, names := range []py.StringDict{s.module.Globals, s.ctx.Store().Builtins.Globals} {
			for name, v := range names {
				if strings.HasPrefix(name, word) && !seen[name] {
					seen[name] = true
					add(name, v, "")
				}
			}
		}
		sort.Strings(found)
		return found
	}
	obj, ok := s.lookupDotted(word[:dot])
	if !ok {
		return nil
	}
	names, err := vm.Dir(obj)
	if err != nil {
		return nil
	}
	list, ok := names.(*py.List)
	if !ok {
		return nil
	}
	partial := word[dot+1:]
	for _, n := range list.Items {
		name, ok := n.(py.String)
		if !ok || !strings.HasPrefix(string(name), partial) {
			continue
		}
		// as rlcompleter: the private names only once "_" is typed
		if partial == "" && strings.HasPrefix(string(name), "_") {
			continue
		}
		v, err := py.GetAttrString(obj, string(name))
		if err != nil {
			continue
		}
		add(string(name), v, word[:dot+1])
	}
	sort.Strings(found)
	return found
}

// lookupDotted finds the object a dotted name names in __main__'s
// globals or the builtins, through attribute lookups only.
func (s *replSession) lookupDotted(dotted string) (py.Object, bool) {
	parts := strings.Split(dotted, ".")
	obj, ok := s.module.Globals[parts[0]]
	if !ok {
		if obj, ok = s.ctx.Store().Builtins.Globals[parts[0]]; !ok {
			return nil, false
		}
	}
	for _, attr := range parts[1:] {
		v, err := py.GetAttrString(obj, attr)
		if err != nil {
			return nil, false
		}
		obj = v
	}
	return obj, true
}
