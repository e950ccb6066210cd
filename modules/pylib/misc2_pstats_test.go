package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of pstats against CPython 3.6 on fixed statistics
// (a stand-in profiler whose create_stats leaves them in place), so that
// the timings in the reports are the same under both interpreters; the
// file line of a loaded dump (its modification time) is cut off. cpython
// holds a profile file CPython 3.6's marshal wrote (shared references
// included), read by both.

const pstatsPrelude = pytesting.ShowRepr + `import pstats, io, os, tempfile, shutil, atexit
_dir = tempfile.mkdtemp()
atexit.register(shutil.rmtree, _dir)
class Fake:
    def __init__(self, stats):
        self.stats = stats
    def create_stats(self):
        pass
    def __repr__(self):
        return "Fake"
EXEC = ('~', 0, '<built-in method builtins.exec>')
F = ('/a/b/mod.py', 10, 'f')
G = ('/a/b/mod.py', 20, 'g')
L = ('/x/other.py', 3, '<lambda>')
def cstats():
    return {
        F: (3, 5, 0.5, 1.25, {G: (2, 1, 0.1, 0.2), EXEC: (1, 1, 0.4, 1.05)}),
        G: (1, 1, 0.25, 0.5, {EXEC: (1, 1, 0.25, 0.5)}),
        EXEC: (1, 1, 0.001, 1.75, {}),
        L: (7, 7, 0.0000001, 0.00002, {F: (7, 7, 0.0000001, 0.00002)}),
        ('/y/mod.py', 10, 'f'): (2, 2, 0.125, 0.125, {G: (2, 2, 0.125, 0.125)}),
    }
def pstats_profile():
    return {
        F: (3, 5, 0.5, 1.25, {('jprofile', 0, 'profiler'): 2, G: 3}),
        G: (1, 1, 0.5, 0.75, {}),
        ('jprofile', 0, 'profiler'): (1, 1, 0, 0, {}),
    }
def report(st, method, *args):
    out = io.StringIO()
    st.stream = out
    r = getattr(st, method)(*args)
    assert r is st
    return out.getvalue().split("\n")
def fresh(which=cstats):
    return pstats.Stats(Fake(which()), stream=io.StringIO())
def dumped(st):
    path = os.path.join(_dir, "p%d" % len(os.listdir(_dir)))
    st.dump_stats(path)
    return path
def errname(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__, getattr(e, "errno", None), str(e)[:40]
def loaded_report(path, *args):
    lines = report(pstats.Stats(path), "print_stats", *args)
    return lines[0].endswith("    " + path), lines[1:]
cpython = os.path.join(_dir, "cpython.prof")
with open(cpython, "wb") as _f:
    _f.write(` + "b'\\xfb\\xa9\\x03\\xfa\\x0b/a/b/mod.py\\xe9\\n\\x00\\x00\\x00\\xda\\x01f)\\x05\\xe9\\x03\\x00\\x00\\x00\\xe9\\x05\\x00\\x00\\x00\\xe7\\x00\\x00\\x00\\x00\\x00\\x00\\xe0?\\xe7\\x00\\x00\\x00\\x00\\x00\\x00\\xf4?{\\xa9\\x03r\\x02\\x00\\x00\\x00\\xe9\\x14\\x00\\x00\\x00\\xda\\x01g\\xa9\\x04\\xe9\\x02\\x00\\x00\\x00\\xe9\\x01\\x00\\x00\\x00\\xe7\\x9a\\x99\\x99\\x99\\x99\\x99\\xb9?\\xe7\\x9a\\x99\\x99\\x99\\x99\\x99\\xc9?\\xa9\\x03\\xfa\\x01~\\xe9\\x00\\x00\\x00\\x00\\xfa\\x1f<built-in method builtins.exec>\\xa9\\x04r\\x0e\\x00\\x00\\x00r\\x0e\\x00\\x00\\x00\\xe7\\x9a\\x99\\x99\\x99\\x99\\x99\\xd9?\\xe7\\xcd\\xcc\\xcc\\xcc\\xcc\\xcc\\xf0?0\\xa9\\x03r\\x02\\x00\\x00\\x00r\\n\\x00\\x00\\x00r\\x0b\\x00\\x00\\x00)\\x05r\\x0e\\x00\\x00\\x00r\\x0e\\x00\\x00\\x00\\xe7\\x00\\x00\\x00\\x00\\x00\\x00\\xd0?r\\x07\\x00\\x00\\x00{\\xa9\\x03r\\x12\\x00\\x00\\x00r\\x13\\x00\\x00\\x00r\\x14\\x00\\x00\\x00\\xa9\\x04r\\x0e\\x00\\x00\\x00r\\x0e\\x00\\x00\\x00r\\x19\\x00\\x00\\x00r\\x07\\x00\\x00\\x000\\xa9\\x03r\\x12\\x00\\x00\\x00r\\x13\\x00\\x00\\x00r\\x14\\x00\\x00\\x00)\\x05r\\x0e\\x00\\x00\\x00r\\x0e\\x00\\x00\\x00\\xe7\\xfc\\xa9\\xf1\\xd2MbP?\\xe7\\x00\\x00\\x00\\x00\\x00\\x00\\xfc?{0\\xa9\\x03\\xf5\\x08\\x00\\x00\\x00/x/\\xc3\\xa9.pyr\\x05\\x00\\x00\\x00\\xfa\\x08<lambda>)\\x05\\xec\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x04\\xec\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x04r\\x07\\x00\\x00\\x00\\xe7H\\xaf\\xbc\\x9a\\xf2\\xd7z>{\\xa9\\x03r\\x02\\x00\\x00\\x00r\\x03\\x00\\x00\\x00r\\x04\\x00\\x00\\x00\\xa9\\x04\\xec\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x04\\xec\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x04r\\x07\\x00\\x00\\x00r$\\x00\\x00\\x0000'" + `)
`

