package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of tracemalloc (Lib/modules/tracemalloc.py over
// modules/tracemalloc) against CPython 3.6: the API, its errors and the
// classes over hand-made traces. Sizes are compared by kind only: here
// they come from Go's heap.

const tracemallocPrelude = pytesting.ShowRepr + `import tracemalloc as tm, tempfile, os
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
TRACES = [(0, 100, (("a.py", 1), ("main.py", 9))), (0, 50, (("a.py", 1), ("main.py", 9))),
          (0, 30, (("b.py", 2), ("a.py", 5))), (1, 7, (("c.pyc", 3),))]
snap = tm.Snapshot(TRACES, 2)
old = tm.Snapshot(TRACES[:1], 2)
`

var tracemallocCases = []pytesting.Case{
	{"idle", `(tm.is_tracing(), tm.get_traced_memory(), tm.get_traceback_limit())`},
	{"snapshot needs tracing", `err(tm.take_snapshot)`},
	{"start bounds", `(err(tm.start, 0), err(tm.start, "x"), err(tm.start, 1, 2))`},
	{"tracing", `(tm.start(5), tm.is_tracing(), tm.get_traceback_limit(), [type(x).__name__ for x in tm.get_traced_memory()], tm.get_tracemalloc_memory() > 0)`},
	{"take snapshot", `(lambda s: (type(s).__name__, s.traceback_limit))(tm.take_snapshot())`},
	{"peak", `(lambda m: m[1] >= m[0] >= 0)(tm.get_traced_memory())`},
	{"clear stop", `(tm.clear_traces(), tm.stop(), tm.is_tracing(), tm.get_traced_memory())`},
	{"object traceback", `tm.get_object_traceback(object())`},
	{"frame", `(lambda f: (str(f), repr(f), f.filename, f.lineno, f == tm.Frame(("a.py", 3)), f < tm.Frame(("b.py", 1)), hash(f) == hash(("a.py", 3))))(tm.Frame(("a.py", 3)))`},
	{"traceback", `(lambda t: (str(t), repr(t), len(t), t[0], t[1:], tm.Frame(("b.py", 4)) in t, t.format(), t.format(1), t.format(-1)))(tm.Traceback((("a.py", 3), ("b.py", 4))))`},
	{"traces", `(len(snap.traces), repr(snap.traces), snap.traces[0].size, snap.traces[0].domain, str(snap.traces[2]), repr(snap.traces[3]))`},
	{"statistics lineno", `[str(s) for s in snap.statistics("lineno")]`},
	{"statistics filename", `[repr(s) for s in snap.statistics("filename")]`},
	{"statistics traceback", `[(s.size, s.count, len(s.traceback)) for s in snap.statistics("traceback")]`},
	{"statistics cumulative", `[(str(s.traceback), s.size, s.count) for s in snap.statistics("filename", cumulative=True)]`},
	{"statistics errors", `(err(snap.statistics, "nope"), err(snap.statistics, "traceback", True))`},
	{"compare", `[str(d) for d in snap.compare_to(old, "lineno")]`},
	{"compare repr", `[repr(d) for d in old.compare_to(snap, "filename")]`},
	{"filter", `[len(snap.filter_traces(f).traces) for f in ([tm.Filter(True, "a.py")], [tm.Filter(False, "a.py")], [tm.Filter(True, "*.py", 2)], [tm.Filter(True, "main.py", all_frames=True)], [tm.Filter(True, "c.py")], [tm.DomainFilter(True, 1)], [tm.DomainFilter(False, 1)], [tm.Filter(True, "a.py", domain=0)], [tm.Filter(False, "a.py", domain=0)], [])]`},
	{"filter fields", `(lambda f: (f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain))(tm.Filter(True, "x.pyc", 3))`},
	{"filter type", `err(snap.filter_traces, 3)`},
	{"dump load", `(lambda p: (snap.dump(p), [str(s) for s in tm.Snapshot.load(p).statistics("lineno")]))(os.path.join(tempfile.mkdtemp(), "snap"))`},
	{"sizes", `[str(tm.Statistic(tm.Traceback((("x", 1),)), n, 1)) for n in (0, 99, 10239, 10240, 2000000, 5 * 2**30)]`},
}

func TestTracemallocDifferential(t *testing.T) {
	pytesting.DiffCases(t, "tracemalloc", tracemallocPrelude, tracemallocCases)
}
