"""An HTTPS JSON API on http.server, exercised with http.client."""
import http.client
import http.server
import json
import os
import ssl
import subprocess
import tempfile
import threading
from urllib.parse import parse_qs, urlsplit

NOTES = {}


def make_cert(d):
    cert, key = os.path.join(d, "api.crt"), os.path.join(d, "api.key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384",
         "-nodes", "-days", "30", "-subj", "/CN=api.localtest", "-addext",
         "subjectAltName=DNS:api.localtest,IP:127.0.0.1", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class APIHandler(http.server.BaseHTTPRequestHandler):
    server_version = "NotesAPI/1.0"
    sys_version = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        self.server.requests.append("%s %s" % (self.command, self.path))

    def reply(self, status, obj):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path == "/notes":
            q = parse_qs(url.query)
            tag = q.get("tag", [None])[0]
            items = {k: v for k, v in NOTES.items() if tag is None or tag in v["tags"]}
            self.reply(200, {"count": len(items), "ids": sorted(items)})
        elif url.path.startswith("/notes/"):
            note = NOTES.get(url.path.rsplit("/", 1)[1])
            if note is None:
                self.reply(404, {"error": "no such note"})
            else:
                self.reply(200, note)
        else:
            self.send_error(404, "Nothing here")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        try:
            data = json.loads(self.rfile.read(length).decode())
        except ValueError as exc:
            self.reply(400, {"error": "bad json: %s" % exc.__class__.__name__})
            return
        note_id = "n%d" % (len(NOTES) + 1)
        NOTES[note_id] = {"text": data["text"], "tags": data.get("tags", [])}
        self.reply(201, {"id": note_id})


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), APIHandler)
        httpd.requests = []
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        conn = http.client.HTTPSConnection("127.0.0.1", httpd.server_address[1], context=cctx, timeout=10)
        hdrs = {"Content-Type": "application/json"}
        conn.connect()
        print("cipher bits > 0:", conn.sock.cipher()[2] > 0, "peer CN:", conn.sock.getpeercert()["subject"])
        for note in [{"text": "renew certs", "tags": ["ops"]}, {"text": "buy milk"},
                     {"text": "rotate keys", "tags": ["ops", "sec"]}]:
            conn.request("POST", "/notes", json.dumps(note), hdrs)
            r = conn.getresponse()
            print(r.status, r.reason, json.loads(r.read().decode()))
        conn.request("POST", "/notes", "{not json", hdrs)
        r = conn.getresponse()
        print(r.status, r.reason, r.read())
        for path in ["/notes", "/notes?tag=ops", "/notes/n2", "/notes/n9", "/nowhere"]:
            conn.request("GET", path)
            r = conn.getresponse()
            body = r.read()
            print(path, "->", r.status, r.getheader("Content-Type"), r.getheader("Server"))
            if r.getheader("Content-Type") == "application/json":
                print("   ", json.loads(body.decode()))
            else:
                print("   ", len(body) > 0, b"Nothing here" in body)
        print("closed after error page:", conn.sock is None)
        conn.close()
        httpd.shutdown()
        httpd.server_close()
        t.join(10)
        print("log:", httpd.requests)


if __name__ == "__main__":
    main()
