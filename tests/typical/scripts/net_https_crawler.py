"""A small HTTPS crawler: a ThreadingMixIn HTTPServer over TLS serves
linked HTML pages; a crawler with concurrent.futures fetches them with
urllib.request (context=), extracts links with html.parser, follows them
breadth-first, and prints a sitemap with status codes and sizes."""
import concurrent.futures
import html
import html.parser
import http.server
import logging
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request

logging.basicConfig(level=logging.WARNING, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("crawler")

PAGES = {
    "/": '<html><head><title>Home</title></head><body><a href="/about">About</a> <a href="/blog/">Blog</a> <a href="https://elsewhere.example/">ext</a></body></html>',
    "/about": '<title>About us</title><p>We make <a href="/">things</a> and <a href="/contact">contact</a> us.</p>',
    "/blog/": '<title>Blog</title><ul><li><a href="post-1">one</a><li><a href="post-2">two</a><li><a href="/blog/post-3#comments">three</a></ul>',
    "/blog/post-1": "<title>Post 1</title><p>First &amp; best</p>",
    "/blog/post-2": '<title>Post 2</title><p>See <a href="/missing">this</a></p>',
    "/blog/post-3": "<title>Post &quot;3&quot;</title>",
}


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class ThreadingHTTPSServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


class PageHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        page = PAGES.get(self.path)
        if page is None:
            self.send_error(404, "Nothing at %s" % self.path)
            return
        body = page.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def fetch(url, ctx):
    try:
        with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
            body = resp.read().decode(resp.headers.get_content_charset() or "utf-8")
            parser = LinkParser()
            parser.feed(body)
            return url, resp.status, len(body), parser.title, parser.links
    except urllib.error.HTTPError as e:
        log.warning("%s -> %d %s", urllib.parse.urlsplit(url).path, e.code, e.reason)
        return url, e.code, 0, "", []


def crawl(base, ctx):
    seen, frontier, results = {base + "/"}, [base + "/"], {}
    depth = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        while frontier:
            next_frontier = []
            for url, status, size, title, links in pool.map(lambda u: fetch(u, ctx), frontier):
                results[url] = (depth, status, size, title)
                for link in links:
                    absolute, _ = urllib.parse.urldefrag(urllib.parse.urljoin(url, link))
                    if not absolute.startswith(base):
                        log.info("skipping external %s", absolute)
                        continue
                    if absolute not in seen:
                        seen.add(absolute)
                        next_frontier.append(absolute)
            frontier = sorted(next_frontier)
            depth += 1
    return results


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        httpd = ThreadingHTTPSServer(("127.0.0.1", 0), PageHandler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = "https://localhost:%d" % httpd.server_address[1]
        ctx = ssl.create_default_context(cafile=crt)
        print(html.unescape("Sitemap &mdash; %s &amp; below" % "/"))
        results = crawl(base, ctx)
        print("%-5s %-6s %5s  %-14s %s" % ("depth", "status", "bytes", "path", "title"))
        for url, (depth, status, size, title) in sorted(results.items(), key=lambda kv: (kv[1][0], kv[0])):
            print("%-5d %-6d %5d  %-14s %s" % (depth, status, size, urllib.parse.urlsplit(url).path, title))
        ok = [u for u, r in results.items() if r[1] == 200]
        print("pages: %d ok, %d broken" % (len(ok), len(results) - len(ok)))
        httpd.shutdown()
        httpd.server_close()


main()
