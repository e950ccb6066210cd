"""Cookie-based login over HTTPS: http.cookies on the server, http.cookiejar in the urllib client."""
import http.cookiejar
import http.cookies
import http.server
import os
import ssl
import subprocess
import tempfile
import threading
import urllib.parse
import urllib.request

SESSIONS = {}


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class App(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def session(self):
        jar = http.cookies.SimpleCookie(self.headers.get("Cookie", ""))
        sid = jar["sid"].value if "sid" in jar else None
        return sid, SESSIONS.get(sid)

    def text(self, code, body, cookie=None):
        self.send_response(code)
        if cookie is not None:
            for morsel in cookie.values():
                self.send_header("Set-Cookie", morsel.OutputString())
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        data = body.encode("utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        if self.path == "/login" and form.get("password") == ["letmein"]:
            sid = "s%03d" % (len(SESSIONS) + 1)
            SESSIONS[sid] = form["user"][0]
            c = http.cookies.SimpleCookie()
            c["sid"] = sid
            c["sid"]["path"] = "/"
            c["sid"]["httponly"] = True
            c["sid"]["secure"] = True
            c["theme"] = "dark mode"
            self.text(200, "welcome %s" % form["user"][0], c)
        elif self.path == "/logout":
            sid, _ = self.session()
            SESSIONS.pop(sid, None)
            c = http.cookies.SimpleCookie()
            c["sid"] = ""
            c["sid"]["max-age"] = 0
            c["sid"]["path"] = "/"
            self.text(200, "bye", c)
        else:
            self.text(403, "denied")

    def do_GET(self):
        sid, user = self.session()
        if user is None:
            self.text(401, "login first")
        else:
            self.text(200, "hello %s (session %s)" % (user, sid))


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), App)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        base = "https://localhost:%d" % httpd.server_address[1]
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=cert)),
            urllib.request.HTTPCookieProcessor(jar))

        def call(path, form=None):
            data = urllib.parse.urlencode(form).encode() if form is not None else None
            try:
                with opener.open(base + path, data=data, timeout=10) as r:
                    return r.status, r.read().decode()
            except urllib.error.HTTPError as e:
                body = e.read().decode()
                e.close()
                return e.code, body

        print(call("/me"))
        print(call("/login", {"user": "zoë", "password": "nope"}))
        print(call("/login", {"user": "zoë", "password": "letmein"}))
        for c in sorted(jar, key=lambda c: c.name):
            print("cookie %s=%r secure=%s path=%s httponly=%s" % (
                c.name, c.value, c.secure, c.path, c.has_nonstandard_attr("HttpOnly")))
        print(call("/me"))
        print(call("/logout", {}))
        print("jar after logout:", sorted(c.name for c in jar))
        print(call("/me"))
        m = http.cookies.SimpleCookie('a=1; b="two words"; c=x\\073y')
        print("parsed:", sorted((k, v.value) for k, v in m.items()))
        print(m.output(sep=" | "))
        httpd.shutdown()
        httpd.server_close()
        t.join(10)


if __name__ == "__main__":
    import urllib.error
    main()
