package gpythonssl_test

import (
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"sync"
	"testing"
	_ "unsafe" // go:linkname

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	gpythonssl "github.com/gpython-ssl/gpython-ssl"
)

// registry is gpython's table of registered modules. gpython has no way to
// list it, and "every module of the project" must not be a list kept by
// hand here, which would miss the next module added.
//
//go:linkname registry github.com/go-python/gpython/py.gRuntime
var registry py.Runtime

// coldImportChild names the environment variable that makes the test
// binary do one cold round instead of starting rounds.
const coldImportChild = "GPYTHONSSL_COLD_IMPORT_CHILD"

// coldImportSkip are modules whose import is not a start-up a test can
// make, each with its reason.
var coldImportSkip = map[string]string{
	"unittest.__main__": "importing it runs the test program of `-m unittest` over sys.argv",
}

// registeredModules lists every module registered with gpython by this
// process's imports (the whole project, through the root package).
func registeredModules() []string {
	var names []string
	for name := range registry.ModuleImpls {
		if _, skip := coldImportSkip[name]; !skip {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// TestReliabilityColdImport: eight interpreters in goroutines start at
// once and import every module of the project, ten times in a row, each
// time in a new process, so that every round starts cold (no module
// compiled, no lazy table built, no sync.Once done). Under -race the
// child binary is the race-instrumented test binary, and a report fails
// the round (issue 20, item 4).
func TestReliabilityColdImport(t *testing.T) {
	if os.Getenv(coldImportChild) != "" {
		coldImportRound(t)
		return
	}
	if testing.Short() {
		t.Skip("ten child processes")
	}
	for round := 1; round <= 10; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestReliabilityColdImport$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), coldImportChild+"=1")
		out, err := cmd.CombinedOutput()
		text := string(out)
		require.NoError(t, err, "round %d failed:\n%s", round, text)
		require.NotContains(t, text, "DATA RACE", "round %d", round)
		require.Contains(t, text, "--- PASS: TestReliabilityColdImport", "round %d did not run the cold import:\n%s", round, text)
	}
}

// absentBackends are the registered modules whose import fails by
// design, with the C module each names as missing.
var absentBackends = map[string]string{"dbm.gnu": "_gdbm", "dbm.ndbm": "_dbm"}

// coldImportRound is one round: eight goroutines, each with its own
// context, import every registered module; all must succeed.
func coldImportRound(t *testing.T) {
	names := registeredModules()
	require.Greater(t, len(names), 30, "too few modules registered: %v", names)
	const workers = 8
	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([][]string, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			ctx := gpythonssl.NewContext(py.DefaultContextOpts())
			defer ctx.Close()
			// Each worker takes the modules in its own order, so that
			// different modules are first imported at the same moment.
			for i := range names {
				name := names[(i*(w+1)+w)%len(names)]
				err := importOne(ctx, name)
				if missing, ok := absentBackends[name]; ok {
					// dbm's C backends are absent, as in a CPython built
					// without them: the import fails as it does there.
					if err == nil || !strings.Contains(err.Error(), "No module named '"+missing+"'") {
						errs[w] = append(errs[w], fmt.Sprintf("%s: want ModuleNotFoundError for %s, got %v", name, missing, err))
					}
					continue
				}
				if err != nil {
					errs[w] = append(errs[w], fmt.Sprintf("%s: %v", name, err))
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	for w, e := range errs {
		require.Empty(t, e, "worker %d:\n%s", w, strings.Join(e, "\n"))
	}
	t.Logf("%d workers imported %d modules each", workers, len(names))
}

// importOne runs `import name` in a fresh module of ctx.
func importOne(ctx py.Context, name string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	code, err := py.Compile("import "+name+"\n", "<cold-import>", py.ExecMode, 0, true)
	if err != nil {
		return err
	}
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<cold-import>"}})
	if err != nil {
		return err
	}
	_, err = ctx.RunCode(code, module.Globals, module.Globals, nil)
	return err
}