var pstatsCases = []pytesting.Case{
	{"names", `sorted(n for n in dir(pstats) if not n.startswith("_") and n not in ("os", "re", "sys", "time", "marshal", "cmp_to_key"))`},
	{"sort keys", `sorted(fresh().get_sort_arg_defs())`},
	{"default table", `sorted(pstats.Stats.sort_arg_dict_default.items())`},
	{"totals", `(lambda s: (s.total_calls, s.prim_calls, s.total_tt, s.max_name_len, sorted(s.top_level), s.files, s.fcn_list))(fresh())`},
	{"unsorted", `report(fresh(), "print_stats")`},
	{"empty", `report(pstats.Stats(), "print_stats")`},
	{"empty callers", `report(pstats.Stats(), "print_callers")`},
	{"cumulative count", `report(fresh().sort_stats("cumulative"), "print_stats", 2)`},
	{"name file regex fraction", `report(fresh().sort_stats("name", "filename"), "print_stats", "mod", 0.5)`},
	{"restrict nothing", `report(fresh(), "print_stats", "zzz")`},
	{"restrict bad regex", `report(fresh().sort_stats("time"), "print_stats", "[")`},
	{"restrict big count", `report(fresh().sort_stats("calls"), "print_stats", 50, 1.5, -1)`},
	{"restrict zero", `report(fresh().sort_stats("calls"), "print_stats", 0)`},
	{"restrict fraction zero", `report(fresh().sort_stats("calls"), "print_stats", 0.0)`},
	{"every key", `[(k, [pstats.func_std_string(f) for f in fresh().sort_stats(k).fcn_list]) for k in sorted(pstats.Stats.sort_arg_dict_default)]`},
	{"abbreviations", `[(k, fresh().sort_stats(k).sort_type) for k in ("cu", "cumu", "ti", "tot", "fil", "filen", "pc", "std", "na", "nf", "mod", "li", "ca", "nc")]`},
	{"ambiguous c", `fresh().sort_stats("c")`},
	{"ambiguous file", `fresh().sort_stats("file")`},
	{"ambiguous t", `fresh().sort_stats("t")`},
	{"unknown key", `fresh().sort_stats("bogus")`},
	{"legacy ints", `[(n, fresh().sort_stats(n).sort_type) for n in (-1, 0, 1, 2)]`},
	{"legacy bad int", `fresh().sort_stats(3)`},
	{"no key resets", `(lambda s: (s.sort_stats("time").sort_stats().fcn_list, report(s, "print_stats")[2]))(fresh())`},
	{"nfl", `report(fresh().sort_stats("nfl"), "print_stats")`},
	{"reverse", `report(fresh().sort_stats("pcalls").reverse_order(), "print_stats")`},
	{"reverse unsorted", `fresh().reverse_order().fcn_list`},
	{"strip dirs", `report(fresh().strip_dirs().sort_stats(-1), "print_stats")`},
	{"strip dirs merges", `sorted(fresh().strip_dirs().stats.items())`},
	{"callers", `report(fresh().sort_stats("name", "filename"), "print_callers")`},
	{"callees", `report(fresh().sort_stats("name", "filename"), "print_callees")`},
	{"callers restricted", `report(fresh().sort_stats("time"), "print_callers", "mod.py:10")`},
	{"callees restricted", `report(fresh().sort_stats("time"), "print_callees", 1)`},
	{"profile style", `report(fresh(pstats_profile), "print_stats")`},
	{"profile style callers", `report(fresh(pstats_profile), "print_callers")`},
	{"profile style callees", `report(fresh(pstats_profile), "print_callees")`},
	{"calc callees", `(lambda s: (s.calc_callees(), sorted(s.all_callees.items())))(fresh())`},
	{"add", `report(fresh().add(Fake(cstats()), fresh()).sort_stats("stdname"), "print_stats")`},
	{"add profile style", `sorted(fresh(pstats_profile).add(Fake(pstats_profile())).stats.items())`},
	{"add nothing", `(lambda s: s.add() is s)(fresh())`},
	{"stats of stats", `(lambda s: (s.total_calls, len(s.stats)))(pstats.Stats(Fake(cstats()), fresh()))`},
	{"stats first", `errname(lambda: pstats.Stats(fresh()))`},
	{"from bad object", `pstats.Stats(42)`},
	{"from empty profiler", `pstats.Stats(Fake({}))`},
	{"profiler emptied", `(lambda f: (pstats.Stats(f).total_calls, f.stats))(Fake(cstats()))`},
	{"missing file", `errname(lambda: pstats.Stats(os.path.join(_dir, "nope")))`},
	{"dump load", `loaded_report(dumped(fresh().sort_stats("time")), "mod")`},
	{"dump load stats", `(lambda p: sorted(pstats.Stats(p).stats.items()) == sorted(cstats().items()))(dumped(fresh()))`},
	{"dump profile style", `(lambda p: sorted(pstats.Stats(p).stats.items()))(dumped(fresh(pstats_profile)))`},
	{"cpython file", `loaded_report(cpython)`},
	{"cpython file stats", `sorted(pstats.Stats(cpython).strip_dirs().stats.items())`},
	{"load two files", `(lambda s: (len(s.files), s.total_calls))(pstats.Stats(cpython, cpython))`},
	{"bad file", `(lambda p: (open(p, "wb").write(b"\x01\x02"), pstats.Stats(p)))(os.path.join(_dir, "bad"))`},
	{"helpers", `(pstats.func_std_string(EXEC), pstats.func_std_string(("~", 0, "plain")), pstats.func_std_string(F), pstats.func_strip_path(F), pstats.func_get_function_name(F), pstats.f8(1.23456), pstats.count_calls({F: 2, G: 3}))`},
	{"add_func_stats", `pstats.add_func_stats((1, 2, 0.5, 0.5, {F: (1, 1, 0.5, 0.5)}), (3, 4, 0.25, 0.25, {F: (1, 2, 0.25, 0.25), G: (5, 5, 0, 0)}))`},
	{"add_callers counts", `pstats.add_callers({F: 1}, {F: 2, G: 3})`},
	{"tuplecomp", `[pstats.TupleComp(((0, 1), (1, -1))).compare(a, b) for a, b in (((1, 2), (1, 3)), ((2, 0), (1, 9)), ((1, 1), (1, 1)))]`},
}

