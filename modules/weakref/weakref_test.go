package weakref_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/gc"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib"  // Lib/modules/weakref.py, itertools
	_ "github.com/gpython-ssl/gpython-ssl/modules/thread" // _thread for threading
	_ "github.com/gpython-ssl/gpython-ssl/modules/weakref"
	_ "github.com/gpython-ssl/gpython-ssl/vm"
)

// prelude runs under gpython-ssl and CPython 3.6 alike. Objects meant to
// die are made inside helper functions, so that nothing but the helper's
// frame referred to them, and die at the gc.collect() that follows (in
// CPython already at the helper's return). Addresses are masked.
const prelude = `
import gc
import weakref

def _mask(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            out.append("0xADDR")
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)

def _show(name, f):
    try:
        r = f()
        print(name, "=>", _mask(repr(r)))
    except Exception as e:
        print(name, "!!", type(e).__name__, _mask(str(e)))

class Obj:
    def __init__(self, n=0):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return isinstance(other, Obj) and other.n == self.n
    def __repr__(self):
        return "Obj(%d)" % self.n
    def double(self):
        return 2 * self.n

class Plain:
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

def func():
    return "called"

keep = Obj(1)
log = []

def dead_ref(cb=None):
    o = Obj(2)
    r = weakref.ref(o) if cb is None else weakref.ref(o, cb)
    return r

def collected(cb=None):
    r = dead_ref(cb)
    gc.collect()
    return r

def alive():
    r = weakref.ref(keep)
    return r() is keep, r() == Obj(1), type(r).__name__, type(r) is weakref.ref

def callback_runs():
    del log[:]
    holder = []
    def cb(wr):
        log.append(("called", wr is holder[0], wr()))
    def make():
        o = Obj(2)
        holder.append(weakref.ref(o, cb))
    make()
    gc.collect()
    return log[:], holder[0]()

def callback_order():
    seen = []
    def make():
        o = Obj(3)
        return [weakref.ref(o, lambda r, i=i: seen.append(i)) for i in range(3)]
    refs = make()
    gc.collect()
    return seen

def shared():
    r1 = weakref.ref(keep)
    r2 = weakref.ref(keep)
    r3 = weakref.ref(keep, print)
    return r1 is r2, r1 is r3, r1 == r3, weakref.ref(keep, None) is r1

def counts():
    o = Plain()
    cb1 = lambda r: 1
    cb2 = lambda r: 2
    r1 = weakref.ref(o, cb1)
    r2 = weakref.ref(o)
    r3 = weakref.ref(o, cb2)
    refs = weakref.getweakrefs(o)
    return weakref.getweakrefcount(o), [x is r2 for x in refs], [x is r3 for x in refs], [x is r1 for x in refs]

def count_after_drop():
    o = Plain()
    def add():
        weakref.ref(o, print)
    n = weakref.getweakrefcount(o)
    r = weakref.ref(o)
    return n, weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r]

def hashing():
    a, b = Obj(5), Obj(5)
    ra, rb = weakref.ref(a), weakref.ref(b)
    return hash(ra) == hash(a), ra == rb, ra != rb, ra == weakref.ref(Obj(6)) if False else ra == rb

def hash_survives():
    o = Obj(7)
    r = weakref.ref(o)
    h = hash(r)
    del o
    return r

def hash_after_death():
    r = hash_survives()
    gc.collect()
    return r() is None, hash(r) == hash(7)

def dead_equality():
    r1 = collected()
    r2 = collected()
    return r1 == r2, r1 == r1, r1 != r2, r1 == weakref.ref(keep)

def repr_alive():
    return repr(weakref.ref(keep)), repr(weakref.ref(func)), repr(weakref.ref(Plain))

def dict_key():
    d = {weakref.ref(keep): "v"}
    return d[weakref.ref(keep)], weakref.ref(keep) in d

def kinds():
    out = []
    for o in (func, Plain, {1, 2}, frozenset([3]), weakref, MyList([1]), MyDict(a=1), len, (x for x in ())):
        out.append(weakref.ref(o)() is o)
    return out

def wvd():
    d = weakref.WeakValueDictionary()
    def fill():
        o = Obj(11)
        d["gone"] = o
        d["kept"] = keep
        return len(d), sorted(d.keys()), d["gone"].n, "gone" in d
    before = fill()
    gc.collect()
    return before, len(d), sorted(d), "gone" in d, d.get("gone", "dflt"), d["kept"] is keep, list(d.items())

def wvd_methods():
    d = weakref.WeakValueDictionary({"a": keep})
    d.update(b=keep)
    c = d.copy()
    return (sorted(c.keys()), d.pop("a") is keep, d.pop("zz", 5), d.setdefault("b", None) is keep,
            list(d.values()) == [keep], len(d.valuerefs()), repr(d))

def wvd_missing():
    return weakref.WeakValueDictionary()["nope"]

def wvd_int_value():
    weakref.WeakValueDictionary({"x": 2})

def wkd():
    d = weakref.WeakKeyDictionary()
    d[keep] = "kept"
    def fill():
        o = Obj(12)
        d[o] = "gone"
        return len(d), o in d, d[o]
    before = fill()
    gc.collect()
    return before, len(d), list(d.values()), d[keep], keep in d, 3 in d, d.get(Obj(99), "dflt")

def wkd_methods():
    d = weakref.WeakKeyDictionary({keep: 1})
    d.setdefault(func, 2)
    c = d.copy()
    return sorted(c.values()), d.pop(keep), len(d), len(d.keyrefs()), repr(d)

def wkd_missing():
    return weakref.WeakKeyDictionary()[keep]

def wkd_int_key():
    d = weakref.WeakKeyDictionary()
    d[1] = 2

def wset():
    s = weakref.WeakSet([keep, func])
    def fill():
        o = Obj(13)
        s.add(o)
        return len(s), o in s
    before = fill()
    gc.collect()
    s.discard(func)
    return before, len(s), keep in s, func in s, 1 in s, list(s) == [keep], repr(s)

def wset_errors():
    s = weakref.WeakSet()
    try:
        s.add(1)
    except TypeError as e:
        first = str(e)
    try:
        s.remove(keep)
    except KeyError as e:
        second = "KeyError"
    try:
        s.pop()
    except KeyError as e:
        third = str(e)
    return first, second, third

def fin_runs():
    calls = []
    def make():
        o = Obj(14)
        f = weakref.finalize(o, calls.append, "done")
        return f, f.alive, f.atexit, f.peek()[2:] == (("done",), {})
    f, was_alive, atexit, peek = make()
    gc.collect()
    return calls, was_alive, atexit, peek, f.alive, f(), f.peek(), f.detach()

def fin_call():
    o = Obj(15)
    f = weakref.finalize(o, lambda *a, **k: (a, k), 1, 2, x=3)
    r = f()
    return r, f.alive, f(), f.peek(), repr(f)

def fin_detach():
    o = Obj(16)
    f = weakref.finalize(o, print, "never")
    d = f.detach()
    return d[0] is o, d[1:], f.alive, f.detach(), f()

def fin_repr():
    f = weakref.finalize(keep, print)
    r = repr(f)
    f.atexit = False
    a = f.atexit
    f.detach()
    return r, a, repr(f), f.atexit

def fin_refused():
    weakref.finalize(1, print)

class FakeMethod:
    # a bound method as WeakMethod sees one: __self__, __func__, and a
    # type that rebuilds it from (func, obj)
    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj
    def __call__(self, *a):
        return self.__func__(self.__self__, *a)

def wm_alive():
    m = weakref.WeakMethod(FakeMethod(Obj.double, keep))
    again = m()
    return type(again).__name__, again(), m == weakref.WeakMethod(FakeMethod(Obj.double, keep)), hash(m) == hash(weakref.ref(keep))

def wm_dies():
    seen = []
    def make():
        o = Obj(20)
        return weakref.WeakMethod(FakeMethod(Obj.double, o), lambda w: seen.append(type(w).__name__))
    m = make()
    gc.collect()
    return m(), seen, m == m, m != m

def keyed():
    seen = []
    def make():
        o = Obj(21)
        return weakref.KeyedRef(o, lambda r: seen.append(r.key), "k1")
    r = make()
    before = r.key
    gc.collect()
    k2 = weakref.KeyedRef(keep, None, "k2")
    return before, r(), seen, k2() is keep, k2.key, k2 == weakref.ref(keep)

def wvd_more():
    d = weakref.WeakValueDictionary()
    d.update([("a", keep)], b=func)
    k = d.popitem()
    d2 = weakref.WeakValueDictionary(d, c=keep)
    return (k[0] in ("a", "b"), len(d), sorted(d2), d2.get("zz"), "zz" in d2,
            sorted(k for k, v in d2.items()), [type(r).__name__ for r in d2.itervaluerefs()][:1])

def wvd_dead_items():
    d = weakref.WeakValueDictionary()
    def fill():
        d["x"] = Obj(22)
        d["y"] = keep
    fill()
    gc.collect()
    return list(d.keys()), list(d.values()), d.pop("x", "gone"), len(d)

def wkd_more():
    d = weakref.WeakKeyDictionary()
    d.update([(keep, 1)], )
    d.update({func: 2})
    k, v = d.popitem()
    return (k in (keep, func), v in (1, 2), len(d), d.pop(Obj(50), "no"), list(d.keys())[0] in (keep, func))

def wkd_dead():
    d = weakref.WeakKeyDictionary()
    def fill():
        d[Obj(23)] = 1
        d[keep] = 2
    fill()
    gc.collect()
    return list(d.items()), len(d.keyrefs()), len(d.copy())

def wset_ops():
    a, b, c = Obj(30), Obj(31), Obj(32)
    s = weakref.WeakSet([a, b])
    t = weakref.WeakSet([b, c])
    key = lambda x: x.n
    return (sorted(s | t, key=key), sorted(s & t, key=key), sorted(s - t, key=key), sorted(s ^ t, key=key),
            s <= weakref.WeakSet([a, b, c]), s < weakref.WeakSet([a, b]), s >= weakref.WeakSet([a]),
            s > weakref.WeakSet([a, b]), s == weakref.WeakSet([b, a]), s == {a, b}, s.isdisjoint([c]),
            s.issubset([a, b, c]), s.issuperset([a]), len(s.copy()), sorted(s.union([c]), key=key))

def wset_updates():
    a, b, c = Obj(33), Obj(34), Obj(35)
    s = weakref.WeakSet([a])
    s |= [b]
    n1 = len(s)
    s -= [a]
    n2 = len(s)
    s ^= [b, c]
    n3 = sorted(x.n for x in s)
    s &= [c]
    s.difference_update([c])
    s.update([a, b])
    s.intersection_update([a])
    s.symmetric_difference_update([b])
    n4 = sorted(x.n for x in s)
    s.clear()
    return n1, n2, n3, n4, len(s), s.__reduce__()[1]

def wset_unhashable():
    weakref.WeakSet().add([])

def fin_order():
    out = []
    class Holder:
        pass
    def make():
        h = Holder()
        weakref.finalize(h, out.append, 1)
        weakref.finalize(h, out.append, 2)
    make()
    gc.collect()
    return sorted(out)

def fin_kwargs_peek():
    f = weakref.finalize(keep, dict, a=1)
    p = f.peek()
    f.detach()
    return p[0] is keep, p[1] is dict, p[2], p[3], f.peek(), f.alive

def fin_exception():
    def boom():
        raise ValueError("in finalizer")
    f = weakref.finalize(keep, boom)
    try:
        f()
    except ValueError as e:
        return str(e), f.alive

def refused(o):
    # the type's name in the message is the interpreter's own
    try:
        weakref.ref(o)
    except TypeError as e:
        return str(e).startswith("cannot create weak reference to '")

def gc_module():
    return type(gc.collect()).__name__, gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled()
`

