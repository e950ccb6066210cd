"""A rule engine for certificate subjects and hostnames built on re: verbose patterns, flags, sub with functions."""
import re
from collections import OrderedDict

HOSTNAME = re.compile(r"""
    ^(?=.{1,253}$)                       # total length
    (?!-)                                # no leading hyphen
    (?P<labels>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*)
    (?P<tld>[a-z]{2,63})\.?$
""", re.VERBOSE | re.IGNORECASE)

DN_PART = re.compile(r"(?P<key>[A-Za-z]+)=(?P<value>(?:\\.|[^,\\])*)")
WILDCARD = re.compile(r"^\*\.(?P<rest>.+)$")

for name in ["www.Example.COM", "-bad.example.com", "a" * 64 + ".com", "localhost", "x.y.z.io.", "under_score.net",
             "ok-1.example.museum"]:
    m = HOSTNAME.match(name)
    print("%-26.26s %s" % (name, m.group("tld") if m else None), m.groupdict() if m else "")

dn = r"CN=www.example.com,O=Example\, Inc.,OU=Ops,C=US,emailAddress=admin@example.com"
parts = OrderedDict((m.group("key"), m.group("value").replace("\\,", ",")) for m in DN_PART.finditer(dn))
print(parts)
print(re.split(r"(?<!\\),", dn))


def mask(m):
    user, domain = m.group(1), m.group(2)
    return user[0] + "*" * (len(user) - 1) + "@" + domain


print(re.sub(r"([\w.]+)@([\w.]+)", mask, dn))
print(re.sub(r"(?i)cn=", "commonName=", "cn=a,CN=b"), re.subn(r"\s+", " ", "a  b\t\tc\n d"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group()) * 2), "port 443 and 80"))
print(re.sub(r"^", "> ", "l1\nl2\nl3", flags=re.M), re.sub(r"x*", "-", "abc"))
print(re.fullmatch(r"\d{3}", "443"), re.fullmatch(r"\d{3}", "4430"), re.search(r"(?<=port )\d+", "port 8443").group())
m = re.match(r"(?P<proto>https?)://(?P<host>[^/:]+)(?::(?P<port>\d+))?(?P<path>/.*)?", "https://h.example:8443/a/b?q=1")
print(m.groups(), m.group("host", "port"), m.start("port"), m.end(), m.span("path"), m.lastgroup, m.lastindex)
print(m.expand(r"\g<host> on \g<port>"), m.re.pattern[:10], m.string[-3:], m.pos, m.endpos)
print(re.findall(r"(\w+)=(\w+)", "a=1 b=2 c=3"), re.findall(r"\bTLS\w*", "TLSv1 TLS1.3 xTLS", re.I))
print(re.compile(r"a|b").flags, re.compile(r"(?x) a b # c").pattern, re.compile("x", re.I | re.M).flags)
print(re.escape("www.example.com:443/*"), re.escape("a-b_c d"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.match(r"(?:x)+", "xxx").group(0))
print(re.search(r"(\w)\1", "hello").group(), re.search(r"^\s*$", "  \n", re.M) is not None)
print([w for w in re.split(r"\W+", "Hello, TLS world!") if w], re.split(r"(,)", "a,b"), re.split(r"\s", "a b", 1))
print(re.match(r"[^\W\d_]+", "héllo123").group(), re.match(r"\w+", "日本語 x").group(), re.ASCII)
print(re.match(r"(?a)\w+", "héllo").group(), re.match(r".+", "a\nb").group(), re.match(r"(?s).+", "a\nb").group())
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "on 2024-03-15 and 2023-12-01"))
print(re.match(r"a{2,3}?", "aaaa").group(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups(), re.match(r"a++" if False else r"a+", "aa").group())
for bad in [r"(unclosed", r"a{2,1}", r"[z-a]", r"\k", r"(?P<n>a)(?P<n>b)", r"*x", r"(?<=a+)b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error: %s | pos=%s" % (e, e.pos))
it = re.finditer(r"\d", "a1b2")
print([(x.group(), x.start()) for x in it], re.purge(), re.template if False else "")
sc = re.compile(r"(?P<num>\d+)|(?P<word>[a-z]+)|(?P<op>[+*/-])|(?P<ws>\s+)")
print([(m.lastgroup, m.group()) for m in sc.finditer("abc + 12 * x9") if m.lastgroup != "ws"])
print(bool(re.match(b"\\x16\\x03[\\x00-\\x04]", b"\x16\x03\x01\x00")), re.findall(rb"[A-Z]{2,}", b"GET / HTTP/1.1 OK"))
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError:", e)
print(repr(re.compile(r"\d+", re.I)), repr(re.match(r"\d+", "12ab")))
