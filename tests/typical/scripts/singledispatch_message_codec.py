"""A message codec built on functools.singledispatch: Python values
(ints, strings, bytes, lists, dicts, None, bools, floats) are encoded to
a tagged binary form with struct, sent over TLS to an echo-and-describe
server, and decoded back; unsupported types raise a custom error."""
import functools
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading


class CodecError(TypeError):
    pass


@functools.singledispatch
def encode(value):
    raise CodecError("cannot encode %s" % type(value).__name__)


@encode.register(type(None))
def _(value):
    return b"N"


@encode.register(bool)
def _(value):
    return b"T" if value else b"F"


@encode.register(int)
def _(value):
    return b"I" + struct.pack("!q", value)


@encode.register(float)
def _(value):
    return b"D" + struct.pack("!d", value)


@encode.register(str)
def _(value):
    raw = value.encode("utf-8")
    return b"S" + struct.pack("!I", len(raw)) + raw


@encode.register(bytes)
def _(value):
    return b"B" + struct.pack("!I", len(value)) + value


@encode.register(list)
@encode.register(tuple)
def _(value):
    return b"L" + struct.pack("!I", len(value)) + b"".join(encode(v) for v in value)


@encode.register(dict)
def _(value):
    return b"M" + struct.pack("!I", len(value)) + b"".join(encode(k) + encode(v) for k, v in value.items())


def decode(buf, pos=0):
    tag = buf[pos:pos + 1]
    pos += 1
    if tag in (b"N", b"T", b"F"):
        return {b"N": None, b"T": True, b"F": False}[tag], pos
    if tag in (b"I", b"D"):
        return struct.unpack_from("!q" if tag == b"I" else "!d", buf, pos)[0], pos + 8
    (n,) = struct.unpack_from("!I", buf, pos)
    pos += 4
    if tag in (b"S", b"B"):
        raw = buf[pos:pos + n]
        return (raw.decode("utf-8") if tag == b"S" else raw), pos + n
    items = []
    for _ in range(n * (2 if tag == b"M" else 1)):
        item, pos = decode(buf, pos)
        items.append(item)
    if tag == b"M":
        return dict(zip(items[::2], items[1::2])), pos
    return items, pos


def server(listener, ctx):
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        while True:
            head = tls.recv(4)
            if not head or head == b"\0\0\0\0":
                break
            (size,) = struct.unpack("!I", head)
            body = b""
            while len(body) < size:
                body += tls.recv(size - len(body))
            value, _ = decode(body)
            reply = encode({"type": type(value).__name__, "echo": value, "size": size})
            tls.sendall(struct.pack("!I", len(reply)) + reply)


def main():
    print("registry:", sorted(t.__name__ for t in encode.registry))
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k"), os.path.join(d, "c")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "1", "-subj", "/CN=codec", "-addext", "subjectAltName=DNS:codec",
                               "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        t = threading.Thread(target=server, args=(listener, sctx))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        values = [42, -2 ** 40, 3.25, "h\u00e9llo", b"\x00\xff", [1, "two", [3.0, None]], (True, False),
                  {"k": [1, 2], "n": {"deep": b"x"}}, None, {1, 2}, object()]
        with cctx.wrap_socket(socket.create_connection(listener.getsockname(), timeout=5),
                              server_hostname="codec") as tls:
            for v in values:
                try:
                    msg = encode(v)
                except CodecError as e:
                    print("%-40s CodecError: %s" % (type(v).__name__, e))
                    continue
                tls.sendall(struct.pack("!I", len(msg)) + msg)
                (size,) = struct.unpack("!I", tls.recv(4))
                body = b""
                while len(body) < size:
                    body += tls.recv(size - len(body))
                reply, end = decode(body)
                print("%-40r -> %s size=%d same=%s" % (v, reply["type"], reply["size"],
                                                       reply["echo"] == (list(v) if isinstance(v, tuple) else v)))
            tls.sendall(b"\0\0\0\0")
        t.join(5)
        listener.close()
    print("dispatch for bool:", encode.dispatch(bool).__name__, encode.dispatch(bool) is encode.dispatch(int))


main()
