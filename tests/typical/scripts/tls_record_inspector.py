"""Parse TLS records with struct: a client's first flight taken from a
MemoryBIO handshake, the record header, the ClientHello fields, its
extensions by number, and a server's reply records."""
import binascii
import os
import ssl
import struct
import subprocess
import tempfile

EXT_NAMES = {0: "server_name", 10: "supported_groups", 11: "ec_point_formats", 13: "signature_algorithms",
             16: "alpn", 22: "encrypt_then_mac", 23: "extended_master_secret", 35: "session_ticket",
             43: "supported_versions", 45: "psk_key_exchange_modes", 51: "key_share"}
CONTENT = {20: "change_cipher_spec", 21: "alert", 22: "handshake", 23: "application_data"}


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=records.test", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def records(data):
    off = 0
    while off + 5 <= len(data):
        ctype, major, minor, length = struct.unpack_from("!BBBH", data, off)
        yield ctype, (major, minor), data[off + 5:off + 5 + length]
        off += 5 + length


def parse_client_hello(body):
    htype, = struct.unpack("!B", body[:1])
    hlen = int.from_bytes(body[1:4], "big")
    p = 4
    version = struct.unpack_from("!H", body, p)[0]
    p += 2 + 32
    sid_len = body[p]
    p += 1 + sid_len
    cs_len, = struct.unpack_from("!H", body, p)
    p += 2
    suites = struct.unpack_from("!%dH" % (cs_len // 2), body, p)
    p += cs_len
    comp_len = body[p]
    p += 1 + comp_len
    ext_total, = struct.unpack_from(">H", body, p)
    p += 2
    exts = []
    end = p + ext_total
    sni = None
    alpn = None
    while p < end:
        etype, elen = struct.unpack_from(">HH", body, p)
        data = body[p + 4:p + 4 + elen]
        if etype == 0:
            name_len, = struct.unpack_from(">H", data, 3)
            sni = data[5:5 + name_len].decode("ascii")
        if etype == 16:
            protos, q = [], 2
            while q < len(data):
                n = data[q]
                protos.append(data[q + 1:q + 1 + n].decode())
                q += 1 + n
            alpn = protos
        exts.append(etype)
        p += 4 + elen
    return {"type": htype, "length_ok": hlen == len(body) - 4, "legacy_version": hex(version),
            "session_id_len": sid_len, "suites": suites, "extensions": exts, "sni": sni, "alpn": alpn}


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        cctx.load_verify_locations(crt)
        cctx.set_alpn_protocols(["h2", "http/1.1"])
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
        client = cctx.wrap_bio(c_in, c_out, server_hostname="records.test")
        server = sctx.wrap_bio(s_in, s_out, server_side=True)
        try:
            client.do_handshake()
        except ssl.SSLWantReadError:
            pass
        flight = c_out.read()
        recs = list(records(flight))
        print("client records:", [(CONTENT[t], v) for t, v, _ in recs])
        hello = parse_client_hello(recs[0][2])
        print("handshake type:", hello["type"], "length ok:", hello["length_ok"])
        print("legacy version:", hello["legacy_version"], "session id:", hello["session_id_len"])
        tls13 = [s for s in hello["suites"] if s >> 8 == 0x13]
        print("tls1.3 suites:", ["0x%04x" % s for s in tls13])
        print("has 0x00ff:", 0x00ff in hello["suites"])
        print("sni:", hello["sni"], "alpn:", hello["alpn"])
        named = sorted(EXT_NAMES[e] for e in hello["extensions"] if e in EXT_NAMES)
        print("extensions:", named)
        s_in.write(flight)
        try:
            server.do_handshake()
        except ssl.SSLWantReadError:
            pass
        reply = s_out.read()
        kinds = [(CONTENT.get(t, t), v) for t, v, _ in records(reply)]
        print("server records:", kinds[:2], "then", len(kinds) - 2, "more")
        first = list(records(reply))[0][2]
        print("server hello:", first[0], binascii.hexlify(first[4:6]).decode())
        c_in.write(reply)
        client.do_handshake()
        s_in.write(c_out.read())
        server.do_handshake()
        print("versions:", client.version(), server.version(), "alpn:", client.selected_alpn_protocol())
        client.write(b"ping over memory")
        app = c_out.read()
        print("app records:", [(CONTENT[t], len(b) > 16) for t, _, b in records(app)])
        s_in.write(app)
        print("server got:", server.read(100))
    print(struct.calcsize("!BBBH"), struct.pack("!BBBH", 21, 3, 3, 2) + bytes([2, 40]))
    print(struct.unpack("!BB", b"\x02\x28"), ssl.AlertDescription(40).name)
    try:
        struct.unpack("!H", b"\x01")
    except struct.error as exc:
        print("struct.error:", exc)


if __name__ == "__main__":
    main()
