package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Case-by-case differential test of logging.handlers against CPython 3.6:
// RotatingFileHandler (rollover by size, backups, namer and rotator,
// delay) and TimedRotatingFileHandler (every `when`, computeRollover,
// shouldRollover and doRollover at explicit rollover times rather than
// by sleeping, backup deletion), plus BufferingHandler and MemoryHandler.
// Each script works in a fresh directory D that _show prints as <D>;
// TZ=UTC for both interpreters.

const handlersPrelude = `import os, sys, time, tempfile, logging, logging.handlers
from logging.handlers import RotatingFileHandler as RFH, TimedRotatingFileHandler as TRFH
D = os.path.realpath(tempfile.mkdtemp(prefix="std17-handlers-"))
def _show(name, f):
    try:
        r = repr(f())
        print(name, "=>", r.replace(D, "<D>"))
    except Exception as e:
        print(name, "!!", type(e).__module__, type(e).__name__, str(e).replace(D, "<D>"))
def P(*parts):
    return os.path.join(D, *parts)
def files(prefix):
    out = []
    for n in sorted(os.listdir(D)):
        if n.startswith(prefix):
            with open(P(n), encoding="utf-8") as f:
                out.append((n, f.read()))
    return out
def rec(msg, *args, level=logging.WARNING):
    return logging.LogRecord("t", level, "/x.py", 1, msg, args, None)
def plain(h, fmt="%(message)s"):
    h.setFormatter(logging.Formatter(fmt))
    return h
def emit_all(h, msgs):
    for m in msgs:
        h.handle(rec(m))
    h.close()
def rotating(name, msgs, **kw):
    emit_all(plain(RFH(P(name), **kw)), msgs)
    return files(name)
BASE = 1600000000 + 3723
def timed(name, **kw):
    return plain(TRFH(P(name), utc=True, **kw))
def rolled(name, when, at, **kw):
    if when == "S":
        kw.setdefault("interval", 60)  # no rollover of its own meanwhile
    h = timed(name, when=when, **kw)
    h.handle(rec("before"))
    h.rolloverAt = at
    h.handle(rec("after"))
    h.close()
    return [n for n, _ in files(name)]
def dated(name, suffixes):
    for s in suffixes:
        with open(P(name + "." + s), "w") as f:
            f.write(s)
class Counting(logging.handlers.MemoryHandler):
    def __init__(self, *a, **k):
        self.locks = []
        logging.handlers.MemoryHandler.__init__(self, *a, **k)
    def acquire(self):
        self.locks.append("a")
        logging.handlers.MemoryHandler.acquire(self)
    def release(self):
        self.locks.append("r")
        logging.handlers.MemoryHandler.release(self)
def memory_locks(flush_on_close):
    c = Collect()
    m = Counting(5, target=c, flushOnClose=flush_on_close)
    m.handle(rec("l1"))
    before = list(m.locks)
    m.flush()
    m.handle(rec("l2"))
    m.close()
    return before, "".join(m.locks), list(c.seen), m.target, len(m.buffer)
class Refusing(logging.Handler):
    def handle(self, record):
        raise ValueError("refused")
def memory_target_fails():
    m = logging.handlers.MemoryHandler(1, target=Refusing())
    try:
        m.handle(rec("f1"))
    except ValueError as e:
        return str(e), len(m.buffer)
def rotating_emit_error():
    h = plain(RFH(P("ee.log"), maxBytes=5, backupCount=1))
    seen = []
    h.handleError = lambda record: seen.append(record.getMessage())
    h.shouldRollover = lambda record: 1 / 0
    h.handle(rec("e1"))
    h.close()
    return seen
class Collect(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.seen = []
    def emit(self, record):
        self.seen.append(record.getMessage())
`

