"""A TLS monitor's logging set up with logging.config.dictConfig and fileConfig, with a queue-based handler."""
import io
import logging
import logging.config
import logging.handlers
import os
import queue
import sys
import tempfile

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "console": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "file": {"format": "{levelname}|{name}|{message}", "style": "{"},
    },
    "filters": {"tls_only": {"name": "monitor.tls"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "console", "level": "INFO"},
        "errors": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr", "level": "ERROR",
                   "formatter": "console"},
        "file": {"class": "logging.handlers.RotatingFileHandler", "filename": "monitor.log",
                 "maxBytes": 300, "backupCount": 1, "formatter": "file", "filters": ["tls_only"]},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 3, "target": "console",
                   "flushLevel": 40},
    },
    "loggers": {
        "monitor": {"level": "DEBUG", "handlers": ["console", "errors", "file"], "propagate": False},
        "monitor.batch": {"handlers": ["buffer"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
}


class CheckFailed(Exception):
    pass


def check(host, days):
    if days < 0:
        raise CheckFailed("%s expired %d days ago" % (host, -days))
    return days


here = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    logging.getLogger("legacy.module").warning("before configuration")
    logging.config.dictConfig(LOGGING)
    log = logging.getLogger("monitor.tls")
    for host, days in [("www", 40), ("mail", 3), ("old", -2)]:
        try:
            left = check(host, days)
            (log.info if left > 14 else log.warning)("%s: %d days left", host, left)
        except CheckFailed as e:
            log.error("check failed: %s", e)
    logging.getLogger("monitor.http").debug("debug goes nowhere visible")
    logging.getLogger("monitor.http").info("http check ok")
    batch = logging.getLogger("monitor.batch")
    batch.info("batch 1")
    batch.info("batch 2")
    print("-- buffered so far, now a third record flushes them")
    batch.info("batch 3")
    batch.info("batch 4")
    batch.error("batch error flushes at once")
    logging.getLogger("legacy.module").warning("still enabled (disable_existing_loggers=False)")
    logging.getLogger("other").info("root is WARNING: hidden")
    logging.getLogger("other").warning("root handler shows this")
    sys.stderr.flush()
    for h in logging.getLogger("monitor").handlers:
        h.flush()
    print(sorted(os.listdir(".")))
    with open("monitor.log") as f:
        print(f.read(), end="")

    q = queue.Queue()
    qlog = logging.getLogger("monitor.async")
    qlog.propagate = False
    qlog.setLevel(logging.DEBUG)
    qlog.addHandler(logging.handlers.QueueHandler(q))
    sink = logging.StreamHandler(sys.stdout)
    sink.setFormatter(logging.Formatter("async %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(q, sink)
    listener.start()
    for i in range(3):
        qlog.info("probe %d of %d", i + 1, 3)
    listener.stop()

    ini = io.StringIO("""
[loggers]
keys=root,monitor
[handlers]
keys=out
[formatters]
keys=plain
[logger_root]
level=ERROR
handlers=out
[logger_monitor]
level=INFO
handlers=out
qualname=monitor
propagate=0
[handler_out]
class=StreamHandler
args=(sys.stdout,)
formatter=plain
[formatter_plain]
format=INI %(name)s %(levelname)s %(message)s
""")
    logging.config.fileConfig(ini)
    logging.getLogger("monitor").info("configured from INI text")
    logging.getLogger("monitor.tls").warning("child of monitor")
    logging.getLogger("legacy.module").error("disabled by fileConfig: not shown")
    logging.getLogger("brand.new").error("new loggers still work")
    for bad in [{"version": 2}, {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
                {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}}]:
        try:
            logging.config.dictConfig(bad)
        except ValueError as e:
            print("ValueError:", e)
    logging.shutdown()
    os.chdir(here)
