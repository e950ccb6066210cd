package doctest

import (
	"fmt"
	"io"
	"strings"
)

// Exit codes of Main.
const (
	ExitOK     = 0 // every example passed or was skipped
	ExitFailed = 1 // an example failed or a fixture raised
	ExitError  = 2 // the file could not be run: unreadable, or a bad table
)

// Main runs the examples of the reST file at path and writes one line per
// example to stdout ("PASS ssl.rst:412 source", "SKIP ... -- reason",
// "FAIL ..." followed by the expected and actual output), then exactly one
// summary line "N passed, N failed, N skipped". Problems that prevent the
// run go to stderr. It returns ExitOK, ExitFailed or ExitError.
//
// Main is what the gpython-ssl command runs for "--doctest FILE.rst".
func Main(path string, stdout, stderr io.Writer, opts Options) (exitCode int) {
	report, err := Run(path, opts)
	if err != nil {
		fmt.Fprintf(stderr, "doctest: %v\n", err)
		return ExitError
	}
	report.Write(stdout)
	if !report.OK() {
		return ExitFailed
	}
	return ExitOK
}

// Write prints the report: one line per example (a failure is followed by
// its expected and actual output), the fixture errors, then the summary
// line "N passed, N failed, N skipped".
func (r *Report) Write(w io.Writer) {
	for _, res := range r.Results {
		ex := &res.Example
		fmt.Fprintf(w, "%s %s:%d %s", res.Outcome, r.Name, ex.Line, ex.FirstLine())
		switch {
		case res.Outcome == Skipped:
			fmt.Fprintf(w, " -- %s", res.Reason)
		case res.Python3:
			fmt.Fprint(w, " [build-dependent: checked against python3]")
		}
		fmt.Fprintln(w)
		if res.Outcome != Failed {
			continue
		}
		if res.Reason != "" {
			fmt.Fprintf(w, "    %s\n", strings.ReplaceAll(res.Reason, "\n", "\n    "))
			continue
		}
		from := "Expected"
		if res.Python3 {
			from = "Expected (python3's output)"
		}
		fmt.Fprintf(w, "    %s:\n%s    Got:\n%s", from, indentBlock(res.Want), indentBlock(res.Got))
		if d := lineDiff(res.Want, res.Got); d != "" {
			fmt.Fprintf(w, "    Differences (- expected, + got):\n%s", indentBlock(d))
		}
	}
	for _, e := range r.Errors {
		fmt.Fprintf(w, "ERROR %s: %s\n", r.Name, e)
	}
	passed, failed, skipped := r.Counts()
	fmt.Fprintf(w, "%d passed, %d failed, %d skipped\n", passed, failed, skipped)
}

// indentBlock indents every line of s by 8 spaces, as doctest's reports do;
// nothing shows as "<nothing>".
func indentBlock(s string) string {
	if s == "" {
		return "        <nothing>\n"
	}
	s = strings.TrimSuffix(s, "\n")
	return "        " + strings.ReplaceAll(s, "\n", "\n        ") + "\n"
}
