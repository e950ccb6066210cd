package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// logging.config (dictConfig, fileConfig) and the queue and watched-file
// handlers of logging.handlers, against CPython 3.6: what the configured
// loggers print, the error messages of bad configurations, which loggers
// existing before a configuration end up disabled or reset, MemoryHandler
// targets configured after the handler, ext:// and cfg:// values, '()'
// factories with '.' attributes, incremental configurations, and records
// passed through a QueueHandler to a QueueListener.

const loggingConfigPrelude = pytesting.ShowRepr + `import io, os, queue, sys, tempfile
import logging, logging.config, logging.handlers

def _run(config, *emits):
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        logging.config.dictConfig(config)
        for name, level, msg in emits:
            logging.getLogger(name).log(level, msg)
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved

def _err(config):
    try:
        logging.config.dictConfig(config)
    except Exception as e:
        return type(e).__name__, str(e)
    return "configured"

def _out(**kw):
    d = {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}
    d.update(kw)
    return d

class Prefixed(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, style="%", prefix=""):
        logging.Formatter.__init__(self, fmt, datefmt, style)
        self.prefix = prefix
    def format(self, record):
        return self.prefix + logging.Formatter.format(self, record)

def _factory(**kw):
    h = logging.StreamHandler(sys.stdout)
    h.extra = kw
    return h

def _existing(disable):
    for name in ("pre.one", "keep.child", "keep.child.deeper"):
        logging.getLogger(name).disabled = False
    c = logging.getLogger("keep.child")
    c.setLevel(30)
    c.propagate = False
    logging.config.dictConfig({"version": 1, "disable_existing_loggers": disable, "loggers": {"keep": {"level": "INFO"}}})
    return [(n, logging.getLogger(n).disabled) for n in ("pre.one", "keep", "keep.child", "keep.child.deeper")], c.level, c.propagate, c.handlers

def _file_config(text, *emits):
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        logging.config.fileConfig(io.StringIO(text))
        for name, level, msg in emits:
            logging.getLogger(name).log(level, msg)
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved

INI = """
[loggers]
keys=root,app
[handlers]
keys=h
[formatters]
keys=f
[logger_root]
level=ERROR
handlers=h
[logger_app]
level=DEBUG
handlers=
qualname=app
propagate=1
[handler_h]
class=StreamHandler
level=NOTSET
formatter=f
args=(sys.stdout,)
[formatter_f]
format=FC %(levelname)s %(name)s %(message)s
"""

def _rotating():
    d = tempfile.mkdtemp()
    path = os.path.join(d, "app.log")
    logging.config.dictConfig({"version": 1, "formatters": {"b": {"format": "{name}:{message}", "style": "{"}},
        "filters": {"tls": {"name": "tls"}},
        "handlers": {"file": {"class": "logging.handlers.RotatingFileHandler", "filename": path,
                              "maxBytes": 120, "backupCount": 2, "formatter": "b", "filters": ["tls"]}},
        "loggers": {"tls": {"level": "DEBUG", "handlers": ["file"], "propagate": False},
                    "other": {"handlers": ["file"], "level": "DEBUG", "propagate": False}}})
    for i in range(8):
        logging.getLogger("tls.client").info("handshake %02d with a long enough message", i)
    logging.getLogger("other").info("filtered out")
    for h in logging.getLogger("tls").handlers:
        h.close()
    with open(path) as f:
        return sorted(os.listdir(d)), f.read()

def _queue(respect):
    q = queue.Queue()
    log = logging.getLogger("queued.%s" % respect)
    log.propagate = False
    log.setLevel(logging.DEBUG)
    qh = logging.handlers.QueueHandler(q)
    qh.setFormatter(logging.Formatter("Q %(levelname)s %(message)s"))
    log.addHandler(qh)
    out = io.StringIO()
    target = logging.StreamHandler(out)
    target.setLevel(logging.WARNING)
    listener = logging.handlers.QueueListener(q, target, respect_handler_level=respect)
    listener.start()
    log.info("info %d", 1)
    log.error("error %s", "two")
    listener.stop()
    return out.getvalue(), q.empty()

def _prepared():
    q = queue.Queue()
    log = logging.getLogger("prepared")
    log.propagate = False
    log.addHandler(logging.handlers.QueueHandler(q))
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("failed %s", "here")
    r = q.get_nowait()
    return r.msg.splitlines()[0], r.msg.splitlines()[-1], r.args, r.exc_info, r.getMessage() == r.msg

def _watched():
    d = tempfile.mkdtemp()
    path = os.path.join(d, "w.log")
    h = logging.handlers.WatchedFileHandler(path)
    h.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("watched")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    log.addHandler(h)
    log.warning("first")
    os.rename(path, path + ".1")
    log.warning("second")
    h.close()
    log.removeHandler(h)
    with open(path) as a, open(path + ".1") as b:
        return a.read(), b.read()
`

