"""A certificate-transparency-style log of TLS handshakes kept in sqlite3:
a threaded TLS server accepts clients that differ in protocol ceiling,
ALPN offer and client certificate; the client records each handshake
(version, cipher, ALPN, the peer certificate's subject and a SHA-256 of
its DER) as a log entry whose leaf hash chains onto the previous one;
then the log is audited: a Merkle tree head over the leaves, an
inclusion proof checked for every entry, a tampered row detected, and
summaries by version and ALPN with GROUP BY."""
import hashlib
import json
import os
import socket
import sqlite3
import ssl
import subprocess
import tempfile
import threading


def make_pki(d):
    def run(*args):
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ca_key, ca = os.path.join(d, "ca.key"), os.path.join(d, "ca.crt")
    run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-days", "2", "-subj", "/O=CT Lab/CN=CT Lab Root", "-keyout", ca_key, "-out", ca)
    out = {}
    for name, cn, ext in [("srv", "log.ct.test", "subjectAltName=DNS:log.ct.test"),
                          ("cli", "auditor-7", "extendedKeyUsage=clientAuth")]:
        key, csr, crt = (os.path.join(d, name + s) for s in (".key", ".csr", ".crt"))
        run("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-subj", "/O=CT Lab/CN=" + cn, "-keyout", key, "-out", csr)
        extfile = os.path.join(d, name + ".ext")
        with open(extfile, "w") as f:
            f.write(ext + "\n")
        run("openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
            "-days", "1", "-extfile", extfile, "-out", crt)
        out[name] = (crt, key)
    return ca, out


def serve(lsock, ctx, n, seen):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                peer = s.getpeercert()
                who = dict(x[0] for x in peer["subject"])["commonName"] if peer else "-"
                line = s.recv(64)
                seen.append((who, s.selected_alpn_protocol(), line.decode().strip()))
                s.sendall(b"logged " + line)
        except (ssl.SSLError, OSError) as e:
            seen.append(("error", type(e).__name__, ""))


def leaf_hash(entry):
    blob = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(b"\x00" + blob).hexdigest()


def node_hash(a, b):
    return hashlib.sha256(b"\x01" + bytes.fromhex(a) + bytes.fromhex(b)).hexdigest()


def merkle_root(leaves):
    level = list(leaves)
    while len(level) > 1:
        nxt = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


def inclusion_proof(leaves, index):
    proof, level = [], list(leaves)
    while len(level) > 1:
        sib = index ^ 1
        if sib < len(level):
            proof.append((sib < index, level[sib]))
        nxt = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level, index = nxt, index // 2
    return proof


def verify(leaf, proof, root):
    h = leaf
    for left, sib in proof:
        h = node_hash(sib, h) if left else node_hash(h, sib)
    return h == root


