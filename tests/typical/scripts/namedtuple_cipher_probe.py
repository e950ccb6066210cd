"""Probe which cipher suite a server picks for several client
configurations; results go into namedtuples, a Counter and an
OrderedDict, sorted with key functions."""
import collections
import os
import socket
import ssl
import subprocess
import tempfile
import threading

Result = collections.namedtuple("Result", "label version cipher bits")
Config = collections.namedtuple("Config", ["label", "ciphers", "maxver"])


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "5",
                    "-subj", "/CN=localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def server(ctx, lsock, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(s.cipher()[0].encode())
        except (ssl.SSLError, OSError):
            pass


def probe(port, cafile, cfg):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    ctx.check_hostname = False
    if cfg.maxver == "1.2":
        ctx.options |= ssl.OP_NO_TLSv1_3
    if cfg.ciphers:
        ctx.set_ciphers(cfg.ciphers)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        try:
            with ctx.wrap_socket(raw) as s:
                name, version, bits = s.cipher()
                echoed = s.recv(100).decode()
                assert echoed == name
                return Result(cfg.label, version, name, bits)
        except ssl.SSLError as exc:
            return Result(cfg.label, None, exc.reason, 0)


def main():
    configs = [
        Config("default", None, None),
        Config("tls12-aesgcm", "ECDHE-RSA-AES128-GCM-SHA256", "1.2"),
        Config("tls12-chacha", "ECDHE-RSA-CHACHA20-POLY1305", "1.2"),
        Config("tls12-aes256", "ECDHE-RSA-AES256-GCM-SHA384", "1.2"),
        Config("tls12-mismatch", "ECDHE-ECDSA-AES128-GCM-SHA256", "1.2"),
    ]
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        t = threading.Thread(target=server, args=(sctx, lsock, len(configs)), daemon=True)
        t.start()
        results = [probe(lsock.getsockname()[1], crt, c) for c in configs]
        t.join(10)
        lsock.close()
    for r in results:
        print(r)
    print(results[1]._asdict())
    print(results[0]._fields, Result._fields, Config._make(["x", "y", "z"]))
    print(results[1]._replace(bits=1), results[2][1:3])
    by_version = collections.Counter(r.version or "failed" for r in results)
    print(sorted(by_version.items()), by_version.most_common(1))
    table = collections.OrderedDict()
    for r in sorted(results, key=lambda r: (-r.bits, r.label)):
        table[r.label] = r.bits
    print(table)
    table.move_to_end("default", last=False)
    print(list(table), table.popitem())
    strongest = max(results, key=lambda r: (r.bits, r.cipher))
    print("strongest:", strongest.label, strongest.cipher)
    label, version, cipher, bits = results[-1]
    print(f"{label}: {cipher} ({bits} bits over {version})")


if __name__ == "__main__":
    main()
