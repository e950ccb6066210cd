"""A login flow over HTTPS with cookies handled by hand: the server sets
them with http.cookies.SimpleCookie (Secure, HttpOnly, Max-Age, Path),
the client parses Set-Cookie headers, sends them back and logs out."""
import http.client
import http.cookies
import http.server
import os
import ssl
import subprocess
import tempfile
import threading

SESSIONS = {}


def make_cert(workdir):
    key = os.path.join(workdir, "key.pem")
    cert = os.path.join(workdir, "cert.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class SessionHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def reply(self, code, text, cookie=None):
        body = (text + "\n").encode()
        self.send_response(code)
        if cookie is not None:
            for morsel in cookie.values():
                self.send_header("Set-Cookie", morsel.OutputString())
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def incoming(self):
        jar = http.cookies.SimpleCookie()
        header = self.headers.get("Cookie")
        if header:
            jar.load(header)
        return jar

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        user = self.rfile.read(length).decode()
        if self.path == "/login":
            sid = "s%03d" % (len(SESSIONS) + 1)
            SESSIONS[sid] = user
            out = http.cookies.SimpleCookie()
            out["sid"] = sid
            out["sid"]["path"] = "/"
            out["sid"]["secure"] = True
            out["sid"]["httponly"] = True
            out["sid"]["max-age"] = 3600
            out["theme"] = "dark; bold"
            out["theme"]["path"] = "/ui"
            out["theme"]["comment"] = "display preference"
            self.reply(200, "welcome " + user, out)
        elif self.path == "/logout":
            jar = self.incoming()
            SESSIONS.pop(jar["sid"].value if "sid" in jar else None, None)
            out = http.cookies.SimpleCookie()
            out["sid"] = ""
            out["sid"]["path"] = "/"
            out["sid"]["expires"] = "Thu, 01 Jan 1970 00:00:00 GMT"
            self.reply(200, "bye", out)
        else:
            self.reply(404, "no such action")

    def do_GET(self):
        jar = self.incoming()
        sid = jar["sid"].value if "sid" in jar else None
        if sid in SESSIONS:
            self.reply(200, "profile of %s (theme %s)" % (
                SESSIONS[sid], jar["theme"].value if "theme" in jar else "default"))
        else:
            self.reply(401, "log in first")


def request(port, ctx, method, path, body=None, cookies=None):
    conn = http.client.HTTPSConnection("localhost", port, context=ctx, timeout=10)
    headers = {}
    if cookies:
        headers["Cookie"] = "; ".join("%s=%s" % (k, m.coded_value) for k, m in sorted(cookies.items()))
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    text = resp.read().decode().strip()
    set_cookies = resp.msg.get_all("Set-Cookie") or []
    conn.close()
    print("%s %s -> %d %r" % (method, path, resp.status, text))
    return set_cookies


def main():
    with tempfile.TemporaryDirectory() as workdir:
        cert, key = make_cert(workdir)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), SessionHandler)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        port = httpd.server_address[1]
        cctx = ssl.create_default_context(cafile=cert)
        try:
            request(port, cctx, "GET", "/profile")
            headers = request(port, cctx, "POST", "/login", body=b"alice")
            jar = http.cookies.SimpleCookie()
            for header in headers:
                print("  Set-Cookie:", header)
                jar.load(header)
            for name, morsel in sorted(jar.items()):
                print("  %s value=%r coded=%r path=%r secure=%r httponly=%r max-age=%r" % (
                    name, morsel.value, morsel.coded_value, morsel["path"], morsel["secure"],
                    morsel["httponly"], morsel["max-age"]))
            print("  js:", jar["sid"].js_output().strip().splitlines()[2].strip())
            request(port, cctx, "GET", "/profile", cookies=jar)
            headers = request(port, cctx, "POST", "/logout", body=b"", cookies=jar)
            print("  Set-Cookie:", headers)
            jar.load(headers[0])
            request(port, cctx, "GET", "/profile", cookies=jar)
            bad = http.cookies.SimpleCookie()
            try:
                bad["bad name"] = "x"
            except http.cookies.CookieError as exc:
                print("CookieError:", exc)
            try:
                bad["ok"] = "x"
                bad["ok"]["color"] = "red"
            except http.cookies.CookieError as exc:
                print("CookieError:", exc)
            print("sessions left:", SESSIONS)
        finally:
            httpd.shutdown()
            thread.join()
            httpd.server_close()


main()
