package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of dbm, dbm.dumb and shelve against CPython 3.6, in
// a scratch directory (the working directory while they run). Databases
// are closed explicitly: CPython's reference counting would otherwise
// write their index files at a point gpython-ssl's collector does not.

const dbmPrelude = pytesting.ShowRepr + `import dbm, dbm.dumb, shelve, os, tempfile, shutil, atexit, warnings
_old = os.getcwd()
_dir = tempfile.mkdtemp()
os.chdir(_dir)
def _cleanup():
    os.chdir(_old)
    shutil.rmtree(_dir)
atexit.register(_cleanup)
_n = [0]
def name():
    _n[0] += 1
    return "db%d" % _n[0]
def raw(path):
    with open(path, "rb") as f:
        return f.read()
def files(base):
    return sorted(f for f in os.listdir(".") if f.split(".")[0] == base)
def build(items, flag="c"):
    base = name()
    db = dbm.dumb.open(base, flag)
    for k, v in items:
        db[k] = v
    return base, db
def layout(items, then=None):
    base, db = build(items)
    if then:
        then(db)
    db.close()
    return raw(base + ".dir"), len(raw(base + ".dat")), files(base)
def warned(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    return r, [(x.category.__name__, str(x.message)) for x in w]
def closed_db():
    base, db = build([(b"k", b"v")])
    db.close()
    return db
def shelf(writeback=False, protocol=None, flag="c"):
    return shelve.open(name(), flag, protocol, writeback)
class Thing:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Thing) and other.n == self.n
    def __repr__(self):
        return "Thing(%r)" % self.n
def reopen_shelf(items, **kw):
    base = name()
    with shelve.open(base, **kw) as s:
        for k, v in items:
            s[k] = v
    with shelve.open(base, "r") as s:
        return sorted(s.items())
def mutate(writeback):
    base = name()
    s = shelve.open(base, writeback=writeback)
    s["l"] = [1]
    s["l"].append(2)
    first = s["l"]
    s.close()
    s = shelve.open(base)
    try:
        return first, s["l"]
    finally:
        s.close()
`

