import io
import logging
import logging.handlers
import sys
import textwrap


class ContextFilter(logging.Filter):
    def __init__(self, conn_id):
        super().__init__()
        self.conn_id = conn_id

    def filter(self, record):
        record.conn = self.conn_id
        return record.levelno != logging.DEBUG or "noisy" not in record.getMessage()


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


def setup():
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    out = logging.StreamHandler(sys.stdout)
    out.setLevel(logging.INFO)
    out.setFormatter(logging.Formatter("[%(levelname)s] %(name)s: %(message)s"))
    err = logging.StreamHandler(sys.stderr)
    err.setLevel(logging.ERROR)
    err.setFormatter(Upper("%(levelname)s %(message)s"))
    root.addHandler(out)
    root.addHandler(err)
    return root


def main():
    setup()
    log = logging.getLogger("tls.client")
    log.addFilter(ContextFilter("c-17"))
    buf = io.StringIO()
    mem = logging.StreamHandler(buf)
    mem.setFormatter(logging.Formatter("%(conn)s|%(levelname).1s|%(message)s"))
    mem.addFilter(ContextFilter("c-17"))
    log.addHandler(mem)
    log.debug("handshake bytes=%d", 512)
    log.debug("noisy debug dropped")
    log.info("connected to %s:%d", "example.test", 443)
    log.warning("certificate expires in %d days", 12)
    log.error("peer reset: %r", ConnectionResetError(104, "reset"))
    try:
        raise ValueError("bad record")
    except ValueError:
        log.exception("while parsing")
    logging.getLogger("tls").setLevel(logging.WARNING)
    logging.getLogger("tls.client.sub").info("hidden by parent level? %s", "no: own logger NOTSET uses tls")
    logging.getLogger("tls.client.sub").warning("propagated")
    print("--- memory handler")
    print(buf.getvalue(), end="")
    print("--- levels")
    print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("ERROR"))
    print(log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), logging.getLogger("tls").level)
    print(log.name, log.parent.name, log.parent.parent.name)
    print(logging.getLogger("tls.client") is log)
    logging.addLevelName(25, "NOTICE")
    logging.getLogger("tls.server").log(25, "custom level")
    cap = logging.handlers.MemoryHandler(10, target=None) if hasattr(logging.handlers, "MemoryHandler") else None
    text = ("The certificate chain could not be verified because the intermediate certificate "
            "was missing from the bundle sent by the server.")
    print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.shorten(text, width=50, placeholder=" [...]"))
    print(textwrap.indent("a\n\nb\n", "> "), end="")
    print(textwrap.dedent("""\
        indented
          more
        back"""))
    print(textwrap.wrap("short", 10), textwrap.wrap("", 10))
    logging.shutdown()


main()
