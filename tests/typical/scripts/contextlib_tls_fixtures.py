"""TLS test fixtures built from contextlib: contextmanager, ExitStack, suppress, redirect_stdout."""
import contextlib
import errno
import io
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading


@contextlib.contextmanager
def scratch_dir():
    path = tempfile.mkdtemp(prefix="fixture-")
    try:
        yield path
    finally:
        shutil.rmtree(path)
        print("[cleanup] scratch removed:", not os.path.exists(path))


@contextlib.contextmanager
def self_signed(directory, cn):
    cert, key = os.path.join(directory, cn + ".crt"), os.path.join(directory, cn + ".key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + cn,
         "-addext", "subjectAltName=DNS:" + cn, "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield cert, key
    os.remove(key)
    print("[cleanup] key removed for", cn)


@contextlib.contextmanager
def tls_server(cert, key, greeting):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(4)
    lsock.settimeout(0.1)
    stop = threading.Event()
    count = [0]

    def loop():
        while not stop.is_set():
            try:
                raw, _ = lsock.accept()
            except socket.timeout:
                continue
            raw.settimeout(10)
            with contextlib.suppress(ssl.SSLError, ConnectionError):
                with ctx.wrap_socket(raw, server_side=True) as conn:
                    conn.sendall(greeting)
                    conn.recv(1)
                    count[0] += 1

    t = threading.Thread(target=loop)
    t.start()
    try:
        yield lsock.getsockname()
    finally:
        stop.set()
        t.join(10)
        lsock.close()
        print("[cleanup] server stopped after", count[0], "session(s)")


class timed_section(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(">>", self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("<<", self.label, "failed with " + exc_type.__name__ if exc_type else "ok")
        return exc_type is KeyError


@timed_section("fetch")
def fetch(addr, cafile, host):
    ctx = ssl.create_default_context(cafile=cafile)
    with contextlib.closing(socket.create_connection(addr, timeout=10)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            data = tls.recv(64)
            tls.sendall(b"!")
            return data


def main():
    with contextlib.ExitStack() as stack:
        d = stack.enter_context(scratch_dir())
        cert_a, key_a = stack.enter_context(self_signed(d, "a.fixture"))
        cert_b, key_b = stack.enter_context(self_signed(d, "b.fixture"))
        addr_a = stack.enter_context(tls_server(cert_a, key_a, b"hello from A"))
        addr_b = stack.enter_context(tls_server(cert_b, key_b, b"hello from B"))
        stack.callback(print, "[cleanup] callbacks run last-in first-out")
        print(fetch(addr_a, cert_a, "a.fixture"))
        print(fetch(addr_b, cert_b, "b.fixture"))
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                closed = probe.getsockname()
            result = None
            try:
                result = fetch(closed, cert_b, "a.fixture")
            except OSError as exc:
                print("captured errno name:", errno.errorcode[exc.errno])
        print("captured lines:", buf.getvalue().splitlines(), result)
        with timed_section("lookup"):
            {}["missing"]
        print("KeyError swallowed by the decorator class")
        with contextlib.suppress(FileNotFoundError):
            os.remove(os.path.join(d, "nope"))
            print("not reached")
        print("pending exit callbacks:", len(stack._exit_callbacks))


if __name__ == "__main__":
    main()
