package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of sqlite3 against CPython 3.6 for what its own
// test suite found: calling a connection, subclass values as
// parameters, iterators without __iter__ in executemany, str
// subclasses that override upper(), "[type]" cut off column names,
// skipped base __init__, and large authorizer results.

const sqliteChecksPrelude = pytesting.ShowRepr + `import sqlite3
C = sqlite3.connect(":memory:")
C.execute("create table t(x)")
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
class S(str): pass
class I(int): pass
class F(float): pass
class B(bytes): pass
class Shout(str):
    def upper(self):
        return None
class Steps:
    def __init__(self):
        self.n = 0
    def __next__(self):
        if self.n == 3:
            raise StopIteration
        self.n += 1
        return (self.n,)
class NoInitConn(sqlite3.Connection):
    def __init__(self, name):
        pass
class NoInitCur(sqlite3.Cursor):
    def __init__(self, con):
        pass
def names(sql, detect=0):
    return [d[0] for d in sqlite3.connect(":memory:", detect_types=detect).execute(sql).description]
`

var sqliteChecksCases = []pytesting.Case{
	{"call statement", `type(C("select 1")).__name__`},
	{"call non-str", `err(C, 1)`},
	{"call arity", `(err(C), err(C, "select 1", 2))`},
	{"call null char", `err(C, "select 1\0")`},
	{"call two statements", `err(C, "select 1; select 2")`},
	{"call syntax error", `err(C, "bogus sql")`},
	{"call closed", `(lambda c: (c.close(), err(c), err(c, "select 1")))(sqlite3.connect(":memory:"))`},
	{"subclass parameters", `C.execute("select ?, ?, ?, ?, typeof(?), typeof(?)", (S("a"), I(3), F(1.5), B(b"x"), I(3), F(2.0))).fetchall()`},
	{"executemany iterator", `(C.executemany("insert into t values (?)", Steps()).rowcount, C.execute("select x from t order by x").fetchall())`},
	{"isolation str subclass", `(lambda c: [(setattr(c, "isolation_level", Shout(l)), c.isolation_level) for l in ("", "DEFERRED", "immediate", "Exclusive")])(sqlite3.connect(":memory:"))`},
	{"isolation bad", `(lambda c: [err(setattr, c, "isolation_level", v) for v in (1, b"", "abc", "IMMEDIATE\0EXCLUSIVE", "\xe9")])(sqlite3.connect(":memory:"))`},
	{"collation str subclass", `(C.create_collation(Shout("mycoll"), lambda a, b: 0), err(C.create_collation, Shout("bad name!"), None))`},
	{"column names plain", `names('select 1 as "foo bar [datetime]", 2 as "x[y]", 3 as "[z]", 4 as "a  [b]", 5 as "plain"')`},
	{"column names colnames", `names('select 1 as "foo bar [datetime]", 2 as "x[y]"', sqlite3.PARSE_COLNAMES)`},
	{"connection no init", `(lambda c: (err(c.cursor), err(c.execute, "select 1"), err(c.commit)))(NoInitConn(":memory:"))`},
	{"cursor no init", `(lambda cu: (err(lambda: cu.execute("select 4+5").fetchall()), err(cu.fetchone), err(cu.close)))(NoInitCur(C))`},
	{"authorizer large", `(lambda c: (c.execute("create table q(a, b)"), c.set_authorizer(lambda *a: 2 ** 32 if a[0] != sqlite3.SQLITE_SELECT else 0), err(lambda: c.execute("select b from q").fetchall()))[2])(sqlite3.connect(":memory:"))`},
}

func TestSqlite3ChecksDifferential(t *testing.T) {
	pytesting.DiffCases(t, "sqlite3_checks", sqliteChecksPrelude, sqliteChecksCases)
}
