"""A line protocol server over TLS whose commands are registered with a
decorator into a typed registry; replies are typing.NamedTuple values
rendered by __str__. The client drives it with a script of commands."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
from typing import Callable, Dict, List, NamedTuple, Optional


class Reply(NamedTuple):
    code: int
    text: str
    detail: Optional[str] = None

    def __str__(self) -> str:
        tail = " (%s)" % self.detail if self.detail else ""
        return "%03d %s%s" % (self.code, self.text, tail)


Handler = Callable[["Session", List[str]], Reply]
REGISTRY: Dict[str, Handler] = {}


def command(name: str, *, args: int = 0) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        def checked(session: "Session", argv: List[str]) -> Reply:
            if len(argv) != args:
                return Reply(501, "%s takes %d argument%s" % (name, args, "" if args == 1 else "s"), fn.__name__)
            return fn(session, argv)
        checked.__doc__ = fn.__doc__
        REGISTRY[name] = checked
        return fn
    return register


class Session:
    def __init__(self, tls: ssl.SSLSocket) -> None:
        self.tls = tls
        self.store: Dict[str, str] = {}

    @property
    def protocol(self) -> str:
        return self.tls.version() or "?"


@command("PUT", args=2)
def put(s: Session, argv: List[str]) -> Reply:
    """store a value"""
    s.store[argv[0]] = argv[1]
    return Reply(200, "stored", argv[0])


@command("GET", args=1)
def get(s: Session, argv: List[str]) -> Reply:
    """fetch a value"""
    if argv[0] not in s.store:
        return Reply(404, "no such key", argv[0])
    return Reply(200, s.store[argv[0]])


@command("INFO")
def info(s: Session, argv: List[str]) -> Reply:
    """session facts"""
    return Reply(200, "keys=%d" % len(s.store), "tls" if s.protocol.startswith("TLS") else "?")


@command("HELP")
def help_(s: Session, argv: List[str]) -> Reply:
    """list commands"""
    return Reply(214, " ".join("%s:%s" % (k, v.__doc__.split()[0]) for k, v in sorted(REGISTRY.items())))


def serve(listener: socket.socket, ctx: ssl.SSLContext) -> None:
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        session = Session(tls)
        f = tls.makefile("rw", encoding="utf-8", newline="\r\n")
        for line in f:
            verb, *argv = line.split()
            if verb == "QUIT":
                f.write(str(Reply(221, "bye")) + "\n")
                f.flush()
                break
            handler = REGISTRY.get(verb.upper())
            reply = handler(session, argv) if handler else Reply(500, "unknown command", verb)
            f.write(str(reply) + "\n")
            f.flush()
        f.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k"), os.path.join(d, "c")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                               "-subj", "/CN=localhost", "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        t = threading.Thread(target=serve, args=(listener, sctx))
        t.start()
        raw = socket.create_connection(listener.getsockname(), timeout=5)
        with cctx.wrap_socket(raw, server_hostname="localhost") as tls:
            f = tls.makefile("rw", encoding="utf-8", newline="\r\n")
            for cmd in ["HELP", "PUT colour teal", "GET colour", "GET size", "PUT x", "info", "FROB 1", "QUIT"]:
                f.write(cmd + "\n")
                f.flush()
                print("%-16s -> %s" % (cmd, f.readline().rstrip("\r\n")))
            f.close()
        t.join(5)
        listener.close()
    print("registry:", sorted(REGISTRY), Reply._fields, Reply(1, "x"))
    print("annotations:", sorted(Reply._field_types) if hasattr(Reply, "_field_types") else None)


main()
