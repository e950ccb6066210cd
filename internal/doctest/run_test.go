package doctest

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// outcomes maps the line of each example to its outcome.
func outcomes(r *Report) map[int]Outcome {
	m := map[int]Outcome{}
	for _, res := range r.Results {
		m[res.Example.Line] = res.Outcome
	}
	return m
}

func TestRunTestdata(t *testing.T) {
	const P, F, S = Passed, Failed, Skipped
	tests := []struct {
		file   string
		want   map[int]Outcome
		errors int // fixture errors
	}{
		{"basic", map[int]Outcome{6: P, 8: P, 9: P, 14: P, 15: P, 17: P, 25: P, 27: P}, 0},
		{"groups", map[int]Outcome{6: P, 10: P, 15: P, 16: P, 24: P, 31: P, 33: P, 44: P}, 0},
		{"options", map[int]Outcome{4: P, 6: P, 8: P, 12: S, 14: P, 16: P, 22: P, 24: P}, 0},
		{"exceptions", map[int]Outcome{4: P, 8: P, 11: P, 14: P, 16: P, 20: P}, 0},
		{"failures", map[int]Outcome{6: F, 8: F, 9: F, 12: F, 15: F, 17: F, 19: F, 20: S, 22: F}, 0},
		{"fixture_error", map[int]Outcome{3: P, 5: F}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			r, err := Run("testdata/"+tc.file+".rst", Options{})
			requireNoError(t, err)
			assertEqual(t, tc.want, outcomes(r))
			assertEqual(t, tc.errors, len(r.Errors), r.Errors)
		})
	}
}

// TestRunReasons checks what a failure or a skip says.
func TestRunReasons(t *testing.T) {
	r, err := Run("testdata/failures.rst", Options{})
	requireNoError(t, err)
	byLine := map[int]Result{}
	for _, res := range r.Results {
		byLine[res.Example.Line] = res
	}
	assertEqual(t, Result{Example: byLine[6].Example, Outcome: Failed, Want: "3\n", Got: "2\n"}, byLine[6])
	assertEqual(t, "Traceback (most recent call last):\nValueError: unexpected\n", byLine[8].Got)
	assertEqual(t, "Traceback (most recent call last):\nValueError: one message\n", byLine[9].Got)
	assertEqual(t, `malformed example: unknown doctest option "NOSUCHFLAG"`, byLine[15].Reason)
	assertEqual(t, "category for the test", byLine[20].Reason)
	assertEqual(t, "Traceback (most recent call last):\nNameError: name 'undefined_name' is not defined\n", byLine[19].Got)
}

// TestMainOutput checks the report format and the exit codes.
func TestMainOutput(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main("testdata/failures.rst", &out, &errOut, Options{})
	assertEqual(t, ExitFailed, code)
	assertEqual(t, "", errOut.String())
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	assertEqual(t, "0 passed, 8 failed, 1 skipped", lines[len(lines)-1])
	for _, want := range []string{
		"FAIL failures.rst:6 1 + 1\n    Expected:\n        3\n    Got:\n        2\n",
		"FAIL failures.rst:8 raise ValueError(\"unexpected\")\n    Expected:\n        <nothing>\n    Got:\n        Traceback (most recent call last):\n        ValueError: unexpected\n",
		"SKIP failures.rst:20 print(\"skipped by the table\") -- category for the test\n",
		"FAIL failures.rst:15 print(\"x\")  # doctest: +NOSUCHFLAG\n    malformed example: unknown doctest option \"NOSUCHFLAG\"\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	summaries := 0
	for _, l := range lines {
		if strings.HasSuffix(l, " skipped") && strings.Contains(l, " passed, ") {
			summaries++
		}
	}
	assertEqual(t, 1, summaries)

	out.Reset()
	assertEqual(t, ExitOK, Main("testdata/basic.rst", &out, &errOut, Options{}))
	assertEqual(t, "PASS basic.rst:6 1 + 1\n", out.String()[:len("PASS basic.rst:6 1 + 1\n")])
	assertEqual(t, true, strings.HasSuffix(out.String(), "\n8 passed, 0 failed, 0 skipped\n"))

	out.Reset()
	assertEqual(t, ExitFailed, Main("testdata/fixture_error.rst", &out, &errOut, Options{}))
	if !strings.Contains(out.String(), "ERROR fixture_error.rst: fixture fixture_error.default.py raised ZeroDivisionError") {
		t.Errorf("fixture error not reported:\n%s", out.String())
	}
}

func TestMainErrors(t *testing.T) {
	tests := []struct {
		name string
		path string
		opts Options
		err  string
	}{
		{"missing file", "testdata/none.rst", Options{}, "doctest: open testdata/none.rst: no such file or directory\n"},
		{"table does not fit", "testdata/basic.rst", Options{Table: "testdata/failures.skips.tsv"}, "doctest: testdata/failures.skips.tsv does not fit testdata/basic.rst: table line 2: no example at line 20\ntable line 3: no example at line 22\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			assertEqual(t, ExitError, Main(tc.path, &out, &errOut, tc.opts))
			assertEqual(t, "", out.String())
			assertEqual(t, tc.err, errOut.String())
		})
	}
}

