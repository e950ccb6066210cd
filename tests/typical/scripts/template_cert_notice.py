"""Render certificate expiry notices: string.Template (substitute,
safe_substitute, a custom delimiter subclass), textwrap (fill, wrap,
indent, dedent, shorten), str.format with nested fields, and
str methods for a boxed report."""
import os
import ssl
import string
import subprocess
import tempfile
import textwrap

NOTICE = string.Template("""\
Dear $owner,

the certificate for ${host} (serial $serial_short) is valid for $days days.
Renewal costs $$0 with the ACME client; missing: $missing_field.
""")


class PercentTemplate(string.Template):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"


def make_cert(d, host, days):
    key, crt = os.path.join(d, host + ".key"), os.path.join(d, host + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", str(days), "-subj", "/CN=" + host, "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return ssl._ssl._test_decode_cert(crt)


def box(lines, width=60):
    top = "+" + "-" * (width - 2) + "+"
    out = [top]
    for line in lines:
        out.append("| " + line.ljust(width - 4) + " |")
    out.append(top)
    return "\n".join(out)


def main():
    owners = {"shop.example": "Ms. Alice Doe", "api.example": "the platform team"}
    with tempfile.TemporaryDirectory() as d:
        certs = {h: make_cert(d, h, days) for h, days in [("shop.example", 14), ("api.example", 60)]}
    for host in sorted(certs):
        info = certs[host]
        days = int(ssl.cert_time_to_seconds(info["notAfter"]) - ssl.cert_time_to_seconds(info["notBefore"])) // 86400
        fields = {"owner": owners[host], "host": host, "serial_short": "#" * 4, "days": days}
        try:
            NOTICE.substitute(fields)
        except KeyError as exc:
            print("KeyError:", exc)
        text = NOTICE.safe_substitute(fields)
        print(text)
        long_para = ("This message was generated automatically by the certificate monitor, which "
                     "checks every host listed in the inventory once per day and warns the owner "
                     "when fewer than thirty days remain before the certificate for %s expires." % host)
        print(textwrap.fill(long_para, width=50, initial_indent="> ", subsequent_indent="> "))
        print(textwrap.shorten(long_para, width=60, placeholder=" [...]"))
        print(box(textwrap.wrap("host=%s days=%d owner=%s" % (host, days, owners[host]), 30)))
    try:
        string.Template("cost: $5").substitute({})
    except ValueError as exc:
        print("ValueError:", exc)
    print(PercentTemplate("host %host expires in %{days}d, 100%% sure").substitute(host="x", days=3))
    snippet = textwrap.dedent("""
        server {
            listen 443 ssl;
            ssl_certificate     /etc/ssl/site.crt;
        }
    """).strip()
    print(textwrap.indent(snippet, "    # ", lambda line: "listen" not in line))
    print("{0:>{width}}|{1:^{width}}|{2:<{width}}|".format("r", "c", "l", width=5))
    print("{host!r:>16} {days:03d} {ratio:.2%} {big:,} {x:+.3e}".format(host="a.example", days=7, ratio=0.125,
                                                                     big=1234567, x=12345.678))
    print("{0[host]} {1.real} {2[1]}".format({"host": "h"}, 3 + 4j, "xyz"))
    print(string.capwords("tls  certificate   notice"), string.ascii_uppercase[:5], string.hexdigits)
    fmt = string.Formatter()
    print(list(fmt.parse("a{b:>3}c{d!r}")), fmt.format("{0}-{x}", 1, x=2))
    print("%-10s|%5.1f|%x|%o|%e|%c|%%" % ("pct", 3.14159, 255, 8, 1234.5, 65))
    print("Title Case".swapcase(), "tls".center(9, "*"), "a,b,,c".split(","), "  x ".strip(), "ab".zfill(5))


if __name__ == "__main__":
    main()