var loggingConfigCases = []pytesting.Case{
	{"no version", `_err({})`},
	{"version 2", `_err({"version": 2})`},
	{"version str", `_err({"version": "1"})`},
	{"bad style", `_err({"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}})`},
	{"unknown factory", `_err({"version": 1, "formatters": {"f": {"()": "no.such.factory"}}})`},
	{"ignored key", `_err({"version": 1, "formatters": {"f": {"fmt": "x"}}})`},
	{"unknown filter factory", `_err({"version": 1, "filters": {"f": {"()": "nosuch.mod.f"}}})`},
	{"missing formatter", `_err({"version": 1, "handlers": {"h": _out(formatter="missing")}})`},
	{"bad handler level", `_err({"version": 1, "handlers": {"h": _out(level="NOPE")}})`},
	{"missing handler filter", `_err({"version": 1, "handlers": {"h": _out(filters=["missing"])}})`},
	{"unexpected kwarg", `_err({"version": 1, "handlers": {"h": _out(bogus=1)}})`},
	{"no class", `_err({"version": 1, "handlers": {"h": {}}})`},
	{"unopenable file", `_err({"version": 1, "handlers": {"h": {"class": "logging.FileHandler", "filename": "/nonexistent/x.log"}}})`},
	{"missing logger handler", `_err({"version": 1, "loggers": {"a": {"handlers": ["missing"]}}})`},
	{"bad logger level", `_err({"version": 1, "loggers": {"a": {"level": "BAD"}}})`},
	{"bad root level", `_err({"version": 1, "root": {"level": "BAD"}})`},
	{"missing root handler", `_err({"version": 1, "root": {"handlers": ["zz"]}})`},
	{"bad cfg reference", `_err({"version": 1, "handlers": {"h": _out(stream="cfg://nope")}})`},
	{"missing logger filter", `_err({"version": 1, "loggers": {"a": {"filters": ["missing"]}}})`},
	{"missing memory target", `_err({"version": 1, "handlers": {"h": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "x"}}})`},
	{"incremental unknown handler", `_err({"version": 1, "incremental": True, "handlers": {"zz": {"level": "INFO"}}})`},
	{"incremental level", `(_err({"version": 1, "incremental": True, "loggers": {"inc": {"level": "INFO"}}}), logging.getLogger("inc").level)`},
	{"stdout handler", `_run({"version": 1, "formatters": {"s": {"format": "%(levelname)s %(name)s %(message)s"}}, "handlers": {"o": _out(formatter="s", level="INFO")}, "root": {"level": "DEBUG", "handlers": ["o"]}}, ("a.b", 10, "hidden"), ("a.b", 20, "shown"), ("c", 40, "error"))`},
	{"brace and dollar styles", `_run({"version": 1, "formatters": {"b": {"format": "{levelname}|{message}", "style": "{"}, "d": {"format": "$name $message", "style": "$"}}, "handlers": {"b": _out(formatter="b"), "d": _out(formatter="d")}, "loggers": {"st": {"handlers": ["b", "d"], "level": "DEBUG", "propagate": False}}}, ("st", 20, "styled"))`},
	{"memory target later", `_run({"version": 1, "handlers": {"a": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "t"}, "t": _out()}, "loggers": {"m": {"handlers": ["a"], "level": 10, "propagate": 0}}}, ("m", 20, "one"), ("m", 20, "two"), ("m", 20, "three"))`},
	{"propagate kept as given", `(logging.getLogger("m").propagate, logging.getLogger("m").handlers)`},
	{"factories and props", `_run({"version": 1, "formatters": {"p": {"()": Prefixed, "fmt": "%(message)s", "prefix": ">> "}, "c": {"class": "logging.Formatter", "format": "CLS %(message)s"}}, "handlers": {"f": {"()": _factory, "formatter": "p", "alpha": 1, ".": {"marker": "set"}}, "g": _out(formatter="c")}, "loggers": {"custom": {"handlers": ["f", "g"], "propagate": False, "level": "DEBUG"}}}, ("custom", 10, "hello"))`},
	{"factory results", `[(h.name, getattr(h, "extra", None), getattr(h, "marker", None)) for h in logging.getLogger("custom").handlers]`},
	{"format key retried as fmt", `_run({"version": 1, "formatters": {"p": {"()": Prefixed, "format": "%(message)s!", "prefix": "<"}}, "handlers": {"h": _out(formatter="p")}, "loggers": {"fr": {"handlers": ["h"], "propagate": False}}}, ("fr", 30, "retried"))`},
	{"cfg reference", `_run({"version": 1, "custom": {"a": [1, {"b": "ERROR"}]}, "handlers": {"x": _out(level="cfg://custom.a[1].b")}, "loggers": {"cr": {"handlers": ["x"], "propagate": False}}}, ("cr", 30, "below"), ("cr", 40, "at level"))`},
	{"existing disabled", `_existing(True)`},
	{"existing enabled again", `_existing(False)`},
	{"root cleared", `(_err({"version": 1, "root": {"level": "DEBUG", "handlers": []}}), logging.root.level, logging.root.handlers)`},
	{"file config", `_file_config(INI, ("app", 20, "from fileConfig"), ("zz", 30, "below error"), ("zz", 40, "shown"))`},
	{"file config loggers", `(logging.getLogger("app").level, logging.getLogger("app").propagate, logging.getLogger("app").disabled, logging.getLogger("keep").disabled)`},
	{"file config missing section", `_file_config("[loggers]\nkeys=root\n[handlers]\nkeys=\n[formatters]\nkeys=\n")`},
	{"rotating file with filter", `_rotating()`},
	{"queue listener", `_queue(False)`},
	{"queue listener respecting levels", `_queue(True)`},
	{"queue handler prepares", `_prepared()`},
	{"watched file reopened", `_watched()`},
	{"valid_ident", `(logging.config.valid_ident("abc"), logging.config.DEFAULT_LOGGING_CONFIG_PORT)`},
	{"invalid ident", `logging.config.valid_ident("1a")`},
}

func TestLoggingConfigDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "logging_config", loggingConfigPrelude, loggingConfigCases)
}
