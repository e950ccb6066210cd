"""Serve a directory over HTTPS with http.server.SimpleHTTPRequestHandler
(the 3.6 way: chdir into it), then fetch the listing, files with their
guessed Content-Type, a HEAD request, a missing file and a path with
spaces through http.client."""
import http.client
import http.server
import os
import re
import ssl
import subprocess
import tempfile
import threading


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main():
    start = os.getcwd()
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "2", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        site = os.path.join(d, "site")
        os.makedirs(os.path.join(site, "docs"))
        with open(os.path.join(site, "index.txt"), "w") as f:
            f.write("plain text index\n")
        with open(os.path.join(site, "data.json"), "w") as f:
            f.write('{"ok": true}\n')
        with open(os.path.join(site, "docs", "read me.html"), "w") as f:
            f.write("<h1>Read me</h1>\n")
        with open(os.path.join(site, "docs", "a&b<c>.txt"), "w") as f:
            f.write("escaped name\n")
        os.chdir(site)
        try:
            httpd = http.server.HTTPServer(("127.0.0.1", 0), QuietHandler)
            sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            sctx.load_cert_chain(crt, key)
            httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
            t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
            t.start()
            ctx = ssl.create_default_context(cafile=crt)
            try:
                for method, path in [("GET", "/"), ("GET", "/index.txt"), ("GET", "/data.json"), ("HEAD", "/data.json"),
                                     ("GET", "/docs/"), ("GET", "/docs/read%20me.html"),
                                     ("GET", "/nothing.txt"), ("GET", "/../etc/passwd")]:
                    conn = http.client.HTTPSConnection("localhost", httpd.server_address[1], context=ctx, timeout=10)
                    conn.request(method, path)
                    r = conn.getresponse()
                    body = r.read().decode("utf-8", "replace")
                    ctype = r.getheader("Content-Type")
                    print("%-4s %-22s %d %-9s %-26s len=%s lm=%s loc=%s" % (
                        method, path, r.status, r.reason, ctype, r.getheader("Content-Length"),
                        r.getheader("Last-Modified") is not None, r.getheader("Location")))
                    if ctype and ctype.startswith("text/html"):
                        links = re.findall(r'<a href="([^"]*)">([^<]*)</a>', body)
                        title = re.search(r"<title>(.*?)</title>", body)
                        print("     title:", title.group(1) if title else None, "links:", links)
                    elif body and r.status == 200:
                        print("     body:", body.strip())
                    conn.close()
            finally:
                httpd.shutdown()
                httpd.server_close()
                t.join(10)
        finally:
            os.chdir(start)
    print("extensions:", sorted(k for k in QuietHandler.extensions_map if k in (".json", ".txt", ".html", "")))


if __name__ == "__main__":
    main()
