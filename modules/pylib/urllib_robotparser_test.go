package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of urllib.robotparser
// (Lib/modules/urllib/robotparser.py) against CPython 3.6: parsing
// records, can_fetch, Crawl-delay and Request-rate, str(), and read()
// over file: URLs (no network).

const robotsPrelude = pytesting.ShowRepr + `import os, tempfile, urllib.robotparser as rp
RULES = """# comment line
User-agent: FigTree
User-agent: *Mozilla*
Crawl-delay: 3
Request-rate: 9/30
Disallow: /tmp
Disallow: /a%3cd.html
Allow: /tmp/ok.html   # trailing comment

User-agent: *
Crawl-delay: 1
Request-rate: 3/15
Disallow: /cyberworld/map/
Disallow: /private%2Fdata
Allow: /cyberworld/map/open
"""
def P(text, url=""):
    r = rp.RobotFileParser(url)
    r.parse(text.splitlines())
    return r
R = P(RULES)
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
d = tempfile.mkdtemp()
def from_file(text):
    p = os.path.join(d, "robots.txt")
    with open(p, "w") as f:
        f.write(text)
    r = rp.RobotFileParser("file://" + p)
    r.read()
    return r
`

var robotsCases = []pytesting.Case{
	{"str", `str(R)`},
	{"entries", `([e.useragents for e in R.entries], R.default_entry.useragents, [str(l) for l in R.default_entry.rulelines])`},
	{"figtree", `[R.can_fetch("FigTree/1.0 Robot", u) for u in ("/tmp", "/tmp/ok.html", "/tmp/x", "/a%3cd.html", "/a%3Cd.html", "/foo")]`},
	{"agent case", `[R.can_fetch(a, "/tmp/x") for a in ("figtree", "FIGTREE/2", "fig", "Mozilla/5.0 (X)", "*mozilla*/4")]`},
	{"default", `[R.can_fetch("Other", u) for u in ("/cyberworld/map/index.html", "/cyberworld/map/open", "/cyberworld/", "/private/data", "/private%2fdata", "/")]`},
	{"full urls", `[R.can_fetch("Other", u) for u in ("http://example.com/cyberworld/map/x", "http://example.com/", "http://example.com", "http://h/p?q=1#f")]`},
	{"crawl delay", `(R.crawl_delay("FigTree"), R.crawl_delay("anyone"), R.request_rate("FigTree"), R.request_rate("x"))`},
	{"request rate type", `(lambda r: (type(r).__name__, r.requests, r.seconds, r))(R.request_rate("figtree"))`},
	{"unread", `(lambda r: (r.can_fetch("a", "/"), r.crawl_delay("a"), r.request_rate("a"), r.mtime(), str(r)))(rp.RobotFileParser())`},
	{"no default delay", `err(P("User-agent: a\nDisallow: /x\n").crawl_delay, "b")`},
	{"no default rate", `err(P("User-agent: a\nDisallow: /x\n").request_rate, "b")`},
	{"no default", `P("User-agent: a\nDisallow: /x\n").can_fetch("b", "/x")`},
	{"empty disallow", `(lambda r: (r.can_fetch("a", "/anything"), str(r)))(P("User-agent: *\nDisallow:\n"))`},
	{"disallow all", `(lambda r: (r.can_fetch("a", "/"), r.can_fetch("a", "/x/y")))(P("User-agent: *\nDisallow: /\n"))`},
	{"order matters", `(lambda r: (r.can_fetch("a", "/folder/page"), r.can_fetch("a", "/folder/x")))(P("User-agent: *\nAllow: /folder/page\nDisallow: /folder\n"))`},
	{"rules before agent", `(lambda r: (r.entries, r.default_entry, r.can_fetch("a", "/x")))(P("Disallow: /x\nUser-agent: *\n"))`},
	{"agent without rules", `(lambda r: (len(r.entries), r.default_entry.useragents))(P("User-agent: lonely\n\nUser-agent: *\nDisallow: /z\n"))`},
	{"second default ignored", `(lambda r: str(r))(P("User-agent: *\nDisallow: /a\n\nUser-agent: *\nDisallow: /b\n"))`},
	{"no blank separator", `(lambda r: ([e.useragents for e in r.entries], r.can_fetch("two", "/b"), r.can_fetch("one", "/b")))(P("User-agent: one\nDisallow: /a\nUser-agent: two\nDisallow: /b\n"))`},
	{"bad delay and rate", `(lambda r: (r.crawl_delay("x"), r.request_rate("x"), str(r)))(P("User-agent: *\nCrawl-delay: 1.5\nRequest-rate: 1/x\nDisallow: /q\n"))`},
	{"odd lines", `str(P("garbage\nUser-agent: *\nno colon here\nUnknown-field: v\nDISALLOW : /up\n   \nDisallow: /after"))`},
	{"quoting", `(lambda r: ([str(l) for l in r.default_entry.rulelines], r.can_fetch("a", "/~joe/x"), r.can_fetch("a", "/%7Ejoe/x"), r.can_fetch("a", "/with space")))(P("User-agent: *\nDisallow: /~joe/\nDisallow: /with space\n"))`},
	{"url parts", `(lambda r: (r.url, r.host, r.path))(rp.RobotFileParser("http://www.example.com:8080/robots.txt?x"))`},
	{"set_url", `(lambda r: (r.set_url("https://h/r.txt"), r.host, r.path, r.url))(rp.RobotFileParser())`},
	{"mtime modified", `(lambda r: (r.mtime(), r.modified(), r.mtime() > 0))(rp.RobotFileParser())`},
	{"RuleLine Entry", `(str(rp.RuleLine("", False)), rp.RuleLine("", False).allowance, str(rp.RuleLine("/a b", True)), rp.RuleLine("*", False).applies_to("/x"), str(rp.Entry()), rp.Entry().allowance("/"))`},
	{"read file", `(lambda r: (r.can_fetch("x", "/secret/a"), r.can_fetch("x", "/pub"), r.crawl_delay("x")))(from_file("User-agent: *\nCrawl-delay: 2\nDisallow: /secret\n"))`},
	{"names", `(rp.__all__, rp.RequestRate._fields, rp.RequestRate(1, 2))`},
	{"wildcard path", `P("User-agent: *\nDisallow: *\n").can_fetch("a", "/x")`},
}

func TestRobotparserDifferential(t *testing.T) {
	pytesting.DiffCases(t, "urllib_robotparser", robotsPrelude, robotsCases)
}
