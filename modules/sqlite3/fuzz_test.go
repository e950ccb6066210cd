package sqlite3_test

import (
	"strings"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// fuzzSrc defines run(sql): sql executed through execute, executescript
// and complete_statement on a connection with tables, a function, an
// aggregate and a collation to reach. The only exceptions it lets pass
// are the ones the module documents for bad SQL (sqlite3's, ValueError for
// a NUL, MemoryError when the heap limit is hit); any other exception, a
// Go panic or a crash fails the fuzz test. A progress handler ends runaway
// queries, the heap limit runaway allocations.
const fuzzSrc = `
import sqlite3

class Agg:
    def __init__(self):
        self.n = 0
    def step(self, *a):
        self.n += 1
    def finalize(self):
        return self.n

def fresh():
    c = sqlite3.connect(":memory:", check_same_thread=False)  # each input runs on its own goroutine
    c.execute("pragma hard_heap_limit = 200000000")
    c.executescript("create table t(a integer primary key, b text, c blob, d real);"
                    "insert into t values (1, 'x', x'00', 1.5), (2, null, null, null);"
                    "create table u(k unique, v default 7);")
    c.create_function("f", -1, lambda *a: a[0] if a else None)
    c.create_aggregate("agg", -1, Agg)
    c.create_collation("rev", lambda x, y: (x < y) - (x > y))
    ticks = [0]
    def stop():
        ticks[0] += 1
        return ticks[0] > 2000
    c.set_progress_handler(stop, 1000)
    return c, ticks

conn, ticks = fresh()
allowed = (sqlite3.Error, sqlite3.Warning, ValueError, MemoryError)

def run(sql):
    global conn, ticks
    ticks[0] = 0
    sqlite3.complete_statement(sql)
    try:
        cur = conn.execute(sql)
        cur.fetchmany(50)
        cur.description
    except allowed:
        pass
    ticks[0] = 0
    try:
        conn.executescript(sql)
    except allowed:
        pass
    try:
        conn.rollback()
        conn.execute("select count(*) from t").fetchall()
    except allowed:
        conn.close()
        conn, ticks = fresh()
`

func FuzzExecute(f *testing.F) {
	for _, seed := range []string{
		"select 1",
		"select * from t where a = 1",
		"insert into t(b) values ('y'); select f(b), agg(a) from t group by b order by b collate rev",
		"with recursive r(i) as (select 1 union all select i + 1 from r) select count(*) from r",
		"select zeroblob(100000000)",
		"create table x(a); drop table t; vacuum",
		"pragma integrity_check; pragma table_info(t)",
		"select ?; select :a",
		"begin; insert into u values (1); insert into u values (1); commit",
		"select cast(x'ff' as text)",
		"select 'unterminated",
		"/* comment",
		"attach 'other.db' as o; create table o.z(a)",
		"select 1\x00 select 2",
		"",
	} {
		f.Add(seed)
	}
	f.Chdir(f.TempDir()) // ATTACH and VACUUM INTO may create files
	run := pytesting.FuzzFunc(f, fuzzSrc, "run")
	f.Fuzz(func(t *testing.T, sql string) {
		if len(sql) > 4096 || strings.Contains(strings.ToLower(sql), "hard_heap_limit") {
			return
		}
		if _, called, err := pytesting.CallWithString(t, run, sql); called && err != nil {
			t.Fatalf("run(%q) raised outside sqlite3's errors: %v", sql, err)
		}
	})
}
