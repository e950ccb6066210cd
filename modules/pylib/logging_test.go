package pylib_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl" // every module of the project, the vm included
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// loggingPrelude starts every logging case: stderr goes to stdout (the
// differential harness compares stdout), fix() makes a record's time,
// place and thread deterministic, out() is a handler on stdout, and TMP
// is a fresh directory that cleanup() removes.
const loggingPrelude = `import sys
sys.stderr = sys.stdout
import os, time
import logging
import logging.handlers
TMP = "/tmp/pylib-logging-%d-%s" % (os.getpid(), CASE)
os.mkdir(TMP)
def cleanup():
    for n in os.listdir(TMP):
        os.remove(os.path.join(TMP, n))
    os.rmdir(TMP)
def fix(record):
    record.created = 1796245200.125
    record.msecs = 125.0
    record.relativeCreated = 12.5
    record.pathname = "/srv/app/tool.py"
    record.filename = "tool.py"
    record.module = "tool"
    record.lineno = 42
    record.funcName = "main"
    record.thread = 7
    record.threadName = "MainThread"
    record.process = 4242
    return True
def out(fmt=None, datefmt=None, style='%', level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    f = logging.Formatter(fmt, datefmt, style)
    f.converter = time.gmtime
    h.setFormatter(f)
    h.addFilter(fix)
    return h
def listing():
    for n in sorted(os.listdir(TMP)):
        with open(os.path.join(TMP, n)) as f:
            print(n, repr(f.read()))
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
    def text(self):
        return "".join(self.parts)
def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
`

const loggingEpilogue = `
cleanup()
`

type logCase struct{ name, src string }

