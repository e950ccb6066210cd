"""Logging with a custom Formatter, handlers, levels, filters and exc_info tracebacks."""
import io
import logging
import logging.handlers
import sys

AUDIT = 25
logging.addLevelName(AUDIT, "AUDIT")


class ColumnFormatter(logging.Formatter):
    def format(self, record):
        record.short = record.name.rsplit(".", 1)[-1]
        return super().format(record)

    def formatException(self, ei):
        text = super().formatException(ei)
        return "\n".join("  | " + line for line in text.splitlines())


class OnlyConn(logging.Filter):
    def filter(self, record):
        return "conn" in record.getMessage()


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.INFO)
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage()))


class HandshakeError(Exception):
    def __init__(self, host, reason):
        super().__init__("%s: %s" % (host, reason))
        self.host = host
        self.reason = reason


log = logging.getLogger("tls.server")
log.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(ColumnFormatter("%(levelname)-7s %(short)s %(name)s: %(message)s"))
log.addHandler(out)
buf = io.StringIO()
mem = logging.StreamHandler(buf)
mem.setLevel(logging.WARNING)
mem.setFormatter(logging.Formatter("[%(levelno)d] %(funcName)s:%(message)s"))
mem.addFilter(OnlyConn())
log.addHandler(mem)
lst = ListHandler()
logging.getLogger("tls").addHandler(lst)
err = logging.StreamHandler()  # stderr
err.setLevel(logging.ERROR)
err.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.getLogger("tls").addHandler(err)


def handshake(host):
    if host.endswith(".bad"):
        raise HandshakeError(host, "certificate verify failed")
    return "TLSv1.3"


log.debug("starting with %d workers", 4)
log.info("conn %s accepted from %s", 1, ("127.0.0.1", 5000))
log.log(AUDIT, "audit: %(who)s did %(what)s", {"who": "admin", "what": "reload"})
log.warning("conn 2 slow")
log.warning("no marker here")
for host in ["good.example", "x.bad"]:
    try:
        print("version", handshake(host))
    except HandshakeError as e:
        log.error("conn 3 failed for %s (%s)", e.host, e.reason, exc_info=True)
        log.exception("conn again")
child = logging.getLogger("tls.server.worker")
child.info("conn from child, effective level %s", logging.getLevelName(child.getEffectiveLevel()))
child.propagate = False
child.info("not shown anywhere")
print("isEnabledFor(DEBUG):", child.isEnabledFor(logging.DEBUG), log.isEnabledFor(5))
print(logging.getLevelName(AUDIT), logging.getLevelName("AUDIT"), logging.getLevelName(42))
print("memory buffer:")
print(buf.getvalue(), end="")
print("list handler:", lst.records)
adapter = logging.LoggerAdapter(log, {"peer": "10.0.0.1"})


class PeerAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["peer"], msg), kwargs


PeerAdapter(log, {"peer": "10.0.0.2"}).info("conn via adapter")
adapter.info("plain adapter %d", 7)
log.info("extra field", extra={"short": "ignored?"}) if False else None
logging.shutdown()
print("done")
