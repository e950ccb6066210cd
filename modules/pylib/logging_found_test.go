package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// logging behaviours that CPython 3.6's own test_logging found wrong,
// against CPython 3.6: an adapter wrapping an adapter (both process()
// steps), stack_info text written through traceback.print_stack, cfg://
// references found inside what another reference finds and standing for
// whole dictConfig sections and entries, fileConfig given a ConfigParser
// already read, shutdown() releasing a handler whose acquire() failed, and
// a configuration sent to the logging.config.listen() server.

const loggingFoundPrelude = pytesting.ShowRepr + `import io, sys, socket, struct, configparser, traceback
import logging, logging.config

class _Keep(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.records = []
    def emit(self, record):
        self.records.append(record)

def _logger(name):
    lg = logging.getLogger(name)
    lg.propagate = False
    for h in list(lg.handlers):
        lg.removeHandler(h)
    keep = _Keep()
    lg.addHandler(keep)
    lg.setLevel(logging.DEBUG)
    return lg, keep

class Tagged(logging.LoggerAdapter):
    tag = "outer"
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.tag, msg), kwargs

def _nested_adapters():
    lg, keep = _logger("found.adapters")
    inner = Tagged(lg, None)
    inner.tag = "inner"
    outer = Tagged(inner, None)
    outer.warning("disk at %d%%", 91)
    outer.log(logging.DEBUG, "quiet")
    r = keep.records
    return [(x.levelname, x.getMessage()) for x in r], outer.manager is lg.manager

def _stack_info():
    lg, keep = _logger("found.stack")
    lg.info("with stack", stack_info=True)
    text = keep.records[0].stack_info
    lines = text.split("\n")
    return lines[0], lines[-1].strip().split(", ")[-1], text.endswith("\n")

def _print_stack_used():
    seen = []
    saved = traceback.print_stack
    traceback.print_stack = lambda f, file: seen.append(file.getvalue())
    try:
        logging.getLogger("found.caller").findCaller(stack_info=True)
    finally:
        traceback.print_stack = saved
    return seen

def _convert():
    bc = logging.config.BaseConfigurator({
        "levels": ["DEBUG", "INFO"],
        "pair": ("x", ("y", "z")),
        "outer": ["a", "cfg://levels", {"k": "cfg://pair[1]"}],
        "table": {"port": 25, "hosts": ["h1", "h2"]},
    })
    outer = bc.convert("cfg://outer")
    return (outer[0], outer.pop(1), outer[-1]["k"], bc.convert("cfg://pair[1][0]"),
            bc.convert("cfg://table.hosts[1]"), bc.convert("cfg://table[port]"))

def _convert_bad(ref):
    bc = logging.config.BaseConfigurator({"table": {"port": 25}})
    return bc.convert(ref)

def _sections():
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        logging.config.dictConfig({
            "version": 1,
            "shared_formatters": {"brief": {"format": "%(levelname)s | %(message)s"}},
            "shared_handlers": {"out": {"class": "logging.StreamHandler", "formatter": "brief",
                                        "stream": "ext://sys.stdout"}},
            "formatters": "cfg://shared_formatters",
            "handlers": {"console": "cfg://shared_handlers[out]"},
            "loggers": {"found.sections": {"level": "INFO", "handlers": ["console"]}},
        })
        lg = logging.getLogger("found.sections")
        lg.debug("hidden")
        lg.error("shown")
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved

_INI = """
[loggers]
keys=root
[handlers]
keys=out
[formatters]
keys=plain
[logger_root]
level=WARNING
handlers=out
[handler_out]
class=StreamHandler
formatter=plain
args=(sys.stdout,)
[formatter_plain]
format=%(levelname)s:%(message)s
"""

def _file_config_parser():
    cp = configparser.ConfigParser()
    cp.read_string(_INI)
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        logging.config.fileConfig(cp)
        logging.getLogger().info("dropped")
        logging.getLogger().warning("kept")
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved
        logging.getLogger().handlers[:] = []

class _Fails:
    def __init__(self, broken, error):
        self.calls = []
        self.broken, self.error = broken, error
    def _step(self, name):
        self.calls.append(name)
        if name == self.broken:
            raise self.error("broken " + name)
    def acquire(self): self._step("acquire")
    def flush(self): self._step("flush")
    def close(self): self._step("close")
    def release(self): self._step("release")

def _shutdown(broken, error, raise_exceptions=True):
    h = _Fails(broken, error)
    saved = logging.raiseExceptions
    logging.raiseExceptions = raise_exceptions
    try:
        logging.shutdown(handlerList=[lambda: h])
        outcome = "returned"
    except Exception as e:
        outcome = type(e).__name__
    finally:
        logging.raiseExceptions = saved
    return outcome, h.calls

def _listen(verify=None, payload=None):
    lg, keep = _logger("found.listen")
    t = logging.config.listen(0, verify)
    t.daemon = True
    t.start()
    t.ready.wait(5)
    port = t.port
    t.ready.clear()
    if payload is None:
        payload = ('{"version": 1, "incremental": true, '
                   '"loggers": {"found.listen": {"level": "ERROR"}}}')
    data = payload.encode("utf-8")
    try:
        s = socket.create_connection(("localhost", port), timeout=5)
        s.sendall(struct.pack(">L", len(data)) + data)
        s.close()
    finally:
        t.ready.wait(5)
        logging.config.stopListening()
        t.join(5)
    return port > 0, t.is_alive(), logging.getLevelName(lg.level)
`

var loggingFoundCases = []pytesting.Case{
	{"adapter of an adapter", `_nested_adapters()`},
	{"adapter repr", `repr(Tagged(Tagged(logging.getLogger("found.r"), None), None)) == repr(Tagged(logging.getLogger("found.r"), None))`},
	{"stack_info text", `_stack_info()`},
	{"stack_info through print_stack", `_print_stack_used()`},
	{"cfg inside what cfg finds", `_convert()`},
	{"cfg missing key", `_convert_bad("cfg://nosuch")`},
	{"cfg bad syntax", `_convert_bad("cfg://!")`},
	{"cfg missing index", `_convert_bad("cfg://table[2]")`},
	{"sections by reference", `_sections()`},
	{"fileConfig of a ConfigParser", `_file_config_parser()`},
	{"shutdown acquire OSError", `_shutdown("acquire", OSError)`},
	{"shutdown acquire ValueError", `_shutdown("acquire", ValueError)`},
	{"shutdown acquire other error raised", `_shutdown("acquire", IndexError)`},
	{"shutdown acquire other error quiet", `_shutdown("acquire", IndexError, False)`},
	{"shutdown flush OSError", `_shutdown("flush", OSError)`},
	{"shutdown close other error quiet", `_shutdown("close", KeyError, False)`},
	{"listen applies JSON", `_listen()`},
	{"listen verify refuses", `_listen(lambda b: None)`},
	{"listen verify transforms", `_listen(lambda b: b[::-1], '{"version": 1, "incremental": true, "loggers": {"found.listen": {"level": "CRITICAL"}}}'[::-1])`},
	{"listen names", `(logging.config.DEFAULT_LOGGING_CONFIG_PORT, callable(logging.config.listen), logging.config.stopListening())`},
}

func TestLoggingFoundDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "logging_found", loggingFoundPrelude, loggingFoundCases)
}