var logCases = []logCase{
	{"record_attribute_order", `
r = logging.LogRecord("n", 20, "/a/b/mod.py", 7, "m %(x)s", ({"x": 1},), None, "fn", "si")
print(sorted(k for k in vars(r) if k not in ("thread", "threadName", "processName", "process")))
print(r.args, r.filename, r.module, r.levelname, r.funcName, r.stack_info, r.getMessage())
r2 = logging.LogRecord("n", 20, None, 7, "m", (), None)
print(r2.filename, r2.module)
r3 = logging.LogRecord("n", 20, "p.py", 7, "a %s %s", (1, 2), None)
print(r3.getMessage(), logging.LogRecord("n", 20, "p.py", 7, 5, (), None).getMessage())
print(logging.LogRecord("n", 20, "p.py", 7, "%(k)s", ({},), None).args)
`},
	{"exc_info_kinds", `
h = out("%(levelname)s %(message)s")
log = logging.getLogger("exc.forms")
log.propagate = False
log.addHandler(h)
seen = []
class Grab(logging.Handler):
    def emit(self, record):
        seen.append(record.exc_info if not record.exc_info else (record.exc_info[0].__name__, str(record.exc_info[1])))
log.addHandler(Grab())
err = KeyError("k")
log.error("a", exc_info=err)
try:
    raise ValueError("handled")
except ValueError:
    log.error("b", exc_info=1)
    log.error("c", exc_info=(TypeError, TypeError("t"), None))
log.error("d", exc_info=0)
log.error("e", exc_info=None)
print(seen)
`},
	{"adapter_properties", `
base = logging.getLogger("adapt.props")
a = logging.LoggerAdapter(base, {"ctx": 1})
print(a.name, a.manager is base.manager)
class M(object):
    disable = 0
m = M()
a.manager = m
print(base.manager is m)
a.manager = logging.Logger.manager
print(a.process("msg", {"k": 1}), a.isEnabledFor(5), a.isEnabledFor(50))
logging.disable(50)
print(a.isEnabledFor(50), a.isEnabledFor(51))
logging.disable(0)
print([f.__name__ for f in (a.debug, a.info, a.warning, a.error, a.critical, base.debug, base.critical, base.fatal)])
`},
	{"basicconfig_errors", `
for kw in ({"stream": sys.stdout, "filename": "x"}, {"handlers": [], "stream": sys.stdout}, {"handlers": [], "filename": "x"}, {"style": "#"}, {"bogus": 1, "style": "{"}, {"level": "NOPE"}):
    saved = list(logging.root.handlers)
    try:
        logging.basicConfig(**kw)
        print("ok", len(logging.root.handlers) - len(saved))
    except Exception as e:
        print(type(e).__name__, e, len(logging.root.handlers) - len(saved))
    for h in list(logging.root.handlers):
        if h not in saved:
            logging.root.removeHandler(h)
`},
	{"handler_names_and_locks", `
h = logging.Handler()
h.name = "first"
print(h.get_name(), logging._handlers.get("first") is h)
h.name = "second"
print("first" in logging._handlers, logging._handlers.get("second") is h)
h2 = logging.Handler()
h2.name = "second"
h.close()
print(logging._handlers.get("second") is h2)
h2.close()
print("second" in logging._handlers)
print(logging.Handler.acquire.__name__, logging.Handler.release.__qualname__)
n = logging.NullHandler()
print(n.lock, n.handle(logging.makeLogRecord({})), n.acquire(), n.release())
print(logging.lastResort.stream is sys.stderr, type(logging.lastResort).__name__)
class Counting(logging.StreamHandler):
    def __init__(self):
        logging.StreamHandler.__init__(self, sys.stdout)
        self.steps = []
    def acquire(self):
        self.steps.append("a")
    def release(self):
        self.steps.append("r")
c = Counting()
c.handle(logging.makeLogRecord({"msg": "counted"}))
print(c.steps)
class Writes(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writes()
logging.StreamHandler(w).handle(logging.makeLogRecord({"msg": "two writes"}))
print(w.parts)
`},
	{"shutdown_and_capture", `
class Closing(logging.Handler):
    def __init__(self, tag, fail=None):
        logging.Handler.__init__(self)
        self.tag, self.fail = tag, fail
    def emit(self, record):
        pass
    def flush(self):
        if self.tag:
            print("flush", self.tag)
        if self.fail:
            raise self.fail
    def close(self):
        if self.tag:
            print("close", self.tag)
class Ref(object):
    # stands for the weak references CPython keeps in _handlerList
    def __init__(self, h):
        self.h = h
    def __call__(self):
        return self.h
hs = [Closing("a"), Closing("b", OSError("o")), Closing("c", ValueError("v"))]
logging.shutdown([Ref(h) for h in hs])
d = Closing("d", KeyError("k"))
try:
    logging.shutdown([Ref(d)])
except KeyError as e:
    print("raised", e)
e = Closing("e")
logging.shutdown([lambda: None, Ref(e)])
import warnings
logging.captureWarnings(True)
logging.captureWarnings(True)
print(warnings.showwarning is logging._showwarning)
pw = logging.getLogger("py.warnings")
pw.propagate = False
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("captured")
print([type(h).__name__ for h in pw.handlers])
pw.addHandler(out("%(name)s|%(message)s"))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn_explicit("to logger", UserWarning, "w.py", 3)
    warnings.showwarning("to file", UserWarning, "w.py", 4, sys.stdout)
logging.captureWarnings(False)
logging.captureWarnings(False)
print(warnings.showwarning is logging._showwarning)
for h in hs + [d, e]:
    h.tag = h.fail = None  # quiet at interpreter exit (CPython's atexit shutdown)
`},
	{"filehandler_close_delay", `
p = os.path.join(TMP, "fc.log")
h = logging.FileHandler(p, delay=True)
print(h.stream, h.mode, h.encoding, h.delay)
h.close()
print(os.path.exists(p), h.stream)
h = logging.FileHandler(p, mode="w", encoding="utf-8")
h.setFormatter(logging.Formatter("%(message)s"))
h.handle(logging.makeLogRecord({"msg": "line"}))
h.close()
h.close()
print(h.stream, open(p).read())
`},
	{"levels", `
for lv in (0, 10, 20, 30, 40, 50, 15, 99):
    print(lv, logging.getLevelName(lv))
for nm in ("CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "NOTSET", "FOO", "info"):
    print(nm, logging.getLevelName(nm))
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET)
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
log = logging.getLogger("lv")
log.setLevel("VERBOSE")
log.addHandler(out("%(levelno)s %(levelname)s %(message)s"))
log.log(15, "verbose one")
log.log(14, "hidden")
log.log(99, "custom")
`},
	{"set_level_errors", `
log = logging.getLogger("x")
attempt(log.setLevel, "FOO")
attempt(log.setLevel, 1.5)
attempt(log.setLevel, None)
attempt(log.setLevel, "INFO")
print(log.level, log.getEffectiveLevel())
attempt(logging.Handler, "NOPE")
h = logging.Handler("ERROR")
print(h.level)
attempt(h.setLevel, [1])
`},
	{"hierarchy", `
c = logging.getLogger("a.b.c")
print(c.parent is logging.root, c.name)
a = logging.getLogger("a")
print(c.parent is a, a.parent is logging.root)
b = logging.getLogger("a.b")
print(c.parent is b, b.parent is a)
print(logging.getLogger("a.b.c") is c, logging.getLogger() is logging.root, logging.getLogger("") is logging.root, logging.getLogger(None) is logging.root)
r = logging.getLogger("root")
print(r is logging.root, repr(r), repr(logging.root))
d = logging.getLogger("a.bx")
print(d.parent is a)
e = logging.getLogger("a.b.c.d.e")
print(e.parent is c)
cd = logging.getLogger("a.b.c.d")
print(e.parent is cd, cd.parent is c)
print(sorted(logging.Logger.manager.loggerDict.keys()))
attempt(logging.getLogger, 3)
attempt(logging.getLogger, b"x")
`},
	{"effective_level", `
logging.root.setLevel(logging.ERROR)
a = logging.getLogger("p")
b = logging.getLogger("p.q")
print(repr(a), repr(b), a.getEffectiveLevel(), b.getEffectiveLevel())
a.setLevel(logging.DEBUG)
print(repr(b), b.getEffectiveLevel(), b.isEnabledFor(logging.DEBUG), b.isEnabledFor(5))
b.setLevel(logging.WARNING)
print(b.isEnabledFor(logging.INFO), b.isEnabledFor(logging.WARNING), a.isEnabledFor(logging.INFO))
logging.root.setLevel(0)
a.setLevel(0)
b.setLevel(0)
print(b.getEffectiveLevel(), b.isEnabledFor(1))
`},
	{"propagation", `
top = logging.getLogger("top")
mid = logging.getLogger("top.mid")
low = logging.getLogger("top.mid.low")
top.addHandler(out("top:%(name)s:%(message)s"))
mid.addHandler(out("mid:%(name)s:%(message)s", level=logging.ERROR))
logging.root.addHandler(out("root:%(name)s:%(message)s"))
low.warning("one")
low.error("two")
mid.propagate = False
low.error("three")
low.warning("four")
top.propagate = False
mid.propagate = True
low.warning("five")
print(low.hasHandlers(), logging.getLogger("other").hasHandlers())
`},
	{"disabled_logger", `
log = logging.getLogger("dis")
log.addHandler(out())
log.disabled = True
log.error("not shown")
log.disabled = False
log.error("shown")
child = logging.getLogger("dis.child")
log.disabled = True
child.error("child still shown")
`},
	{"get_child", `
print(logging.root.getChild("x").name, logging.getLogger("a").getChild("b.c").name)
print(logging.getLogger("a").getChild("b.c") is logging.getLogger("a.b.c"))
`},
	{"lazy_formatting", `
class Counted:
    calls = 0
    def __str__(self):
        Counted.calls += 1
        return "counted"
log = logging.getLogger("lazy")
log.setLevel(logging.WARNING)
log.addHandler(out())
c = Counted()
log.debug("value %s", c)
log.info("value %s", c)
print(Counted.calls)
log.warning("value %s", c)
print(Counted.calls)
log.warning("no args %s")
log.warning("percent %% %s", "x")
log.warning(12345)
log.warning({"k": 1})
log.warning("%s and %s", "a", "b")
log.warning("%r", ("t",))
`},
	{"args_dict", `
log = logging.getLogger("d")
log.addHandler(out("%(message)s | %(args)s"))
log.warning("%(a)s-%(b)03d", {"a": "x", "b": 7})
log.warning("%s", {"a": 1})
r = logging.LogRecord("n", 20, "/p/f.py", 3, "%(k)s", ({"k": "v"},), None)
print(r.args, r.getMessage())
`},
	{"methods", `
log = logging.getLogger("m")
log.setLevel(1)
log.addHandler(out("%(levelname)s:%(levelno)d:%(message)s"))
log.debug("d")
log.info("i")
log.warning("w")
log.warn("w2")
log.error("e")
log.critical("c")
log.fatal("f")
log.log(25, "l25")
log.log(logging.INFO, "l%s", "i")
attempt(log.log, "INFO", "bad level")
logging.raiseExceptions = False
attempt(log.log, "INFO", "bad level ignored")
`},
	{"exception_output", `
log = logging.getLogger("ex")
log.addHandler(out("%(levelname)s %(message)s"))
def inner(x):
    return 10 / x
def outer():
    return inner(0)
try:
    outer()
except ZeroDivisionError:
    log.exception("failed %d", 3)
try:
    {}["missing"]
except KeyError:
    log.error("key", exc_info=True)
try:
    raise ValueError()
except ValueError:
    log.critical("empty message", exc_info=True)
`},
	{"exc_info_forms", `
log = logging.getLogger("ei")
log.addHandler(out("[%(message)s]"))
try:
    raise RuntimeError("kept")
except RuntimeError as e:
    saved = e
    saved_info = sys.exc_info()
log.error("instance", exc_info=saved)
log.error("tuple", exc_info=saved_info)
log.error("false", exc_info=False)
log.error("none", exc_info=None)
log.error("outside", exc_info=True)
log.exception("exception outside")
class MyErr(Exception):
    pass
try:
    raise MyErr("mine")
except MyErr:
    log.exception("custom class")
try:
    raise OSError(2, "No such file or directory")
except OSError:
    log.exception("oserror")
`},
	{"exception_chains", `
log = logging.getLogger("ch")
log.addHandler(out("%(message)s"))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError:
    log.exception("cause")
try:
    try:
        [][1]
    except IndexError:
        raise KeyError("during")
except KeyError:
    log.exception("context")
try:
    try:
        [][1]
    except IndexError:
        raise KeyError("suppressed") from None
except KeyError:
    log.exception("no context")
`},
	{"extra", `
log = logging.getLogger("extra")
log.addHandler(out("%(user)s@%(ip)s %(message)s"))
log.warning("login", extra={"user": "bob", "ip": "10.0.0.1"})
attempt(log.warning, "x", extra={"message": "m"})
attempt(log.warning, "x", extra={"asctime": "t"})
attempt(log.warning, "x", extra={"name": "n"})
attempt(log.warning, "x", extra={"levelname": "n"})
log.warning("empty extra", extra={"user": "u", "ip": "i", "other": 1})
`},
	{"formatter_attributes", `
log = logging.getLogger("fa.sub")
for name in ("name", "levelno", "levelname", "pathname", "filename", "module", "lineno", "funcName",
             "created", "msecs", "relativeCreated", "thread", "threadName", "process", "processName",
             "message", "asctime", "args", "msg", "exc_text", "stack_info"):
    h = out("%s=%%(%s)s" % (name, name))
    log.addHandler(h)
    log.warning("hello %s", "there")
    log.removeHandler(h)
h = out("%(levelname)-8s|%(name)10s|%(lineno)5d|%(msecs)03d|%(created)f|%(relativeCreated)d|%(process)x")
log.addHandler(h)
log.error("padded")
`},
	{"datefmt", `
log = logging.getLogger("df")
for fmt in ("%Y-%m-%d", "%H:%M:%S", "%d/%m/%y %I:%M %p", "%a %b %j %A %B", "%%Y literal"):
    h = out("%(asctime)s %(message)s", datefmt=fmt)
    log.addHandler(h)
    log.warning(fmt)
    log.removeHandler(h)
h = out("%(asctime)s %(message)s")
log.addHandler(h)
log.warning("default")
h.formatter.default_msec_format = "%s.%03d"
log.warning("dot msecs")
h.formatter.default_time_format = "%H:%M"
log.warning("short")
`},
	{"format_time", `
f = logging.Formatter("%(asctime)s|%(message)s")
f.converter = time.gmtime
r = logging.makeLogRecord({"msg": "m", "created": 0.5, "msecs": 500.0})
print(f.formatTime(r))
print(f.formatTime(r, "%Y"))
print(f.format(r), r.asctime)
class F(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "T(%s)" % datefmt
g = F("%(asctime)s %(message)s", "x")
print(g.format(r))
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)
`},
	{"local_asctime", `
import time
# local time, compared with time.localtime's (the machine's zone varies)
f = logging.Formatter("%(asctime)s")
r = logging.makeLogRecord({"msg": "m", "created": 86400 * 365.0, "msecs": 0.0})
local = time.localtime(r.created)
print(f.format(r) == time.strftime("%Y-%m-%d %H:%M:%S", local) + ",000", len(f.format(r)))
print(f.formatTime(r, "%Y-%m-%d %H") == time.strftime("%Y-%m-%d %H", local))
`},
	{"style_brace", `
log = logging.getLogger("br")
log.addHandler(out("{levelname:<8}|{name!r}|{lineno:>4}|{message}|{msecs:.1f}", style="{"))
log.warning("brace %s", "args")
h = out("{asctime} {message}", style="{", datefmt="%H:%M")
log.addHandler(h)
log.error("time")
attempt(logging.Formatter("{nope}", style="{").format, logging.makeLogRecord({"msg": "m"}))
`},
	{"style_dollar", `
log = logging.getLogger("dl")
log.addHandler(out("$levelname ${name} $$ ${message}!$lineno", style="$"))
log.warning("dollar")
rec = logging.makeLogRecord({"msg": "m", "name": "n"})
for fmt in ("$", "a $ b", "x ${name", "line\n  $1", "${}", "$nope", "${nope}", "$name$name", "${name}x$$$$"):
    attempt(logging.Formatter(fmt, style="$").format, rec)
`},
	{"uses_time", `
for fmt, style in (("%(asctime)s", "%"), ("%(asctime)-10s", "%"), ("%(message)s", "%"), (None, "%"),
                   ("{asctime}", "{"), ("{asctime:>5}", "{"), ("{message}", "{"), (None, "{"),
                   ("$asctime", "$"), ("${asctime}", "$"), ("$message", "$"), (None, "$")):
    f = logging.Formatter(fmt, style=style)
    print(repr(fmt), style, f.usesTime(), repr(f._fmt))
attempt(logging.Formatter, "x", None, "x")
attempt(logging.Formatter, "x", style="%%")
`},
	{"format_exception", `
f = logging.Formatter()
def boom():
    raise TypeError("bad type")
try:
    boom()
except TypeError:
    ei = sys.exc_info()
print(repr(f.formatException(ei)))
r = logging.makeLogRecord({"msg": "line\n", "exc_info": ei})
print(repr(f.format(r)))
print(repr(r.exc_text[:9]))
r.exc_text = "cached"
print(repr(f.format(r)))
r2 = logging.makeLogRecord({"msg": "s", "stack_info": "Stack (most recent call last):\n  here"})
print(repr(f.format(r2)))
`},
	{"log_record", `
r = logging.LogRecord("name.x", logging.INFO, "/some/path/mod.py", 17, "hi %s", ("you",), None, "fn")
for a in ("name", "levelno", "levelname", "pathname", "filename", "module", "lineno", "funcName",
          "msg", "args", "exc_info", "exc_text", "stack_info", "threadName", "processName"):
    print(a, repr(getattr(r, a)))
print(r.getMessage(), str(r), repr(r))
print(type(r.created).__name__, 0 <= r.msecs < 1000, r.process == os.getpid())
r = logging.makeLogRecord({"msg": "m %d", "args": (5,), "custom": 1})
print(r.getMessage(), r.custom, r.name, r.levelno, repr(r.pathname), r.lineno)
print(repr(logging.makeLogRecord({})))
r = logging.LogRecord("n", 25, "noext", 1, "x", (), None)
print(r.levelname, r.filename, r.module)
`},
	{"record_factory", `
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.custom = "made"
    return rec
logging.setLogRecordFactory(factory)
log = logging.getLogger("rf")
log.addHandler(out("%(custom)s %(message)s"))
log.warning("via factory")
print(logging.getLogRecordFactory() is factory)
logging.setLogRecordFactory(old)
`},
	{"filter_names", `
f = logging.Filter("a.b")
for n in ("a.b", "a.b.c", "a.bc", "a", "b", "a.b.", "x.a.b"):
    print(n, bool(f.filter(logging.makeLogRecord({"name": n}))))
e = logging.Filter()
print(e.filter(logging.makeLogRecord({"name": "anything"})), e.name, e.nlen, f.nlen)
log = logging.getLogger("a")
log.addHandler(out())
log.addFilter(logging.Filter("a"))
log.warning("passes")
log.filters[0].name = "z"
log.filters[0].nlen = 1
log.warning("blocked")
`},
	{"filter_callables", `
log = logging.getLogger("fc")
h = out("%(message)s")
log.addHandler(h)
def no_secrets(record):
    return "secret" not in record.getMessage()
class Upper:
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return 1
log.addFilter(no_secrets)
log.addFilter(no_secrets)
print(len(log.filters))
log.warning("public")
log.warning("a secret")
u = Upper()
h.addFilter(u)
log.warning("shout")
h.removeFilter(u)
h.removeFilter(u)
log.warning("quiet")
h.addFilter(lambda r: 0)
log.warning("dropped by handler")
print(h.filter(logging.makeLogRecord({})))
`},
	{"handler_basics", `
h = logging.Handler()
print(repr(h), h.name, h.level, h.formatter)
h.name = "named"
print(h.get_name(), h.name)
h.set_name("other")
print(h.name)
attempt(h.emit, logging.makeLogRecord({}))
attempt(h.handle, logging.makeLogRecord({}))
print(h.format(logging.makeLogRecord({"msg": "m %s", "args": ("x",)})))
h.setLevel(logging.ERROR)
print(repr(h), repr(logging.NullHandler()))
class Collect(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.seen = []
    def emit(self, record):
        self.seen.append(self.format(record))
c = Collect()
c.setLevel(logging.WARNING)
log = logging.getLogger("hb")
log.addHandler(c)
log.addHandler(c)
print(len(log.handlers))
log.info("low")
log.warning("high")
log.error("higher")
print(c.seen)
log.removeHandler(c)
log.removeHandler(c)
print(log.handlers)
h.close()
h.flush()
`},
	{"stream_handler", `
s = Sink()
h = logging.StreamHandler(s)
print(repr(h))
log = logging.getLogger("sh")
log.addHandler(h)
log.warning("one")
h.terminator = "|"
log.warning("two")
h.terminator = ""
log.warning("three")
print(repr(s.text()))
d = logging.StreamHandler()
print(d.stream is sys.stderr)
class Named(Sink):
    name = "mystream"
print(repr(logging.StreamHandler(Named())))
h.setLevel("WARNING")
print(repr(h))
`},
	{"handle_error", `
s = Sink()
sys.stderr = s
log = logging.getLogger("he")
log.addHandler(logging.StreamHandler(sys.stdout))
log.warning("needs %d", "str")
log.warning("too many", 1, 2)
sys.stderr = sys.stdout
lines = s.text().split("\n")
for ln in lines:
    if ln.startswith("---") or ln.startswith("Message") or ln.startswith("Arguments") or ln.startswith("TypeError") or ln.startswith("Traceback") or ln.startswith("Call stack"):
        print(ln)
logging.raiseExceptions = False
s2 = Sink()
sys.stderr = s2
log.warning("needs %d", "quiet")
sys.stderr = sys.stdout
print(repr(s2.text()))
`},
	{"null_handler", `
log = logging.getLogger("lib")
log.addHandler(logging.NullHandler())
log.error("nothing")
print(log.handlers[0].lock)
logging.getLogger("lib.sub").critical("still nothing")
print("done")
`},
	{"last_resort", `
log = logging.getLogger("lr")
log.info("info hidden")
log.warning("bare %s", "warning")
log.error("bare error")
print(logging.lastResort.level, repr(logging.lastResort))
logging.lastResort = None
log.error("no handler")
log.error("no handler again")
logging.getLogger("lr2").error("other")
print(len(logging.root.handlers))
`},
	{"module_functions", `
logging.debug("d hidden")
print(len(logging.root.handlers), repr(logging.root.handlers[0]))
logging.info("i hidden")
logging.warning("w %s", 1)
logging.error("e")
logging.critical("c")
logging.fatal("f")
logging.log(logging.ERROR, "log %d", 2)
logging.warn("warn")
try:
    int("x")
except ValueError:
    logging.exception("exc")
logging.root.setLevel(logging.DEBUG)
logging.debug("d now")
logging.info("i now")
`},
	{"module_info_configures", `
logging.info("configures quietly")
print(len(logging.root.handlers), logging.root.level)
logging.warning("after")
`},
	{"basic_config_format", `
logging.Formatter.converter = time.gmtime
logging.basicConfig(format="%(levelname)s [%(name)s] %(message)s", level=logging.INFO, stream=sys.stdout)
print(logging.root.level, len(logging.root.handlers), logging.root.handlers[0].formatter._fmt)
logging.getLogger("bc").info("info shown")
logging.debug("debug hidden")
logging.basicConfig(format="IGNORED %(message)s", level=logging.DEBUG)
logging.info("still old format")
print(logging.root.level)
`},
	{"basic_config_styles", `
logging.basicConfig(style="{", stream=sys.stdout)
logging.warning("brace default")
print(logging.root.handlers[0].formatter._fmt)
logging.root.removeHandler(logging.root.handlers[0])
logging.basicConfig(style="$", stream=sys.stdout, level="DEBUG")
logging.debug("dollar default")
print(logging.root.handlers[0].formatter._fmt, logging.root.level)
logging.root.removeHandler(logging.root.handlers[0])
logging.basicConfig(format="{asctime} {message}", datefmt="%Y", style="{", stream=sys.stdout)
logging.root.handlers[0].formatter.converter = time.gmtime
logging.root.handlers[0].addFilter(fix)
logging.warning("year")
`},
	{"basic_config_errors", `
attempt(logging.basicConfig, stream=sys.stdout, filename="x.log")
attempt(logging.basicConfig, handlers=[logging.NullHandler()], stream=sys.stdout)
attempt(logging.basicConfig, handlers=[logging.NullHandler()], filename="x")
attempt(logging.basicConfig, style="x")
print(len(logging.root.handlers))
attempt(logging.basicConfig, stream=sys.stdout, bogus=1)
print(len(logging.root.handlers))
attempt(logging.basicConfig, bogus=1)
`},
	{"basic_config_file", `
path = os.path.join(TMP, "basic.log")
logging.basicConfig(filename=path, filemode="w", format="%(levelname)s:%(message)s")
print(type(logging.root.handlers[0]).__name__, os.path.basename(logging.root.handlers[0].baseFilename), logging.root.handlers[0].mode)
logging.warning("to file")
logging.error("second")
logging.shutdown()
listing()
logging.root.removeHandler(logging.root.handlers[0])
logging.basicConfig(filename=path, format="%(message)s")
logging.warning("appended")
logging.shutdown()
listing()
`},
	{"basic_config_handlers", `
pre = logging.StreamHandler(sys.stdout)
pre.setFormatter(logging.Formatter("PRE %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[pre, plain], format="BASIC %(message)s", level=logging.INFO)
logging.info("both")
print(logging.root.handlers == [pre, plain])
`},
	{"file_handler", `
path = os.path.join(TMP, "app.log")
h = logging.FileHandler(path, mode="w", encoding="utf-8")
print(repr(h).replace(TMP, "TMP"), h.mode, h.encoding, h.delay, os.path.isabs(h.baseFilename))
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("fh")
log.addHandler(h)
log.warning("caf\u00e9 \u2713")
log.error("second line")
h.close()
print(h.stream)
listing()
h2 = logging.FileHandler(path)
h2.setFormatter(logging.Formatter("%(message)s"))
log.removeHandler(h)
log.addHandler(h2)
log.warning("appended")
h2.close()
listing()
h3 = logging.FileHandler(path, "w")
h3.close()
listing()
`},
	{"file_handler_delay", `
path = os.path.join(TMP, "late.log")
h = logging.FileHandler(path, delay=True)
print(h.stream, os.path.exists(path))
log = logging.getLogger("delay")
log.addHandler(h)
log.warning("now it exists")
print(h.stream is not None, os.path.exists(path))
h.close()
listing()
h.close()
`},
	{"disable", `
log = logging.getLogger("dsb")
log.setLevel(logging.DEBUG)
log.addHandler(out("%(levelname)s %(message)s"))
logging.disable(logging.INFO)
log.debug("d")
log.info("i")
log.warning("w")
print(log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable(logging.CRITICAL)
log.critical("c")
logging.disable(logging.NOTSET)
log.debug("back")
`},
	{"shutdown", `
path = os.path.join(TMP, "shut.log")
h = logging.FileHandler(path)
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("sd")
log.addHandler(h)
log.warning("before shutdown")
ACTIVE = [True]
class Flagged(logging.Handler):
    def emit(self, record):
        pass
    def flush(self):
        if ACTIVE[0]:
            print("flush", self.name)
    def close(self):
        if ACTIVE[0]:
            print("close", self.name)
        logging.Handler.close(self)
a = Flagged(); a.name = "a"
b = Flagged(); b.name = "b"
logging.shutdown()
ACTIVE[0] = False
print(h.stream)
listing()
`},
	{"logger_adapter", `
log = logging.getLogger("ad")
log.addHandler(out("%(conn)s %(levelname)s %(message)s"))
a = logging.LoggerAdapter(log, {"conn": "c1"})
print(repr(a), a.name, a.manager is log.manager, a.getEffectiveLevel(), a.isEnabledFor(logging.INFO))
a.warning("hello %s", "adapter")
a.error("err")
a.critical("crit")
a.info("hidden")
a.setLevel(logging.INFO)
a.info("shown")
a.log(logging.ERROR, "via log")
a.warn("warn")
print(a.hasHandlers())
try:
    raise KeyError("adapted")
except KeyError:
    a.exception("adapter exception")
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["conn"], msg), kwargs
p = Prefix(log, {"conn": "c2"})
log.handlers[0].setFormatter(logging.Formatter("%(message)s"))
p.warning("custom process %d", 5)
`},
	{"logger_repr_manager", `
a = logging.getLogger("rm")
print(repr(a), a.manager is logging.Logger.manager, a.root is logging.root, logging.root.name, logging.root.parent)
a.setLevel(logging.ERROR)
print(repr(a), repr(logging.getLogger("rm.x")))
a.setLevel(33)
print(repr(a))
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger("again")).__name__)
attempt(logging.setLoggerClass, int)
`},
	{"rotating", `
from logging.handlers import RotatingFileHandler
path = os.path.join(TMP, "rot.log")
h = RotatingFileHandler(path, maxBytes=30, backupCount=2)
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("rot")
log.addHandler(h)
for i in range(9):
    log.warning("record number %d", i)
h.close()
listing()
print(h.maxBytes, h.backupCount, h.mode)
`},
	{"rotating_no_backups", `
from logging.handlers import RotatingFileHandler
path = os.path.join(TMP, "grow.log")
h = RotatingFileHandler(path, "w", maxBytes=10, backupCount=0)
print(h.mode)
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("grow")
log.addHandler(h)
for i in range(3):
    log.warning("line %d", i)
h.close()
listing()
h = RotatingFileHandler(path, "w")
print(h.mode)
h.close()
listing()
`},
	{"rotating_namer_rotator", `
from logging.handlers import RotatingFileHandler
path = os.path.join(TMP, "named.log")
h = RotatingFileHandler(path, maxBytes=12, backupCount=3)
h.namer = lambda name: name + ".bak"
def rotator(src, dst):
    with open(src) as f:
        data = f.read()
    with open(dst, "w") as f:
        f.write(data.upper())
    os.remove(src)
h.rotator = rotator
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("named")
log.addHandler(h)
for i in range(6):
    log.warning("msg %d", i)
h.close()
listing()
`},
	{"timed_settings", `
from logging.handlers import TimedRotatingFileHandler as T
path = os.path.join(TMP, "timed.log")
for when, iv in (("S", 1), ("s", 5), ("M", 2), ("H", 1), ("D", 3), ("midnight", 1), ("MIDNIGHT", 2), ("W0", 1), ("w6", 2)):
    h = T(path, when=when, interval=iv, utc=True)
    print(when, h.when, h.interval, h.suffix)
    h.close()
for bad in ("X", "W", "W7", "W01", "Wx", ""):
    attempt(T, path, when=bad)
`},
	{"timed_compute", `
from logging.handlers import TimedRotatingFileHandler as T
path = os.path.join(TMP, "cmp.log")
base = 1796245200 + 3723
for when in ("S", "M", "H", "D", "MIDNIGHT", "W0", "W1", "W2", "W3", "W4", "W5", "W6"):
    h = T(path, when=when, interval=2, utc=True)
    at = h.computeRollover(base)
    print(when, at - base, time.strftime("%Y-%m-%d %H:%M:%S %a", time.gmtime(at)))
    h.close()
`},
	{"timed_rollover", `
from logging.handlers import TimedRotatingFileHandler as T
path = os.path.join(TMP, "t.log")
for name in ("t.log.2001-01-01", "t.log.2001-01-02", "t.log.2001-01-03", "t.log.notadate", "t.log.2001-01-0x", "t.log.2001-01-04.gz", "other.2001-01-01"):
    with open(os.path.join(TMP, name), "w") as f:
        f.write(name)
h = T(path, when="D", backupCount=2, utc=True)
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("tr")
log.addHandler(h)
log.warning("before")
print(sorted(os.path.basename(p) for p in h.getFilesToDelete()))
h.rolloverAt = 1600000000 + 86400
log.warning("after")
print(h.rolloverAt > 1600000000 + 86400)
h.close()
listing()
`},
	{"timed_suffixes", `
from logging.handlers import TimedRotatingFileHandler as T
path = os.path.join(TMP, "s.log")
log = logging.getLogger("ts")
for when in ("S", "M", "H", "MIDNIGHT", "W3"):
    h = T(path, when=when, utc=True)
    h.rolloverAt = 2 ** 40
    h.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(h)
    log.warning("first %s", when)
    h.rolloverAt = 1600000000 + 3723 + h.interval
    log.warning("second %s", when)
    log.removeHandler(h)
    h.close()
listing()
`},
	{"memory_handler", `
from logging.handlers import MemoryHandler, BufferingHandler
target = out("T %(levelname)s %(message)s")
m = MemoryHandler(3, flushLevel=logging.ERROR, target=target)
print(m.capacity, m.flushLevel, m.target is target, m.flushOnClose)
log = logging.getLogger("mem")
log.addHandler(m)
log.warning("a")
log.warning("b")
print("buffered", len(m.buffer))
log.warning("c")
print("after capacity", len(m.buffer))
log.warning("d")
log.error("e flushes")
log.info("f")
log.warning("g")
m.close()
print(m.target, m.buffer)
m2 = MemoryHandler(10, target=target, flushOnClose=False)
log.removeHandler(m)
log.addHandler(m2)
log.warning("lost on close")
m2.close()
m3 = MemoryHandler(2)
log.addHandler(m3)
log.warning("x")
log.warning("y")
log.warning("z")
print(len(m3.buffer))
m3.setTarget(target)
m3.flush()
b = BufferingHandler(2)
b.handle(logging.makeLogRecord({"msg": "1"}))
print(len(b.buffer), b.shouldFlush(logging.makeLogRecord({})))
b.handle(logging.makeLogRecord({"msg": "2"}))
print(len(b.buffer))
`},
	{"exception_source_lines", `
path = os.path.join(TMP, "modx.py")
with open(path, "w") as f:
    f.write("def fail(n):\n    if n:\n        return fail(n - 1)\n    raise LookupError('deep')\n")
ns = {}
with open(path) as f:
    exec(compile(f.read(), path, "exec"), ns)
h = out("%(levelname)s %(message)s")
log = logging.getLogger("src")
log.addHandler(h)
try:
    ns["fail"](2)
except LookupError:
    s = Sink()
    h.stream = s
    log.exception("from a file")
    h.stream = sys.stdout
    print(s.text().replace(TMP, "TMP"), end="")
`},
	{"capture_warnings_and_misc", `
logging.captureWarnings(True)
logging.captureWarnings(False)
print("capture toggled")
h = logging.StreamHandler(sys.stdout)
h.name = "console"
print(logging._handlers.get("console") is h)
h.close()
print(logging._handlers.get("console"))
print(logging.BASIC_FORMAT, logging.raiseExceptions)
print(sorted(logging._STYLES.keys()))
log = logging.getLogger("misc")
log.addHandler(out("%(message)s"))
log.warning("%s%%", 50)
log.warning("tuple arg %s", (1, 2))
log.warning("list arg %s", [1, 2])
log.warning("none arg %s", None)
log.warning(None)
log.warning("%d items at %.2f", 3, 1.5)
`},
	{"timed_at_time", `
import datetime
from logging.handlers import TimedRotatingFileHandler as T
path = os.path.join(TMP, "at.log")
base = 1600000000
for when, at in (("MIDNIGHT", datetime.time(3, 30)), ("MIDNIGHT", datetime.time(14, 0, 5)), ("W6", datetime.time(1, 2, 3)), ("W0", datetime.time(23, 0)), ("H", datetime.time(1))):
    h = T(path, when=when, utc=True, atTime=at)
    r = h.computeRollover(base)
    print(when, at, r - base, time.strftime("%Y-%m-%d %H:%M:%S %a", time.gmtime(r)))
    h.close()
`},
	{"format_errors", `
s = Sink()
sys.stderr = s
log = logging.getLogger("fe")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(nope)s %(message)s"))
log.addHandler(h)
log.warning("missing key")
h.setFormatter(logging.Formatter("{nope}", style="{"))
log.warning("missing brace key")
h.setFormatter(logging.Formatter("$nope", style="$"))
log.warning("missing dollar key")
class Bad:
    def __str__(self):
        raise RuntimeError("no str")
h.setFormatter(logging.Formatter())
log.warning(Bad())
sys.stderr = sys.stdout
for ln in s.text().split("\n"):
    if ln.startswith("---") or ln.startswith("Message") or ln.startswith("Arguments") or ln.startswith("KeyError") or ln.startswith("RuntimeError"):
        print(ln.split(" at 0x")[0])
`},
	{"logger_direct", `
lone = logging.Logger("lone", logging.INFO)
print(repr(lone), lone.parent, lone.propagate, lone.disabled, lone.handlers, lone.filters)
lone.info("info to last resort is below WARNING")
lone.warning("warning to last resort")
lone.addHandler(out("%(name)s %(levelname)s %(message)s"))
lone.info("own handler")
print(lone.getEffectiveLevel(), lone.isEnabledFor(logging.DEBUG))
lone.setLevel(0)
print(lone.getEffectiveLevel())
`},
	{"public_names", `
print(sorted(logging.__all__))
print([n for n in logging.__all__ if not hasattr(logging, n)])
for n in ("PercentStyle", "StrFormatStyle", "StringTemplateStyle", "Manager", "RootLogger", "Filterer",
          "BufferingFormatter", "root", "logThreads", "logProcesses", "logMultiprocessing", "BASIC_FORMAT"):
    print(n, hasattr(logging, n))
for n in ("RotatingFileHandler", "TimedRotatingFileHandler", "MemoryHandler", "BufferingHandler", "BaseRotatingHandler"):
    print(n, hasattr(logging.handlers, n), issubclass(getattr(logging.handlers, n), logging.Handler))
print(issubclass(logging.FileHandler, logging.StreamHandler), issubclass(logging.Handler, logging.Filterer), issubclass(logging.Logger, logging.Filterer))
print(issubclass(logging.handlers.RotatingFileHandler, logging.FileHandler), issubclass(logging.RootLogger, logging.Logger))
`},
	{"buffering_formatter", `
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "<%d>" % len(records)
    def formatFooter(self, records):
        return "</>"
recs = [logging.makeLogRecord({"msg": "r%d" % i}) for i in range(3)]
print(repr(logging.BufferingFormatter().format(recs)))
print(repr(Framed(logging.Formatter("[%(message)s]")).format(recs)))
print(repr(Framed().format([])))
`},
}