// TestRunPython3 checks build-dependent examples: their expected output
// is python3's, so a difference between gpython and CPython fails them.
func TestRunPython3(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found: differential test skipped")
	}
	r, err := Run("testdata/build.rst", Options{})
	requireNoError(t, err)
	assertEqual(t, map[int]Outcome{6: Passed, 7: Passed, 9: Failed, 11: Passed}, outcomes(r))
	for _, res := range r.Results {
		switch res.Example.Line {
		case 7:
			assertEqual(t, true, res.Python3)
			assertEqual(t, "42\n", res.Want)
		case 9:
			// gpython's %r of a str uses double quotes (GPYTHON_NOTES.md).
			assertEqual(t, "'py'\n", res.Want)
			assertEqual(t, "\"py\"\n", res.Got)
		case 11:
			assertEqual(t, false, res.Python3)
		}
	}
}

// TestRunPython3Missing checks that build-dependent examples are skipped,
// never passed, when there is no python3 to check them.
func TestRunPython3Missing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	r, err := Run("testdata/build.rst", Options{})
	requireNoError(t, err)
	assertEqual(t, map[int]Outcome{6: Passed, 7: Skipped, 9: Skipped, 11: Passed}, outcomes(r))
	assertEqual(t, "build-dependent output, and python3 not found to check it", r.Results[1].Reason)
}

// TestRunPython3Broken checks that a python3 that cannot replay the group
// fails the build-dependent examples.
func TestRunPython3Broken(t *testing.T) {
	r, err := Run("testdata/build.rst", Options{Python3: "/bin/false"})
	requireNoError(t, err)
	assertEqual(t, map[int]Outcome{6: Passed, 7: Failed, 9: Failed, 11: Passed}, outcomes(r))
	if !strings.HasPrefix(r.Results[1].Reason, `python3 replay of group "default" failed`) {
		t.Errorf("reason %q", r.Results[1].Reason)
	}
}

// TestRunTimeout checks that an example that overruns Options.Timeout
// fails, and that its group's later examples fail unrun while other groups
// go on. Only outcomes are checked: time.sleep(5) always overruns 500ms.
func TestRunTimeout(t *testing.T) {
	r, err := Run("testdata/timeout.rst", Options{Timeout: 500 * time.Millisecond})
	requireNoError(t, err)
	assertEqual(t, map[int]Outcome{3: Passed, 4: Failed, 5: Failed, 10: Passed}, outcomes(r))
	assertEqual(t, "Traceback (most recent call last):\nTimeoutError: example timed out after 500ms\n", r.Results[1].Got)
	assertEqual(t, `group "default" abandoned: the example at line 4 timed out after 500ms`, r.Results[2].Reason)
}

// TestRunGoPanic checks that a Go panic inside gpython fails the example
// and that the run goes on.
func TestRunGoPanic(t *testing.T) {
	r, err := Run("testdata/panic.rst", Options{})
	requireNoError(t, err)
	assertEqual(t, map[int]Outcome{5: Failed, 9: Passed}, outcomes(r))
	if !strings.HasPrefix(r.Results[0].Got, "Traceback (most recent call last):\nGoPanic: Go panic in gpython: runtime error: index out of range") {
		t.Errorf("got %q", r.Results[0].Got)
	}
}
