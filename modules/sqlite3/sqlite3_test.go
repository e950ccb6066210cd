package sqlite3_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl" // every module: sqlite3's Python half, datetime, tempfile, _thread
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// prelude runs under gpython and CPython 3.6 alike. Its helpers turn a
// sequence of steps into one expression, so that a case can show a whole
// scenario: each step's result, or its exception as (class, message).
const prelude = `
import sqlite3, datetime, os, tempfile

` + pytesting.ShowRepr + `
def _try(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))

def mem(**kw):
    return sqlite3.connect(":memory:", **kw)

def db1(**kw):
    c = mem(**kw)
    c.execute("create table t(a integer, b text, c real, d blob)")
    c.executemany("insert into t values (?,?,?,?)",
                  [(1, 'one', 1.5, b'\x01'), (2, 'two', 2.5, None), (3, None, None, b'')])
    c.commit()
    return c

def run(c, *stmts):
    out = []
    for s in stmts:
        if isinstance(s, tuple):
            out.append(_try(lambda: c.execute(*s).fetchall()))
        else:
            out.append(_try(lambda: c.execute(s).fetchall()))
    return out

def q(sql, *params):
    return _try(lambda: db1().execute(sql, *params).fetchall())

def cur_state(cu):
    return (cu.rowcount, cu.lastrowid, cu.description)

def tx(level, *steps):
    c = mem() if level == 'default' else mem(isolation_level=level)
    c.execute("create table t(x)")
    out = []
    for s in steps:
        if s == 'commit':
            r = _try(c.commit)
        elif s == 'rollback':
            r = _try(c.rollback)
        elif s == 'count':
            r = c.execute("select count(*) from t").fetchone()
        else:
            r = _try(lambda: c.execute(s).fetchall())
        out.append((s, r, c.in_transaction))
    return out

_dir = tempfile.mkdtemp()
_n = [0]
def two(level=''):
    _n[0] += 1
    path = os.path.join(_dir, 'db%d.sqlite' % _n[0])
    a = sqlite3.connect(path, timeout=0, isolation_level=level)
    b = sqlite3.connect(path, timeout=0, isolation_level=level)
    a.execute("create table t(x)")
    return a, b

def shared(steps, level=''):
    a, b = two(level)
    out = []
    for who, what in steps:
        c = a if who == 'a' else b
        if what == 'commit':
            r = _try(c.commit)
        elif what == 'rollback':
            r = _try(c.rollback)
        else:
            r = _try(lambda: c.execute(what).fetchall())
        out.append((who, what, r))
    a.close(); b.close()
    return out

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __conform__(self, proto):
        if proto is sqlite3.PrepareProtocol:
            return "%d;%d" % (self.x, self.y)

class Sum:
    def __init__(self):
        self.n = 0
    def step(self, v):
        self.n += v
    def finalize(self):
        return self.n

class Concat:
    def __init__(self):
        self.parts = []
    def step(self, *args):
        self.parts.append('|'.join([str(a) for a in args]))
    def finalize(self):
        return ','.join(self.parts)

def with_func(name, n, fn, sql, *params):
    c = mem()
    c.create_function(name, n, fn)
    return _try(lambda: c.execute(sql, *params).fetchall())

def with_agg(cls, sql, n=1):
    c = db1()
    c.create_aggregate('agg', n, cls)
    return _try(lambda: c.execute(sql).fetchall())

def collated(fn):
    c = mem()
    c.execute("create table s(x)")
    c.executemany("insert into s values (?)", [('b',), ('A',), ('c',), ('a',)])
    c.create_collation('rev', fn)
    return _try(lambda: c.execute("select x from s order by x collate rev").fetchall())

def authorized(rule, sql):
    c = db1()
    seen = []
    def auth(action, a1, a2, dbname, src):
        seen.append((action, a1, a2))
        return rule(action, a1, a2)
    c.set_authorizer(auth)
    return (_try(lambda: c.execute(sql).fetchall()), sorted(set(seen), key=repr)[:4])

def traced(*sqls):
    c = mem()
    seen = []
    c.set_trace_callback(lambda s: seen.append(s))
    for s in sqls:
        _try(lambda: c.execute(s))
    c.set_trace_callback(None)
    c.execute("select 'untraced'")
    return seen

def progress(ret, n=1):
    c = mem()
    calls = []
    def h():
        calls.append(1)
        return ret
    c.set_progress_handler(h, n)
    r = _try(lambda: c.execute("with recursive r(i) as (select 1 union all select i+1 from r where i < 50) select count(*) from r").fetchall())
    c.set_progress_handler(None, 0)
    return (r, len(calls) > 0, c.execute("select 1").fetchall())

def closed_conn():
    c = db1()
    cu = c.cursor()
    c.close()
    return c, cu

def rowf():
    c = db1()
    c.row_factory = sqlite3.Row
    return c.execute("select a, b as Name, c from t order by a").fetchall()

def gen_params():
    for i in range(4):
        yield (i, str(i))

class Seq:
    def __init__(self, *v):
        self.v = v
    def __len__(self):
        return len(self.v)
    def __getitem__(self, i):
        return self.v[i]

def other_thread(f):
    import threading
    box = []
    th = threading.Thread(target=lambda: box.append(_try(f)))
    th.start()
    th.join()
    r = box[0]
    if isinstance(r, tuple) and r and r[0] == 'ProgrammingError':
        return (r[0], r[1].split(' The object')[0])
    return r

def interrupt_from_thread():
    import threading, time
    c = mem()
    done = []
    def poke():
        while not done:
            time.sleep(0.02)
            c.interrupt()
    th = threading.Thread(target=poke)
    th.start()
    try:
        return _try(lambda: c.execute("with recursive r(i) as (select 1 union all select i + 1 from r where i < 50000000) select count(*) from r").fetchall())
    finally:
        done.append(1)
        th.join()

class Missing(dict):
    def __missing__(self, key):
        return key.upper()
`

