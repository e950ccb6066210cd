"""Upload files to an HTTPS server as multipart/form-data: the server is
http.server with cgi.FieldStorage parsing the body, the client builds the
body by hand and posts it with http.client.HTTPSConnection."""
import cgi
import hashlib
import http.client
import http.server
import json
import os
import ssl
import subprocess
import tempfile
import threading

BOUNDARY = "----gpysslBoundary7MA4YWxk"


class UploadHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        form = cgi.FieldStorage(fp=self.rfile, headers=self.headers,
                                environ={"REQUEST_METHOD": "POST",
                                         "CONTENT_TYPE": self.headers["Content-Type"]})
        result = {"fields": {}, "files": []}
        for key in sorted(form.keys()):
            item = form[key]
            if item.filename:
                data = item.file.read()
                result["files"].append({"field": key, "name": item.filename, "type": item.type,
                                        "size": len(data), "sha256": hashlib.sha256(data).hexdigest()[:16]})
            else:
                result["fields"][key] = item.value
        body = json.dumps(result, sort_keys=True).encode()
        self.send_response(201 if result["files"] else 400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        pass


def multipart(fields, files):
    lines = []
    for name, value in fields:
        lines += ["--" + BOUNDARY, 'Content-Disposition: form-data; name="%s"' % name, "", value]
    parts = [("\r\n".join(lines) + "\r\n").encode()] if lines else []
    for field, filename, ctype, data in files:
        head = "--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n" % (
            BOUNDARY, field, filename, ctype)
        parts += [head.encode(), data, b"\r\n"]
    parts.append(("--%s--\r\n" % BOUNDARY).encode())
    return b"".join(parts)


def main():
    d = tempfile.mkdtemp()
    key, crt = os.path.join(d, "k"), os.path.join(d, "c")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext",
                           "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    httpd = http.server.HTTPServer(("127.0.0.1", 0), UploadHandler)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    cctx = ssl.create_default_context(cafile=crt)
    uploads = [
        ([("album", "holiday"), ("note", "first batch")],
         [("photo", "beach.jpg", "image/jpeg", bytes(range(256)) * 40),
          ("photo2", "notes.txt", "text/plain", "caf\u00e9 r\u00e9sum\u00e9\n".encode())]),
        ([("album", "empty")], []),
        ([], [("blob", "zeros.bin", "application/octet-stream", b"\0" * 70000)]),
    ]
    try:
        for fields, files in uploads:
            body = multipart(fields, files)
            conn = http.client.HTTPSConnection("localhost", httpd.server_address[1], context=cctx, timeout=10)
            conn.request("POST", "/upload", body=body,
                         headers={"Content-Type": "multipart/form-data; boundary=" + BOUNDARY})
            resp = conn.getresponse()
            print(resp.status, resp.reason, resp.getheader("Content-Type"), len(body))
            for k, v in sorted(json.loads(resp.read().decode()).items()):
                print("   %s: %s" % (k, v))
            conn.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
        t.join(5)
        subprocess.call(["rm", "-rf", d])


main()
