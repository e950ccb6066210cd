"""DNS over TLS (RFC 7858) with struct: a threaded resolver on a TLS
socket answers two-byte-length-prefixed DNS messages from a small zone
(A, AAAA, TXT, CNAME, MX, NXDOMAIN, REFUSED for other zones, FORMERR for
junk), using name compression in its answers; the client sends several
queries pipelined on one connection, matches replies to queries by ID
(they may come back in any order), and decodes the records."""
import ipaddress
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading

TYPES = {1: "A", 5: "CNAME", 15: "MX", 16: "TXT", 28: "AAAA"}
CODES = {v: k for k, v in TYPES.items()}
RCODES = {0: "NOERROR", 1: "FORMERR", 3: "NXDOMAIN", 5: "REFUSED"}

ZONE = {
    ("example.test", "A"): [(300, "192.0.2.10"), (300, "192.0.2.11")],
    ("example.test", "AAAA"): [(300, "2001:db8::10")],
    ("example.test", "MX"): [(3600, (10, "mail.example.test")), (20, (20, "backup.example.test"))],
    ("example.test", "TXT"): [(60, ["v=spf1 -all"]), (60, ["two", "strings"])],
    ("www.example.test", "CNAME"): [(120, "example.test")],
    ("mail.example.test", "A"): [(300, "192.0.2.25")],
}


def encode_name(name, offsets, pos):
    out = b""
    labels = name.rstrip(".").split(".")
    for i in range(len(labels)):
        suffix = ".".join(labels[i:]).lower()
        if suffix in offsets:
            return out + struct.pack("!H", 0xC000 | offsets[suffix])
        offsets[suffix] = pos + len(out)
        lab = labels[i].encode("ascii")
        out += struct.pack("!B", len(lab)) + lab
    return out + b"\0"


def decode_name(msg, off, depth=0):
    labels = []
    while True:
        if off >= len(msg) or depth > 10:
            raise ValueError("bad name")
        n = msg[off]
        if n & 0xC0 == 0xC0:
            ptr = struct.unpack_from("!H", msg, off)[0] & 0x3FFF
            rest, _ = decode_name(msg, ptr, depth + 1)
            labels.append(rest)
            return ".".join(l for l in labels if l), off + 2
        off += 1
        if n == 0:
            return ".".join(labels), off
        labels.append(msg[off:off + n].decode("ascii"))
        off += n


def build_query(qid, name, qtype):
    hdr = struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0)
    return hdr + encode_name(name, {}, 12) + struct.pack("!HH", CODES[qtype], 1)


def rdata(rtype, value, offsets, pos):
    if rtype == "A":
        return ipaddress.IPv4Address(value).packed
    if rtype == "AAAA":
        return ipaddress.IPv6Address(value).packed
    if rtype == "CNAME":
        return encode_name(value, offsets, pos)
    if rtype == "MX":
        return struct.pack("!H", value[0]) + encode_name(value[1], offsets, pos + 2)
    if rtype == "TXT":
        return b"".join(struct.pack("!B", len(s)) + s.encode() for s in value)
    raise ValueError(rtype)


def answer(query):
    if len(query) < 12:
        return None
    qid, flags, qd, an, ns, ar = struct.unpack_from("!HHHHHH", query)
    try:
        if qd != 1:
            raise ValueError("one question")
        qname, off = decode_name(query, 12)
        qtype, qclass = struct.unpack_from("!HH", query, off)
    except (ValueError, struct.error):
        return struct.pack("!HHHHHH", qid, 0x8001, 0, 0, 0, 0)
    qname = qname.lower()
    offsets = {}
    question = encode_name(qname, offsets, 12) + struct.pack("!HH", qtype, qclass)
    records = []
    rcode = 0
    if not (qname == "example.test" or qname.endswith(".example.test")):
        rcode = 5
    else:
        name, tname = qname, TYPES.get(qtype, "?")
        for _ in range(5):
            if (name, tname) in ZONE:
                records += [(name, tname, ttl, v) for ttl, v in ZONE[(name, tname)]]
                break
            if (name, "CNAME") in ZONE:
                ttl, target = ZONE[(name, "CNAME")][0]
                records.append((name, "CNAME", ttl, target))
                name = target
                continue
            if not any(k[0] == name for k in ZONE):
                rcode = 3
            break
    body = question
    for name, rtype, ttl, value in records:
        pos = 12 + len(body)
        nm = encode_name(name, offsets, pos)
        rd = rdata(rtype, value, offsets, pos + len(nm) + 10)
        body += nm + struct.pack("!HHIH", CODES[rtype], 1, ttl, len(rd)) + rd
    hdr = struct.pack("!HHHHHH", qid, 0x8400 | 0x0100 | rcode, 1, len(records), 0, 0)
    return hdr + body


