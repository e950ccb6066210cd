package gpythonssl_test

import (
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
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
// once and import the modules of the project, ten times in a row, each
// time in a new process, so that every round starts cold (no module
// compiled, no lazy table built, no sync.Once done). In every round
// every module is imported first by two interpreters at once; each
// interpreter imports a quarter of the modules, a different quarter
// each round (coldImportShare), so that over four rounds each imports
// them all. Under -race the child binary is the race-instrumented test
// binary, and a report fails the round (issue 20, item 4).
func TestReliabilityColdImport(t *testing.T) {
	if v := os.Getenv(coldImportChild); v != "" {
		round, err := strconv.Atoi(v)
		require.NoError(t, err, "%s=%q", coldImportChild, v)
		coldImportRound(t, round)
		return
	}
	if testing.Short() {
		t.Skip("ten child processes")
	}
	for round := 1; round <= 10; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestReliabilityColdImport$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d", coldImportChild, round))
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

const (
	// coldImportWorkers interpreters run in a round, coldImportSharers
	// of them on each share of the modules.
	coldImportWorkers = 8
	coldImportSharers = 2
	coldImportShares  = coldImportWorkers / coldImportSharers
)

// coldImportShare is the order in which worker w of round imports its
// share of names: the modules whose index is congruent to its share
// number modulo coldImportShares, the share number moving on by one
// each round. The sharers of a share take it in different orders (a
// stride coprime to its length), so that different modules are also
// first imported at the same moment.
func coldImportShare(names []string, round, w int) []string {
	share := (w + round) % coldImportShares
	var mine []string
	for i := share; i < len(names); i += coldImportShares {
		mine = append(mine, names[i])
	}
	n := len(mine)
	if n == 0 {
		return nil
	}
	stride := w/coldImportShares + 1
	for gcd(stride, n) != 1 {
		stride++
	}
	order := make([]string, n)
	for i := range n {
		order[i] = mine[(i*stride+w)%n]
	}
	return order
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// coldImportRound is one round: coldImportWorkers goroutines, each with
// its own context, import their share of the registered modules; all
// must succeed.
func coldImportRound(t *testing.T, round int) {
	names := registeredModules()
	require.Greater(t, len(names), 30, "too few modules registered: %v", names)
	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([][]string, coldImportWorkers)
	imported := 0
	for w := range coldImportWorkers {
		share := coldImportShare(names, round, w)
		imported += len(share)
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			ctx := gpythonssl.NewContext(py.DefaultContextOpts())
			defer ctx.Close()
			for _, name := range share {
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
	t.Logf("round %d: %d workers imported %d modules in all, of %d", round, coldImportWorkers, imported, len(names))
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

// TestColdImportShares checks the rotation of TestReliabilityColdImport:
// in each round every module goes to exactly coldImportSharers workers,
// each worker's share holds no module twice, and over coldImportShares
// rounds every worker meets every module.
func TestColdImportShares(t *testing.T) {
	for _, n := range []int{0, 1, 5, 31, 32, 300, 301} {
		names := make([]string, n)
		for i := range names {
			names[i] = fmt.Sprintf("m%03d", i)
		}
		seenBy := make([]map[string]bool, coldImportWorkers)
		for w := range seenBy {
			seenBy[w] = map[string]bool{}
		}
		for round := 1; round <= coldImportShares; round++ {
			count := map[string]int{}
			for w := range coldImportWorkers {
				share := coldImportShare(names, round, w)
				once := map[string]bool{}
				for _, name := range share {
					require.False(t, once[name], "n=%d round %d worker %d: %s twice", n, round, w, name)
					once[name] = true
					count[name]++
					seenBy[w][name] = true
				}
			}
			for _, name := range names {
				require.Equal(t, coldImportSharers, count[name], "n=%d round %d: %s", n, round, name)
			}
		}
		for w := range seenBy {
			require.Len(t, seenBy[w], n, "n=%d: worker %d over %d rounds", n, w, coldImportShares)
		}
	}
}
