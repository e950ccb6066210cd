"""Plan a reproducible TLS load test with random.Random(seed): choice,
choices with weights, sample, shuffle, randint, uniform, gauss, and
getrandbits; then run a few of the planned requests against a local
server and report with heapq the slowest (simulated) ones."""
import heapq
import os
import random
import socket
import ssl
import subprocess
import tempfile
import threading

ENDPOINTS = ["/login", "/search", "/cart", "/checkout", "/static/app.css"]


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(ctx, lsock, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                path = s.recv(200).decode()
                s.sendall(("200 %s %d" % (path, len(path))).encode())
        except (ssl.SSLError, OSError):
            pass


def main():
    rng = random.Random(2024)
    print("random:", round(rng.random(), 6), rng.randint(1, 100), rng.randrange(0, 50, 5), rng.getrandbits(16))
    print("choice:", rng.choice(ENDPOINTS), "sample:", rng.sample(ENDPOINTS, 2))
    plan = rng.choices(ENDPOINTS, weights=[5, 3, 2, 1, 8], k=12)
    print("plan:", plan)
    deck = list(range(10))
    rng.shuffle(deck)
    print("shuffled:", deck)
    print("uniform: %.4f gauss: %.4f expo: %.4f" % (rng.uniform(10, 20), rng.gauss(0, 1), rng.expovariate(2)))
    print("triangular: %.4f beta: %.4f" % (rng.triangular(0, 10, 3), rng.betavariate(2, 5)))
    state = rng.getstate()
    a = [rng.random() for _ in range(3)]
    rng.setstate(state)
    print("replay equal:", a == [rng.random() for _ in range(3)])
    random.seed(7)
    print("module-level:", random.randint(0, 10 ** 6), random.choice("abcdef"), round(random.random(), 8))
    random.seed("tls-seed")
    print("string seed:", random.randint(0, 10 ** 6))
    latencies = {i: round(rng.lognormvariate(3, 0.5), 2) for i in range(len(plan))}
    slowest = heapq.nlargest(3, latencies.items(), key=lambda kv: kv[1])
    print("slowest:", [(plan[i], ms) for i, ms in slowest])
    print("fastest:", heapq.nsmallest(2, latencies.values()))
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        sent = plan[:4]
        t = threading.Thread(target=serve, args=(sctx, lsock, len(sent)))
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        for path in sent:
            with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
                with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                    s.sendall(path.encode())
                    print("  ", s.recv(100).decode())
        t.join(10)
        lsock.close()
    h = []
    for ms, path in [(30, "/a"), (10, "/b"), (20, "/c")]:
        heapq.heappush(h, (ms, path))
    print([heapq.heappop(h) for _ in range(len(h))], list(heapq.merge([1, 4], [2, 3])))


if __name__ == "__main__":
    main()
