package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of http.cookiejar against CPython 3.6: its date and
// header parsers, the domain rules of DefaultCookiePolicy, cookies taken
// from http.client-like responses and returned on urllib.request
// Requests, the Mozilla and LWP file formats byte for byte, and
// urllib.request.HTTPCookieProcessor. Times are fixed or printed
// relative to the jar's clock.

const cookiejarPrelude = pytesting.ShowRepr + `import http.cookiejar as cj, email, io, os, tempfile, time, urllib.request, warnings
warnings.simplefilter("ignore")
D = tempfile.mkdtemp(prefix="cj-")
def F(f):
    try:
        return f()
    except OSError as e:
        return type(e).__name__, e.errno, str(e).replace(D, "D")
def P(name):
    return os.path.join(D, name)
class Response:
    def __init__(self, *headers):
        self.msg = email.message_from_string("".join(h + "\n" for h in headers) + "\n")
    def info(self):
        return self.msg
def R(url, **kw):
    return urllib.request.Request(url, **kw)
def jar(*headers, url="http://www.example.com/a/b", **policy):
    j = cj.CookieJar(cj.DefaultCookiePolicy(**policy))
    j.extract_cookies(Response(*headers), R(url))
    return j
def sent(j, url, **kw):
    r = R(url, **kw)
    j.add_cookie_header(r)
    return sorted(r.unredirected_hdrs.items())
def names(j):
    return [(c.domain, c.path, c.name, c.value) for c in j]
def C(name="n", value="v", domain="www.example.com", path="/", expires=None, version=0, port=None, port_specified=False, secure=False, discard=False, domain_specified=False, rest=None):
    return cj.Cookie(version, name, value, port, port_specified, domain, domain_specified, domain.startswith("."), path, path != "/", secure, expires, discard, "a comment" if version else None, None, rest or {})
def read(name):
    with open(P(name)) as f:
        return f.read()
def write(name, text):
    with open(P(name), "w") as f:
        f.write(text)
    return P(name)
def L(f):
    try:
        return f()
    except cj.LoadError as e:
        return "LoadError", str(e).replace(D, "D")
def filled(kind):
    j = kind()
    j.set_cookie(C("a", "1", ".example.com", "/", 2000000000, domain_specified=True))
    j.set_cookie(C("b", "two words", "www.example.com", "/x", 2000000001, version=1, port="80,8080", port_specified=True, secure=True, rest={"HttpOnly": None, "z": "q"}))
    j.set_cookie(C("s", "session", "host.local", "/", None, discard=True))
    j.set_cookie(C("old", "x", "www.example.com", "/", 1000))
    j.set_cookie(C("novalue", None, "www.example.com", "/", 2000000002))
    return j
`

