"""Stream records over TLS with generators: a chunked reader generator,
a line splitter built with yield from, a coroutine-style accumulator
driven with send(), generator close()/throw() and GeneratorExit, and
generator expressions feeding sum/any/all."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


RECORDS = ["host=a.example status=200 bytes=512", "host=b.example status=404 bytes=0",
           "host=a.example status=200 bytes=2048", "host=c.example status=500 bytes=17",
           "host=b.example status=200 bytes=99"] * 3


def serve(ctx, lsock):
    conn, _ = lsock.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        payload = ("\n".join(RECORDS) + "\nEND\n").encode()
        for i in range(0, len(payload), 37):
            s.sendall(payload[i:i + 37])
        s.recv(1)


def chunks(sock, size=64):
    while True:
        data = sock.recv(size)
        if not data:
            return
        yield data


def lines(byte_chunks):
    pending = b""
    for chunk in byte_chunks:
        pending += chunk
        *complete, pending = pending.split(b"\n")
        yield from (line.decode() for line in complete)
    if pending:
        yield pending.decode()


def until_end(it):
    for line in it:
        if line == "END":
            return "stopped at END"
        yield line


def parse(it):
    for line in it:
        yield dict(field.split("=", 1) for field in line.split())


def accumulator():
    totals = {}
    count = 0
    try:
        while True:
            rec = yield count
            if rec is None:
                continue
            totals[rec["host"]] = totals.get(rec["host"], 0) + int(rec["bytes"])
            count += 1
    except GeneratorExit:
        print("accumulator closing with", sorted(totals.items()))
        raise


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=serve, args=(sctx, lsock))
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                acc = accumulator()
                print("primed:", next(acc))
                stream = until_end(lines(chunks(s)))
                records = []
                for rec in parse(stream):
                    records.append(rec)
                    n = acc.send(rec)
                print("records:", len(records), "last count:", n)
                try:
                    next(stream)
                except StopIteration as stop:
                    print("stream finished:", stop.value)
                acc.close()
                print("closed state:", acc.gi_frame is None)
                s.sendall(b"x")
        t.join(10)
        lsock.close()
    errors = sum(1 for r in records if r["status"].startswith("5"))
    print("5xx:", errors, "any 404:", any(r["status"] == "404" for r in records),
          "all hosts example:", all(r["host"].endswith(".example") for r in records))
    print("bytes by status:", sorted({r["status"]: sum(int(x["bytes"]) for x in records if x["status"] == r["status"])
                                      for r in records}.items()))
    gen = (x * x for x in range(5))
    print(next(gen), list(gen), list(gen))

    def countdown(n):
        try:
            while n:
                yield n
                n -= 1
        except ValueError as exc:
            yield "got %s" % exc
    c = countdown(3)
    print(next(c), c.throw(ValueError("boom")))
    try:
        c.throw(KeyError("k"))
    except KeyError as exc:
        print("KeyError escaped:", exc)
    print(list(countdown(0)), list(zip(countdown(2), "ab")))


if __name__ == "__main__":
    main()
