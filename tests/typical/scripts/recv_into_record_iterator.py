"""Zero-copy style reading: an iterator class pulls fixed-size records off
an SSLSocket with recv_into() into a preallocated bytearray through a
memoryview, and the sender uses sendall() on memoryview slices."""
import array
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading

RECORD = struct.Struct("<IdH")   # id, value, flags


def make_cert(d):
    key, cert = os.path.join(d, "rk.pem"), os.path.join(d, "rc.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "6", "-subj", "/CN=records", "-addext", "subjectAltName=DNS:records.test",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class RecordReader:
    """Iterates over the records a peer sends until it closes."""

    def __init__(self, sock, expected, batch=8):
        self.sock = sock
        self.expected = expected
        self.buf = bytearray(RECORD.size * batch)
        self.view = memoryview(self.buf)
        self.filled = 0
        self.reads = 0

    def __iter__(self):
        return self

    def __next__(self):
        if not self.expected:
            raise StopIteration
        while self.filled < RECORD.size:
            n = self.sock.recv_into(self.view[self.filled:])
            self.reads += 1
            if n == 0:
                if self.filled:
                    raise ValueError("truncated record: %d bytes left" % self.filled)
                raise StopIteration
            self.filled += n
        rec = RECORD.unpack_from(self.buf)
        self.expected -= 1
        rest = self.filled - RECORD.size
        self.buf[:rest] = self.buf[RECORD.size:self.filled]
        self.filled = rest
        return rec


def producer(listener, ctx, count):
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        payload = bytearray()
        for i in range(count):
            payload += RECORD.pack(i, i / 8.0, i % 3)
        view = memoryview(payload)
        step = 7 * RECORD.size + 5   # deliberately not a record boundary
        for start in range(0, len(view), step):
            s.sendall(view[start:start + step])
        s.recv(1)  # the client's goodbye


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(10)
        t = threading.Thread(target=producer, args=(listener, sctx, 50))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        with cctx.wrap_socket(socket.create_connection(listener.getsockname(), timeout=10),
                              server_hostname="records.test") as s:
            reader = RecordReader(s, 50)
            totals = array.array("d")
            flags = [0, 0, 0]
            try:
                for rid, value, flag in reader:
                    totals.append(value)
                    flags[flag] += 1
            except ValueError as e:
                print("stopped:", e)
            s.sendall(b"!")
        t.join(10)
        listener.close()
        print("records:", len(totals), "sum:", sum(totals), "flags:", flags)
        print("first/last:", totals[0], totals[-1], "typecode:", totals.typecode)
        print("record size:", RECORD.size, "reads > 1:", reader.reads > 1)
        try:
            s.recv_into(bytearray(4))
        except OSError as e:
            print("after close:", type(e).__name__, e.errno)


if __name__ == "__main__":
    main()
