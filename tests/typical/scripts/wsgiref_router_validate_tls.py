"""A small WSGI application behind wsgiref.simple_server over TLS, wrapped
in wsgiref.validate's checker: routing with wsgiref.util.shift_path_info,
headers built with wsgiref.headers.Headers, request_uri and
application_uri reconstruction (HTTPS on), a JSON POST, a streamed body
from a generator, and a 405 and a 404. The client is http.client."""
import http.client
import io
import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
import wsgiref.headers
import wsgiref.simple_server
import wsgiref.util
import wsgiref.validate


def app(environ, start_response):
    environ = dict(environ, HTTPS="on", **{"wsgi.url_scheme": "https"})
    full = wsgiref.util.request_uri(environ)
    base = wsgiref.util.application_uri(environ)
    section = wsgiref.util.shift_path_info(environ)
    headers = wsgiref.headers.Headers([])
    headers.add_header("Content-Type", "application/json", charset="utf-8")
    headers.add_header("X-Section", section or "-")
    if section == "echo":
        if environ["REQUEST_METHOD"] != "POST":
            headers["Allow"] = "POST"
            body = b'{"error": "POST only"}'
            headers["Content-Length"] = str(len(body))
            start_response("405 Method Not Allowed", headers.items())
            return [body]
        length = int(environ.get("CONTENT_LENGTH") or 0)
        data = json.loads(environ["wsgi.input"].read(length).decode())
        body = json.dumps({"got": data, "rest": environ["PATH_INFO"], "script": environ["SCRIPT_NAME"]},
                          sort_keys=True).encode()
        headers["Content-Length"] = str(len(body))
        start_response("200 OK", headers.items())
        return [body]
    if section == "info":
        port = environ["SERVER_PORT"]
        body = json.dumps({"uri": full.replace(port, "PORT"), "base": base.replace(port, "PORT"),
                           "query": environ.get("QUERY_STRING"), "rest": environ["PATH_INFO"]},
                          sort_keys=True).encode()
        headers["Content-Length"] = str(len(body))
        start_response("200 OK", headers.items())
        return [body]
    if section == "stream":
        headers["Content-Type"] = "text/plain"
        headers["Content-Length"] = str(4 * len("line 0\n"))
        start_response("200 OK", headers.items())
        return (("line %d\n" % i).encode() for i in range(4))
    body = json.dumps({"error": "no route", "path": "/" + (section or "")}).encode()
    headers["Content-Length"] = str(len(body))
    start_response("404 Not Found", headers.items())
    return [body]


class QuietHandler(wsgiref.simple_server.WSGIRequestHandler):
    def log_message(self, fmt, *args):
        pass


def main():
    d = tempfile.mkdtemp()
    try:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                               "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                               "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = wsgiref.simple_server.make_server("127.0.0.1", 0, wsgiref.validate.validator(app),
                                                   handler_class=QuietHandler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        try:
            for method, path, body in (("GET", "/info/a/b?x=1&y=two", None),
                                       ("POST", "/echo/sub/path", {"n": [1, 2], "s": "é"}),
                                       ("GET", "/echo", None),
                                       ("GET", "/stream", None),
                                       ("GET", "/missing/thing", None)):
                conn = http.client.HTTPSConnection("localhost", server.server_address[1], context=cctx, timeout=10)
                payload = json.dumps(body).encode() if body is not None else None
                hdrs = {"Content-Type": "application/json"} if payload else {}
                conn.request(method, path, body=payload, headers=hdrs)
                resp = conn.getresponse()
                print("%s %s -> %d %s" % (method, path, resp.status, resp.reason))
                for name in ("Content-Type", "X-Section", "Allow", "Content-Length"):
                    if resp.getheader(name):
                        print("   %s: %s" % (name, resp.getheader(name)))
                print("   body:", resp.read().decode())
                conn.close()
        finally:
            server.shutdown()
            server.server_close()
            t.join(5)
    finally:
        shutil.rmtree(d)


main()