var cases = []pytesting.Case{
	{"ref alive", `alive()`},
	{"ref dies at collection", `collected()()`},
	{"callback runs with the ref", `callback_runs()`},
	{"callbacks newest first", `callback_order()`},
	{"plain ref shared", `shared()`},
	{"getweakrefcount and order", `counts()`},
	{"count of a dropped ref", `count_after_drop()`},
	{"getweakrefcount int", `(weakref.getweakrefcount(1), weakref.getweakrefs(1))`},
	{"hash and eq delegate", `hashing()`},
	{"hash survives death", `hash_after_death()`},
	{"hash of dead ref", `hash(collected())`},
	{"dead refs compare by identity", `dead_equality()`},
	{"repr alive", `repr_alive()`},
	{"repr dead", `repr(collected())`},
	{"ref as dict key", `dict_key()`},
	{"weakrefable kinds", `kinds()`},
	{"callback attribute", `(weakref.ref(keep).__callback__, weakref.ref(keep, func).__callback__ is func)`},
	{"ref int", `weakref.ref(1)`},
	{"ref str", `weakref.ref("s")`},
	{"ref tuple", `weakref.ref((1,))`},
	{"ref list", `weakref.ref([])`},
	{"ref dict", `weakref.ref({})`},
	{"ref None", `weakref.ref(None)`},
	{"ref float", `weakref.ref(1.5)`},
	{"ref bytes", `weakref.ref(b"")`},
	{"ref bool", `weakref.ref(True)`},
	{"ref bytearray", `weakref.ref(bytearray())`},
	{"ref list iterator", `refused(iter([]))`},
	{"ref exception", `weakref.ref(ValueError("x"))`},
	{"ref script exception", `(lambda e: weakref.ref(e)() is e)(type("E", (Exception,), {})())`},
	{"ref enumerate", `weakref.ref(enumerate([]))`},
	{"ref no arguments", `weakref.ref()`},
	{"ref three arguments", `weakref.ref(keep, None, 3)`},
	{"ref keyword", `weakref.ref(keep, callback=None)`},
	{"call with argument", `weakref.ref(keep)(1)`},
	{"ReferenceType", `weakref.ReferenceType is weakref.ref`},
	{"WeakValueDictionary", `wvd()`},
	{"WeakValueDictionary methods", `wvd_methods()`},
	{"WeakValueDictionary missing", `wvd_missing()`},
	{"WeakValueDictionary int value", `wvd_int_value()`},
	{"WeakKeyDictionary", `wkd()`},
	{"WeakKeyDictionary methods", `wkd_methods()`},
	{"WeakKeyDictionary missing", `wkd_missing()`},
	{"WeakKeyDictionary int key", `wkd_int_key()`},
	{"WeakSet", `wset()`},
	{"WeakSet errors", `wset_errors()`},
	{"finalize at collection", `fin_runs()`},
	{"finalize called", `fin_call()`},
	{"finalize detach", `fin_detach()`},
	{"finalize repr and atexit", `fin_repr()`},
	{"finalize int", `fin_refused()`},
	{"WeakMethod alive", `wm_alive()`},
	{"WeakMethod dies", `wm_dies()`},
	{"WeakMethod function", `weakref.WeakMethod(func)`},
	{"WeakMethod int", `weakref.WeakMethod(1)`},
	{"WeakMethod unreferenceable self", `weakref.WeakMethod(FakeMethod(Obj.double, 3))`},
	{"KeyedRef", `keyed()`},
	{"KeyedRef int", `weakref.KeyedRef(1, None, "k")`},
	{"WeakValueDictionary more", `wvd_more()`},
	{"WeakValueDictionary dead items", `wvd_dead_items()`},
	{"WeakValueDictionary pop missing", `weakref.WeakValueDictionary().pop("k")`},
	{"WeakValueDictionary popitem empty", `weakref.WeakValueDictionary().popitem()`},
	{"WeakValueDictionary two args", `weakref.WeakValueDictionary({}, {})`},
	{"WeakValueDictionary unhashable", `weakref.WeakValueDictionary().__setitem__([], keep)`},
	{"WeakValueDictionary update None", `weakref.WeakValueDictionary().update(None)`},
	{"WeakKeyDictionary more", `wkd_more()`},
	{"WeakKeyDictionary dead", `wkd_dead()`},
	{"WeakKeyDictionary pop missing", `weakref.WeakKeyDictionary().pop(keep)`},
	{"WeakKeyDictionary popitem empty", `weakref.WeakKeyDictionary().popitem()`},
	{"WeakKeyDictionary del missing", `weakref.WeakKeyDictionary().__delitem__(keep)`},
	{"WeakKeyDictionary get int", `weakref.WeakKeyDictionary().get(1)`},
	{"WeakSet operators", `wset_ops()`},
	{"WeakSet updates", `wset_updates()`},
	{"WeakSet unhashable", `wset_unhashable()`},
	{"WeakSet hash", `hash(weakref.WeakSet())`},
	{"WeakSet eq other", `(weakref.WeakSet() == set(), weakref.WeakSet() != 1)`},
	{"finalize two on one object", `fin_order()`},
	{"finalize peek kwargs", `fin_kwargs_peek()`},
	{"finalize exception", `fin_exception()`},
	{"finalize no func", `weakref.finalize(keep)`},
	{"gc module", `gc_module()`},
	{"gc bad generation", `gc.collect(5)`},
	{"names", `[n for n in weakref.__all__ if not hasattr(weakref, n)]`},
}

