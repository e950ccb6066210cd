package doctest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/go-python/gpython/stdlib" // sets py.NewContext and the stock modules
	"github.com/go-python/gpython/vm"
)

// Options configure a run. The zero value finds everything next to the
// reST file.
type Options struct {
	// Table is the path of the table of skipped and build-dependent
	// examples; "" means BASE.skips.tsv in the reST file's directory
	// (BASE is the file name without ".rst"). A missing file is an empty
	// table.
	Table string
	// Fixtures is the directory of the fixture files BASE.GROUP.py, run in
	// a group's interpreter before its first example; "" is the reST
	// file's directory.
	Fixtures string
	// Python3 is the interpreter that computes the expected output of
	// build-dependent examples; "" looks up "python3" on PATH. When none is
	// found those examples are skipped, never passed.
	Python3 string
	// Timeout bounds the run time of one example; 0 means DefaultTimeout
	// and a negative value no limit. An example that overruns fails, and
	// so do the later examples of its group.
	Timeout time.Duration
}

// DefaultTimeout is the time limit of one example when Options.Timeout is 0.
const DefaultTimeout = time.Minute

// Outcome is the result of one example.
type Outcome int

// Outcomes.
const (
	Passed Outcome = iota
	Failed
	Skipped
)

// String returns the outcome as reports print it: PASS, FAIL or SKIP.
func (o Outcome) String() string {
	return [...]string{"PASS", "FAIL", "SKIP"}[o]
}

// Result is the outcome of one example.
type Result struct {
	Example Example
	Outcome Outcome
	// Reason is the skip category, or why the example failed when the
	// failure is not an output mismatch.
	Reason string
	// Want and Got are the compared texts of a run example; an exception
	// appears as a traceback header and its "Type: message" line.
	Want, Got string
	// Python3 is true when Want came from python3 (a build-dependent
	// example) rather than from the file.
	Python3 bool
}

// Report is the outcome of running the examples of one file.
type Report struct {
	// Name is the reST file's base name, used in messages.
	Name string
	// Results has one entry per example, in file order.
	Results []Result
	// Errors are failures outside examples: a fixture that raised.
	Errors []string
}

// Counts returns the number of passed, failed and skipped examples.
func (r *Report) Counts() (passed, failed, skipped int) {
	for _, res := range r.Results {
		switch res.Outcome {
		case Passed:
			passed++
		case Failed:
			failed++
		default:
			skipped++
		}
	}
	return
}

// OK tells whether no example failed and no fixture raised.
func (r *Report) OK() bool {
	_, failed, _ := r.Counts()
	return failed == 0 && len(r.Errors) == 0
}

// printExprMu serialises runs: gpython prints interactive expression values
// through the package variable vm.PrintExpr, which a run redirects.
var printExprMu sync.Mutex

// runner holds the state of one Run.
type runner struct {
	base   string // the reST file's name without ".rst"
	opts   Options
	tmp    string // temporary directory: stdout files and fixture_dir
	groups map[string]*group
	// cur is where vm.PrintExpr writes: the running group's stdout. It is
	// atomic because an example abandoned after its timeout may still print.
	cur    atomic.Pointer[os.File]
	report *Report
}

// Run parses the reST file at path, runs its examples and returns the
// report. The error is for what prevents running at all: an unreadable
// file, a malformed table or a table that does not fit the file.
func Run(path string, opts Options) (*Report, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	base := strings.TrimSuffix(filepath.Base(path), ".rst")
	if opts.Table == "" {
		opts.Table = filepath.Join(filepath.Dir(path), base+".skips.tsv")
	}
	if opts.Fixtures == "" {
		opts.Fixtures = filepath.Dir(path)
	}
	table, err := LoadTable(opts.Table)
	if err != nil {
		return nil, err
	}
	examples := Parse(string(text))
	if err := table.Check(examples); err != nil {
		return nil, fmt.Errorf("%s does not fit %s: %w", opts.Table, path, err)
	}
	tmp, err := os.MkdirTemp("", "doctest-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := writeTestCerts(tmp); err != nil {
		return nil, err
	}
	r := &runner{base: base, opts: opts, tmp: tmp, groups: map[string]*group{},
		report: &Report{Name: filepath.Base(path)}}
	defer r.close()

	plans := make([]plan, len(examples))
	for i := range examples {
		plans[i] = planFor(&examples[i], table.Lookup(&examples[i]))
	}
	expected := r.python3Outputs(examples, plans)

	printExprMu.Lock()
	defer printExprMu.Unlock()
	oldPrint := vm.PrintExpr
	vm.PrintExpr = func(s string) {
		if f := r.cur.Load(); f != nil {
			_, _ = f.WriteString(s + "\n")
		}
	}
	defer func() { vm.PrintExpr = oldPrint }()

	for i := range examples {
		r.report.Results = append(r.report.Results, r.runExample(&examples[i], plans[i], expected[i]))
	}
	return r.report, nil
}

