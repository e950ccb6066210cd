"""Directory synchronisation over TLS: the client sends a JSON manifest of
sha256 digests, the server answers with the files it lacks or holds in
another version, and the client uploads only those; a second run finds
nothing to do."""
import hashlib
import json
import os
import pathlib
import socket
import ssl
import struct
import subprocess
import tempfile
import threading


def make_cert(d):
    key, cert = os.path.join(d, "sync.key"), os.path.join(d, "sync.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "30", "-subj", "/CN=sync", "-addext", "subjectAltName=DNS:sync.local",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def send_msg(sock, obj=None, raw=None):
    data = raw if raw is not None else json.dumps(obj, sort_keys=True).encode()
    sock.sendall(struct.pack("!I", len(data)) + data)


def recv_exact(sock, n):
    chunks = []
    while n:
        chunk = sock.recv(min(n, 65536))
        if not chunk:
            raise ConnectionError("short read")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def recv_msg(sock, as_json=True):
    size = struct.unpack("!I", recv_exact(sock, 4))[0]
    data = recv_exact(sock, size)
    return json.loads(data.decode()) if as_json else data


def manifest(root):
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def server(listener, ctx, store, runs):
    for _ in range(runs):
        conn, _ = listener.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            theirs = recv_msg(s)
            ours = manifest(store)
            wanted = sorted(name for name, digest in theirs.items() if ours.get(name) != digest)
            send_msg(s, {"want": wanted, "extra": sorted(set(ours) - set(theirs))})
            for name in wanted:
                target = store / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(recv_msg(s, as_json=False))
            send_msg(s, {"stored": len(wanted)})


def sync(port, ctx, root):
    with ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10),
                         server_hostname="sync.local") as s:
        send_msg(s, manifest(root))
        plan = recv_msg(s)
        for name in plan["want"]:
            send_msg(s, raw=(root / name).read_bytes())
        return plan, recv_msg(s)


def main():
    with tempfile.TemporaryDirectory() as d:
        base = pathlib.Path(d)
        cert, key = make_cert(d)
        src, store = base / "src", base / "store"
        (src / "docs").mkdir(parents=True)
        store.mkdir()
        (src / "README").write_text("hello\n")
        (src / "docs" / "guide.txt").write_text("chapter 1\n" * 50)
        (src / "data.bin").write_bytes(bytes(range(256)) * 4)
        (store / "README").write_text("old hello\n")
        (store / "obsolete.txt").write_text("gone\n")
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(10)
        t = threading.Thread(target=server, args=(listener, sctx, store, 2))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        for run in (1, 2):
            plan, result = sync(listener.getsockname()[1], cctx, src)
            print("run %d: want=%s extra=%s stored=%d" % (run, plan["want"], plan["extra"], result["stored"]))
        t.join(10)
        listener.close()
        same = manifest(src).items() <= manifest(store).items()
        print("store matches source:", same)
        print("store files:", sorted(str(p.relative_to(store)) for p in store.rglob("*") if p.is_file()))


if __name__ == "__main__":
    main()
