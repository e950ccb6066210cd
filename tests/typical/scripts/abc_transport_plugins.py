"""Pluggable transports behind an abstract base class: a plain TCP and a
TLS implementation of the same Transport ABC, registered by scheme in a
plugin table, used by one client function; incomplete subclasses fail
at instantiation with abc's TypeError."""
import abc
import os
import socket
import ssl
import subprocess
import tempfile
import threading

PLUGINS = {}


def plugin(scheme):
    def register(cls):
        PLUGINS[scheme] = cls
        return cls
    return register


class Transport(abc.ABC):
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.sock = None

    @abc.abstractmethod
    def open(self):
        """Connect; sets self.sock."""

    @property
    @abc.abstractmethod
    def secure(self):
        """Whether the bytes are encrypted."""

    def exchange(self, data):
        self.sock.sendall(data)
        return self.sock.recv(1024)

    def close(self):
        if self.sock is not None:
            self.sock.close()

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<%s %s secure=%s>" % (type(self).__name__, self.host, self.secure)


@plugin("tcp")
class PlainTransport(Transport):
    secure = False

    def open(self):
        self.sock = socket.create_connection((self.host, self.port), timeout=5)


@plugin("tls")
class TLSTransport(Transport):
    cafile = None

    @property
    def secure(self):
        return True

    def open(self):
        ctx = ssl.create_default_context(cafile=self.cafile)
        raw = socket.create_connection((self.host, self.port), timeout=5)
        self.sock = ctx.wrap_socket(raw, server_hostname="localhost")


class Broken(Transport):
    def open(self):
        pass


def echo_server(listener, ctx):
    for _ in range(2):
        conn, _ = listener.accept()
        first = conn.recv(1, socket.MSG_PEEK)
        if first == b"\x16":              # a TLS handshake record
            conn = ctx.wrap_socket(conn, server_side=True)
        with conn:
            data = conn.recv(1024)
            conn.sendall(b"%s echo: %s" % (b"tls" if first == b"\x16" else b"tcp", data))


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k"), os.path.join(d, "c")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext",
                               "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(2)
        port = listener.getsockname()[1]
        t = threading.Thread(target=echo_server, args=(listener, sctx))
        t.start()
        TLSTransport.cafile = crt
        for scheme in sorted(PLUGINS):
            with PLUGINS[scheme]("127.0.0.1", port) as tr:
                print(repr(tr), tr.exchange(("hello over " + scheme).encode()))
        t.join(5)
        listener.close()
    try:
        Broken("h", 1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Transport("h", 1)
    except TypeError as e:
        print("TypeError:", e)
    print("abstract:", sorted(Transport.__abstractmethods__), sorted(Broken.__abstractmethods__))
    print("issubclass:", issubclass(TLSTransport, Transport), isinstance(PLUGINS["tcp"]("h", 1), abc.ABC))


main()
