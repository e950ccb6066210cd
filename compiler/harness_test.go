package compiler_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	_ "github.com/go-python/gpython/stdlib" // py.NewContext

	_ "github.com/gpython-ssl/gpython-ssl/compiler"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// A case's outcome is what it printed, then a status line: "-- ok", the
// uncaught exception and the line it was raised on, or the SyntaxError and
// where compile() put it. Both interpreters produce it by the same rules.

// cpythonDriver runs cases read as JSON [[name, src], ...] from stdin under
// CPython and writes a JSON object name -> outcome.
const cpythonDriver = `
import io, json, sys

def syntax_status(e):
    msg = e.msg
    where = "%s, line %s" % (e.filename, e.lineno)
    if msg.startswith(AT_ATOM):
        where += ", offset %s" % e.offset
    return "SyntaxError: %s (%s)" % (msg, where)

AT_ATOM = ("f-string", "(unicode error)", "(value error)", "cannot mix", "bytes can only")

def run(src):
    try:
        code = compile(src, "<case>", "exec")
    except SyntaxError as e:
        return syntax_status(e)
    try:
        exec(code, {"__name__": "__main__"})
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        text = str(e)
        name = type(e).__name__
        return "%s%s [line %d]" % (name, ": " + text if text else "", tb.tb_lineno)
    return "ok"

results = {}
for name, src in json.load(sys.stdin):
    buf = io.StringIO()
    sys.stdout = buf
    try:
        status = run(src)
    finally:
        sys.stdout = sys.__stdout__
    results[name] = buf.getvalue() + "-- " + status
json.dump(results, sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
`

// atAtom are the messages of errors reported at a string atom, whose
// offset the outcome includes (others come from gpython's parser, whose
// offsets are its own).
var atAtom = []string{"f-string", "(unicode error)", "(value error)", "cannot mix", "bytes can only"}

// cpython36 returns the command line of a CPython 3.6, or nil (the
// project's one finder, internal/pytesting).
func cpython36() []string {
	if p := pytesting.CPython36(); p != "" {
		return []string{p}
	}
	return nil
}

// runCPython runs the cases under the CPython given by argv, with driver
// (a program reading the cases as JSON [[name, src], ...] from stdin and
// writing a JSON object name -> outcome).
func runCPython(t *testing.T, argv []string, driver string, cases [][2]string) map[string]string {
	t.Helper()
	in, err := json.Marshal(cases)
	require.NoError(t, err)
	args := append(append([]string{}, argv[1:]...), "-c", driver)
	cmd := exec.Command(argv[0], args...)
	cmd.Stdin = bytes.NewReader(in)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "CPython 3.6 failed: %s", stderr.String())
	got := map[string]string{}
	require.NoError(t, json.Unmarshal(out, &got))
	return got
}

// expectations returns CPython 3.6's outcome of each case: run live when a
// CPython 3.6 is installed (and written to golden when update is set),
// read from golden otherwise. It never skips: without CPython 3.6 and
// without an expectation for a case, the test fails.
func expectations(t *testing.T, golden string, update bool, cases [][2]string) map[string]string {
	t.Helper()
	return expectationsWith(t, cpythonDriver, golden, update, cases)
}

// expectationsWith is expectations with another CPython driver (see
// runCPython).
func expectationsWith(t *testing.T, driver, golden string, update bool, cases [][2]string) map[string]string {
	t.Helper()
	stored := map[string]string{}
	if data, err := os.ReadFile(golden); err == nil {
		require.NoError(t, json.Unmarshal(data, &stored), "%s", golden)
	}
	argv := cpython36()
	if argv == nil {
		t.Logf("CPython 3.6 not found: comparing with %s (generated from CPython 3.6.15)", golden)
		for _, c := range cases {
			require.Contains(t, stored, c[0], "no expectation for %q in %s: run the test where CPython 3.6 is installed, with -update", c[0], golden)
		}
		return stored
	}
	live := runCPython(t, argv, driver, cases)
	if update {
		data, err := json.MarshalIndent(live, "", " ")
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
		require.NoError(t, os.WriteFile(golden, append(data, '\n'), 0o644))
		return live
	}
	for _, c := range cases {
		if s, ok := stored[c[0]]; !ok || s != live[c[0]] {
			t.Errorf("%s is stale for %q: run go test ./compiler -run %s -update", golden, c[0], t.Name())
		}
	}
	return live
}

// runGpython compiles src through py.Compile (this project's f-string
// front-end installed) as "<case>" and runs it in a fresh context with
// stdout captured, returning the outcome.
func runGpython(t *testing.T, src string) (outcome string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			outcome = fmt.Sprintf("-- Go panic: %v", r)
		}
	}()
	code, err := py.Compile(src, "<case>", py.ExecMode, 0, true)
	if err != nil {
		return "-- " + syntaxStatus(err)
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	f, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	require.NoError(t, err)
	defer f.Close()
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	sys.Globals["stdout"] = &py.File{File: f, FileMode: py.FileWrite}
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<case>"}})
	require.NoError(t, err)
	_, runErr := ctx.RunCode(code, module.Globals, module.Globals, nil)
	out, err := os.ReadFile(f.Name())
	require.NoError(t, err)
	return string(out) + "-- " + runStatus(runErr)
}

// syntaxStatus renders a compile error as the driver does.
func syntaxStatus(err error) string {
	e, ok := err.(*py.Exception)
	if !ok {
		return "not a Python exception: " + err.Error()
	}
	msg := ""
	if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			msg = string(s)
		}
	}
	where := fmt.Sprintf("%v, line %v", e.Dict["filename"], e.Dict["lineno"])
	for _, p := range atAtom {
		if strings.HasPrefix(msg, p) {
			where += fmt.Sprintf(", offset %v", e.Dict["offset"])
			break
		}
	}
	return fmt.Sprintf("%s: %s (%s)", e.Type().Name, msg, where)
}

// runStatus renders the outcome of running a case as the driver does.
func runStatus(err error) string {
	if err == nil {
		return "ok"
	}
	info, ok := err.(py.ExceptionInfo)
	if !ok {
		return "not a Python exception: " + err.Error()
	}
	line := int32(0)
	for tb := info.Traceback; tb != nil; tb = tb.Next {
		line = tb.Lineno
	}
	return fmt.Sprintf("%s [line %d]", pyutil.ExceptionLine(info.Value), line)
}