// TestLoggingDifferential runs each case under CPython 3.6 (or its
// stored output) and the project's interpreter and requires the same
// output byte for byte.
func TestLoggingDifferential(t *testing.T) {
	require.GreaterOrEqual(t, len(logCases), 40)
	for _, c := range logCases {
		t.Run(c.name, func(t *testing.T) {
			src := "CASE = " + `"` + c.name + `"` + "\n" + loggingPrelude + c.src + loggingEpilogue
			want := pytesting.CPython36Output(t, "logging_"+c.name, src)
			got, err := runLogging(t, src)
			require.NoError(t, err, "output so far:\n%s", got)
			// CPython reads the script from stdin, the harness names it <test>.
			got = strings.ReplaceAll(got, `File "<test>"`, `File "<stdin>"`)
			assert.Equal(t, want, got)
		})
	}
}

// runLogging runs src, turning a Go panic into a test failure.
func runLogging(t *testing.T, src string) (out string, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("interpreter panicked: %v", r)
		}
	}()
	return pytesting.Run(t, src)
}

// cpythonOnlyCases need what the project's interpreter does not have
// yet: the calling frames (funcName, lineno, module, stack_info; no
// sys._getframe) and SyntaxError's attributes (filename, lineno, text,
// offset, msg). They run only in TestLoggingModuleUnderCPython36.
var cpythonOnlyCases = []logCase{
	{"syntax_error_text", `
logging.basicConfig(stream=sys.stdout, format="%(message)s")
for args in (("bad thing", ("file.py", 3, 5, "  x = (1 +\n")), ("m", ("f", None, None, None)),
             ("m2", (None, 2, 1, "\tab\tc = d\n")), ("", ("f", 1, 40, "short\n")), ("x",)):
    try:
        raise SyntaxError(*args)
    except SyntaxError:
        logging.exception("se")
try:
    raise IndentationError("ind", ("g.py", 1, 2, "  a\n"))
except SyntaxError:
    logging.exception("ie")
`},
	{"caller_info", `
logging.basicConfig(format="%(funcName)s %(lineno)d %(filename)s %(module)s %(pathname)s %(message)s", stream=sys.stdout)
log = logging.getLogger("caller")
def g():
    log.warning("with stack", stack_info=True)
    log.warning("exc and stack", exc_info=ValueError("v"), stack_info=True)
def f():
    g()
    logging.LoggerAdapter(log, {}).error("adapter", stack_info=True)
    logging.warning("module level")
f()
log.info("hidden")
log.error("top level")
`},
}

