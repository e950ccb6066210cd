"""Decorators a network tool grows: retry with backoff (functools.wraps
keeping __name__/__doc__/__wrapped__), a timing decorator with a fake
clock, lru_cache on certificate parsing, a parameterised decorator
class, partial, and singledispatch for formatting results."""
import functools
import os
import socket
import ssl
import subprocess
import tempfile
import threading

CLOCK = [0.0]


def retry(times=3, exceptions=(OSError,), backoff=0.5):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            delay = backoff
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    print("  attempt %d/%d of %s failed: %s" % (attempt, times, func.__name__, type(exc).__name__))
                    if attempt == times:
                        raise
                    CLOCK[0] += delay
                    delay *= 2
        wrapper.retries = times
        return wrapper
    return decorate


class timed:
    def __init__(self, label):
        self.label = label

    def __call__(self, func):
        @functools.wraps(func)
        def inner(*a, **kw):
            start = CLOCK[0]
            try:
                return func(*a, **kw)
            finally:
                print("  [%s] %s took %.1f fake seconds" % (self.label, func.__qualname__, CLOCK[0] - start))
        return inner


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


@functools.lru_cache(maxsize=4)
def parse_cert(path):
    """Decode a PEM certificate file."""
    return ssl._ssl._test_decode_cert(path)


@timed("net")
@retry(times=4, exceptions=(ConnectionRefusedError,))
def fetch_banner(port, ctx):
    """Connect and read the banner."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            return s.recv(100).decode()


@functools.singledispatch
def render(value):
    return "value %r" % (value,)


@render.register(dict)
def _(value):
    return "dict with keys " + ", ".join(sorted(value))


@render.register(list)
@render.register(tuple)
def _(value):
    return "sequence of %d" % len(value)


def main():
    print(fetch_banner.__name__, "|", fetch_banner.__doc__, "|", fetch_banner.__wrapped__.__name__,
          "|", fetch_banner.__wrapped__.retries)
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        for _ in range(3):
            info = parse_cert(crt)
        print("cache:", parse_cert.cache_info(), parse_cert.__doc__)
        parse_cert.cache_clear()
        print("cleared:", parse_cert.cache_info().currsize, info["subject"][0][0][1])
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        ctx = ssl.create_default_context(cafile=crt)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        try:
            fetch_banner(port, ctx)
        except ConnectionRefusedError as exc:
            print("gave up:", exc.errno, "clock:", CLOCK[0])
        lsock = socket.socket()
        lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)

        def serve():
            conn, _ = lsock.accept()
            with sctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"220 ready")

        t = threading.Thread(target=serve)
        t.start()
        banner = functools.partial(fetch_banner, ctx=ctx)
        print("banner:", banner(lsock.getsockname()[1]), banner.keywords.keys() == {"ctx"}, banner.args)
        t.join(10)
        lsock.close()
    for v in [{"b": 1, "a": 2}, [1, 2], (3,), 4.5, "s"]:
        print(render(v))
    print(render.registry.keys() >= {object, dict, list, tuple})
    square = functools.partial(pow, exp=2) if False else functools.partial(pow, 2)
    print(square(10), functools.reduce(lambda a, b: a * b, range(1, 6)), functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
    print(sorted(["b10", "a2", "a10"], key=functools.cmp_to_key(lambda x, y: (x > y) - (x < y))))


if __name__ == "__main__":
    main()
