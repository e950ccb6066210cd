package doctest

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Action is what the table says to do with an example.
type Action int

// Actions of a table entry.
const (
	// ActionRun runs the example and compares with the file's expected output,
	// under the entry's extra options.
	ActionRun Action = iota
	// ActionSkip does not run the example; the entry's reason is reported.
	ActionSkip
	// ActionPython3 runs the example and compares with what python3 prints for
	// the same example replayed in the same group: for output that depends
	// on the linked OpenSSL rather than on the file's text.
	ActionPython3
)

var actionNames = map[string]Action{"run": ActionRun, "skip": ActionSkip, "python3": ActionPython3}

// String returns the action's name in the table: run, skip or python3.
func (a Action) String() string {
	for name, v := range actionNames {
		if v == a {
			return name
		}
	}
	return fmt.Sprintf("Action(%d)", int(a))
}

// Entry is one row of the table.
type Entry struct {
	// Line is the line number of the example's ">>>" line.
	Line int
	// Source is the example's first source line, without the prompt. It
	// must equal the example's, so that an edit of the reST file cannot
	// silently move an entry to another example.
	Source string
	// Action says how the example is run.
	Action Action
	// Options are option flags added to the example's own.
	Options map[Flag]bool
	// Reason is the category reported for a skip, a note otherwise.
	Reason string
	// TableLine is the entry's line in the table file, for messages.
	TableLine int
}

// Table is the per-file table of skipped, build-dependent and re-optioned
// examples, keyed by line number. The zero Table is empty.
type Table struct {
	byLine map[int]*Entry
}

// LoadTable reads a table file; a missing file gives an empty table.
func LoadTable(path string) (*Table, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return &Table{}, nil
	}
	if err != nil {
		return nil, err
	}
	t, err := ParseTable(string(data))
	if err != nil {
		return nil, fmt.Errorf("%s:%w", path, err)
	}
	return t, nil
}

// ParseTable parses a table: one entry per line, five tab-separated fields
//
//	LINE	FIRST SOURCE LINE	ACTION	OPTIONS	REASON
//
// where ACTION is run, skip or python3 and OPTIONS is "-" or flags such as
// "+IGNORE_DICT_ORDER,+ELLIPSIS". Blank lines and lines starting with "#"
// are comments.
func ParseTable(text string) (*Table, error) {
	t := &Table{byLine: map[int]*Entry{}}
	for n, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("%d: want 5 tab-separated fields, got %d", n+1, len(f))
		}
		e := &Entry{Source: f[1], Reason: strings.TrimSpace(f[4]), Options: map[Flag]bool{}, TableLine: n + 1}
		var err error
		if e.Line, err = strconv.Atoi(strings.TrimSpace(f[0])); err != nil || e.Line < 1 {
			return nil, fmt.Errorf("%d: bad line number %q", n+1, f[0])
		}
		a, ok := actionNames[strings.TrimSpace(f[2])]
		if !ok {
			return nil, fmt.Errorf("%d: unknown action %q (want run, skip or python3)", n+1, f[2])
		}
		e.Action = a
		if opts := strings.TrimSpace(f[3]); opts != "-" {
			if msg := parseOptionList(opts, e.Options); msg != "" {
				return nil, fmt.Errorf("%d: %s", n+1, msg)
			}
		}
		if e.Action != ActionRun && e.Reason == "" {
			return nil, fmt.Errorf("%d: a %s entry needs a reason", n+1, e.Action)
		}
		if _, dup := t.byLine[e.Line]; dup {
			return nil, fmt.Errorf("%d: second entry for line %d", n+1, e.Line)
		}
		t.byLine[e.Line] = e
	}
	return t, nil
}

// Lookup returns the entry for an example, or nil when it has none.
func (t *Table) Lookup(ex *Example) *Entry {
	if t == nil {
		return nil
	}
	return t.byLine[ex.Line]
}

// Len returns the number of entries.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.byLine)
}

// Check reports entries that name no example of the file, or whose source
// differs from the example's first line (the file was edited).
func (t *Table) Check(examples []Example) error {
	if t == nil {
		return nil
	}
	byLine := map[int]*Example{}
	for i := range examples {
		byLine[examples[i].Line] = &examples[i]
	}
	lines := make([]int, 0, len(t.byLine))
	for l := range t.byLine {
		lines = append(lines, l)
	}
	sort.Ints(lines)
	var errs []error
	for _, l := range lines {
		e := t.byLine[l]
		ex, ok := byLine[e.Line]
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("table line %d: no example at line %d", e.TableLine, e.Line))
		case ex.FirstLine() != e.Source:
			errs = append(errs, fmt.Errorf("table line %d: example at line %d is %q, table says %q", e.TableLine, e.Line, ex.FirstLine(), e.Source))
		}
	}
	return errors.Join(errs...)
}
