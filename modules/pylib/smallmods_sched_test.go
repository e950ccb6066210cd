package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of sched against CPython 3.6 on a fake clock whose
// delay function records each wait.

const schedPrelude = pytesting.ShowRepr + `import sched
class Clock:
    def __init__(self):
        self.t = 0
        self.log = []
    def time(self):
        return self.t
    def __repr__(self):
        return "Clock"
    def sleep(self, d):
        self.log.append(("sleep", d))
        self.t += d
def fresh():
    c = Clock()
    return c, sched.scheduler(c.time, c.sleep)
def note(c, *args, **kw):
    c.log.append(("run", c.t, args, kw))
def fields(ev):
    return (ev.time, ev.priority, ev.argument, ev.kwargs)
def scenario(build, blocking=True):
    c, s = fresh()
    build(c, s)
    r = s.run(blocking)
    return r, c.log, s.empty(), [fields(e) for e in s.queue]
def boom():
    raise RuntimeError("boom")
`

var schedCases = []pytesting.Case{
	{"empty", `(lambda c_s: (c_s[1].empty(), c_s[1].queue, c_s[1].run(), c_s[1].run(False)))(fresh())`},
	{"order by time", `scenario(lambda c, s: [s.enter(d, 1, note, (c, d)) for d in (5, 1, 3)])`},
	{"order by priority", `scenario(lambda c, s: [s.enterabs(2, p, note, (c, p)) for p in (3, 1, 2)])`},
	{"kwargs", `scenario(lambda c, s: s.enter(1, 1, note, (c,), {"k": 1}))`},
	{"kwargs keyword", `scenario(lambda c, s: s.enter(1, 1, note, argument=(c, "x"), kwargs={"y": 2}))`},
	{"enterabs past", `scenario(lambda c, s: s.enterabs(-5, 1, note, (c,)))`},
	{"non blocking due", `scenario(lambda c, s: (s.enterabs(0, 1, note, (c, "now")), s.enter(4, 1, note, (c, "later"))), False)`},
	{"non blocking none due", `scenario(lambda c, s: s.enter(2.5, 1, note, (c,)), False)`},
	{"queue sorted", `(lambda c_s: ([c_s[1].enter(d, p, len, ("x",)) for d, p in ((3, 1), (1, 2), (1, 1), (2, 0))], [fields(e) for e in c_s[1].queue]))(fresh())[1]`},
	{"queue is a copy", `(lambda c_s: (c_s[1].enter(1, 1, len), c_s[1].queue.clear(), len(c_s[1].queue)))(fresh())[2]`},
	{"cancel", `scenario(lambda c, s: s.cancel(s.enter(1, 1, note, (c, "gone"))) or s.enter(2, 1, note, (c, "kept")))`},
	{"cancel missing", `(lambda c_s: c_s[1].cancel(sched.Event(0, 0, None, (), {})))(fresh())`},
	{"cancel twice", `(lambda c_s: (lambda e: (c_s[1].cancel(e), c_s[1].cancel(e)))(c_s[1].enter(1, 1, len)))(fresh())`},
	{"cancel equal event", `(lambda c_s: (c_s[1].enter(1, 1, len, ("a",)), c_s[1].enter(1, 1, len, ("bb",)), c_s[1].cancel(sched.Event(1, 1, None, None, None)), [fields(e) for e in c_s[1].queue]))(fresh())[3]`},
	{"action enters more", `scenario(lambda c, s: s.enter(1, 1, lambda: (note(c, "first"), s.enter(1, 1, note, (c, "second")))))`},
	{"action error keeps queue", `(lambda c_s: (c_s[1].enter(1, 1, boom), c_s[1].enter(2, 1, len, ("x",)), c_s[1].run()))(fresh())`},
	{"after error", `(lambda c_s: (c_s[1].enter(1, 1, boom), c_s[1].enter(2, 1, len, ("x",)), _swallow(c_s[1].run), [fields(e) for e in c_s[1].queue], c_s[0].log))(fresh())[3:]`},
	{"event repr", `sched.Event(1, 2, len, (), {})`},
	{"event compare", `(sched.Event(1, 2, len, (), {}) == sched.Event(1, 2, None, 1, 2), sched.Event(1, 2, 0, 0, 0) < sched.Event(1, 3, 0, 0, 0), sched.Event(2, 0, 0, 0, 0) > sched.Event(1, 9, 0, 0, 0), sched.Event(1, 1, 0, 0, 0) <= sched.Event(1, 1, 1, 1, 1), sched.Event(1, 1, 0, 0, 0) >= sched.Event(1, 2, 0, 0, 0))`},
	{"event unhashable", `hash(sched.Event(1, 2, len, (), {}))`},
	{"event tuple", `(tuple(sched.Event(1, 2, len, (), {})), sched.Event._fields, isinstance(sched.Event(1, 2, 3, 4, 5), tuple))`},
	{"event arity", `sched.Event(1, 2)`},
	{"enter returns event", `(lambda c_s: fields(c_s[1].enter(3, 4, len, ("a",))))(fresh())`},
	{"enter default kwargs distinct", `(lambda c_s: c_s[1].enter(1, 1, len).kwargs is not c_s[1].enter(1, 1, len).kwargs)(fresh())`},
	{"enter arity", `sched.scheduler().enter(1, 2)`},
	{"enterabs arity", `sched.scheduler().enterabs(1)`},
	{"defaults", `(sched.scheduler().timefunc.__name__, sched.scheduler().delayfunc.__name__, sched.__all__)`},
	{"real clock", `(lambda s: (s.enter(0, 1, len, ("ab",)), s.run(), s.empty()))(sched.scheduler())[1:]`},
	{"incomparable times", `(lambda c_s: (c_s[1].enterabs("a", 1, len), c_s[1].enterabs(1, 1, len)))(fresh())`},
}

func TestSmallmodsSched(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_sched", schedPrelude+`def _swallow(f):
    try:
        f()
    except RuntimeError:
        pass
`, schedCases)
}