func TestWeakrefAgainstCPython36(t *testing.T) {
	pytesting.DiffCases(t, "weakref", prelude, cases)
}

// atExitScript leaves finalizers alive at exit: they run then, newest
// first, after the atexit handlers registered after the first finalize;
// one whose atexit flag is off or that was detached does not run.
const atExitScript = `
import atexit, weakref

class Obj:
    pass

keep = [Obj(), Obj(), Obj(), Obj()]
f1 = weakref.finalize(keep[0], print, "finalize 1")
atexit.register(print, "registered after the finalizers")
f2 = weakref.finalize(keep[1], print, "finalize 2")
f3 = weakref.finalize(keep[2], print, "finalize 3")
f3.atexit = False
f4 = weakref.finalize(keep[3], print, "finalize 4")
f4.detach()
print(f1.atexit, f2.alive, f3.atexit)
`

func TestFinalizeAtExit(t *testing.T) {
	want := pytesting.CPython36Output(t, "weakref_finalize_at_exit", atExitScript)
	assert.Equal(t, want, runToExit(t, atExitScript))
}

// runToExit runs src as __main__ in a fresh context, closes the context
// (which runs the atexit handlers) and returns what it printed.
func runToExit(t *testing.T, src string) string {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	f, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	require.NoError(t, err)
	defer f.Close()
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	sys.Globals["stdout"] = &py.File{File: f, FileMode: py.FileWrite}
	code, err := py.Compile(src, "<stdin>", py.ExecMode, 0, true)
	require.NoError(t, err)
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<stdin>"}})
	require.NoError(t, err)
	_, err = ctx.RunCode(code, module.Globals, module.Globals, nil)
	require.NoError(t, err)
	require.NotPanics(t, func() { _ = ctx.Close() })
	data, err := os.ReadFile(f.Name())
	require.NoError(t, err)
	return string(data)
}
