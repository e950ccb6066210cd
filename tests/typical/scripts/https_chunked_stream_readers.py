"""Reading a streamed (chunked) HTTPS response every way http.client
offers: an http.server over TLS streams newline-delimited JSON events in
chunks of uneven sizes with a trailer; the client reads them with
readline(), read1(), peek(), readinto() and read(n), through
io.TextIOWrapper, and checks the events, chunk boundaries aside."""
import http.client
import http.server
import io
import json
import os
import shutil
import ssl
import subprocess
import tempfile
import threading

EVENTS = [{"seq": i, "kind": ("tick", "alert", "note")[i % 3], "text": "x" * (i * 7 % 40)} for i in range(12)]
PAYLOAD = b"".join(json.dumps(e, sort_keys=True).encode() + b"\n" for e in EVENTS)


class StreamHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        sizes = [1, 7, 64, 3, 500, 33]
        pos, i = 0, 0
        while pos < len(PAYLOAD):
            piece = PAYLOAD[pos:pos + sizes[i % len(sizes)]]
            pos += len(piece)
            i += 1
            self.wfile.write(b"%x\r\n" % len(piece) + piece + b"\r\n")
        self.wfile.write(b"0\r\nX-Events: %d\r\n\r\n" % len(EVENTS))


def check(label, data):
    events = [json.loads(line) for line in data.decode().splitlines()]
    print("%-28s %d events, equal: %s" % (label, len(events), events == EVENTS))


def main():
    d = tempfile.mkdtemp()
    try:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                               "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                               "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = http.server.HTTPServer(("127.0.0.1", 0), StreamHandler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        conn = http.client.HTTPSConnection("localhost", server.server_address[1],
                                           context=ssl.create_default_context(cafile=crt), timeout=10)
        try:
            def get(path="/events", close=False):
                conn.request("GET", path, headers={"Connection": "close"} if close else {})
                resp = conn.getresponse()
                return resp

            resp = get()
            print("chunked:", resp.chunked, "length:", resp.length, "type:", resp.getheader("Content-Type"))
            lines = []
            while True:
                line = resp.readline()
                if not line:
                    break
                lines.append(line)
            check("readline()", b"".join(lines))
            print("readline pieces end in newline:", all(l.endswith(b"\n") for l in lines))

            resp = get()
            parts = []
            while True:
                part = resp.read1(50)
                if not part:
                    break
                parts.append(part)
            check("read1(50)", b"".join(parts))
            print("read1 never over 50:", max(len(p) for p in parts) <= 50)

            resp = get()
            peeked = resp.peek(5)
            print("peek gives at least 1 byte, starts with '{':", len(peeked) >= 1, peeked[:1] == b"{")
            buf = bytearray(37)
            got = bytearray()
            while True:
                n = resp.readinto(buf)
                if not n:
                    break
                got += buf[:n]
            check("peek + readinto(37)", bytes(got))

            resp = get()
            got = b""
            while True:
                piece = resp.read(13)
                if not piece:
                    break
                got += piece
            check("read(13)", got)
            print("closed after the body:", resp.isclosed())

            resp = get(close=True)
            text = io.TextIOWrapper(resp, encoding="utf-8")
            kinds = [json.loads(line)["kind"] for line in text]
            print("TextIOWrapper lines:", len(kinds), "alerts:", kinds.count("alert"))

        finally:
            conn.close()
            server.shutdown()
            server.server_close()
            t.join(5)
    finally:
        shutil.rmtree(d)


main()