var handlersCases = []pytesting.Case{
	// RotatingFileHandler
	{"rotating attributes", `(lambda h: (h.baseFilename == P("a.log"), h.mode, h.maxBytes, h.backupCount, h.encoding, h.delay, h.stream is not None, h.close()))(RFH(P("a.log")))`},
	{"rotating mode forced to append", `(lambda h: (h.mode, h.close()))(RFH(P("w.log"), "w", maxBytes=10))`},
	{"rotating mode w without limit", `(lambda h: (h.mode, h.close()))(RFH(P("w2.log"), "w"))`},
	{"rotating by size", `rotating("s.log", ["record %d" % i for i in range(7)], maxBytes=20, backupCount=3)`},
	{"rotating keeps backupCount", `rotating("k.log", ["m%02d" % i for i in range(12)], maxBytes=8, backupCount=2)`},
	{"rotating no backups truncates", `rotating("nb.log", ["line %d" % i for i in range(4)], maxBytes=10, backupCount=0)`},
	{"rotating unlimited", `rotating("u.log", ["x" * 50 for i in range(5)], backupCount=3)`},
	{"rotating exact boundary", `rotating("e.log", ["abcd", "efgh", "ijkl"], maxBytes=10, backupCount=5)`},
	{"rotating formatter", `(emit_all(plain(RFH(P("f.log"), maxBytes=60, backupCount=1), "%(levelname)s:%(name)s:%(message)s"), ["one", "two", "three"]), files("f.log"))[1]`},
	{"shouldRollover", `(lambda h: (h.shouldRollover(rec("a" * 5)), h.handle(rec("a" * 5)), h.shouldRollover(rec("b")), h.shouldRollover(rec("b" * 20)), h.close()))(plain(RFH(P("sr.log"), maxBytes=12, backupCount=1)))`},
	{"shouldRollover unlimited", `(lambda h: (h.shouldRollover(rec("a" * 5000)), h.close()))(RFH(P("sr2.log")))`},
	{"shouldRollover unicode", `(lambda h: (h.handle(rec("\u00e9" * 5)), h.shouldRollover(rec("\u00e9")), h.shouldRollover(rec("\u00e9" * 3)), h.close()))(plain(RFH(P("uni.log"), maxBytes=16, backupCount=1, encoding="utf-8")))`},
	{"doRollover manual", `(lambda h: ([(h.handle(rec("gen %d" % i)), h.doRollover()) for i in range(4)], h.close(), files("dr.log"))[2])(plain(RFH(P("dr.log"), backupCount=2)))`},
	{"doRollover no backups", `(lambda h: (h.handle(rec("kept")), h.doRollover(), h.handle(rec("more")), h.close(), files("d0.log"))[4])(plain(RFH(P("d0.log"))))`},
	{"namer and rotator", `(lambda h: (setattr(h, "namer", lambda n: n + ".old"), setattr(h, "rotator", lambda s, d: os.rename(s, d + "x")), emit_all(h, ["a1", "b2", "c3"]), files("nr.log"))[3])(plain(RFH(P("nr.log"), maxBytes=4, backupCount=2)))`},
	{"rotation_filename default", `(lambda h: (h.rotation_filename("x.1"), h.close()))(RFH(P("rf.log")))`},
	{"rotate missing source", `(lambda h: (h.rotate(P("nothing"), P("nothing.1")), os.path.exists(P("nothing.1")), h.close()))(RFH(P("rm.log")))`},
	{"delay", `(lambda h: (h.stream, os.path.exists(P("dl.log")), h.handle(rec("late")), os.path.exists(P("dl.log")), h.close(), files("dl.log"))[:4] + (files("dl.log"),))(plain(RFH(P("dl.log"), delay=True, maxBytes=100)))`},
	{"emit after close", `(lambda h: (h.handle(rec("first")), h.close(), h.handle(rec("reopened")), h.close(), files("ac.log"))[4])(plain(RFH(P("ac.log"))))`},
	{"close twice", `(lambda h: (h.close(), h.close(), h.stream))(RFH(P("ct.log")))`},
	{"repr", `(lambda h: (repr(h), h.setLevel(logging.INFO), repr(h), h.close())[:3])(RFH(P("rp.log")))`},
	{"missing directory", `RFH(P("no", "such", "x.log"))`},
	{"bad maxBytes", `RFH(P("bm.log"), maxBytes="x")`},
	{"logger integration", `(lambda lg, h: (lg.addHandler(h), setattr(lg, "propagate", False), [lg.warning("event %d of %s", i, "run") for i in range(5)], lg.info("hidden"), lg.removeHandler(h), h.close(), files("lg.log"))[6])(logging.getLogger("std17.rot"), plain(RFH(P("lg.log"), maxBytes=30, backupCount=1)))`},
	// TimedRotatingFileHandler
	{"timed when table", `[(lambda h: (w, h.when, h.interval, h.suffix, h.extMatch.pattern, h.close())[:5])(timed("wt.log", when=w, interval=2)) for w in ("S", "M", "H", "D", "midnight", "W0", "W6")]`},
	{"timed bad when", `timed("bw.log", when="Q")`},
	{"timed bad weekday", `timed("bw.log", when="W7")`},
	{"timed bad weekday form", `timed("bw.log", when="Wx")`},
	{"timed computeRollover", `[(w, timed("cr.log", when=w, interval=3).computeRollover(BASE) - BASE) for w in ("S", "M", "H", "D", "MIDNIGHT", "W0", "W3", "W6")]`},
	{"timed computeRollover interval 1", `[(w, timed("c1.log", when=w).computeRollover(BASE) - BASE) for w in ("S", "M", "H", "D", "MIDNIGHT", "W4")]`},
	{"timed shouldRollover", `(lambda h: (h.shouldRollover(rec("x")), setattr(h, "rolloverAt", time.time() - 1), h.shouldRollover(rec("x")), setattr(h, "rolloverAt", time.time() + 100), h.shouldRollover(rec("x")), h.close())[::2][:3])(timed("ts.log", when="S", interval=5))`},
	{"timed rolloverAt initial", `(lambda h, t: (0 < h.rolloverAt - t <= 3, h.close()))(timed("ri.log", when="S", interval=3), time.time())`},
	{"timed doRollover S", `rolled("ds.log", "S", BASE + 5, interval=5)`},
	{"timed doRollover M", `rolled("dm.log", "M", BASE + 120, interval=2)`},
	{"timed doRollover H", `rolled("dh.log", "H", BASE + 3600)`},
	{"timed doRollover D", `rolled("dd.log", "D", BASE + 86400)`},
	{"timed doRollover midnight", `rolled("mn.log", "MIDNIGHT", BASE + 86400)`},
	{"timed doRollover weekly", `rolled("wk.log", "W2", BASE + 7 * 86400)`},
	{"timed rollover moves ahead", `(lambda h: (h.handle(rec("a")), setattr(h, "rolloverAt", BASE), h.handle(rec("b")), h.rolloverAt > time.time(), h.rolloverAt - time.time() <= 2, h.close())[3:5])(timed("ma.log", when="S", interval=2))`},
	{"timed contents", `(rolled("tc.log", "S", BASE + 1), files("tc.log"))[1]`},
	{"timed getFilesToDelete", `(dated("gd.log", ["2020-09-13_12-00-%02d" % s for s in range(6)] + ["notadate", "2020-09-13_12-00", "2020-09-13_12-00-0x"]), sorted(os.path.basename(p) for p in timed("gd.log", when="S", backupCount=3).getFilesToDelete()))[1]`},
	{"timed getFilesToDelete none", `(dated("gn.log", ["2020-09-13_12-00-00"]), timed("gn.log", when="S", backupCount=3).getFilesToDelete())[1]`},
	{"timed backups deleted", `(dated("bd.log", ["2020-09-13_12-00-%02d" % s for s in range(4)]), rolled("bd.log", "S", BASE + 1, backupCount=2))[1]`},
	{"timed existing target replaced", `(dated("ex.log", ["2020-09-13_12-22-03"]), rolled("ex.log", "S", BASE + 1), files("ex.log"))[2]`},
	{"timed namer", `(lambda h: (setattr(h, "namer", lambda n: n + ".gz"), h.handle(rec("n1")), setattr(h, "rolloverAt", BASE + 1), h.handle(rec("n2")), h.close(), [n for n, _ in files("nm.log")])[5])(timed("nm.log", when="S"))`},
	{"timed atTime", `[(lambda h: (w, h.computeRollover(BASE) - BASE, h.close())[:2])(timed("at.log", when=w, atTime=__import__("datetime").time(h_, 30))) for w, h_ in (("MIDNIGHT", 0), ("MIDNIGHT", 23), ("W1", 5), ("D", 1))]`},
	{"timed delay", `(lambda h: (h.stream, os.path.exists(P("td.log")), h.close()))(timed("td.log", when="S", delay=True))`},
	{"timed utc false", `(lambda h: (h.utc, h.computeRollover(BASE) - BASE, h.close())[:2])(TRFH(P("uf.log"), when="MIDNIGHT"))`},
	{"timed interval zero", `(lambda h: (h.interval, h.computeRollover(BASE) - BASE, h.close())[:2])(timed("iz.log", when="S", interval=0))`},
	{"timed interval type", `timed("it.log", when="S", interval="2")`},
	{"timed repr", `(lambda h: (repr(h), h.close())[0])(timed("tr.log", when="D"))`},
	// BufferingHandler and MemoryHandler
	{"buffering", `(lambda h: ([h.handle(rec("b%d" % i)) for i in range(3)], len(h.buffer), h.shouldFlush(rec("x")), h.flush(), len(h.buffer))[1:])(logging.handlers.BufferingHandler(3))`},
	{"memory flush on level", `(lambda c: (lambda m: (m.handle(rec("w1")), m.handle(rec("w2")), list(c.seen), m.handle(rec("boom", level=logging.ERROR)), list(c.seen), len(m.buffer)))(logging.handlers.MemoryHandler(10, target=c))[2::2])(Collect())`},
	{"memory flush on capacity", `(lambda c: (lambda m: ([m.handle(rec("c%d" % i)) for i in range(5)], list(c.seen), len(m.buffer), m.close(), list(c.seen))[1:3] + (list(c.seen),))(logging.handlers.MemoryHandler(2, target=c)))(Collect())`},
	{"memory no target", `(lambda m: ([m.handle(rec("x")) for i in range(3)], len(m.buffer), m.flush(), len(m.buffer))[1:])(logging.handlers.MemoryHandler(2))`},
	{"memory locks", `(memory_locks(True), memory_locks(False))`},
	{"memory target fails", `memory_target_fails()`},
	{"buffering close", `(lambda b: ([b.handle(rec("b%d" % i)) for i in range(3)], len(b.buffer), b.close(), len(b.buffer))[1::2])(logging.handlers.BufferingHandler(10))`},
	{"rotating emit error", `rotating_emit_error()`},
	{"rotating attrs after init", `(lambda h: (h.mode, h.encoding, h.namer, h.rotator, h.maxBytes, h.backupCount, h.close()))(RFH(P("ai.log"), mode="w", maxBytes=0, backupCount=3, encoding="latin-1", delay=True))`},
	{"memory setTarget", `(lambda c: (lambda m: (m.handle(rec("t1")), m.setTarget(c), m.flush(), list(c.seen)))(logging.handlers.MemoryHandler(5))[3])(Collect())`},
	{"cleanup", `(__import__("shutil").rmtree(D), os.path.exists(D))`},
}

// TestStd17AuditLoggingHandlers compares logging.handlers with CPython
// 3.6 case by case, TZ=UTC for both interpreters.
func TestStd17AuditLoggingHandlers(t *testing.T) {
	require.GreaterOrEqual(t, len(handlersCases), 25)
	t.Setenv("TZ", "UTC")
	pytesting.DiffCases(t, "std17_audit_logging_handlers", handlersPrelude, handlersCases)
}
