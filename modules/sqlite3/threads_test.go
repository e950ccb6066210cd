package sqlite3_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestCloseWhileStepping closes a connection from one thread while
// another is inside a long step (the interpreter lock is released there):
// the step's thread must get an error or its row, never a crash, and the
// handle must be gone afterwards.
func TestCloseWhileStepping(t *testing.T) {
	src := `
import sqlite3, threading, time
c = sqlite3.connect(':memory:', check_same_thread=False)
c.create_function('slow', 1, lambda i: i)
c.set_progress_handler(lambda: 0, 100)
res = []
started = threading.Event()
def long():
    started.set()
    try:
        res.append(c.execute("with recursive r(i) as (select 1 union all select i + 1 from r where i < 100000) select count(slow(i)) from r").fetchall())
    except sqlite3.Error as e:
        res.append((type(e).__name__, str(e)))
th = threading.Thread(target=long)
th.start()
started.wait()
time.sleep(0.01)
c.close()
th.join()
print(res)
try:
    c.execute('select 1')
except sqlite3.ProgrammingError as e:
    print(e)
`
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, out)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2, out)
	require.Contains(t, []string{
		"[('ProgrammingError', 'Cannot operate on a closed database.')]",
		"[[(100000,)]]",
	}, lines[0])
	require.Equal(t, "Cannot operate on a closed database.", lines[1])
}

// TestThreadsRunDuringStep shows the interpreter lock released while
// sqlite steps: another thread counts while a query without callbacks
// runs; then a callback-heavy query (each call retakes the lock) runs
// its Python on the stepping thread. (A busy thread during the second
// would make each callback wait for a switch interval, in CPython too.)
func TestThreadsRunDuringStep(t *testing.T) {
	src := `
import sqlite3, threading
c = sqlite3.connect(':memory:', check_same_thread=False)
calls = []
c.create_function('seen', 1, lambda i: calls.append(i) or i)
stop = []
ticks = [0]
def count():
    while not stop:
        ticks[0] += 1
th = threading.Thread(target=count)
th.start()
rows = c.execute("with recursive r(i) as (select 1 union all select i + 1 from r where i < 500000) select count(*) from r").fetchall()
stop.append(1)
th.join()
rows += c.execute("with recursive r(i) as (select 1 union all select i + 1 from r where i < 20000) select count(*), max(seen(i % 7)) from r").fetchall()
print(rows, len(calls), ticks[0] > 0)
`
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, out)
	require.Equal(t, "[(500000,), (20000, 6)] 20000 True\n", out)
}
