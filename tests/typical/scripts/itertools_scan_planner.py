"""Plan and run a TLS scan matrix with itertools: product of hosts and
protocol settings, chain, islice, cycle, groupby, accumulate, tee,
zip_longest, combinations, starmap, compress and count, then run the
planned probes against a local server."""
import functools
import itertools
import operator
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
                    "-addext", "subjectAltName=DNS:localhost,DNS:alt.localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def server(ctx, lsock, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(s.version().encode())
        except (ssl.SSLError, OSError):
            pass


def probe(port, cafile, hostname, no13):
    ctx = ssl.create_default_context(cafile=cafile)
    if no13:
        ctx.options |= ssl.OP_NO_TLSv1_3
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname=hostname) as s:
                return s.recv(20).decode()
    except (ssl.SSLError, ssl.CertificateError):
        return "error:rejected"


def main():
    hosts = ["localhost", "alt.localhost", "wrong.host"]
    plan = list(itertools.product(hosts, [False, True]))
    print("plan:", len(plan), plan[:3])
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(8)
        t = threading.Thread(target=server, args=(sctx, lsock, len(plan)))
        t.start()
        results = list(itertools.starmap(functools.partial(probe, lsock.getsockname()[1], crt), plan))
        t.join(10)
        lsock.close()
    for (host, no13), res in zip(plan, results):
        print("%-14s no13=%-5s -> %s" % (host, no13, res))
    ok = [not r.startswith("error") for r in results]
    print("ok hosts:", sorted(set(itertools.compress([h for h, _ in plan], ok))))
    for key, grp in itertools.groupby(sorted(results)):
        print("  %dx %s" % (len(list(grp)), key))
    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
    print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
    a, b = itertools.tee(iter(hosts))
    next(b)
    print(list(zip(a, b)), list(itertools.zip_longest("ab", [1], fillvalue="-")))
    print(list(itertools.islice(itertools.cycle("RGB"), 2, 9, 2)), list(itertools.islice(itertools.count(10, 5), 4)))
    print(list(itertools.combinations(hosts, 2))[-1], len(list(itertools.permutations(range(4), 2))))
    print(list(itertools.chain.from_iterable([[1], [2, 3], []])), list(itertools.repeat("x", 3)))
    print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
    print(list(itertools.filterfalse(str.isdigit, "a1b2")), list(itertools.combinations_with_replacement("ab", 2)))
    print(functools.reduce(operator.add, ["x", "y", "z"], ">"), sorted(hosts, key=len, reverse=True))
    it = itertools.groupby("aaabccdd")
    print([(k, len(list(g))) for k, g in it])


if __name__ == "__main__":
    main()
