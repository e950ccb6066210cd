"""Build and check HTTPS endpoint URLs before requesting them: split and
validate, query strings, joins, quoting, and the Request objects
urllib.request would send (no network)."""
import urllib.error
import urllib.parse
import urllib.request


def show(label, func, *args, **kwargs):
    try:
        print("%-44s %r" % (label, func(*args, **kwargs)))
    except Exception as exc:
        print("%-44s %s: %s" % (label, type(exc).__name__, exc))


endpoints = [
    "https://api.example.com:8443/v1/certs?limit=10&offset=20#top",
    "https://user:p%40ss@[2001:db8::1]:443/status",
    "https://[::1]/",
    "HTTPS://Example.COM",
    "https://example.com:0/x",
    "https://example.com:70000/x",
    "https://example.com:https/x",
    "https://[::1/broken",
    "//cdn.example.net/lib.js",
    "mailto:ops@example.org",
]
for url in endpoints:
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as exc:
        print("%-60s ValueError: %s" % (url, exc))
        continue
    try:
        port = parts.port
    except ValueError as exc:
        port = "ValueError: %s" % exc
    print("%-60s scheme=%r host=%r port=%r path=%r user=%r pw=%r" % (
        url, parts.scheme, parts.hostname, port, parts.path, parts.username, parts.password))
    print("%-60s netloc=%r query=%r fragment=%r geturl=%r" % (
        "", parts.netloc, parts.query, parts.fragment, parts.geturl()))

query = [("name", "web 01"), ("tag", "prod"), ("tag", "eu/west"), ("expires", 30), ("ok", True)]
print(urllib.parse.urlencode(query))
print(urllib.parse.urlencode({"tags": ["a", "b c"], "n": 1}, doseq=True))
print(urllib.parse.urlencode({"tags": ["a", "b c"]}))
print(urllib.parse.urlencode({"q": "naïve café"}, encoding="latin-1"))
print(urllib.parse.urlencode({"path": "/a b"}, quote_via=urllib.parse.quote, safe="/"))
show("urlencode('x=1')", urllib.parse.urlencode, "x=1")
qs = "limit=10&tag=a&tag=b&empty=&flag&bad%zzvalue=1"
print(urllib.parse.parse_qs(qs))
print(urllib.parse.parse_qs(qs, keep_blank_values=True))
print(urllib.parse.parse_qsl(qs, keep_blank_values=True))
show("parse_qsl strict", urllib.parse.parse_qsl, "a=1&b", strict_parsing=True)
for base, ref in (("https://h/a/b/c", "../d"), ("https://h/a/b/", "/root"), ("https://h/a", "//other/x"),
                  ("https://h/a/b", "?q=1"), ("https://h/a/b", "https://z/"), ("https://h/a/b/", "../../../up")):
    print("urljoin(%r, %r) = %r" % (base, ref, urllib.parse.urljoin(base, ref)))
for text in ("a b&c/d", "ü€", "~user/x.y-z_"):
    print("quote %r -> %r %r %r" % (text, urllib.parse.quote(text), urllib.parse.quote_plus(text),
                                    urllib.parse.quote(text, safe="")))
print(urllib.parse.unquote("caf%C3%A9%20%zz"), urllib.parse.unquote_plus("a+b%2Bc"))
print(urllib.parse.unquote_to_bytes("%e2%82%ac%ff"))
print(urllib.parse.urlunsplit(("https", "example.com:8443", "/p a", "x=1", "")))
print(urllib.parse.urldefrag("https://h/p#frag"))

for url, data in (("https://api.example.com/v1/items?x=1", None), ("https://api.example.com/v1/items", b"{}"),
                  ("https://[::1]:8443/p", None)):
    req = urllib.request.Request(url, data=data, headers={"X-Trace": "abc", "content-type": "application/json"})
    print("Request %s %s type=%s host=%s selector=%s headers=%s" % (
        req.get_method(), req.full_url, req.type, req.host, req.selector, sorted(req.header_items())))
req = urllib.request.Request("https://h/x", method="PATCH")
req.add_unredirected_header("Authorization", "Bearer t")
print(req.get_method(), req.has_header("Authorization"), req.get_header("Authorization"), req.unredirected_hdrs)
show("Request('no-scheme')", urllib.request.Request, "no-scheme")
print(urllib.request.parse_http_list('a, b="x, y", c'))
print(urllib.request.parse_keqv_list(['realm="api"', 'nonce="abc"', "qop=auth"]))
err = urllib.error.HTTPError("https://h/x", 404, "Not Found", {}, None)
print(repr(err), str(err), err.code, err.reason)
print(str(urllib.error.URLError("refused")), urllib.error.URLError(OSError(111, "refused")).reason)
