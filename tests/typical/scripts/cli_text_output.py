"""Human-readable output: textwrap, pprint, string.Template, format specs and str methods."""
import pprint
import string
import textwrap

DESC = ("The certificate for mail.example.com was issued by Example Intermediate CA 2 and expires in 12 days; "
        "renew it soon or clients using strict verification will refuse to connect.   Extra   spaces here.")

print(textwrap.fill(DESC, width=50))
print(textwrap.fill(DESC, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(DESC, 30)[:3])
print(textwrap.shorten(DESC, width=60))
print(textwrap.shorten("Hello  world!", width=12, placeholder=" [..]"))
print(repr(textwrap.dedent("""\
    first
      indented
    last
""")))
print(textwrap.indent("a\n\nb\n", "> "), end="")
print(textwrap.indent("a\n\nb\n", "+ ", lambda line: True), end="")
w = textwrap.TextWrapper(width=20, break_long_words=False, replace_whitespace=False, drop_whitespace=True)
print(w.wrap("averyveryverylongwordwithoutbreaks and-some-hyphenated-words-too\tok"))
print(textwrap.fill("x" * 45, 20), textwrap.wrap("", 10), textwrap.fill("tabs\there", 12, tabsize=4))

inventory = {
    "hosts": {f"host{i:02d}.example.com": {"port": 443 + i, "sans": [f"alt{j}.example.com" for j in range(i)],
                                           "expires": (2024, i + 1, 15)} for i in range(4)},
    "ciphers": ["TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256"],
    "versions": {"TLSv1.2", "TLSv1.3"} and ["TLSv1.2", "TLSv1.3"],
    "empty": {}, "tuple": (1,), "nested": [[1, [2, [3, [4, [5]]]]]], "frozen": frozenset({3}),
}
pprint.pprint(inventory)
pprint.pprint(inventory, width=120, depth=2)
pprint.pprint(list(range(40)), compact=True, width=60)
print(pprint.pformat({"b": 1, "a": [1, 2], "c": "x" * 90}))
print(pprint.pformat(("a" * 30, "b" * 30, "c" * 30), indent=4))
print(pprint.isreadable({"a": object()}), pprint.isrecursive([1]), pprint.saferepr({"z": 1, "a": 2}))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split("<")[0])
print(pprint.pformat("a long string " * 8, width=40))
print(pprint.pformat(b"bytes " * 15, width=40))

tpl = string.Template("Dear $owner,\nthe certificate for ${host} expires on $date ($$${cost} to renew).")
print(tpl.substitute(owner="Ops", host="www", date="2024-05-01", cost=10))
print(tpl.safe_substitute({"owner": "Ops"}))
for bad in [dict(owner="x"), None]:
    try:
        print(tpl.substitute(bad) if bad else string.Template("$").substitute())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)


class Pct(string.Template):
    delimiter = "%"
    idpattern = "[a-z]+"


print(Pct("%who owes %%5 to %{whom}").substitute(who="me", whom="you"))
fmt = string.Formatter()
print(fmt.format("{0:>8}|{name:^9}|{1:.2%}", "left", 0.256, name="mid"))
print(list(fmt.parse("a{0}b{x!r:>3}c")))
print(string.ascii_lowercase[:5], string.digits, string.hexdigits, repr(string.whitespace), string.punctuation[:8])
print(string.capwords("hello  tls\tworld"), "title case here".title(), "MiXeD".swapcase(), "ß".upper())

rows = [("www.example.com", 443, 0.9512, 12), ("mail", 993, 1.0, -3), ("a-very-long-hostname.example.org", 8443, 0.5, 365)]
for host, port, score, days in rows:
    print("{:<20.20}:{:<5d} {:6.1%} {:>+5d}d {:>08.3f} {:x} {:#o} {:,}".format(host, port, score, days, score, port, port, port * 1000))
print("%-10s|%5.2f|%05d|%+d|%x|%X|%e|%g|%%|%c|%r" % ("pct", 3.14159, 42, 7, 255, 255, 12345.678, 0.00001, 65, "q"))
print("%(host)s:%(port)d" % {"host": "h", "port": 1}, "%.3s" % "abcdef", "%*d" % (5, 3), "%-*d|" % (4, 2))
print(f"{'centered':*^20}", f"{12345.6789:,.2f}", f"{0.5:.0%}", f"{1e-5:.2e}", f"{255:#010b}", f"{-42:08}")
print(f"{3.0:g} {1e20:g} {123456789:_} {'x'!r:>5} {None!s} {[1, 2]!s:>8}", format(1234.5, "n"), format(10, "c"))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="), "x".center(7, "-"))
print("abc".zfill(6), "-12".zfill(5), "Hello".ljust(8, ".") + "|", "tls".rjust(6) + "|", "  pad  ".strip(), "xxhixx".strip("x"))
print("ab\tcd\tef".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "line1\nline2".splitlines(True))
print("hello world".count("o"), "hello".find("z"), "hello".rfind("l"), "hello".index("e"), "Hello".casefold())
print(",".join(map(str, range(5))), "abc".translate(str.maketrans("ab", "xy", "c")), "a-b_c".replace("-", "_", 1))
print("123".isdigit(), "abc".isalpha(), "a1".isalnum(), " ".isspace(), "Title Case".istitle(), "x".isidentifier())
