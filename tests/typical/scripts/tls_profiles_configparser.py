"""Build SSL contexts from an INI file of TLS profiles: configparser
with defaults, interpolation, getboolean/getint/getlist-by-split,
fallbacks, sections() order, errors for missing options and bad
values, and writing the effective config back out."""
import configparser
import io
import os
import ssl
import subprocess
import tempfile

INI = """
[DEFAULT]
verify = yes
check_hostname = true
min_bits = 128
base_dir = /etc/tls

[modern]
ciphers = ECDHE+AESGCM:ECDHE+CHACHA20
alpn = h2, http/1.1
cafile = %(base_dir)s/modern-ca.pem

[compat]
verify = no
check_hostname = off
ciphers = HIGH:!aNULL
no_tls13 = 1
min_bits = 112

[broken]
verify = maybe
min_bits = lots
ciphers = NOT-A-REAL-CIPHER
"""


def build(section, cafile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = section.getboolean("check_hostname")
    ctx.verify_mode = ssl.CERT_REQUIRED if section.getboolean("verify") else ssl.CERT_NONE
    ctx.set_ciphers(section["ciphers"])
    if section.getboolean("no_tls13", fallback=False):
        ctx.options |= ssl.OP_NO_TLSv1_3
    alpn = [p.strip() for p in section.get("alpn", "").split(",") if p.strip()]
    if alpn:
        ctx.set_alpn_protocols(alpn)
    if ctx.verify_mode == ssl.CERT_REQUIRED:
        ctx.load_verify_locations(cafile)
    return ctx, alpn


def main():
    cp = configparser.ConfigParser()
    cp.read_string(INI)
    print("sections:", cp.sections(), "defaults:", sorted(cp.defaults()))
    print("modern cafile:", cp["modern"]["cafile"], "| raw:", cp.get("modern", "cafile", raw=True))
    print("has compat/alpn:", cp.has_option("compat", "alpn"), "| modern min_bits:", cp.getint("modern", "min_bits"))
    print("options(compat):", cp.options("compat"))
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "2", "-subj", "/CN=ca", "-keyout", key, "-out", crt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for name in cp.sections():
            sec = cp[name]
            try:
                ctx, alpn = build(sec, crt)
            except ValueError as exc:
                print("%-7s ValueError: %s" % (name, exc))
                continue
            except ssl.SSLError as exc:
                print("%-7s SSLError: %s" % (name, exc.args[1].split(" (_ssl")[0]))
                continue
            names = [c["name"] for c in ctx.get_ciphers()]
            print("%-7s verify=%s hostname=%s no13=%s alpn=%s ciphers=%d aes=%s" % (
                name, ctx.verify_mode.name, ctx.check_hostname, bool(ctx.options & ssl.OP_NO_TLSv1_3),
                alpn, len(names) > 0, any("AES" in n for n in names)))
    try:
        cp.getint("broken", "min_bits")
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        cp.get("modern", "nothing")
    except configparser.NoOptionError as exc:
        print("NoOptionError:", exc)
    try:
        cp["missing"]
    except KeyError as exc:
        print("KeyError:", exc)
    try:
        cp.get("nosuch", "x")
    except configparser.NoSectionError as exc:
        print("NoSectionError:", exc)
    bad = configparser.ConfigParser()
    try:
        bad.read_string("[a]\nx = 1\n[a]\ny = 2\n")
    except configparser.DuplicateSectionError as exc:
        print("DuplicateSectionError:", exc)
    try:
        bad.read_string("no section header\n")
    except configparser.MissingSectionHeaderError as exc:
        print("MissingSectionHeaderError:", exc.lineno, repr(exc.line))
    interp = configparser.ConfigParser()
    interp.read_string("[x]\na = %(b)s\nb = %(a)s\n")
    try:
        interp.get("x", "a")
    except configparser.InterpolationDepthError as exc:
        print("InterpolationDepthError:", type(exc).__mro__[1].__name__)
    cp["modern"]["min_bits"] = "256"
    cp.set("compat", "note", "50%% legacy")
    cp.remove_section("broken")
    out = io.StringIO()
    cp.write(out)
    print(out.getvalue().rstrip())
    print("note:", cp["compat"]["note"], "| get with vars:", cp.get("modern", "min_bits", vars={"min_bits": "1"}))


if __name__ == "__main__":
    main()
