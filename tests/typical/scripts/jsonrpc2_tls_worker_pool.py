"""JSON-RPC 2.0 over TLS with newline-delimited frames: the server's
connection threads put calls on a queue.Queue served by a pool of worker
threads, and answers go back in request order; the client sends single
calls, notifications, a batch, and the protocol's error cases (parse
error, invalid request, unknown method, bad params, a server fault)."""
import json
import os
import queue
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                           "-subj", "/CN=rpc.local", "-addext", "subjectAltName=DNS:rpc.local",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


NOTES = []
NOTES_LOCK = threading.Lock()


def subtract(minuend, subtrahend):
    return minuend - subtrahend


def note(text):
    with NOTES_LOCK:
        NOTES.append(text)


def divide(a, b):
    return a / b


METHODS = {"subtract": subtract, "note": note, "divide": divide, "sum": lambda *xs: sum(xs)}


def error(code, message, ident=None, data=None):
    err = {"code": code, "message": message}
    if data is not None:
        err["data"] = data
    return {"jsonrpc": "2.0", "error": err, "id": ident}


def execute(call):
    if not isinstance(call, dict) or call.get("jsonrpc") != "2.0" or not isinstance(call.get("method"), str):
        return error(-32600, "Invalid Request")
    ident = call.get("id")
    fn = METHODS.get(call["method"])
    if fn is None:
        return None if "id" not in call else error(-32601, "Method not found", ident)
    params = call.get("params", [])
    try:
        result = fn(**params) if isinstance(params, dict) else fn(*params)
    except TypeError as exc:
        return None if "id" not in call else error(-32602, "Invalid params", ident, str(exc).split("(")[0])
    except Exception as exc:
        return None if "id" not in call else error(-32000, "Server error", ident, "%s: %s" % (type(exc).__name__, exc))
    if "id" not in call:
        return None
    return {"jsonrpc": "2.0", "result": result, "id": ident}


def worker(jobs):
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            return
        call, slot = job
        slot.put(execute(call))
        jobs.task_done()


def handle(conn, jobs):
    try:
        serve_frames(conn, jobs)
    except (ssl.SSLError, ConnectionError):
        pass    # a client that hangs up without close_notify
    finally:
        conn.close()


def serve_frames(conn, jobs):
    f = conn.makefile("rwb")
    for raw in f:
        try:
            msg = json.loads(raw.decode())
        except ValueError:
            answer = error(-32700, "Parse error")
        else:
            if isinstance(msg, list):
                if not msg:
                    answer = error(-32600, "Invalid Request")
                else:
                    slots = []
                    for call in msg:
                        slot = queue.Queue(1)
                        jobs.put((call, slot))
                        slots.append(slot)
                    answer = [r for r in (s.get(timeout=10) for s in slots) if r is not None] or None
            else:
                slot = queue.Queue(1)
                jobs.put((msg, slot))
                answer = slot.get(timeout=10)
        if answer is not None:
            f.write(json.dumps(answer, sort_keys=True).encode() + b"\n")
            f.flush()
    f.close()


def serve(listener, ctx, jobs, connections):
    threads = []
    for _ in range(connections):
        raw, _ = listener.accept()
        conn = ctx.wrap_socket(raw, server_side=True)
        t = threading.Thread(target=handle, args=(conn, jobs))
        t.start()
        threads.append(t)
    for t in threads:
        t.join(10)


class Client:
    def __init__(self, port, ctx):
        raw = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock = ctx.wrap_socket(raw, server_hostname="rpc.local")
        self.f = self.sock.makefile("rwb")
        self.next_id = 0

    def send(self, payload, expect_answer=True):
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.f.write(data + b"\n")
        self.f.flush()
        if expect_answer:
            return json.loads(self.f.readline().decode())

    def call(self, method, *args, **kwargs):
        self.next_id += 1
        return self.send({"jsonrpc": "2.0", "method": method, "params": kwargs or list(args), "id": self.next_id})

    def close(self):
        self.f.close()
        self.sock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        jobs = queue.Queue()
        workers = [threading.Thread(target=worker, args=(jobs,)) for _ in range(3)]
        for w in workers:
            w.start()
        server = threading.Thread(target=serve, args=(listener, sctx, jobs, 2))
        server.start()
        cctx = ssl.create_default_context(cafile=crt)

        a = Client(listener.getsockname()[1], cctx)
        print(a.call("subtract", 42, 23))
        print(a.call("subtract", subtrahend=23, minuend=42))
        print(a.call("divide", 1, 0))
        print(a.call("subtract", 1))
        print(a.call("nope"))
        print(a.send({"jsonrpc": "2.0", "method": "note", "params": ["hello"]}, expect_answer=False))
        print(a.send(b'{"jsonrpc": "2.0", "method": "foobar, "params": "bar"'))
        print(a.send({"jsonrpc": "2.0", "method": 1, "params": "bar"}))
        print(a.send([]))
        batch = [
            {"jsonrpc": "2.0", "method": "sum", "params": [1, 2, 4], "id": "1"},
            {"jsonrpc": "2.0", "method": "note", "params": ["batched"]},
            {"jsonrpc": "2.0", "method": "subtract", "params": [42, 23], "id": "2"},
            {"foo": "boo"},
            {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
            {"jsonrpc": "2.0", "method": "divide", "params": [7, 2], "id": "9"},
        ]
        for item in a.send(batch):
            print("batch:", item)
        b = Client(listener.getsockname()[1], cctx)
        print("second client:", b.call("sum", *range(10)), b.sock.version())
        print(a.send([{"jsonrpc": "2.0", "method": "note", "params": ["only notifications"]}], expect_answer=False))
        print("after notifications:", a.call("sum"))
        a.close()
        b.close()
        server.join(10)
        for _ in workers:
            jobs.put(None)
        jobs.join()
        for w in workers:
            w.join(5)
        listener.close()
        print("notes:", sorted(NOTES))


main()