var cookiejarCases = []pytesting.Case{
	{"names", `(sorted(cj.__all__), issubclass(cj.LoadError, OSError), cj.MISSING_FILENAME_TEXT, cj.DEFAULT_HTTP_PORT)`},
	{"http2time", `[cj.http2time(s) for s in ("Wed, 09 Feb 1994 22:23:32 GMT", "Thursday, 03-Feb-94 00:00:00 GMT", "Tuesday, 08-Feb-1994 14:15:29 GMT", "08-Feb-1994 14:15:29 GMT", "Wed Feb  9 22:23:32 1994", "08-Feb-94", "08 Feb 1994 14:15:29 +0100", "08-Feb-1994 14:15:29 -0130 (EST)", "02-Feb-1994 24:00", "09 Feb 1994 22:23:32 EST", "Feb 09 1994", "", "garbage", "32 Feb 1994", "08 Foo 1994", "08 13 1994", "08 12 1994", "1 Jan 1969", "08-Feb-1994 14:15:29 ZZZ", "08-Feb-1994 2:15 PM", "09 Feb 99999 22:23:32 GMT")]`},
	{"iso2time", `[cj.iso2time(s) for s in ("1994-02-03 14:15:29 -0100", "1994-02-03 14:15:29", "1994-02-03", "1994-02-03T14:15:29", "19940203T141529Z", "1994-02-03 14:15:29 +0530", "  1994-02-03 ", "1994-13-03", "03-02-1994", "", "1994-02-03 14:15", "1994-02-03 14:15:29 z")]`},
	{"iso2time fraction", `cj.iso2time("1994-02-03 14:15:29.5")`},
	{"time formats", `(cj.time2isoz(0), cj.time2netscape(0), cj.time2isoz(1e9), cj.time2netscape(1234567890.9), len(cj.time2isoz()), cj.time2netscape()[-4:])`},
	{"split_header_words", `[cj.split_header_words([h]) for h in ('foo="bar"; port="80,81"; discard, bar=baz', 'text/html; charset="iso-8859-1"', 'Basic realm="\\"foo\\\\bar\\""', "a, b, c", "a=1;b=2", '=; ;;, ,= "', "", "  lone  ", 'x="unterminated', "k=v k2=v2")]`},
	{"split_header_words str", `cj.split_header_words("a=b")`},
	{"join_header_words", `(cj.join_header_words([[("text/plain", None), ("charset", "iso-8859/1")]]), cj.join_header_words([[("a", "b c"), ("d", 'e"f\\g')], [("h", None)], []]), cj.join_header_words([]))`},
	{"parse_ns_headers", `cj.parse_ns_headers(["foo=bar; path=/; domain", "spam=eggs; expires=Wed, 09 Feb 1994 22:23:32 GMT; Version=\"1\"", ";x=1", "a; b=; =c; Max-Age=10; SECURE", "q=1; expires=never", ""])`},
	{"domain_match", `[cj.domain_match(a, b) for a, b in (("x.y.com", "x.Y.com"), ("x.y.com", ".Y.com"), ("x.y.com", "Y.com"), ("a.b.c.com", ".c.com"), ("com", "com"), ("com", ".com"), ("foo.local", ".local"), ("1.2.3.4", "1.2.3.4"), ("1.2.3.4", ".3.4"), ("x.y.com", ""), ("y.com", ".y.com"), (".y.com", ".y.com"))]`},
	{"user_domain_match", `[cj.user_domain_match(a, b) for a, b in (("x.y.com", ".y.com"), ("x.y.com", "y.com"), ("y.com", "y.com"), ("1.2.3.4", "1.2.3.4"), ("1.2.3.4", ".3.4"), ("x.y.com", ".Y.COM"), ("acme.com", ".acme.com"))]`},
	{"host helpers", `([cj.is_HDN(s) for s in ("foo.bar", "1.2.3.4", "", ".a", "a.", "a")], [cj.reach(h) for h in ("www.acme.com", "acme.com", "acme.local", "a.b.local", "192.168.1.1", "localhost")], cj.eff_request_host(R("http://localhost:8080/x")), cj.eff_request_host(R("http://1.2.3.4/")), cj.request_host(R("http://WWW.Example.COM:99/p")), cj.request_path(R("http://h/a b/%7ec?q#f")), cj.request_port(R("http://h:8080/")), cj.request_port(R("http://h/")), cj.request_port(R("http://h:abc/")), cj.escape_path("/foo%2f/bar baz/\u00e9"))`},
	{"cookie object", `(lambda c: (repr(c), str(c), c.is_expired(1999999999), c.is_expired(2000000000), c.has_nonstandard_attr("HttpOnly"), c.get_nonstandard_attr("z"), c.get_nonstandard_attr("q", 5), c.set_nonstandard_attr("new", 1), sorted(c._rest)))(C("n", "v", ".x.com", "/p", "2000000000.7", version="1", port="80", port_specified=True, rest={"HttpOnly": None, "z": 1}))`},
	{"cookie str forms", `(str(C(value=None)), str(C(port="81")), C(expires=None).is_expired())`},
	{"cookie port error", `C(port=None, port_specified=True)`},
	{"cookie bad version", `C(version="x")`},
	{"extract basic", `(lambda j: (names(j), len(j), str(j)))(jar("Set-Cookie: sid=1; path=/", "Set-Cookie: pref=dark", "Set-Cookie: q=\"quoted value\"; Path=/a"))`},
	{"send basic", `(lambda j: (sent(j, "http://www.example.com/a/c"), sent(j, "http://www.example.com/"), sent(j, "http://other.com/a")))(jar("Set-Cookie: sid=1; path=/", "Set-Cookie: pref=dark", "Set-Cookie: deep=1; path=/a/b/c"))`},
	{"domain cookie", `(lambda j: (names(j), sent(j, "http://img.example.com/"), sent(j, "http://example.com/"), sent(j, "http://notexample.com/")))(jar("Set-Cookie: d=1; domain=.example.com; path=/", "Set-Cookie: e=2; domain=example.com; path=/"))`},
	{"domain refused", `names(jar("Set-Cookie: a=1; domain=.other.com", "Set-Cookie: b=2; domain=.com", "Set-Cookie: c=3; domain=.www.example.com", "Set-Cookie: d=4; domain=.local"))`},
	{"secure", `(lambda j: (sent(j, "http://www.example.com/"), sent(j, "https://www.example.com/")))(jar("Set-Cookie: s=1; secure; path=/", "Set-Cookie: p=2; path=/"))`},
	{"path match", `(lambda j: (sent(j, "http://www.example.com/ab"), sent(j, "http://www.example.com/a/"), sent(j, "http://www.example.com/a"), sent(j, "http://www.example.com/a/b/c")))(jar("Set-Cookie: x=1; path=/a"))`},
	{"expires", `(lambda j: [(c.name, c.expires, c.discard) for c in j])(jar("Set-Cookie: f=1; expires=Wed, 09 Feb 2033 22:23:32 GMT", "Set-Cookie: g=2; expires=bogus", "Set-Cookie: h=3"))`},
	{"expired deletes", `(lambda j: (j.extract_cookies(Response("Set-Cookie: k=gone; expires=Wed, 09 Feb 1994 22:23:32 GMT; path=/"), R("http://www.example.com/")), names(j))[1])(jar("Set-Cookie: k=v; path=/", "Set-Cookie: m=w; path=/"))`},
	{"max-age", `(lambda j: sorted((c.name, c.expires - j._now if c.expires else c.expires, c.discard) for c in j))(jar("Set-Cookie: a=1; max-age=3600", "Set-Cookie: b=2; max-age=60; expires=Wed, 09 Feb 2033 22:23:32 GMT", "Set-Cookie: c=3; max-age=0", "Set-Cookie: d=4; max-age=abc", "Set-Cookie: e=5; Max-Age=-5"))`},
	{"rfc2965", `(lambda j: (names(j), [(c.version, c.port, c.port_specified, c.comment, c.rfc2109) for c in j], sent(j, "http://www.example.com:8080/a/b/c"), sent(j, "http://www.example.com:9999/a/b/c")))(jar('Set-Cookie2: v1="a b"; Version=1; Path="/a"; Domain=".example.com"; Port="80,8080"; Comment="hi"', url="http://www.example.com:8080/a/b", rfc2965=True))`},
	{"rfc2965 off", `names(jar('Set-Cookie2: v1=x; Version=1', "Set-Cookie: ns=1"))`},
	{"rfc2965 no version", `names(jar('Set-Cookie2: v1=x; Path=/', rfc2965=True))`},
	{"rfc2965 wins", `names(jar('Set-Cookie2: same=new; Version=1; Path="/"', "Set-Cookie: same=old; path=/", "Set-Cookie: other=1; path=/", rfc2965=True))`},
	{"rfc2109", `(lambda j, k: ([(c.name, c.version, c.rfc2109) for c in j], [(c.name, c.version, c.rfc2109) for c in k], sent(k, "http://www.example.com/a/b")))(jar("Set-Cookie: r=1; Version=1; Path=/"), jar("Set-Cookie: r=1; Version=1; Path=/", rfc2965=True))`},
	{"cookie2 header", `sent(jar("Set-Cookie: plain=1; path=/", rfc2965=True), "http://www.example.com/")`},
	{"hide cookie2", `sent(jar("Set-Cookie: plain=1; path=/", rfc2965=True, hide_cookie2=True), "http://www.example.com/")`},
	{"netscape off", `names(jar("Set-Cookie: a=1", netscape=False))`},
	{"blocked", `(lambda p: (p.blocked_domains(), names(jar("Set-Cookie: a=1", blocked_domains=[".example.com"])), names(jar("Set-Cookie: a=1", blocked_domains=["example.com"])), p.is_blocked("www.example.com"), p.set_blocked_domains(["x"]), p.blocked_domains()))(cj.DefaultCookiePolicy(blocked_domains=(".example.com",)))`},
	{"allowed", `(lambda p: (p.allowed_domains(), names(jar("Set-Cookie: a=1", allowed_domains=[".example.com"])), names(jar("Set-Cookie: a=1", allowed_domains=["other.com"])), p.is_not_allowed("x.com"), p.set_allowed_domains(None), p.is_not_allowed("x.com")))(cj.DefaultCookiePolicy(allowed_domains=["www.example.com"]))`},
	{"strict ns domain", `(lambda j: (names(j), sent(j, "http://sub.www.example.com/")))(jar("Set-Cookie: a=1; domain=.example.com", "Set-Cookie: b=2", strict_ns_domain=cj.DefaultCookiePolicy.DomainStrict))`},
	{"strict dollar and path", `(names(jar("Set-Cookie: $bad=1", "Set-Cookie: good=2", strict_ns_set_initial_dollar=True)), names(jar("Set-Cookie: p=1; path=/elsewhere", "Set-Cookie: q=2; path=/a", strict_ns_set_path=True)))`},
	{"strict domain", `(names(jar("Set-Cookie: a=1; domain=.co.uk", url="http://www.foo.co.uk/", strict_domain=True)), names(jar("Set-Cookie: a=1; domain=.foo.co.uk", url="http://www.foo.co.uk/", strict_domain=True)))`},
	{"unverifiable", `(lambda r: (lambda j: (j.extract_cookies(Response("Set-Cookie: t=1", 'Set-Cookie2: u=2; Version=1'), r), names(j))[1])(cj.CookieJar(cj.DefaultCookiePolicy(rfc2965=True, strict_ns_unverifiable=True))))(R("http://ads.tracker.com/x", origin_req_host="www.example.com", unverifiable=True))`},
	{"ports", `names(jar('Set-Cookie2: a=1; Version=1; Port="81"', 'Set-Cookie2: b=2; Version=1; Port', 'Set-Cookie2: c=3; Version=1; Port="8080, 9"', 'Set-Cookie2: d=4; Version=1; Port="x"', url="http://www.example.com:8080/", rfc2965=True))`},
	{"existing cookie header", `(lambda r: (jar("Set-Cookie: a=1; path=/").add_cookie_header(r), r.get_header("Cookie"), r.unredirected_hdrs))(R("http://www.example.com/", headers={"Cookie": "mine=1"}))`},
	{"set_cookie_if_ok", `(lambda j: (j.set_cookie_if_ok(C("ok", "1", "www.example.com"), R("http://www.example.com/")), j.set_cookie_if_ok(C("no", "1", ".other.com", domain_specified=True), R("http://www.example.com/")), names(j)))(cj.CookieJar())`},
	{"make_cookies", `[(c.name, c.domain, c.path) for c in cj.CookieJar().make_cookies(Response("Set-Cookie: a=1; domain=.evil.com"), R("http://www.example.com/x/y"))]`},
	{"clear", `(lambda j: (j.clear("www.example.com", "/x", "b"), names(j), j.clear(".example.com", "/"), names(j), j.clear("www.example.com"), names(j), j.clear(), names(j)))(filled(cj.CookieJar))`},
	{"clear name without path", `cj.CookieJar().clear("d", name="n")`},
	{"clear path without domain", `cj.CookieJar().clear(path="/")`},
	{"clear missing", `cj.CookieJar().clear("nope")`},
	{"clear session and expired", `(lambda j: (j.clear_session_cookies(), names(j), j.clear_expired_cookies(), names(j)))(filled(cj.CookieJar))`},
	{"iteration order", `(names(filled(cj.CookieJar)), len(filled(cj.CookieJar)), repr(filled(cj.CookieJar)).count("Cookie("))`},
	{"mozilla save", `(filled(cj.MozillaCookieJar).save(P("m.txt")), read("m.txt"))`},
	{"mozilla save all", `(filled(cj.MozillaCookieJar).save(P("m2.txt"), ignore_discard=True, ignore_expires=True), read("m2.txt"))`},
	{"mozilla load", `(lambda j: (j.load(P("m2.txt"), ignore_discard=True, ignore_expires=True), [(c.name, c.value, c.domain, c.domain_specified, c.path, c.secure, c.expires, c.discard, c.version) for c in j]))(cj.MozillaCookieJar())`},
	{"mozilla load filters", `(lambda j: (j.load(P("m2.txt")), names(j)))(cj.MozillaCookieJar())`},
	{"mozilla bad magic", `L(lambda: cj.MozillaCookieJar().load(write("bad", "not a cookie file\n")))`},
	{"mozilla bad line", `L(lambda: cj.MozillaCookieJar().load(write("bad2", "# HTTP Cookie File\nonly\ttwo\n")))`},
	{"mozilla bad domain flag", `L(lambda: cj.MozillaCookieJar().load(write("bad3", "# Netscape HTTP Cookie File\nx.com\tTRUE\t/\tFALSE\t\tn\tv\n")))`},
	{"mozilla comments", `(lambda j: (j.load(write("ok", "# Netscape HTTP Cookie File\n# comment\n$ dollar\n\n.x.com\tTRUE\t/\tTRUE\t2000000000\tn\tv\n"), ignore_discard=True), names(j)))(cj.MozillaCookieJar())`},
	{"lwp save", `(filled(cj.LWPCookieJar).save(P("l.txt")), read("l.txt"))`},
	{"lwp as_lwp_str", `filled(cj.LWPCookieJar).as_lwp_str()`},
	{"lwp load", `(lambda j: (j.load(P("l.txt"), ignore_discard=True), [(c.name, c.value, c.domain, c.path, c.port, c.port_specified, c.secure, c.expires, c.discard, c.version, c.domain_initial_dot, sorted(c._rest.items())) for c in j]))(cj.LWPCookieJar())`},
	{"lwp roundtrip", `(lambda a: (a.save(P("l2.txt"), True, True), (lambda b: (b.load(P("l2.txt"), True, True), b.as_lwp_str() == a.as_lwp_str()))(cj.LWPCookieJar())[1]))(filled(cj.LWPCookieJar))`},
	{"lwp bad magic", `L(lambda: cj.LWPCookieJar().load(write("badl", "# Netscape HTTP Cookie File\n")))`},
	{"lwp bad line", `L(lambda: cj.LWPCookieJar().load(write("badl2", "#LWP-Cookies-1.0\nSet-Cookie3: n=v; path=/\n")))`},
	{"lwp_cookie_str", `cj.lwp_cookie_str(C("n", 'a"b\\c', ".x.com", "/p", 2000000000, version=1, port="80", port_specified=True, rest={"k": 5}))`},
	{"file jar errors", `(cj.FileCookieJar(P("f")).filename.replace(D, "D"), cj.FileCookieJar().delayload, cj.FileCookieJar("g", 1).delayload)`},
	{"file jar bad name", `cj.FileCookieJar(123)`},
	{"file jar no name", `cj.MozillaCookieJar().load()`},
	{"file jar save abstract", `cj.FileCookieJar(P("x")).save()`},
	{"load missing file", `F(lambda: cj.LWPCookieJar(P("absent")).load())`},
	{"revert", `(lambda j: (j.save(P("r.txt"), True, True), j.clear(), j.set_cookie(C("tmp", "1")), j.revert(P("r.txt"), True, True), names(j)))(filled(cj.LWPCookieJar))`},
	{"revert missing raises", `F(lambda: filled(cj.LWPCookieJar).revert(P("absent3")))`},
	{"revert keeps cookies", `(lambda j: (type(j).__name__, (lambda: [None])(), L(lambda: j.revert(write("rb", "garbage\n"))), names(j)))(filled(cj.LWPCookieJar))`},
	{"cookie processor", `(lambda j: (lambda p: (p.cookiejar is j, p.http_response(R("http://www.example.com/"), Response("Set-Cookie: proc=1; path=/")).info()["Set-Cookie"], names(j), sorted(p.http_request(R("http://www.example.com/z")).unredirected_hdrs.items()), p.https_request is not None))(urllib.request.HTTPCookieProcessor(j)))(cj.CookieJar())`},
	{"cookie processor default jar", `type(urllib.request.HTTPCookieProcessor().cookiejar).__name__`},
	{"strict path needs a path-segment prefix", `(lambda j: [(p, cj.DefaultCookiePolicy(strict_ns_set_path=True).set_ok_path(j._cookies["www.example.com"]["/foo"]["spam"], R("http://www.example.com" + p)), sent(j, "http://www.example.com" + p)) for p in ("/foo", "/foo/", "/foo/bar", "/", "/foobad/foo")])(jar("Set-Cookie: spam=eggs; Path=/foo", url="http://www.example.com/foo"))`},
}

func TestNet2Cookiejar(t *testing.T) {
	pytesting.DiffCases(t, "net2_cookiejar", cookiejarPrelude, cookiejarCases)
}