func TestMisc2Pstats(t *testing.T) {
	pytesting.DiffCases(t, "misc2_pstats", pstatsPrelude, pstatsCases)
}

// TestMisc2ProfileCounts: profile and cProfile measure a run through
// sys.setprofile's events; the calls they count are CPython 3.6's (the
// pure profiler's own quirks, its fake frame and the setprofile call it
// sees, are left out).
func TestMisc2ProfileCounts(t *testing.T) {
	out := pytesting.MustRun(t, `import profile, cProfile
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def work():
    r = [fib(6) for i in range(2)]
    s = sorted(r)
    return len(s)
for mod in (profile, cProfile):
    p = mod.Profile()
    p.runcall(work)
    p.create_stats()
    print(mod.__name__, sorted((k[2], v[0], v[1]) for k, v in p.stats.items()
                               if not k[2].startswith(('<function', 'profiler', "<method 'disable'", 'setprofile'))))
`)
	assert.Equal(t, "profile [('<listcomp>', 1, 1), ('fib', 2, 50), ('len', 1, 1), ('sorted', 1, 1), ('work', 1, 1)]\n"+
		"cProfile [('<built-in method builtins.len>', 1, 1), ('<built-in method builtins.sorted>', 1, 1), ('<listcomp>', 1, 1), ('fib', 2, 50), ('work', 1, 1)]\n", out)
}

