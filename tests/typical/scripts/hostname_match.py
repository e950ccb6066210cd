import ssl

cert = {
    "subject": ((("commonName", "example.com"),),),
    "subjectAltName": (("DNS", "example.com"), ("DNS", "*.example.com"), ("DNS", "api.*.example.net"),
                       ("IP Address", "10.0.0.1")),
}
cn_only = {"subject": ((("organizationName", "Acme"),), (("commonName", "legacy.example.org"),))}

for host in ["example.com", "www.example.com", "a.b.example.com", "EXAMPLE.COM", "example.org",
             "10.0.0.1", "10.0.0.2", "api.x.example.net"]:
    try:
        ssl.match_hostname(cert, host)
        print("%-18s match" % host)
    except ssl.CertificateError as e:
        print("%-18s %s: %s" % (host, type(e).__name__, e))
for host in ["legacy.example.org", "other.example.org"]:
    try:
        ssl.match_hostname(cn_only, host)
        print("%-18s match" % host)
    except ssl.CertificateError as e:
        print("%-18s %s" % (host, e))
try:
    ssl.match_hostname({}, "x")
except ValueError as e:
    print("ValueError:", e)
except ssl.CertificateError as e:
    print("CertificateError:", e)
print(issubclass(ssl.CertificateError, ValueError))
print(ssl.cert_time_to_seconds("Jan  5 09:34:43 2018 GMT"))
for bad in ["Jan 5 2018", "Foo  5 09:34:43 2018 GMT"]:
    try:
        ssl.cert_time_to_seconds(bad)
    except ValueError as e:
        print("ValueError:", e)
print(ssl.PROTOCOL_TLS_CLIENT, ssl.CERT_REQUIRED, ssl.OP_NO_SSLv3 in ssl.OP_ALL | ssl.OP_NO_SSLv3)
print(repr(ssl.CERT_REQUIRED), repr(ssl.PROTOCOL_TLS), str(ssl.Purpose.SERVER_AUTH))
print(sorted(p.name for p in ssl.Purpose))
print(ssl.get_default_verify_paths().__class__.__name__, ssl.DefaultVerifyPaths._fields)
print(ssl.HAS_SNI, ssl.HAS_ALPN, ssl.HAS_ECDH, ssl.OPENSSL_VERSION.startswith("OpenSSL"))
print(ssl.RAND_status(), len(ssl.RAND_bytes(16)))
