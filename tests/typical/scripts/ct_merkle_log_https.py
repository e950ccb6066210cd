"""A certificate-transparency-like append-only log served as HTTPS JSON:
a threaded http.server behind TLS keeps a Merkle tree (RFC 6962 hashing)
of submitted PEM certificates, signs its tree heads with HMAC, and
answers add-chain, get-sth, get-proof-by-hash, get-consistency and
get-entries. The client submits certificates made by openssl, checks
every inclusion proof and a consistency proof between two tree heads
itself, and reports what a tampered proof and bad requests give."""
import base64
import hashlib
import hmac
import json
import os
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn

LOG_KEY = b"log-signing-key-for-tests"


def leaf_hash(data):
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def largest_pow2_below(n):
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(leaves):
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = largest_pow2_below(len(leaves))
    return node_hash(mth(leaves[:k]), mth(leaves[k:]))


def audit_path(m, leaves):
    if len(leaves) <= 1:
        return []
    k = largest_pow2_below(len(leaves))
    if m < k:
        return audit_path(m, leaves[:k]) + [mth(leaves[k:])]
    return audit_path(m - k, leaves[k:]) + [mth(leaves[:k])]


def subproof(m, leaves, complete):
    n = len(leaves)
    if m == n:
        return [] if complete else [mth(leaves)]
    k = largest_pow2_below(n)
    if m <= k:
        return subproof(m, leaves[:k], complete) + [mth(leaves[k:])]
    return subproof(m - k, leaves[k:], False) + [mth(leaves[:k])]


def verify_inclusion(index, size, leaf, path, root):
    # RFC 9162's iterative check.
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(size1, size2, root1, root2, proof):
    if size1 == size2:
        return not proof and root1 == root2
    if size1 & (size1 - 1) == 0:
        proof = [root1] + proof
    fn, sn = size1 - 1, size2 - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == root1 and sr == root2


class Log:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries = []
        self.leaves = []
        self.index = {}

    def add(self, der):
        with self.lock:
            h = leaf_hash(der)
            if h in self.index:
                return self.index[h], True
            self.entries.append(der)
            self.leaves.append(h)
            self.index[h] = len(self.leaves) - 1
            return self.index[h], False

    def sth(self):
        with self.lock:
            size = len(self.leaves)
            root = mth(self.leaves)
        sig = hmac.new(LOG_KEY, b"%d:" % size + root, "sha256").hexdigest()
        return {"tree_size": size, "sha256_root_hash": base64.b64encode(root).decode(),
                "tree_head_signature": sig}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    log = None

    def log_message(self, *args):
        pass

    def reply(self, code, obj):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        if self.path != "/ct/v1/add-chain":
            return self.reply(404, {"error": "no such endpoint"})
        n = int(self.headers.get("Content-Length", "0"))
        try:
            req = json.loads(self.rfile.read(n).decode())
            der = base64.b64decode(req["chain"][0], validate=True)
        except (ValueError, KeyError, IndexError, TypeError) as e:
            return self.reply(400, {"error": type(e).__name__})
        idx, dup = self.log.add(der)
        self.reply(200, {"leaf_index": idx, "duplicate": dup})

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        q = dict(urllib.parse.parse_qsl(url.query))
        log = self.log
        try:
            if url.path == "/ct/v1/get-sth":
                return self.reply(200, log.sth())
            if url.path == "/ct/v1/get-proof-by-hash":
                h = base64.b64decode(q["hash"])
                size = int(q["tree_size"])
                with log.lock:
                    if size > len(log.leaves) or h not in log.index or log.index[h] >= size:
                        return self.reply(400, {"error": "not in tree of that size"})
                    idx = log.index[h]
                    path = audit_path(idx, log.leaves[:size])
                return self.reply(200, {"leaf_index": idx,
                                        "audit_path": [base64.b64encode(p).decode() for p in path]})
            if url.path == "/ct/v1/get-sth-consistency":
                first, second = int(q["first"]), int(q["second"])
                with log.lock:
                    if not 0 < first <= second <= len(log.leaves):
                        return self.reply(400, {"error": "bad range"})
                    proof = subproof(first, log.leaves[:second], True)
                return self.reply(200, {"consistency": [base64.b64encode(p).decode() for p in proof]})
            if url.path == "/ct/v1/get-entries":
                start, end = int(q["start"]), int(q["end"])
                with log.lock:
                    items = log.entries[start:end + 1]
                return self.reply(200, {"entries": [{"leaf_input": base64.b64encode(e).decode()} for e in items]})
        except (KeyError, ValueError) as e:
            return self.reply(400, {"error": "%s: %s" % (type(e).__name__, e)})
        self.reply(404, {"error": "no such endpoint"})


