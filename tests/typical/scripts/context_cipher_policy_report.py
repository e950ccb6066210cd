"""A TLS policy report: builds SSLContexts for three policies (modern,
intermediate, compatible), prints their options and verify flags as the
names of the bits set, the ciphers each cipher string selects
(get_ciphers: name, protocol, bits, AEAD), and the errors that bad cipher
strings and flag values raise."""
import ssl

OPTION_NAMES = ["OP_NO_SSLv2", "OP_NO_SSLv3", "OP_NO_TLSv1", "OP_NO_TLSv1_1", "OP_NO_TLSv1_2",
                "OP_NO_TLSv1_3", "OP_NO_COMPRESSION", "OP_CIPHER_SERVER_PREFERENCE",
                "OP_SINGLE_DH_USE", "OP_SINGLE_ECDH_USE", "OP_NO_TICKET"]
FLAG_NAMES = ["VERIFY_CRL_CHECK_LEAF", "VERIFY_CRL_CHECK_CHAIN", "VERIFY_X509_STRICT",
              "VERIFY_X509_TRUSTED_FIRST"]


def names(value, candidates):
    return [n for n in candidates if hasattr(ssl, n) and value & getattr(ssl, n)] or ["-"]


def policy(kind):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if kind == "modern":
        ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TLSv1_2
        ctx.set_ciphers("ECDHE+AESGCM:!ECDSA")
        ctx.verify_flags |= ssl.VERIFY_X509_STRICT
    elif kind == "intermediate":
        ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TICKET
        ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
        ctx.verify_flags |= ssl.VERIFY_CRL_CHECK_LEAF
    else:
        ctx.set_ciphers("ECDHE+AES256:!SHA1")
    return ctx


def describe(ctx, label):
    print("== %s" % label)
    print("  options:", " ".join(names(ctx.options, OPTION_NAMES)))
    print("  verify_flags:", " ".join(names(ctx.verify_flags, FLAG_NAMES)))
    print("  verify_mode:", ctx.verify_mode, "check_hostname:", ctx.check_hostname)
    tls12 = [c for c in ctx.get_ciphers() if c["protocol"] == "TLSv1.2"]
    print("  TLS 1.2 suites: %d" % len(tls12))
    for c in tls12:
        print("    %-32s %3d bits aead=%s kea=%s auth=%s" % (
            c["name"], c["alg_bits"], c.get("aead"), c.get("kea"), c.get("auth")))
    tls13 = sorted(c["name"] for c in ctx.get_ciphers() if c["protocol"] == "TLSv1.3")
    print("  TLS 1.3 suites:", ", ".join(tls13))


def main():
    for kind in ("modern", "intermediate", "compatible"):
        describe(policy(kind), kind)

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    for bad in ("NOPE-NOT-A-CIPHER", "", "eNULL"):
        try:
            ctx.set_ciphers(bad)
            print("set_ciphers(%r): accepted" % bad)
        except ssl.SSLError as e:
            print("set_ciphers(%r): %s %s" % (bad, type(e).__name__, e))
    for attr, value in (("verify_flags", -1), ("verify_mode", 7), ("options", "x")):
        try:
            setattr(ctx, attr, value)
            print("%s = %r: accepted" % (attr, value))
        except (ValueError, TypeError, OverflowError) as e:
            print("%s = %r: %s: %s" % (attr, value, type(e).__name__, e))
    before = ctx.options
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    print("clearing OP_NO_COMPRESSION changed options:", ctx.options != before)
    ctx.verify_flags = ssl.VERIFY_DEFAULT
    print("verify_flags reset:", ctx.verify_flags == ssl.VERIFY_DEFAULT, int(ctx.verify_flags))
    print("OP_ALL is set:", bool(ctx.options & ssl.OP_ALL))


main()
