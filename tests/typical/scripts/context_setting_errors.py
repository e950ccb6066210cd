"""A configuration validator for TLS settings: it applies each setting
from a list of (name, value) pairs to a fresh SSLContext and reports the
exception type and message users see for the bad ones."""
import ssl
from collections import OrderedDict


def apply(ctx, name, value):
    if name == "verify_mode":
        ctx.verify_mode = value
    elif name == "check_hostname":
        ctx.check_hostname = value
    elif name == "ciphers":
        ctx.set_ciphers(value)
    elif name == "alpn":
        ctx.set_alpn_protocols(value)
    elif name == "ecdh_curve":
        ctx.set_ecdh_curve(value)
    elif name == "options":
        ctx.options = value
    elif name == "verify_flags":
        ctx.verify_flags = value
    elif name == "cadata":
        ctx.load_verify_locations(cadata=value)
    elif name == "load_verify_locations":
        ctx.load_verify_locations(*value)
    elif name == "dh_params":
        ctx.load_dh_params(value)
    elif name == "protocol":
        return ssl.SSLContext(value)
    else:
        raise KeyError(name)


CASES = [
    ("client", "verify_mode", ssl.CERT_NONE),
    ("client", "verify_mode", 7),
    ("client", "verify_mode", "required"),
    ("client", "check_hostname", 1),
    ("legacy", "check_hostname", True),
    ("server", "ciphers", "ECDHE+AESGCM:!aNULL"),
    ("server", "ciphers", "NO-SUCH-CIPHER"),
    ("server", "ciphers", 12),
    ("server", "alpn", ["h2", "http/1.1"]),
    ("server", "alpn", ["x" * 256]),
    ("server", "alpn", [b"h2"]),
    ("server", "ecdh_curve", "prime256v1"),
    ("server", "ecdh_curve", "banana"),
    ("server", "ecdh_curve", 5),
    ("server", "options", -1),
    ("server", "verify_flags", ssl.VERIFY_X509_STRICT),
    ("server", "verify_flags", "strict"),
    ("server", "cadata", "not a certificate"),
    ("server", "cadata", b"\x30\x03\x02\x01\x01"),
    ("server", "cadata", 3.5),
    ("server", "load_verify_locations", ()),
    ("server", "load_verify_locations", ("/nonexistent/ca.pem",)),
    ("server", "load_verify_locations", (None, "/nonexistent/dir")),
    ("server", "dh_params", "/nonexistent/dh.pem"),
    ("server", "protocol", 99),
    ("server", "protocol", "tls"),
]


def fresh(kind):
    if kind == "client":
        return ssl.create_default_context()
    if kind == "legacy":
        return ssl.SSLContext(ssl.PROTOCOL_TLS)
    return ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)


def main():
    results = OrderedDict()
    for kind, name, value in CASES:
        ctx = fresh(kind)
        label = "%s.%s=%.30r" % (kind, name, value)
        try:
            apply(ctx, name, value)
        except Exception as exc:
            results[label] = "%s: %s" % (type(exc).__name__, exc)
        else:
            results[label] = "ok"
    width = max(map(len, results))
    for label, outcome in results.items():
        print(label.ljust(width), "->", outcome)
    bad = sum(1 for v in results.values() if v != "ok")
    print("%d of %d settings rejected" % (bad, len(results)))
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    print("after relaxing:", ctx.check_hostname, ctx.verify_mode)


main()
