"""A small length-prefixed JSON RPC service over TLS, served by a thread pool."""
import json
import os
import queue
import socket
import ssl
import struct
import subprocess
import tempfile
import threading
from collections import namedtuple

HEADER = struct.Struct("!IH")  # payload length, request id
Call = namedtuple("Call", "rid method params")
Result = namedtuple("Result", "rid ok value")


def make_cert(d):
    cert, key = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", "/CN=rpc.local/O=Example RPC",
         "-addext", "subjectAltName=DNS:rpc.local", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed after %d of %d bytes" % (len(buf), n))
        buf += chunk
    return bytes(buf)


def send_frame(sock, rid, obj):
    payload = json.dumps(obj, sort_keys=True).encode("utf-8")
    sock.sendall(HEADER.pack(len(payload), rid) + payload)


def recv_frame(sock):
    size, rid = HEADER.unpack(recv_exact(sock, HEADER.size))
    return rid, json.loads(recv_exact(sock, size).decode("utf-8"))


METHODS = {
    "add": lambda p: sum(p),
    "upper": lambda p: [s.upper() for s in p],
    "stats": lambda p: {"min": min(p), "max": max(p), "mean": sum(p) / len(p)},
    "divide": lambda p: p[0] / p[1],
}


def worker(jobs, results):
    while True:
        call = jobs.get()
        if call is None:
            jobs.task_done()
            return
        try:
            results.put(Result(call.rid, True, METHODS[call.method](call.params)))
        except Exception as exc:
            results.put(Result(call.rid, False, "%s: %s" % (type(exc).__name__, exc)))
        jobs.task_done()


def serve(listener, ctx, ready):
    ready.set()
    conn, _ = listener.accept()
    jobs, results = queue.Queue(), queue.Queue()
    pool = [threading.Thread(target=worker, args=(jobs, results)) for _ in range(3)]
    for t in pool:
        t.start()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        count = 0
        while True:
            rid, req = recv_frame(tls)
            if req.get("method") == "bye":
                break
            jobs.put(Call(rid, req["method"], req["params"]))
            count += 1
        jobs.join()
        answers = sorted(results.get_nowait() for _ in range(count))
        for r in answers:
            send_frame(tls, r.rid, r._asdict())
    for _ in pool:
        jobs.put(None)
    for t in pool:
        t.join(5)


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(10)
        ready = threading.Event()
        server = threading.Thread(target=serve, args=(listener, sctx, ready))
        server.start()
        ready.wait(5)
        cctx = ssl.create_default_context(cafile=cert)
        calls = [("add", [1, 2, 3.5]), ("upper", ["tls", "rpc"]), ("stats", [4, 8, 15, 16, 23, 42]),
                 ("divide", [1, 0]), ("missing", []), ("divide", [22, 7])]
        with socket.create_connection(listener.getsockname(), timeout=10) as raw:
            with cctx.wrap_socket(raw, server_hostname="rpc.local") as tls:
                print("subject:", dict(x[0] for x in tls.getpeercert()["subject"]))
                for rid, (method, params) in enumerate(calls, 100):
                    send_frame(tls, rid, {"method": method, "params": params})
                send_frame(tls, 0, {"method": "bye"})
                for _ in calls:
                    rid, res = recv_frame(tls)
                    status = "ok " if res["ok"] else "ERR"
                    print("#%d %-7s %s %s" % (rid, calls[rid - 100][0], status, json.dumps(res["value"])))
        server.join(10)
        listener.close()
        print("header size:", HEADER.size, "alive:", server.is_alive())


if __name__ == "__main__":
    main()
