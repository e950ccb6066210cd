"""Inspecting the ssl module's lesser-known objects: ssl.Purpose members
(_ASN1Object namedtuples with nid, shortname, longname, oid),
_ASN1Object.fromnid/fromname lookups and their errors, RAND_bytes,
RAND_status and RAND_add, and how create_default_context picks its
purpose."""
import ssl


def describe(obj):
    return "nid=%d short=%s long=%s oid=%s" % (obj.nid, obj.shortname, obj.longname, obj.oid)


def main():
    for purpose in ssl.Purpose:
        print(purpose.name, "->", describe(purpose.value))
        print("   repr:", repr(purpose))
        print("   is tuple:", isinstance(purpose, tuple), "fields:", purpose._fields)
    sa = ssl.Purpose.SERVER_AUTH
    print("lookup by value:", ssl.Purpose(sa.value) is sa)
    print("fromnid(129):", ssl._ASN1Object.fromnid(129))
    print("fromname('serverAuth'):", ssl._ASN1Object.fromname("serverAuth"))
    print("fromname(oid) equal:", ssl._ASN1Object.fromname("1.3.6.1.5.5.7.3.2") == ssl.Purpose.CLIENT_AUTH)
    print("by long name:", ssl._ASN1Object.fromname("TLS Web Server Authentication").shortname)
    print("constructor:", ssl._ASN1Object("1.3.6.1.5.5.7.3.1").nid)
    for bad in (lambda: ssl._ASN1Object.fromnid(-1), lambda: ssl._ASN1Object.fromname("no-such-purpose"),
                lambda: ssl._ASN1Object("1.2.3.x"), lambda: ssl.Purpose("1.3.6.1.5.5.7.3.1")):
        try:
            print("unexpected:", bad())
        except Exception as exc:
            print("error:", type(exc).__name__, exc)
    data = ssl.RAND_bytes(16)
    print("RAND_bytes:", type(data).__name__, len(data))
    print("RAND_status:", ssl.RAND_status())
    print("RAND_add:", ssl.RAND_add(b"entropy from the user", 2.5), ssl.RAND_add("text", 0.0))
    for bad in (lambda: ssl.RAND_bytes(-1), lambda: ssl.RAND_bytes("8")):
        try:
            bad()
        except Exception as exc:
            print("error:", type(exc).__name__, exc)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    client_ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    print("server side default:", server_ctx.verify_mode, server_ctx.check_hostname)
    print("client side default:", client_ctx.verify_mode, client_ctx.check_hostname)
    try:
        ssl.create_default_context("serverAuth")
    except Exception as exc:
        print("error:", type(exc).__name__, exc)


main()