// diffCases are the differential cases, by area.
var diffCases = []pytesting.Case{
	// Module surface.
	{"module constants", `(sqlite3.paramstyle, sqlite3.threadsafety, sqlite3.apilevel, sqlite3.version, sqlite3.version_info)`},
	{"sqlite version", `(sqlite3.sqlite_version == '.'.join(map(str, sqlite3.sqlite_version_info)), type(sqlite3.sqlite_version_info))`},
	{"parse flags", `(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)`},
	{"auth constants", `(sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE, sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_INSERT, sqlite3.SQLITE_PRAGMA)`},
	{"exception hierarchy", `[(e.__name__, e.__module__, [b.__name__ for b in e.__bases__]) for e in (sqlite3.Warning, sqlite3.Error, sqlite3.InterfaceError, sqlite3.DatabaseError, sqlite3.DataError, sqlite3.OperationalError, sqlite3.IntegrityError, sqlite3.InternalError, sqlite3.ProgrammingError, sqlite3.NotSupportedError)]`},
	{"types", `(sqlite3.Connection, sqlite3.Cursor, sqlite3.Row, sqlite3.PrepareProtocol, sqlite3.OptimizedUnicode is str, sqlite3.Binary is memoryview)`},
	{"dbapi types", `(sqlite3.Date is datetime.date, sqlite3.Time is datetime.time, sqlite3.Timestamp is datetime.datetime)`},
	{"complete_statement", `[sqlite3.complete_statement(s) for s in ('select 1', 'select 1;', "select ';", "select ';';", 'create trigger x after insert on t begin select 1;', '', ';')]`},
	{"connection errors attrs", `(mem().Error is sqlite3.Error, mem().IntegrityError is sqlite3.IntegrityError, mem().Warning is sqlite3.Warning)`},
	{"adapt no adapter", `_try(lambda: sqlite3.adapt(object()))`},
	{"adapt alt", `sqlite3.adapt(object(), sqlite3.PrepareProtocol, 'alt')`},
	{"adapt conform", `sqlite3.adapt(Point(1, 2))`},
	{"default adapters", `sorted([k[0].__name__ for k in sqlite3.adapters])`},
	{"default converters", `sorted(sqlite3.converters)`},

	// connect.
	{"connect memory", `type(sqlite3.connect(':memory:')).__name__`},
	{"connect bytes path", `_try(lambda: sqlite3.connect(b':memory:'))`},
	{"connect bad dir", `_try(lambda: sqlite3.connect('/nonexistent/dir/x.db'))`},
	{"connect uri memory", `sqlite3.connect('file::memory:', uri=True).execute('select 1').fetchall()`},
	{"connect uri readonly missing", `_try(lambda: sqlite3.connect('file:/nonexistent/x.db?mode=ro', uri=True))`},
	{"connect uri ro write", `(lambda p: (sqlite3.connect(p).execute('create table z(a)'), _try(lambda: sqlite3.connect('file:' + p + '?mode=ro', uri=True).execute('insert into z values (1)'))))(os.path.join(_dir, 'ro.db'))[1]`},
	{"connect factory", `(lambda F: type(sqlite3.connect(':memory:', factory=F)).__name__)(type('MyConn', (sqlite3.Connection,), {}))`},
	{"connect isolation", `mem(isolation_level='EXCLUSIVE').isolation_level`},
	{"connect bad isolation", `_try(lambda: mem(isolation_level='nope'))`},
	{"file roundtrip", `(lambda p: (sqlite3.connect(p).executescript('create table f(a); insert into f values (7);'), sqlite3.connect(p).execute('select * from f').fetchall()))(os.path.join(_dir, 'rt.db'))[1]`},

	// Values both ways.
	{"values select", `q('select * from t order by a')`},
	{"values types", `q('select typeof(a), typeof(b), typeof(c), typeof(d) from t order by a')`},
	{"bind none int float str bytes", `mem().execute('select ?, ?, ?, ?, ?', (None, 42, 2.5, 'héllo', b'\x00\xff')).fetchall()`},
	{"bind typeof", `mem().execute('select typeof(?), typeof(?), typeof(?), typeof(?), typeof(?)', (None, 1, 1.0, 's', b'b')).fetchall()`},
	{"bind memoryview", `mem().execute('select ?', (memoryview(b'abc'),)).fetchall()`},
	{"bind bytearray", `mem().execute('select ?, typeof(?)', (bytearray(b'ab'), bytearray(b''))).fetchall()`},
	{"bind bool", `mem().execute('select ?, ?', (True, False)).fetchall()`},
	{"bind int64 edges", `mem().execute('select ?, ?', (2**63 - 1, -2**63)).fetchall()`},
	{"bind int overflow", `_try(lambda: mem().execute('select ?', (2**63,)))`},
	{"bind int overflow neg", `_try(lambda: mem().execute('select ?', (-2**63 - 1,)))`},
	{"bind unsupported", `_try(lambda: mem().execute('select ?', (object(),)))`},
	{"bind unsupported second", `_try(lambda: mem().execute('select ?, ?', (1, [1])))`},
	{"bind unsupported named", `_try(lambda: mem().execute('select :a', {'a': {}}))`},
	{"empty string and blob", `mem().execute("select '', x'', typeof(''), typeof(x'')").fetchall()`},
	{"big values", `mem().execute('select 9223372036854775807, -9223372036854775808, 1e308, -0.0').fetchall()`},
	{"unicode text", `mem().execute("select ?, length(?)", ('日本語', '日本語')).fetchall()`},
	{"invalid utf8 text", `_try(lambda: mem().execute("select cast(x'41ff42' as text) as col").fetchall())`},
	{"text_factory bytes", `(lambda c: (setattr(c, 'text_factory', bytes), c.execute("select 'abc', x'01', 1").fetchall())[1])(mem())`},
	{"text_factory custom", `(lambda c: (setattr(c, 'text_factory', lambda b: b.decode().upper()), c.execute("select 'abc', x'01', 1").fetchall())[1])(mem())`},
	{"text_factory invalid utf8 bytes", `(lambda c: (setattr(c, 'text_factory', bytes), c.execute("select cast(x'ff' as text)").fetchall())[1])(mem())`},
	{"text_factory decode replace", `(lambda c: (setattr(c, 'text_factory', lambda b: b.decode('utf-8', 'replace')), c.execute("select cast(x'41ff' as text)").fetchall())[1])(mem())`},
	{"text_factory optimized", `(lambda c: (setattr(c, 'text_factory', sqlite3.OptimizedUnicode), c.execute("select 'x'").fetchall())[1])(mem())`},

	// Parameters.
	{"qmark tuple", `mem().execute('select ?, ?', (1, 2)).fetchall()`},
	{"qmark list", `mem().execute('select ?, ?', [1, 2]).fetchall()`},
	{"qmark custom seq", `mem().execute('select ?, ?', Seq(5, 6)).fetchall()`},
	{"qmark string seq", `mem().execute('select ?, ?', 'ab').fetchall()`},
	{"numbered", `mem().execute('select ?2, ?1', (1, 2)).fetchall()`},
	{"named dict", `mem().execute('select :a, :b, :a', {'a': 1, 'b': 2}).fetchall()`},
	{"named at dollar", `mem().execute('select @x, $y', {'x': 1, 'y': 2}).fetchall()`},
	{"named dict subclass missing", `mem().execute('select :foo', Missing()).fetchall()`},
	{"too many", `_try(lambda: mem().execute('select ?', (1, 2)))`},
	{"too few", `_try(lambda: mem().execute('select ?, ?', (1,)))`},
	{"none needed some given", `_try(lambda: mem().execute('select 1', (1,)))`},
	{"named missing", `_try(lambda: mem().execute('select :a, :b', {'a': 1}))`},
	{"dict for qmark", `_try(lambda: mem().execute('select ?', {'a': 1}))`},
	{"named with tuple", `mem().execute('select :a', (3,)).fetchall()`},
	{"params int", `_try(lambda: mem().execute('select ?', 5))`},
	{"params none", `_try(lambda: mem().execute('select ?', None))`},
	{"params set", `_try(lambda: mem().execute('select ?', {1}))`},
	{"sql not str", `_try(lambda: mem().execute(b'select 1'))`},
	{"sql null char", `_try(lambda: mem().execute('select 1\0'))`},
	{"two statements", `_try(lambda: mem().execute('select 1; select 2'))`},
	{"trailing comment ok", `mem().execute('select 1; -- done').fetchall()`},
	{"trailing block comment ok", `mem().execute('select 1; /* done */ ').fetchall()`},
	{"empty sql", `(lambda cu: (cu.fetchall(), cu.description, cu.rowcount))(mem().execute(''))`},
	{"comment only sql", `(lambda cu: (cu.fetchall(), cu.description))(mem().execute('-- nothing'))`},
	{"syntax error", `_try(lambda: mem().execute('selec 1'))`},
	{"no such table", `_try(lambda: mem().execute('select * from x'))`},
	{"no such column", `q('select nope from t')`},
	{"unique constraint", `run(db1(), 'create unique index u on t(a)', 'insert into t(a) values (1)')`},
	{"not null constraint", `run(mem(), 'create table n(a not null)', 'insert into n values (null)')`},
	{"check constraint", `run(mem(), 'create table n(a check (a > 0))', 'insert into n values (-1)')`},
	{"foreign key", `run(mem(), 'pragma foreign_keys=on', 'create table p(id integer primary key)', 'create table ch(p references p(id))', 'insert into ch values (5)')`},
	{"datatype mismatch", `run(mem(), 'create table n(id integer primary key)', "insert into n values ('x')")`},
	{"too big", `_try(lambda: mem().execute("select zeroblob(2000000000)").fetchall())`},

	// Cursor.
	{"cursor initial", `cur_state(mem().cursor()) + (mem().cursor().arraysize,)`},
	{"cursor after ddl", `(lambda cu: (cu.execute('create table x(a)'), cur_state(cu))[1])(mem().cursor())`},
	{"cursor after insert", `(lambda c: cur_state(c.execute("insert into t values (9, 'n', 0, null)")))(db1())`},
	{"cursor after update", `(lambda c: cur_state(c.execute("update t set c = 0")))(db1())`},
	{"cursor after delete", `(lambda c: cur_state(c.execute("delete from t where a > 1")))(db1())`},
	{"cursor after select", `(lambda c: cur_state(c.execute("select a, b as bee from t")))(db1())`},
	{"cursor after replace", `(lambda c: cur_state(c.execute("replace into t values (1, 'r', 0, null)")))(db1())`},
	{"executemany rowcount", `(lambda c: cur_state(c.executemany("insert into t(a) values (?)", [(7,), (8,), (9,)])))(db1())`},
	{"executemany generator", `(lambda c: (c.executemany('insert into t(a, b) values (?, ?)', gen_params()).rowcount, c.execute('select count(*) from t').fetchone()))(db1())`},
	{"executemany iterator", `(lambda c: c.executemany('insert into t(a) values (?)', iter([(1,), (2,)])).rowcount)(db1())`},
	{"executemany select", `_try(lambda: db1().executemany('select ?', [(1,)]))`},
	{"executemany not iterable", `_try(lambda: db1().executemany('insert into t(a) values (?)', 5))`},
	{"executemany bad set", `_try(lambda: db1().executemany('insert into t(a) values (?)', [(1,), (1, 2)]))`},
	{"executemany empty", `cur_state(db1().executemany('insert into t(a) values (?)', []))`},
	{"fetchone", `(lambda cu: (cu.fetchone(), cu.fetchone(), cu.fetchone(), cu.fetchone(), cu.fetchone()))(db1().execute('select a from t order by a'))`},
	{"fetchmany", `(lambda cu: (cu.fetchmany(), cu.fetchmany(5), cu.fetchmany()))(db1().execute('select a from t order by a'))`},
	{"fetchmany arraysize", `(lambda cu: (setattr(cu, 'arraysize', 2), cu.fetchmany(), cu.fetchmany())[1:])(db1().execute('select a from t order by a'))`},
	{"fetchmany zero", `db1().execute('select a from t').fetchmany(0)`},
	{"fetchmany kw", `db1().execute('select a from t order by a').fetchmany(size=2)`},
	{"iteration", `[r for r in db1().execute('select a, b from t order by a desc')]`},
	{"next after end", `(lambda cu: (cu.fetchall(), _try(lambda: next(cu)), cu.fetchone()))(db1().execute('select 1'))`},
	{"cursor reuse", `(lambda cu: (cu.execute('select 1').fetchall(), cu.execute('select 2, 3').fetchall(), cu.description))(mem().cursor())`},
	{"cursor close", `(lambda cu: (cu.close(), _try(lambda: cu.execute('select 1')), _try(cu.fetchall)))(mem().cursor())`},
	{"cursor connection", `(lambda c: c.cursor().connection is c)(mem())`},
	{"cursor bad connection", `_try(lambda: sqlite3.Cursor(5))`},
	{"cursor factory", `(lambda C: type(mem().cursor(C)).__name__)(type('MyCur', (sqlite3.Cursor,), {}))`},
	{"cursor factory bad", `_try(lambda: mem().cursor(lambda c: 5))`},
	{"description readonly", `_try(lambda: setattr(mem().cursor(), 'description', 1))[0]`},
	{"description names", `db1().execute('select a as "x y", b from t').description`},
	{"interleaved cursors", `(lambda c: (lambda a, b: (a.fetchone(), b.fetchone(), a.fetchone(), b.fetchall()))(c.execute('select a from t order by a'), c.execute('select a from t order by a')))(db1())`},
	{"setinputsizes", `(mem().cursor().setinputsizes([1]), mem().cursor().setoutputsize(1))`},
	{"executescript", `(lambda c: (c.executescript("create table s(x); insert into s values (1); insert into s values ('two'); select 1;").fetchall(), c.execute('select * from s').fetchall()))(mem())`},
	{"executescript error", `(lambda c: (_try(lambda: c.executescript('create table s(x); insert into nope values (1); create table s2(y);')), c.execute("select name from sqlite_master").fetchall()))(mem())`},
	{"executescript not str", `_try(lambda: mem().executescript(b'select 1'))`},
	{"executescript commits", `(lambda c: (c.execute('insert into t(a) values (5)'), c.in_transaction, c.executescript('select 1'), c.in_transaction)[1::2])(db1())`},

	// Row.
	{"row index and name", `(lambda r: (r[0], r[1], r['a'], r['NAME'], r['name'], r[-1], r[1:]))(rowf()[0])`},
	{"row keys len", `(lambda r: (r.keys(), len(r), list(r), tuple(r)))(rowf()[1])`},
	{"row missing key", `_try(lambda: rowf()[0]['zz'])`},
	{"row bad index", `_try(lambda: rowf()[0][5])`},
	{"row bad key type", `_try(lambda: rowf()[0][1.5])`},
	{"row equality", `(lambda a, b: (a[0] == b[0], a[0] == b[1], a[0] != b[1], a[0] == tuple(a[0])))(rowf(), rowf())`},
	{"row hash", `(lambda a, b: hash(a[0]) == hash(b[0]))(rowf(), rowf())`},
	{"row ctor errors", `(_try(lambda: sqlite3.Row(1, ())), _try(lambda: sqlite3.Row(mem().cursor(), [])))`},
	{"row isinstance", `(type(rowf()[0]).__name__, isinstance(rowf()[0], sqlite3.Row))`},
	{"row_factory dict", `(lambda c: (setattr(c, 'row_factory', lambda cu, r: {d[0]: v for d, v in zip(cu.description, r)}), c.execute('select 1 as one, 2 as two').fetchone())[1])(mem())`},
	{"row_factory on cursor only", `(lambda c: (lambda cu: (setattr(cu, 'row_factory', lambda cu, r: r[::-1]), cu.execute('select 1, 2').fetchall(), c.execute('select 1, 2').fetchall())[1:])(c.cursor()))(mem())`},

	// Adapters and converters.
	{"conform adapter", `mem().execute('select ?', (Point(3, 4),)).fetchall()`},
	{"register adapter", `(sqlite3.register_adapter(complex, lambda z: '%g+%gj' % (z.real, z.imag)), mem().execute('select ?', (1+2j,)).fetchall())[1]`},
	{"adapter raises", `(sqlite3.register_adapter(range, lambda r: 1 / 0), _try(lambda: mem().execute('select ?', (range(1),))))[1]`},
	{"date adapter", `mem().execute('select ?, ?', (datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 60))).fetchall()`},
	{"date converters decltypes", `(lambda c: (c.execute('create table d(a date, b timestamp, c text)'), c.execute("insert into d values ('2021-03-04', '2021-03-04 05:06:07', '2021-03-04')"), c.execute('select * from d').fetchall())[2])(mem(detect_types=sqlite3.PARSE_DECLTYPES))`},
	{"timestamp fraction", `(lambda c: (c.execute('create table d(b timestamp)'), c.execute("insert into d values ('2021-03-04 05:06:07.25'), ('2021-03-04 05:06:07.1234567')"), c.execute('select * from d').fetchall())[2])(mem(detect_types=sqlite3.PARSE_DECLTYPES))`},
	{"date roundtrip", `(lambda c: (c.execute('create table d(a date)'), c.execute('insert into d values (?)', (datetime.date(1999, 12, 31),)), c.execute('select a from d').fetchone()[0])[2])(mem(detect_types=sqlite3.PARSE_DECLTYPES))`},
	{"colnames converter", `mem(detect_types=sqlite3.PARSE_COLNAMES).execute('select \'2020-05-06\' as "d [date]", 1 as "n [unknown]"').fetchall()`},
	{"colnames description", `mem(detect_types=sqlite3.PARSE_COLNAMES).execute('select 1 as "d [foo]", 2 as "e[x]", 3 as "[y]"').description`},
	{"colnames null", `mem(detect_types=sqlite3.PARSE_COLNAMES).execute('select null as "d [date]"').fetchall()`},
	{"custom converter", `(sqlite3.register_converter('Point', lambda b: tuple(map(int, b.split(b';')))), (lambda c: (c.execute('create table p(v point)'), c.execute('insert into p values (?)', (Point(5, 6),)), c.execute('select v from p').fetchall())[2])(mem(detect_types=sqlite3.PARSE_DECLTYPES)))[1]`},
	{"converter gets bytes", `(sqlite3.register_converter('raw', lambda b: (type(b).__name__, b)), (lambda c: (c.execute('create table r(a raw, b raw)'), c.execute("insert into r values (12, 'x')"), c.execute('select a, b from r').fetchall())[2])(mem(detect_types=sqlite3.PARSE_DECLTYPES)))[1]`},
	{"converter raises", `(sqlite3.register_converter('bad', lambda b: 1 / 0), _try(lambda: mem(detect_types=sqlite3.PARSE_COLNAMES).execute('select 1 as "x [bad]"').fetchall()))[1]`},
	{"decltype paren", `(lambda c: (c.execute('create table d(a DATE(10))'), c.execute("insert into d values ('2001-02-03')"), c.execute('select a from d').fetchall())[2])(mem(detect_types=sqlite3.PARSE_DECLTYPES))`},
	{"no detect no convert", `(lambda c: (c.execute('create table d(a date)'), c.execute("insert into d values ('2001-02-03')"), c.execute('select a from d').fetchall())[2])(mem())`},

	// User functions, aggregates, collations.
	{"function basic", `with_func('twice', 1, lambda x: x * 2, 'select twice(21), twice(?)', ('ab',))`},
	{"function types", `with_func('kind', 1, lambda x: type(x).__name__, "select kind(1), kind(1.5), kind('s'), kind(x'00'), kind(null)")`},
	{"function returns", `with_func('r', 1, lambda i: [None, 1, 2.5, 'x', b'y', memoryview(b'z'), bytearray(b'w')][i], 'select r(0), r(1), r(2), r(3), r(4), r(5), r(6)')`},
	{"function varargs", `with_func('cnt', -1, lambda *a: len(a), 'select cnt(), cnt(1, 2, 3)')`},
	{"function wrong narg", `with_func('one', 1, lambda x: x, 'select one(1, 2)')`},
	{"function raises", `with_func('boom', 0, lambda: 1 / 0, 'select boom()')`},
	{"function bad result", `with_func('obj', 0, lambda: object(), 'select obj()')`},
	{"function overflow result", `with_func('big', 0, lambda: 2 ** 64, 'select big()')`},
	{"function not callable", `with_func('nc', 0, 5, 'select nc()')`},
	{"function replace", `(lambda c: (c.create_function('f', 0, lambda: 1), c.create_function('f', 0, lambda: 2), c.execute('select f()').fetchall())[2])(mem())`},
	{"function in where", `(lambda c: (c.create_function('odd', 1, lambda x: x % 2), c.execute('select a from t where odd(a) order by a').fetchall())[1])(db1())`},
	{"aggregate", `with_agg(Sum, 'select agg(a) from t')`},
	{"aggregate multi arg", `with_agg(Concat, 'select agg(a, b) from t', 2)`},
	{"aggregate empty", `with_agg(Sum, 'select agg(a) from t where 0')`},
	{"aggregate group by", `with_agg(Sum, 'select a % 2, agg(a) from t group by a % 2 order by 1')`},
	{"aggregate step raises", `with_agg(type('S', (Sum,), {'step': lambda self, v: 1 / 0}), 'select agg(a) from t')`},
	{"aggregate init raises", `with_agg(type('S', (Sum,), {'__init__': lambda self: 1 / 0}), 'select agg(a) from t')`},
	{"aggregate finalize raises", `with_agg(type('S', (Sum,), {'finalize': lambda self: 1 / 0}), 'select agg(a) from t')`},
	{"aggregate no step", `with_agg(type('S', (), {'finalize': lambda self: 1}), 'select agg(a) from t')`},
	{"collation", `collated(lambda a, b: (a.lower() < b.lower()) - (a.lower() > b.lower()))`},
	{"collation raises", `collated(lambda a, b: 1 / 0)[:0]`},
	{"collation bad name", `_try(lambda: mem().create_collation('a b', lambda a, b: 0))`},
	{"collation not callable", `_try(lambda: mem().create_collation('ab', 5))`},
	{"collation name type", `_try(lambda: mem().create_collation(5, lambda a, b: 0))`},
	{"collation removed", `(lambda c: (c.create_collation('rev', lambda a, b: 0), c.create_collation('rev', None), _try(lambda: c.execute('select 1 order by 1 collate rev'))))(mem())[2]`},
	{"collation unknown", `_try(lambda: mem().execute("select 'a' union select 'b' order by 1 collate nope"))`},
	{"collation bad result", `collated(lambda a, b: 'x')`},

	// Authorizer, trace, progress, interrupt.
	{"authorizer deny", `authorized(lambda a, x, y: sqlite3.SQLITE_DENY if x == 't' and y == 'b' else sqlite3.SQLITE_OK, 'select a, b from t')`},
	{"authorizer ignore", `authorized(lambda a, x, y: sqlite3.SQLITE_IGNORE if y == 'b' else sqlite3.SQLITE_OK, 'select a, b from t order by a')`},
	{"authorizer raises", `authorized(lambda a, x, y: 1 / 0, 'select 1')[0]`},
	{"authorizer bad result", `authorized(lambda a, x, y: 'ok', 'select 1')[0]`},
	{"trace", `traced('create table x(a)', 'insert into x values (1)', 'select * from x', 'select nope')`},
	{"trace unhashable", `_try(lambda: mem().set_trace_callback([].append))`},
	{"function unhashable", `_try(lambda: mem().create_function('f', 1, [].append))`},
	{"trace params expanded", `(lambda c, seen: (c.set_trace_callback(lambda s: seen.append(s)), c.execute('select ?, ?, ?, ?, ?', (None, 1, 1.5, b'ab', "it's")), seen)[2])(mem(), [])`},
	{"trace raises", `(lambda c: (c.set_trace_callback(lambda s: 1 / 0), c.execute('select 1').fetchall()))(mem())[1]`},
	{"progress continue", `progress(0)`},
	{"progress abort", `progress(1)`},
	{"progress raises", `progress(None) if False else (lambda c: (c.set_progress_handler(lambda: 1 / 0, 1), _try(lambda: c.execute('select 1').fetchall())))(mem())[1]`},
	{"interrupt idle", `(lambda c: (c.interrupt(), c.execute('select 1').fetchall()))(mem())`},
	{"interrupt from function", `(lambda c: (c.create_function('stop', 0, lambda: c.interrupt()), _try(lambda: c.execute('with recursive r(i) as (select 1 union all select i+1 from r where i < 100000) select count(stop()) from r').fetchall())))(mem())[1]`},
	{"enable tracebacks", `(sqlite3.enable_callback_tracebacks(False), sqlite3.enable_callback_tracebacks(0))`},

	// Closed connection.
	{"closed execute", `(lambda cc: _try(lambda: cc[0].execute('select 1')))(closed_conn())`},
	{"closed cursor()", `(lambda cc: _try(cc[0].cursor))(closed_conn())`},
	{"closed commit rollback", `(lambda cc: (_try(cc[0].commit), _try(cc[0].rollback)))(closed_conn())`},
	{"closed attrs", `(lambda cc: (_try(lambda: cc[0].total_changes), _try(lambda: cc[0].in_transaction), _try(lambda: cc[0].isolation_level)))(closed_conn())`},
	{"closed old cursor", `(lambda cc: (_try(lambda: cc[1].execute('select 1')), _try(cc[1].fetchone), _try(cc[1].close)))(closed_conn())`},
	{"closed functions", `(lambda cc: (_try(lambda: cc[0].create_function('f', 0, len)), _try(lambda: cc[0].create_aggregate('f', 0, Sum)), _try(lambda: cc[0].create_collation('f', None)), _try(lambda: cc[0].set_authorizer(None)), _try(cc[0].interrupt)))(closed_conn())`},
	{"close twice", `(lambda cc: cc[0].close())(closed_conn())`},
	{"closed pending rows", `(lambda c: (lambda cu: (c.close(), _try(cu.fetchone)))(c.execute('select a from t')))(db1())[1]`},
	{"close with pending statements", `(lambda c: (c.execute('select a from t'), c.execute('select b from t'), c.close()))(db1())[2]`},
	{"total_changes", `(lambda c: (c.total_changes, c.execute('update t set a = a + 1').rowcount, c.total_changes))(db1())`},

	// Transactions: implicit BEGIN before DML (3.6: not before DDL or SELECT), commit and rollback rules.
	{"tx default dml", `tx('default', 'insert into t values (1)', 'count', 'rollback', 'count')`},
	{"tx default ddl", `tx('default', 'create table u(y)', 'insert into t values (1)', 'create table v(z)', 'rollback', "select name from sqlite_master order by name")`},
	{"tx select no begin", `tx('default', 'select * from t', 'insert into t values (1)', 'select * from t', 'commit', 'count')`},
	{"tx update delete replace", `tx('default', 'update t set x = 1', 'commit', 'delete from t', 'commit', 'replace into t values (2)', 'rollback', 'count')`},
	{"tx leading whitespace", `tx('default', '  \n\tinsert into t values (1)', 'rollback', 'count')`},
	{"tx comment before dml", `tx('default', '/* c */ insert into t values (1)', 'rollback', 'count')`},
	{"tx autocommit none", `tx(None, 'insert into t values (1)', 'rollback', 'count')`},
	{"tx explicit begin", `tx(None, 'begin', 'insert into t values (1)', 'rollback', 'count')`},
	{"tx explicit begin default", `tx('default', 'begin', 'insert into t values (1)', 'commit', 'count')`},
	{"tx nested begin", `tx('default', 'insert into t values (1)', 'begin')`},
	{"tx immediate", `tx('IMMEDIATE', 'insert into t values (1)', 'commit', 'count')`},
	{"tx exclusive", `tx('exclusive', 'insert into t values (1)', 'rollback', 'count')`},
	{"tx commit nothing", `tx('default', 'commit', 'rollback')`},
	{"tx savepoint", `tx('default', 'savepoint a', 'insert into t values (1)', 'release a', 'count')`},
	{"tx set none commits", `(lambda c: (c.execute('create table t(x)'), c.execute('insert into t values (1)'), c.in_transaction, setattr(c, 'isolation_level', None), c.in_transaction, c.isolation_level)[2:])(mem())`},
	{"tx set level values", `(lambda c: [(_try(lambda: setattr(c, 'isolation_level', v)), c.isolation_level) for v in ('', 'deferred', 'Immediate', 'EXCLUSIVE', 'bogus', 3, None)])(mem())`},
	{"tx context commit", `(lambda c: (c.execute('create table t(x)'), c.__enter__() is c, c.execute('insert into t values (1)'), c.__exit__(None, None, None), c.in_transaction, c.execute('select * from t').fetchall())[3:])(mem())`},
	{"tx context rollback", `(lambda c: (c.execute('create table t(x)'), c.execute('insert into t values (1)'), c.__exit__(ValueError, ValueError('x'), None), c.execute('select * from t').fetchall()))(mem())[2:]`},
	{"tx with statement", `(lambda c: (c.execute('create table t(x)'), _try(lambda: [c.__enter__(), c.execute('insert into t values (1)'), c.execute('insert into nope values (1)')]), c.__exit__(sqlite3.OperationalError, None, None), c.execute('select count(*) from t').fetchone()))(mem())[1:]`},
	{"tx rollback resets cursor", `(lambda c: (lambda cu: (c.execute('insert into t(a) values (9)'), c.rollback(), _try(cu.fetchall)))(c.execute('select a from t')))(db1())[2]`},
	{"tx commit keeps cursor", `(lambda c: (lambda cu: (c.execute('insert into t(a) values (9)'), c.commit(), _try(cu.fetchall)))(c.execute('select a from t order by a')))(db1())[2]`},
	{"tx integrity error keeps tx", `(lambda c: (c.execute('create table u(a unique)'), c.execute('insert into u values (1)'), _try(lambda: c.execute('insert into u values (1)')), c.in_transaction, c.rollback(), c.execute('select * from u').fetchall()))(mem())[2:]`},
	{"tx two connections uncommitted", `shared([('a', 'insert into t values (1)'), ('b', 'select * from t'), ('a', 'commit'), ('b', 'select * from t')])`},
	{"tx two connections locked", `shared([('a', 'insert into t values (1)'), ('b', 'insert into t values (2)'), ('a', 'rollback'), ('b', 'insert into t values (3)'), ('b', 'commit'), ('a', 'select * from t')])`},
	{"tx two connections autocommit", `shared([('a', 'insert into t values (1)'), ('b', 'select * from t')], None)`},
	{"tx ddl no implicit commit", `shared([('a', 'insert into t values (1)'), ('a', 'create table u(y)'), ('b', 'select name from sqlite_master'), ('a', 'rollback'), ('b', 'select name from sqlite_master')])`},

	// Threads, statement cache, odds and ends.
	{"other thread refused", `(lambda c: other_thread(lambda: c.execute('select 1')))(mem())`},
	{"other thread close refused", `(lambda c: other_thread(c.close))(mem())`},
	{"other thread commit refused", `(lambda c: other_thread(c.commit))(mem())`},
	{"other thread allowed", `(lambda c: other_thread(lambda: c.execute('select 1').fetchall()))(mem(check_same_thread=False))`},
	{"other thread cursor", `(lambda cu: other_thread(lambda: cu.execute('select 1')))(mem().cursor())`},
	{"interrupt from other thread", `interrupt_from_thread()`},
	{"cached statements small", `(lambda c: [c.execute('select %d' % (i % 3)).fetchall() for i in range(7)])(mem(cached_statements=1))`},
	{"cached statements many", `(lambda c: len([c.execute('select ?', (i,)).fetchone() for i in range(300)]))(mem(cached_statements=5))`},
	{"same sql two live cursors", `(lambda c: (lambda a: (c.execute('select a from t order by a').fetchall(), a.fetchall()))(c.execute('select a from t order by a')))(db1())`},
	{"from ticks", `(sqlite3.DateFromTicks(0), sqlite3.TimeFromTicks(3600), sqlite3.TimestampFromTicks(86400 * 365 + 61))`},
	{"row no description", `(lambda r: (len(r), r[0], r[-1]))(sqlite3.Row(mem().cursor(), (1, 2)))`},
	{"arg counts", `(lambda c, cu: [_try(f) for f in (lambda: c.execute(), lambda: c.execute('select 1', (), 3), lambda: cu.execute(), lambda: cu.execute('select 1', (), 3), lambda: cu.execute(sql='x'), lambda: cu.executemany('x'), lambda: c.executemany('x'), lambda: c.executescript(), lambda: cu.executescript(), lambda: c.create_function('f', 'x', len), lambda: sqlite3.connect(':memory:', 'x'))])(mem(), mem().cursor())`},
	{"row kwargs", `_try(lambda: sqlite3.Row(cursor=mem().cursor(), data=()))`},
	{"closed isolation level", `(lambda cc: cc[0].isolation_level)(closed_conn())`},
	{"ddl not in transaction", `(lambda c: (c.execute('create table z(a)'), c.in_transaction, c.execute('drop table z'), c.in_transaction)[1::2])(mem())`},
	{"lastrowid after failed insert", `(lambda c: (lambda cu: (cu.execute("insert into t(a) values (10)").lastrowid, _try(lambda: cu.execute('insert into nope values (1)')), cu.lastrowid, cu.rowcount))(c.cursor()))(db1())`},
	{"executemany dicts", `(lambda c: (c.executemany('insert into t(a, b) values (:x, :y)', [{'x': 5, 'y': 'five'}, {'x': 6, 'y': 'six'}]).rowcount, c.execute('select a, b from t where a > 4').fetchall()))(db1())`},
	{"function too many args", `_try(lambda: mem().create_function('f', 1000, len))`},
	{"aggregate too many args", `_try(lambda: mem().create_aggregate('f', 1000, Sum))`},
	{"function name type", `_try(lambda: mem().create_function(5, 1, len))`},
	{"row_factory set late", `(lambda c: (lambda cu: (setattr(c, 'row_factory', sqlite3.Row), type(cu.execute('select 1').fetchone()).__name__, type(c.execute('select 1').fetchone()).__name__))(c.cursor()))(mem())[1:]`},
	{"total_changes executescript", `(lambda c: (c.executescript('create table z(a); insert into z values (1); insert into z values (2); delete from z;'), c.total_changes)[1])(mem())`},
	{"execute kwargs", `_try(lambda: mem().execute(sql='select 1'))`},
	{"connect kwargs", `mem(timeout=1.5, detect_types=0, check_same_thread=True, cached_statements=10, uri=False).execute('select 5').fetchall()`},
	{"in_transaction readonly", `_try(lambda: setattr(mem(), 'in_transaction', True))[0]`},
	{"total_changes readonly", `_try(lambda: setattr(mem(), 'total_changes', 1))[0]`},

	// iterdump.
	{"iterdump", `(lambda c: (c.executescript("create table a(x integer primary key autoincrement, y default 'q''r', z blob); insert into a(y, z) values ('it''s', x'00ff'), (null, ''), (2.5, 3); create index ia on a(y); create view va as select * from a; create trigger ta after insert on a begin select 1; end; create table \"we\"\"ird\"(k);  insert into \"we\"\"ird\" values (1);"), list(c.iterdump()))[1])(mem())`},
	{"iterdump empty", `list(mem().iterdump())`},
	{"iterdump restore", `(lambda src, dst: (dst.executescript('\n'.join(src.iterdump())), dst.execute('select * from t order by a').fetchall())[1])(db1(), mem())`},
}

// TestDifferential runs every case under CPython 3.6 (or its stored
// output) and gpython-ssl and compares them.
func TestDifferential(t *testing.T) {
	require.GreaterOrEqual(t, len(diffCases), 100)
	pytesting.DiffCases(t, "sqlite3_differential", prelude, diffCases)
}