// TestLoggingModuleUnderCPython36 runs the cases under CPython 3.6 with
// the project's logging package in place of CPython's own: the module
// itself (caller lookup included, which needs frames the project's
// interpreter does not show yet) must behave as CPython's.
func TestLoggingModuleUnderCPython36(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the module's own run under CPython 3.6 is skipped")
	}
	py36 := pytesting.CPython36()
	if py36 == "" {
		t.Skip("CPython 3.6 not found: the module's own run under it is skipped (TestLoggingDifferential still compares with the stored outputs)")
	}
	pkg, err := filepath.Abs(filepath.Join("..", "..", "Lib", "modules", "logging"))
	require.NoError(t, err)
	// A directory holding only the package: the rest of Lib/modules would
	// shadow CPython's own standard library.
	lib := t.TempDir()
	require.NoError(t, os.Symlink(pkg, filepath.Join(lib, "logging")))
	for _, c := range append(append([]logCase{}, logCases...), cpythonOnlyCases...) {
		t.Run(c.name, func(t *testing.T) {
			src := "CASE = " + `"` + c.name + `"` + "\n" + loggingPrelude + c.src + loggingEpilogue
			want := pytesting.CPython36Output(t, "logging_"+c.name, src)
			// PYTHONPATH comes before the standard library on sys.path.
			check := "import logging, sys\nif not logging.__file__.startswith(" + `"` + lib + `"` + "): sys.exit('not the project logging: ' + logging.__file__)\n"
			cmd := exec.Command(py36, "-")
			cmd.Stdin = strings.NewReader(src + check)
			// PYTHONDONTWRITEBYTECODE: no compiled files in the checkout.
			cmd.Env = pytesting.CPythonEnv("PYTHONHASHSEED=0", "PYTHONPATH="+lib, "PYTHONDONTWRITEBYTECODE=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			require.NoError(t, err, "stderr:\n%s", stderr.String())
			assert.Equal(t, want, string(out))
		})
	}
}

