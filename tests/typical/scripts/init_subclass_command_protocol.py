"""A TLS command server whose commands register themselves.

Written with what Python 3.6 brought: __init_subclass__ with class
keywords, __set_name__ on descriptors, variable annotations read back to
convert arguments, typing.NamedTuple in class form and f-strings.
"""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import typing


class Reply(typing.NamedTuple):
    code: int
    text: str = ""

    def wire(self) -> bytes:
        return f"{self.code} {self.text}\n".encode()


class Counted:
    """Counts how often each command class ran, under the attribute's name."""

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner):
        return getattr(owner, self.name, 0)

    def __set__(self, obj, value):
        setattr(type(obj), self.name, value)


class Command:
    registry: typing.Dict[str, type] = {}
    runs = Counted()

    def __init_subclass__(cls, name=None, hidden=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.command = name or cls.__name__.lower()
        cls.hidden = hidden
        Command.registry[cls.command] = cls

    def __init__(self, *raw: str):
        hints = typing.get_type_hints(self.run)
        hints.pop("return", None)
        if len(raw) != len(hints):
            raise ValueError(f"{self.command} takes {len(hints)} argument(s), got {len(raw)}")
        self.args = [hints[p](v) for p, v in zip(hints, raw)]

    def __call__(self) -> Reply:
        self.runs += 1
        return self.run(*self.args)

    def __repr__(self):
        return f"<{type(self).__name__} {self.command} args={self.args!r}>"


class Add(Command):
    def run(self, a: int, b: int) -> Reply:
        return Reply(200, str(a + b))


class Scale(Command, name="mul"):
    def run(self, x: float, factor: int) -> Reply:
        return Reply(200, f"{x * factor:.2f}")


class Echo(Command):
    def run(self, text: str) -> Reply:
        return Reply(200, text[::-1])


class Debug(Command, name="dbg", hidden=True):
    def run(self) -> Reply:
        visible = sorted(n for n, c in Command.registry.items() if not c.hidden)
        return Reply(200, ",".join(visible))


def dispatch(line: str) -> Reply:
    name, *raw = line.split()
    cls = Command.registry.get(name)
    if cls is None:
        return Reply(404, f"unknown command {name!r}")
    try:
        return cls(*raw)()
    except ValueError as exc:
        return Reply(400, f"{type(exc).__name__}: {exc}")


def serve(lsock, ctx):
    conn, _ = lsock.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        with tls.makefile("rwb") as f:
            for raw in f:
                line = raw.decode().strip()
                if not line:
                    break
                f.write(dispatch(line).wire())
                f.flush()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                               "-subj", "/CN=cmd.local", "-addext", "subjectAltName=DNS:cmd.local",
                               "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=serve, args=(lsock, sctx))
        t.start()
        print("registered:", {n: c.__name__ for n, c in sorted(Command.registry.items())})
        print("annotations:", Command.__annotations__, Reply._field_types)
        ctx = ssl.create_default_context(cafile=crt)
        with ctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=20),
                             server_hostname="cmd.local") as tls:
            f = tls.makefile("rwb")
            for line in ["add 2 40", "mul 1.5 3", "echo stressed", "add 1", "add x 2",
                         "mul 2 2.5", "dbg", "nope 1", "echo a"]:
                f.write(line.encode() + b"\n")
                f.flush()
                code, _, text = f.readline().decode().rstrip("\n").partition(" ")
                print(f"{line!r:<16} -> {Reply(int(code), text)}")
            f.write(b"\n")
            f.flush()
            f.close()
        t.join(30)
        lsock.close()
        print("runs:", {c.__name__: c.runs for c in Command.registry.values()})
        print(repr(Add("1", "2")), Reply(204), Reply(200, "x").wire())


if __name__ == "__main__":
    main()