def main():
    clients = [
        ("plain-1.3", False, None, False),
        ("plain-1.2", True, None, False),
        ("h2-offer", False, ["h2", "http/1.1"], False),
        ("http1-only", True, ["http/1.1"], False),
        ("mtls", False, ["h2"], True),
        ("no-alpn-match", False, ["spdy/3"], False),
    ]
    with tempfile.TemporaryDirectory() as d:
        ca, pki = make_pki(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(*pki["srv"])
        sctx.load_verify_locations(ca)
        sctx.verify_mode = ssl.CERT_OPTIONAL
        sctx.set_alpn_protocols(["h2", "http/1.1"])
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(8)
        seen = []
        t = threading.Thread(target=serve, args=(lsock, sctx, len(clients), seen))
        t.start()

        db = sqlite3.connect(os.path.join(d, "ct.db"))
        db.execute("""CREATE TABLE log (seq INTEGER PRIMARY KEY, label TEXT, version TEXT, cipher TEXT,
                      bits INTEGER, alpn TEXT, subject TEXT, issuer TEXT, der_sha256 TEXT,
                      leaf TEXT, chain TEXT)""")
        prev = "0" * 64
        server_der = set()
        for seq, (label, tls12_only, alpn, mtls) in enumerate(clients):
            cctx = ssl.create_default_context(cafile=ca)
            if tls12_only:
                cctx.options |= ssl.OP_NO_TLSv1_3
            if alpn:
                cctx.set_alpn_protocols(alpn)
            if mtls:
                cctx.load_cert_chain(*pki["cli"])
            with socket.create_connection(lsock.getsockname()) as raw:
                with cctx.wrap_socket(raw, server_hostname="log.ct.test") as s:
                    s.sendall(label.encode() + b"\n")
                    reply = s.recv(64)
                    cert = s.getpeercert()
                    der = s.getpeercert(binary_form=True)
                    name, _, bits = s.cipher()
                    entry = {
                        "seq": seq, "label": label, "version": s.version(), "cipher": name, "bits": bits,
                        "alpn": s.selected_alpn_protocol(),
                        "subject": dict(x[0] for x in cert["subject"])["commonName"],
                        "issuer": dict(x[0] for x in cert["issuer"])["commonName"],
                    }
            server_der.add(hashlib.sha256(der).hexdigest())
            leaf = leaf_hash(entry)
            chain = hashlib.sha256(bytes.fromhex(prev) + bytes.fromhex(leaf)).hexdigest()
            db.execute("INSERT INTO log VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       (seq, label, entry["version"], name, bits, entry["alpn"], entry["subject"],
                        entry["issuer"], hashlib.sha256(der).hexdigest(), leaf, chain))
            prev = chain
            print("%-14s %-8s %-24s alpn=%-9s reply=%r" % (label, entry["version"], name, entry["alpn"], reply))
        db.commit()
        t.join(10)
        lsock.close()
        print("server saw:", seen)
        print("one server certificate:", len(server_der) == 1)

        rows = db.execute("SELECT seq, label, version, cipher, bits, alpn, subject, issuer, leaf, chain "
                          "FROM log ORDER BY seq").fetchall()
        leaves, prev, chain_ok = [], "0" * 64, True
        for seq, label, version, cipher, bits, alpn, subject, issuer, leaf, chain in rows:
            entry = {"seq": seq, "label": label, "version": version, "cipher": cipher, "bits": bits,
                     "alpn": alpn, "subject": subject, "issuer": issuer}
            chain_ok &= leaf_hash(entry) == leaf
            expect = hashlib.sha256(bytes.fromhex(prev) + bytes.fromhex(leaf)).hexdigest()
            chain_ok &= expect == chain
            prev = chain
            leaves.append(leaf)
        root = merkle_root(leaves)
        print("entries:", len(leaves), "chain intact:", chain_ok, "root hex digits:", len(root))
        proofs = [inclusion_proof(leaves, i) for i in range(len(leaves))]
        print("proof lengths:", [len(p) for p in proofs])
        print("all proofs verify:", all(verify(leaves[i], proofs[i], root) for i in range(len(leaves))))
        print("proof of 2 fails for leaf 3:", verify(leaves[3], proofs[2], root))

        with db:
            db.execute("UPDATE log SET alpn = 'h2' WHERE label = 'no-alpn-match'")
        tampered = []
        for seq, label, version, cipher, bits, alpn, subject, issuer, leaf, _ in db.execute(
                "SELECT seq, label, version, cipher, bits, alpn, subject, issuer, leaf, chain FROM log ORDER BY seq"):
            entry = {"seq": seq, "label": label, "version": version, "cipher": cipher, "bits": bits,
                     "alpn": alpn, "subject": subject, "issuer": issuer}
            if leaf_hash(entry) != leaf:
                tampered.append(label)
        print("tampered rows:", tampered)

        for version, n, labels in db.execute(
                "SELECT version, COUNT(*), GROUP_CONCAT(label, ',') FROM log GROUP BY version ORDER BY version"):
            print("version %s: %d (%s)" % (version, n, ",".join(sorted(labels.split(",")))))
        for alpn, n in db.execute("SELECT IFNULL(alpn, '(none)'), COUNT(*) FROM log GROUP BY 1 ORDER BY 2 DESC, 1"):
            print("alpn %-8s %d" % (alpn, n))
        print("distinct issuers:", db.execute("SELECT COUNT(DISTINCT issuer) FROM log").fetchone()[0])
        db.close()


main()