// plan is what to do with one example, from its options and table entry.
type plan struct {
	flags   map[Flag]bool
	action  Action
	skip    string // skip reason; "" to run
	problem string // malformed example: fail unrun
}

func planFor(ex *Example, e *Entry) plan {
	p := plan{flags: map[Flag]bool{}}
	for f, on := range ex.Options {
		p.flags[f] = on
	}
	if e != nil {
		for f, on := range e.Options {
			p.flags[f] = on
		}
		p.action = e.Action
		if e.Action == ActionSkip {
			p.skip = e.Reason
		}
	}
	switch {
	case ex.Err != "":
		p.problem = "malformed example: " + ex.Err
	case p.skip == "" && p.flags[Skip]:
		p.skip = "doctest: +SKIP"
	}
	return p
}

// runs tells whether gpython runs the example.
func (p plan) runs() bool { return p.skip == "" && p.problem == "" }

// runExample runs one example in its group and judges its output.
func (r *runner) runExample(ex *Example, p plan, py3 python3Output) Result {
	res := Result{Example: *ex}
	switch {
	case p.problem != "":
		res.Outcome, res.Reason = Failed, p.problem
		return res
	case p.skip != "":
		res.Outcome, res.Reason = Skipped, p.skip
		return res
	}
	want := ex.Want
	if p.action == ActionPython3 {
		if py3.skip != "" {
			res.Outcome, res.Reason = Skipped, py3.skip
			return res
		}
		want, res.Python3 = py3.want, true
	}
	g, err := r.group(ex.Group)
	if err != nil {
		res.Outcome, res.Reason = Failed, err.Error()
		return res
	}
	if g.dead != "" {
		res.Outcome, res.Reason = Failed, g.dead
		return res
	}
	got, exc := r.exec(g, ex)
	if py3.err != "" {
		res.Outcome, res.Reason = Failed, py3.err
		return res
	}
	res.Want = want
	res.Outcome = Failed
	if exc == "" {
		res.Got = got
		if outputMatches(want, got, p.flags) {
			res.Outcome = Passed
		}
		return res
	}
	res.Got = "Traceback (most recent call last):\n" + exc
	wantExc, isTraceback := splitTraceback(want)
	switch {
	case !isTraceback:
	case outputMatches(wantExc, exc, p.flags):
		res.Outcome = Passed
	case p.flags[IgnoreExceptionDetail] && stripExceptionDetail(wantExc) == stripExceptionDetail(exc):
		res.Outcome = Passed
	}
	return res
}

// exec runs the example's source in single (interactive) mode in the
// group's globals. It returns what was printed and, if the example raised,
// the exception line "Type: message\n".
func (r *runner) exec(g *group, ex *Example) (got, exc string) {
	if err := g.out.Truncate(0); err != nil {
		return "", "OSError: " + err.Error() + "\n"
	}
	if _, err := g.out.Seek(0, 0); err != nil {
		return "", "OSError: " + err.Error() + "\n"
	}
	r.cur.Store(g.out)
	name := fmt.Sprintf("<doctest %s[%d]>", r.report.Name, ex.Line)
	if err := r.runWithTimeout(g, ex, name); err != nil {
		exc = exceptionLine(err)
	}
	data, err := os.ReadFile(g.out.Name())
	if err != nil {
		return "", "OSError: " + err.Error() + "\n"
	}
	got = string(data)
	if got != "" && !strings.HasSuffix(got, "\n") {
		got += "\n" // as doctest: output always ends a line
	}
	return got, exc
}