def parse_reply(msg):
    qid, flags, qd, an, ns, ar = struct.unpack_from("!HHHHHH", msg)
    off = 12
    for _ in range(qd):
        _, off = decode_name(msg, off)
        off += 4
    recs = []
    for _ in range(an):
        name, off = decode_name(msg, off)
        rtype, rclass, ttl, rdlen = struct.unpack_from("!HHIH", msg, off)
        off += 10
        rd = msg[off:off + rdlen]
        t = TYPES[rtype]
        if t == "A":
            val = str(ipaddress.IPv4Address(rd))
        elif t == "AAAA":
            val = str(ipaddress.IPv6Address(rd))
        elif t == "CNAME":
            val = decode_name(msg, off)[0]
        elif t == "MX":
            val = "%d %s" % (struct.unpack_from("!H", rd)[0], decode_name(msg, off + 2)[0])
        else:
            parts, i = [], 0
            while i < len(rd):
                parts.append(rd[i + 1:i + 1 + rd[i]].decode())
                i += 1 + rd[i]
            val = " ".join('"%s"' % p for p in parts)
        recs.append("%s %d %s %s" % (name, ttl, t, val))
        off += rdlen
    return qid, RCODES.get(flags & 0xF, flags & 0xF), bool(flags & 0x0400), recs


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise EOFError("connection closed after %d of %d bytes" % (len(buf), n))
        buf += chunk
    return buf


def serve_conn(conn, stats):
    with conn:
        while True:
            try:
                (n,) = struct.unpack("!H", recv_exact(conn, 2))
            except EOFError:
                break
            reply = answer(recv_exact(conn, n))
            stats.append(n)
            if reply is None:
                break
            conn.sendall(struct.pack("!H", len(reply)) + reply)
        try:
            conn.unwrap()
        except (ssl.SSLError, OSError):
            pass


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "1", "-subj", "/CN=dns.example.test",
                        "-addext", "subjectAltName=DNS:dns.example.test",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(4)
        port = lsock.getsockname()[1]
        stats = []
        workers = []

        def accept_loop():
            with sctx.wrap_socket(lsock, server_side=True) as ls:
                for _ in range(2):
                    conn, _ = ls.accept()
                    t = threading.Thread(target=serve_conn, args=(conn, stats))
                    t.start()
                    workers.append(t)

        acceptor = threading.Thread(target=accept_loop)
        acceptor.start()
        cctx = ssl.create_default_context(cafile=crt)
        questions = [("example.test", "A"), ("example.test", "AAAA"), ("www.example.test", "A"),
                     ("EXAMPLE.test", "MX"), ("example.test", "TXT"), ("nope.example.test", "A"),
                     ("example.org", "A"), ("mail.example.test", "AAAA")]
        with socket.create_connection(("127.0.0.1", port), timeout=20) as raw:
            with cctx.wrap_socket(raw, server_hostname="dns.example.test") as s:
                print("tls:", s.version() in ("TLSv1.2", "TLSv1.3"),
                      "peer:", dict(x[0] for x in s.getpeercert()["subject"])["commonName"])
                batch = b""
                for i, (name, t) in enumerate(questions):
                    q = build_query(0x1000 + i * 7, name, t)
                    batch += struct.pack("!H", len(q)) + q
                s.sendall(batch)
                replies = {}
                for _ in questions:
                    (n,) = struct.unpack("!H", recv_exact(s, 2))
                    qid, rcode, aa, recs = parse_reply(recv_exact(s, n))
                    replies[qid] = (rcode, aa, recs)
                for i, (name, t) in enumerate(questions):
                    rcode, aa, recs = replies[0x1000 + i * 7]
                    print("%-20s %-5s %-8s aa=%d" % (name, t, rcode, aa))
                    for r in recs:
                        print("    " + r)
                s.unwrap()
        with socket.create_connection(("127.0.0.1", port), timeout=20) as raw:
            with cctx.wrap_socket(raw, server_hostname="dns.example.test") as s:
                junk = struct.pack("!HHHHHH", 0xBEEF, 0x0100, 1, 0, 0, 0) + b"\x3fshort"
                s.sendall(struct.pack("!H", len(junk)) + junk)
                (n,) = struct.unpack("!H", recv_exact(s, 2))
                print("junk question:", parse_reply(recv_exact(s, n)))
                s.sendall(struct.pack("!H", 3) + b"abc")
                try:
                    print("short message:", s.recv(10))
                except ssl.SSLError as e:
                    print("short message:", type(e).__name__)
        acceptor.join(10)
        for t in workers:
            t.join(10)
        print("messages served:", len(stats), "sizes:", sorted(set(stats))[:3])


if __name__ == "__main__":
    main()
