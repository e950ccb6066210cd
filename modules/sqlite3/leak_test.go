package sqlite3_test

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/modules/sqlite3"
)

// rssBytes is the process's resident set size, from /proc/self/statm.
func rssBytes(t *testing.T) int64 {
	t.Helper()
	data, err := os.ReadFile("/proc/self/statm")
	require.NoError(t, err)
	fields := bytes.Fields(data)
	require.GreaterOrEqual(t, len(fields), 2)
	pages, err := strconv.ParseInt(string(fields[1]), 10, 64)
	require.NoError(t, err)
	return pages * int64(os.Getpagesize())
}

// cycles runs n connect/execute/close cycles in a fresh interpreter:
// closed explicitly, or (closeIt false) left to the collector, which must
// then finalise the statements and close the handles itself.
func cycles(t *testing.T, n int, closeIt bool) {
	t.Helper()
	closeLine := "c.close()"
	if !closeIt {
		closeLine = "c = None"
	}
	src := fmt.Sprintf(`
import sqlite3
for i in range(%d):
    c = sqlite3.connect(":memory:")
    c.execute("select ?, ?", (i, "x" * 100)).fetchall()
    cu = c.execute("values (1), (2), (3)")
    cu.fetchone()
    %s
print("done")
`, n, closeLine)
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err)
	require.Equal(t, "done\n", out)
}

// sqliteSettled is sqlite's heap once the collector has run the cleanups
// of the connections and statements it found unreachable (they run on
// their own goroutine, so it waits up to ten seconds for the figure to
// stop falling).
func sqliteSettled() int64 {
	last := sqlite3.MemoryUsed()
	for range 50 {
		runtime.GC()
		time.Sleep(200 * time.Millisecond)
		now := sqlite3.MemoryUsed()
		if now == last {
			return now
		}
		last = now
	}
	return last
}

// TestLeakCycles checks that connect/execute/close cycles leave memory
// flat: after a warm-up, 100,000 more cycles (-short: 10,000) may not grow
// the resident set by more than a few megabytes, whether the connections
// are closed or only dropped. Under the race detector (make test) it runs
// 2,000 cycles after a warm-up of 500 and checks sqlite's own heap only:
// a leaked handle holds about 17 KiB, so a leak in one cycle of ten
// (500 cycles when dropping) stays well above the bound.
func TestLeakCycles(t *testing.T) {
	total, warmUp := 100000, 2000
	if testing.Short() {
		total = 10000
	}
	if raceEnabled {
		total, warmUp = 2000, 500
	}
	for _, closeIt := range []bool{true, false} {
		t.Run(fmt.Sprintf("close=%v", closeIt), func(t *testing.T) {
			n := total
			if !closeIt {
				n = total / 4
			}
			settle := func() int64 {
				runtime.GC()
				runtime.GC()
				debug.FreeOSMemory()
				return rssBytes(t)
			}
			cycles(t, warmUp, closeIt)
			before, sqliteBefore := settle(), sqliteSettled()
			cycles(t, n, closeIt)
			after, sqliteAfter := settle(), sqliteSettled()
			t.Logf("%d cycles: RSS %d KiB -> %d KiB; sqlite heap %d -> %d bytes",
				n, before>>10, after>>10, sqliteBefore, sqliteAfter)
			if !raceEnabled {
				require.Less(t, after-before, int64(16<<20), "resident set grew by %d KiB", (after-before)>>10)
			}
			// A leak would hold about 17 KiB per cycle; a handle or two the
			// collector has not reached yet may remain.
			require.Less(t, sqliteAfter-sqliteBefore, int64(256<<10), "sqlite's heap grew: handles or statements leaked")
		})
	}
}

// TestMemoryUsedCounts makes sure the leak test's measure sees sqlite's
// allocations at all (sqlite may be built without memory statistics): an
// open connection with a prepared statement holds some, and its close
// gives them all back.
func TestMemoryUsedCounts(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	run := func(src string) {
		code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err)
		_, err = ctx.RunCode(code, mod.Globals, mod.Globals, nil)
		require.NoError(t, err)
	}
	base := sqlite3.MemoryUsed()
	run("import sqlite3\nc = sqlite3.connect(':memory:')\ncu = c.execute('values (1), (2)')\n")
	require.Greater(t, sqlite3.MemoryUsed(), base)
	run("c.close()\n")
	require.Equal(t, base, sqlite3.MemoryUsed())
}