var dbmCases = []pytesting.Case{
	{"dbm names", `(dbm._names, dbm.error, dbm.dumb.error, [n for n in dbm.__all__])`},
	{"no gnu", `__import__("dbm.gnu")`},
	{"no ndbm", `__import__("dbm.ndbm")`},
	{"layout", `layout([(b"a", b"hello"), ("b", "world" * 200), (b"\xff", b"")])`},
	{"layout rewrite", `layout([(b"a", b"hello"), (b"b", b"x" * 1000)], lambda db: (db.__setitem__(b"a", b"hi"), db.__setitem__(b"b", b"y" * 5000)))`},
	{"layout delete", `layout([(b"a", b"1"), (b"b", b"2"), (b"c", b"3")], lambda db: db.__delitem__(b"b"))`},
	{"layout block edge", `layout([(b"a", b"x" * 512), (b"b", b"y")], lambda db: db.__setitem__(b"a", b"z" * 513))`},
	{"layout quotes", `layout([(b"it's", b"1"), (b'say "hi"', b"2"), (b"back\\slash\n\t", b"3"), ("é", b"4"), (b"\x00\x7f\x80\xa0\xad", b"5")])`},
	{"dir written at once", `(lambda bd: (raw(bd[0] + ".dir"), files(bd[0]), bd[1].close()))(build([(b"k", b"v")]))`},
	{"sync makes bak", `(lambda bd: (bd[1].__setitem__(b"k", b"w"), bd[1].sync(), files(bd[0]), raw(bd[0] + ".bak"), bd[1].close()))(build([(b"k", b"v")]))`},
	{"reopen", `(lambda bd: (bd[1].close(), sorted(dbm.dumb.open(bd[0]).items())))(build([(b"k", b"v"), ("é", "ü"), (b"\xff\x00", b"\x01")]))`},
	{"reopen after rewrite", `(lambda bd: (bd[1].__setitem__(b"k", b"longer" * 100), bd[1].close(), dbm.dumb.open(bd[0], "r")[b"k"][:12]))(build([(b"k", b"v")]))`},
	{"mapping api", `(lambda bd: (len(bd[1]), bd[1].keys(), b"a" in bd[1], "a" in bd[1], 1 in bd[1], bd[1].get(b"z", 5), bd[1].setdefault(b"n", b"d"), bd[1].pop(b"n"), sorted(bd[1]), bd[1].items(), list(bd[1].values()), bd[1].close()))(build([(b"a", b"1"), (b"b", b"2")]))`},
	{"str key value", `(lambda bd: (bd[1]["é"], bd[1][b"\xc3\xa9"], bd[1].close()))(build([("é", "ü")]))`},
	{"bytearray", `(lambda bd: (bd[1][b"k"], bd[1].close()))(build([(bytearray(b"k"), bytearray(b"v"))]))`},
	{"missing key", `build([])[1][b"nope"]`},
	{"int key lookup", `build([])[1][1]`},
	{"bad key type", `build([])[1].__setitem__(1, b"x")`},
	{"bad value type", `build([])[1].__setitem__(b"x", 1)`},
	{"delete missing", `build([])[1].__delitem__(b"zz")`},
	{"closed getitem", `closed_db()[b"k"]`},
	{"closed setitem", `closed_db().__setitem__(b"k", b"v")`},
	{"closed keys", `closed_db().keys()`},
	{"closed len", `len(closed_db())`},
	{"closed contains", `b"k" in closed_db()`},
	{"closed iter", `list(closed_db())`},
	{"closed items", `closed_db().items()`},
	{"closed close sync", `(lambda db: (db.close(), db.sync()))(closed_db())`},
	{"context manager", `(lambda base: ([db.__setitem__(b"a", b"1") for db in [dbm.dumb.open(base).__enter__()]], sorted(dbm.dumb.open(base, "r").items())))(name())`},
	{"flag n empties", `(lambda bd: (bd[1].close(), dbm.dumb.open(bd[0], "n").keys()))(build([(b"k", b"v")]))`},
	{"flag r missing warns", `(lambda base: (warned(lambda: dbm.dumb.open(base, "r").close())[1], files(base)))(name())`},
	{"flag w missing warns", `(lambda base: (warned(lambda: dbm.dumb.open(base, "w").close())[1], files(base)))(name())`},
	{"bad flag warns", `(lambda base: (warned(lambda: dbm.dumb.open(base, "x").close())[1], files(base)))(name())`},
	{"read only writes warn", `(lambda bd: (bd[1].close(), (lambda db: (warned(lambda: db.__setitem__(b"n", b"1"))[1], warned(lambda: db.__delitem__(b"k"))[1], db.keys(), db.close()))(dbm.dumb.open(bd[0], "r"))))(build([(b"k", b"v")]))`},
	{"mode bits", `(lambda base: (dbm.dumb.open(base, "c", 0o640).close(), oct(os.stat(base + ".dat").st_mode & 0o777), oct(os.stat(base + ".dir").st_mode & 0o777)))(name())`},
	{"whichdb", `(lambda bd: (bd[1].close(), dbm.whichdb(bd[0]), dbm.whichdb("missing"), dbm.whichdb(bd[0] + ".dat")))(build([(b"k", b"v")]))`},
	{"whichdb empty index", `(lambda base: (open(base + ".dat", "w").close(), open(base + ".dir", "w").close(), dbm.whichdb(base)))(name())`},
	{"whichdb junk", `(lambda base: (open(base, "w").write("hello world"), dbm.whichdb(base), dbm.whichdb(base[:2] + "zz")))(name())`},
	{"whichdb short", `(lambda base: (open(base, "w").write("abc"), dbm.whichdb(base)))(name())`},
	{"whichdb gnu magic", `(lambda base: (open(base, "wb").write(b"\xce\x9a\x57\x13" + b"\0" * 12), dbm.whichdb(base)))(name())`},
	{"whichdb ndbm", `(lambda base: (open(base + ".pag", "w").close(), open(base + ".dir", "w").close(), dbm.whichdb(base)))(name())`},
	{"dbm open new needs c", `dbm.open(name(), "r")`},
	{"dbm open default flag", `dbm.open(name())`},
	{"dbm open creates dumb", `(lambda base: ((lambda db: (db.__setitem__("k", "v"), type(db).__module__, db.close()))(dbm.open(base, "c")), dbm.whichdb(base), dbm.open(base)["k"]))(name())`},
	{"dbm open unknown", `(lambda base: (open(base, "w").write("hello world"), dbm.open(base)))(name())`},
	{"dbm open gnu missing", `(lambda base: (open(base, "wb").write(b"\xce\x9a\x57\x13" + b"\0" * 12), dbm.open(base)))(name())`},
	{"dbm open n", `(lambda bd: (bd[1].close(), dbm.open(bd[0], "n").keys()))(build([(b"k", b"v")]))`},
	{"dbm error catch", `(lambda: [isinstance(e, dbm.error) for e in [dbm.error[0]("x")]] and issubclass(dbm.error[0], Exception))()`},
	{"shelve roundtrip", `reopen_shelf([("a", [1, 2]), ("b", {"x": (1, 2.5)}), ("é", Thing(3)), ("n", None)])`},
	{"shelve protocols", `[reopen_shelf([("k", [1, "a"])], protocol=p) for p in (0, 1, 2, 3, 4)]`},
	{"shelve raw bytes", `(lambda base: ([s.__setitem__("k", [1, "a"]) for s in [shelve.open(base, protocol=2)]][0], shelve.open(base).dict[b"k"] if False else None, dbm.dumb.open(base)[b"k"]))(name())`},
	{"shelve mapping api", `(lambda s: (s.__setitem__("a", 1), s.__setitem__("b", 2), len(s), sorted(s), "a" in s, "z" in s, s.get("a"), s.get("z", 9), s.pop("a"), sorted(s.keys()), s.setdefault("c", 3), sorted(s.values()), s.close()))(shelf())`},
	{"shelve missing", `shelf()["missing"]`},
	{"shelve delete missing", `shelf().__delitem__("missing")`},
	{"shelve non str key", `shelf().__setitem__(1, 2)`},
	{"shelve no writeback", `mutate(False)`},
	{"shelve writeback", `mutate(True)`},
	{"shelve writeback cache", `(lambda s: (s.__setitem__("k", [1]), s["k"] is s["k"], sorted(s.cache), s.sync(), s.cache, s.close()))(shelf(True))`},
	{"shelve no cache", `(lambda s: (s.__setitem__("k", [1]), s["k"] is s["k"], s.cache, s.close()))(shelf())`},
	{"shelve closed", `(lambda s: (s.close(), s.close(), repr(s.dict)))(shelf())`},
	{"shelve closed get", `(lambda s: (s.close(), s["a"]))(shelf())`},
	{"shelve closed set", `(lambda s: (s.close(), s.__setitem__("a", 1)))(shelf())`},
	{"shelve closed len", `(lambda s: (s.close(), len(s)))(shelf())`},
	{"shelve closed iter", `(lambda s: (s.close(), list(s)))(shelf())`},
	{"shelve with", `(lambda base: ([s.__setitem__("k", 1) for s in [shelve.open(base).__enter__()]], sorted(shelve.open(base, "r").items())))(name())`},
	{"shelve exit closes", `(lambda s: (s.__enter__() is s, s.__exit__(None, None, None), repr(s.dict)))(shelf())`},
	{"shelve read only missing", `shelve.open(name(), "r")`},
	{"shelve over dict", `(lambda d: (lambda s: (s.__setitem__("k", (1, 2)), sorted(d), d[b"k"], s["k"], s.close(), repr(s.dict)))(shelve.Shelf(d, protocol=2)))({})`},
	{"shelve keyencoding", `(lambda d: (lambda s: (s.__setitem__("é", 1), sorted(d), list(s), s.close()))(shelve.Shelf(d, keyencoding="latin-1")))({})`},
	{"shelve default protocol", `(lambda d: (shelve.Shelf(d).__setitem__("k", 1), d[b"k"]))({})`},
	{"shelve unpicklable", `(lambda s: s.__setitem__("k", lambda: 1))(shelf())`},
	{"bsddb shelf", `(lambda d: (shelve.BsdDbShelf(d).__setitem__("k", 1), d[b"k"], shelve.BsdDbShelf(d)["k"]))({})`},
	{"shelve all", `(shelve.__all__, issubclass(shelve.DbfilenameShelf, shelve.Shelf), issubclass(shelve.BsdDbShelf, shelve.Shelf))`},
}

func TestMisc2Dbm(t *testing.T) {
	pytesting.DiffCases(t, "misc2_dbm", dbmPrelude, dbmCases)
}
