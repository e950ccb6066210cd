"""A polite crawler's policy check over HTTPS: urllib.robotparser reads
robots.txt through an installed opener (verified context), answers
can_fetch, crawl_delay and request_rate for several agents, and treats
401/403 as "disallow all" and 404 as "allow all"; then the allowed pages
are fetched and their links extracted with html.parser."""
import http.server
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading
import urllib.request
import urllib.robotparser
from html.parser import HTMLParser

ROBOTS = {
    "/site-a": b"""# robots for site a
User-agent: fastbot
Disallow: /

User-agent: *
Crawl-delay: 2
Request-rate: 3/10
Disallow: /private/
Disallow: /tmp
Allow: /private/open.html
""",
    "/site-b": None,     # 404
    "/site-c": 403,
}

PAGES = {
    "/index.html": '<html><a href="/about.html">About</a> <a href="/private/x.html">x</a> '
                   '<A HREF="https://other.example/">ext</A><a name="anchor">no href</a></html>',
    "/about.html": '<p>about <a href="index.html#top">home</a></p>',
}


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "3", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Handler(http.server.BaseHTTPRequestHandler):
    requests = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        Handler.requests.append((self.path, self.headers.get("User-Agent", "").split("/")[0]))
        site, _, rest = self.path[1:].partition("/")
        if rest == "robots.txt":
            rule = ROBOTS.get("/" + site)
            if rule is None:
                return self.send_error(404)
            if isinstance(rule, int):
                return self.send_error(rule)
            body, ctype = rule, "text/plain"
        elif "/" + rest in PAGES:
            body, ctype = PAGES["/" + rest].encode(), "text/html"
        else:
            return self.send_error(404)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Links(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self)
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        base = "https://localhost:%d" % server.server_address[1]
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=crt)))
        opener.addheaders = [("User-agent", "politebot/1.0")]
        urllib.request.install_opener(opener)

        for site in ("/site-a", "/site-b", "/site-c"):
            rp = urllib.robotparser.RobotFileParser()
            rp.set_url(base + site + "/robots.txt")
            rp.read()
            print(site, "disallow_all=%s allow_all=%s" % (rp.disallow_all, rp.allow_all))
            for agent in ("politebot", "FastBot/2.1", "*"):
                checks = []
                for path in ("/", "/index.html", "/private/x.html", "/private/open.html", "/tmp/a", "/tmpfile"):
                    checks.append("%s=%s" % (path, "Y" if rp.can_fetch(agent, base + site + path) else "n"))
                rate = rp.request_rate(agent)
                print("  %-11s %s" % (agent, " ".join(checks)))
                print("  %-11s crawl_delay=%s request_rate=%s" % ("", rp.crawl_delay(agent),
                                                                 None if rate is None else (rate.requests, rate.seconds)))
            print("  mtime set:", rp.mtime() > 0)
            if site == "/site-a":
                print("  rules:", str(rp).splitlines())

        rp = urllib.robotparser.RobotFileParser(base + "/site-a/robots.txt")
        rp.read()
        queue, seen = ["/index.html"], []
        while queue and len(seen) < 5:
            path = queue.pop(0)
            url = base + "/site-a" + path
            if path in seen or not rp.can_fetch("politebot", url):
                print("skip", path)
                continue
            seen.append(path)
            with urllib.request.urlopen(url, timeout=10) as resp:
                parser = Links()
                parser.feed(resp.read().decode())
            print("crawled", path, resp.status, resp.getheader("Content-Type"), "links:", parser.links)
            for link in parser.links:
                full = urllib.parse.urljoin(url, link)
                if full.startswith(base + "/site-a"):
                    queue.append(urllib.parse.urldefrag(full)[0][len(base + "/site-a"):])
        print("requests:", Handler.requests)
        server.shutdown()
        server.server_close()
        t.join(5)


main()