// TestMisc2CProfileTimeunit: a cProfile.Profile over a timer of its own
// units reports seconds, its times scaled by timeunit (as CPython 3.6).
func TestMisc2CProfileTimeunit(t *testing.T) {
	out := pytesting.MustRun(t, `import cProfile
def run(unit):
    ticks = [0]
    def clock():
        ticks[0] += 10
        return ticks[0]
    def work():
        return sum(range(3))
    p = cProfile.Profile(clock, unit) if unit else cProfile.Profile(clock)
    p.runcall(work)
    p.create_stats()
    return {k[2]: v for k, v in p.stats.items() if k[2] == 'work'}['work']
raw, scaled = run(0), run(0.001)
print(raw[:2] == scaled[:2], abs(raw[2] * 0.001 - scaled[2]) < 1e-9, abs(raw[3] * 0.001 - scaled[3]) < 1e-9, raw[3] > 0)
`)
	assert.Equal(t, "True True True True\n", out)
}

// profileCountsScript runs this project's profile, cProfile and pstats
// (Lib/modules, loaded by path) under CPython 3.6, whose loop delivers
// the sys.setprofile events, and compares the call counts they record
// (per function and per caller) with CPython's own cProfile (_lsprof).
const profileCountsScript = `import sys, os, importlib.util
import cProfile as real
def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join("..", "..", "Lib", "modules", name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod
ours_pstats = load("pstats")
ours_profile = load("profile")
ours_cprofile = load("cProfile")
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def gen(n):
    for i in range(n):
        yield len([i])
def boom():
    raise ValueError("x")
class K:
    def m(self, x):
        return sorted([x, 1])
def work():
    out = []
    for i in range(3):
        out.append(fib(8))
    sum(gen(5))
    for i in range(4):
        try:
            boom()
        except ValueError:
            pass
    K().m(3)
    return out
def counts(stats, skip):
    rows = []
    for func, (cc, nc, tt, ct, callers) in stats.items():
        name = func[2]
        if any(s in name for s in skip):
            continue
        links = sorted((c[2], v[:2] if isinstance(v, tuple) else v) for c, v in callers.items() if not any(s in c[2] for s in skip))
        rows.append((name, nc, cc, links))
    return sorted(rows)
skip = ("disable", "setprofile", "_lsprof", "runcall", "_leave", "_enter", "_event", "_close")
p = real.Profile(); p.runcall(work); p.create_stats()
mine = ours_cprofile.Profile(); mine.runcall(work); mine.create_stats()
print(counts(p.stats, skip) == counts(mine.stats, skip))
print([r for r in counts(mine.stats, skip) if r[0] == "fib"])
pure = ours_profile.Profile(); pure.runcall(work); pure.create_stats()
print([(r[0], r[1], r[2]) for r in counts(pure.stats, skip) if r[0] in ("fib", "boom", "m", "gen")])
total = sum(v[1] for v in mine.stats.values())
st = ours_pstats.Stats(mine).strip_dirs().sort_stats("ncalls")
print([ours_pstats.func_get_function_name(f) for f in st.fcn_list[:2]], st.total_calls == total, mine.stats)
`

// TestMisc2ProfileCountsUnderCPython36: the profilers' call counts are
// right wherever the loop reports the events.
func TestMisc2ProfileCountsUnderCPython36(t *testing.T) {
	out := pytesting.CPython36Output(t, "misc2_profile_counts", profileCountsScript)
	assert.Equal(t, "True\n"+
		"[('fib', 201, 3, [('fib', (198, 6)), ('work', (3, 3))])]\n"+
		"[('boom', 4, 4), ('fib', 201, 3), ('gen', 6, 6), ('m', 1, 1)]\n"+
		"['fib', 'gen'] True {}\n", out)
}