class Server(ThreadingMixIn, HTTPServer):
    daemon_threads = True


def openssl(*args):
    subprocess.run(("openssl",) + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "log.key"), os.path.join(d, "log.crt")
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-days", "1", "-subj", "/CN=ct.test", "-addext", "subjectAltName=DNS:ct.test,IP:127.0.0.1",
                "-keyout", key, "-out", crt)
        certs = []
        for i in range(7):
            k, c = os.path.join(d, "s%d.key" % i), os.path.join(d, "s%d.crt" % i)
            openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "1", "-subj", "/CN=site%d.example" % i, "-keyout", k, "-out", c)
            with open(c) as f:
                certs.append(ssl.PEM_cert_to_DER_cert(f.read()))

        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        Handler.log = Log()
        srv = Server(("127.0.0.1", 0), Handler)
        srv.socket = sctx.wrap_socket(srv.socket, server_side=True)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        base = "https://127.0.0.1:%d/ct/v1/" % srv.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=cctx))

        def call(path, body=None):
            data = None if body is None else json.dumps(body).encode()
            req = urllib.request.Request(base + path, data=data,
                                         headers={"Content-Type": "application/json"})
            try:
                with opener.open(req, timeout=10) as r:
                    return r.status, json.loads(r.read().decode())
            except urllib.error.HTTPError as e:
                with e:
                    return e.code, json.loads(e.read().decode())

        try:
            heads = []
            for i, der in enumerate(certs):
                st, res = call("add-chain", {"chain": [base64.b64encode(der).decode()]})
                print("add site%d:" % i, st, res)
                if i in (2, 6):
                    st, sth = call("get-sth")
                    good = hmac.compare_digest(sth["tree_head_signature"], hmac.new(
                        LOG_KEY, b"%d:" % sth["tree_size"] + base64.b64decode(sth["sha256_root_hash"]),
                        "sha256").hexdigest())
                    print("sth size=%d signature ok=%s root bytes=%d" % (
                        sth["tree_size"], good, len(base64.b64decode(sth["sha256_root_hash"]))))
                    heads.append(sth)
            print("resubmit site3:", call("add-chain", {"chain": [base64.b64encode(certs[3]).decode()]}))

            sth = heads[-1]
            root = base64.b64decode(sth["sha256_root_hash"])
            local_root = mth([leaf_hash(c) for c in certs])
            print("local root matches:", local_root == root)
            for i, der in enumerate(certs):
                h = leaf_hash(der)
                q = urllib.parse.urlencode({"hash": base64.b64encode(h).decode(), "tree_size": sth["tree_size"]})
                st, pr = call("get-proof-by-hash?" + q)
                path = [base64.b64decode(p) for p in pr["audit_path"]]
                ok = verify_inclusion(pr["leaf_index"], sth["tree_size"], h, path, root)
                bad = verify_inclusion(pr["leaf_index"], sth["tree_size"], h,
                                       path[:-1] + [bytes(32)], root) if path else None
                print("proof site%d: index=%d path=%d verified=%s tampered=%s" % (
                    i, pr["leaf_index"], len(path), ok, bad))

            old = heads[0]
            st, cons = call("get-sth-consistency?first=%d&second=%d" % (old["tree_size"], sth["tree_size"]))
            proof = [base64.b64decode(p) for p in cons["consistency"]]
            print("consistency %d->%d: %d hashes, verified=%s" % (
                old["tree_size"], sth["tree_size"], len(proof),
                verify_consistency(old["tree_size"], sth["tree_size"],
                                   base64.b64decode(old["sha256_root_hash"]), root, proof)))
            print("consistency with a wrong old root:", verify_consistency(
                old["tree_size"], sth["tree_size"], bytes(32), root, proof))

            st, ents = call("get-entries?start=1&end=3")
            subjects = []
            for e in ents["entries"]:
                der = base64.b64decode(e["leaf_input"])
                subjects.append(hashlib.sha256(der).hexdigest() == hashlib.sha256(certs[len(subjects) + 1]).hexdigest())
            print("entries 1..3 match submitted:", subjects)

            print("unknown hash:", call("get-proof-by-hash?" + urllib.parse.urlencode(
                {"hash": base64.b64encode(bytes(32)).decode(), "tree_size": 7})))
            print("bad range:", call("get-sth-consistency?first=5&second=3"))
            print("missing arg:", call("get-entries?start=1"))
            print("bad base64:", call("add-chain", {"chain": ["***"]}))
            print("no chain:", call("add-chain", {"certs": []}))
            print("unknown:", call("get-roots"))
        finally:
            srv.shutdown()
            srv.server_close()
            t.join()


if __name__ == "__main__":
    main()
