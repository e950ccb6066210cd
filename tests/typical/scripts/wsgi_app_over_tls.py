"""A small WSGI application (routing, query strings, POST bodies, status
codes, a generator body) served by wsgiref.simple_server with the server
socket wrapped in TLS, exercised with http.client.HTTPSConnection."""
import http.client
import io
import json
import os
import ssl
import subprocess
import tempfile
import threading
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.util import request_uri

NOTES = {}


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def app(environ, start_response):
    method = environ["REQUEST_METHOD"]
    path = environ["PATH_INFO"]
    if path == "/notes" and method == "POST":
        size = int(environ.get("CONTENT_LENGTH") or 0)
        data = json.loads(environ["wsgi.input"].read(size).decode())
        NOTES[data["id"]] = data["text"]
        start_response("201 Created", [("Content-Type", "application/json"),
                                       ("Location", "/notes/%s" % data["id"])])
        return [json.dumps({"stored": data["id"]}).encode()]
    if path == "/notes":
        q = parse_qs(environ.get("QUERY_STRING", ""))
        prefix = q.get("prefix", [""])[0]
        keys = sorted(k for k in NOTES if k.startswith(prefix))
        start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
        return (("%s: %s\n" % (k, NOTES[k])).encode() for k in keys)
    if path == "/env":
        start_response("200 OK", [("Content-Type", "application/json")])
        info = {"scheme": environ["wsgi.url_scheme"], "method": method,
                "uri": request_uri(environ, include_query=True).split("/", 3)[-1],
                "multithread": environ["wsgi.multithread"], "version": environ["wsgi.version"]}
        return [json.dumps(info, sort_keys=True).encode()]
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"nothing at " + path.encode()]


class TLSWSGIServer(WSGIServer):
    """Ends each TLS session with close_notify before closing the socket,
    so that clients reading to EOF see a clean end."""

    def shutdown_request(self, request):
        try:
            request.unwrap()
        except (ssl.SSLError, OSError):
            pass
        super().shutdown_request(request)


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        httpd = make_server("127.0.0.1", 0, app, server_class=TLSWSGIServer,
                            handler_class=QuietHandler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        httpd.base_environ["HTTPS"] = "on"
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = httpd.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        try:
            def call(method, path, body=None):
                conn = http.client.HTTPSConnection("localhost", port, context=cctx, timeout=10)
                headers = {"Content-Type": "application/json"} if body is not None else {}
                conn.request(method, path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read().decode()
                conn.close()
                return resp.status, resp.reason, resp.getheader("Location"), data

            for note_id, text in (("a1", "renew cert"), ("a2", "rotate keys"), ("b1", "café menu")):
                print(call("POST", "/notes", json.dumps({"id": note_id, "text": text})))
            status, reason, _, text = call("GET", "/notes?prefix=a")
            print(status, reason)
            print(text, end="")
            print(call("GET", "/notes")[3], end="")
            env = json.loads(call("GET", "/env?x=1&y=2")[3])
            for k in sorted(env):
                print("env %s = %r" % (k, env[k]))
            print(call("GET", "/nope"))
        finally:
            httpd.shutdown()
            t.join(10)
            httpd.server_close()


main()