// dollarScript formats one record with each template in the '$' style
// and prints the result or the exception's class and message.
func dollarScript(templates []string) string {
	var src strings.Builder
	src.WriteString("import logging\nrec = logging.makeLogRecord({'msg': 'm', 'name': 'n', 'a_1': 'A', '_': 'U'})\n")
	src.WriteString("def show(i, t):\n    try:\n        print(i, repr(logging.Formatter(t, style='$').format(rec)))\n    except (ValueError, KeyError) as e:\n        print(i, type(e).__name__, e)\n")
	for i, tpl := range templates {
		fmt.Fprintf(&src, "show(%d, %s)\n", i, strconv.Quote(tpl))
	}
	return src.String()
}

// TestLoggingDollarTemplates compares the '$' style's own parser with
// CPython's string.Template on seeded random templates.
func TestLoggingDollarTemplates(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 3))
	pieces := []string{"$", "$$", "{", "}", "${", "a_1", "name", "msg", "_", "1", " ", "\n", "é", "\u0131", "\u212a", "x", "$name", "${msg}", "${ name}", "$_"}
	templates := make([]string, 400)
	for i := range templates {
		var b strings.Builder
		for n := rng.IntN(6) + 1; n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		templates[i] = b.String()
	}
	src := dollarScript(templates)
	want := pytesting.CPython36Output(t, "logging_dollar_random", src)
	got, err := runLogging(t, src)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

// FuzzLoggingDollarTemplate feeds arbitrary templates to the '$' style:
// a string, a ValueError or a KeyError, never a Go panic or another
// exception.
func FuzzLoggingDollarTemplate(f *testing.F) {
	for _, s := range []string{"$", "${", "${}", "$$", "${name}", "$name$", "a\n$1", "\xff$x", "$\u017f", "${\u0130}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tpl string) {
		got, err := runLogging(t, dollarScript([]string{tpl}))
		require.NoError(t, err)
		require.Regexp(t, `^0 ('.*'|".*"|ValueError .*|KeyError .*)\n$`, got)
	})
}
