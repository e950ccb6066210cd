"""Print what a client context is configured with, the way audit scripts do."""
import ssl

ctx = ssl.create_default_context()
print("protocol:", ctx.protocol, int(ctx.protocol))
print("verify_mode:", ctx.verify_mode, ctx.verify_mode == ssl.CERT_REQUIRED)
print("check_hostname:", ctx.check_hostname)
for name in ("OP_NO_SSLv2", "OP_NO_SSLv3", "OP_NO_COMPRESSION", "OP_CIPHER_SERVER_PREFERENCE", "OP_SINGLE_DH_USE"):
    print("  %-28s %s" % (name, bool(ctx.options & getattr(ssl, name))))
ciphers = ctx.get_ciphers()
print("cipher dict keys:", sorted(ciphers[0]))
print("all have names:", all(c["name"] for c in ciphers))
print("protocols:", sorted({c["protocol"] for c in ciphers}))
print("aead present:", any(c.get("aead") for c in ciphers))
ctx.set_ciphers("ECDHE+AESGCM")
print("after set_ciphers, TLS1.2 names all ECDHE:", all("ECDHE" in c["name"] for c in ctx.get_ciphers() if c["protocol"] == "TLSv1.2"))
try:
    ctx.set_ciphers("NOT-A-CIPHER")
except ssl.SSLError as e:
    print("SSLError:", e.args[1].split("]")[0] + "]")
srv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print("server defaults:", srv.verify_mode, srv.check_hostname)
cli = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print("client defaults:", cli.verify_mode, cli.check_hostname)
legacy = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)
print("legacy protocol:", legacy.protocol)
print("verify_flags:", ctx.verify_flags, bool(ctx.verify_flags & ssl.VERIFY_X509_TRUSTED_FIRST))
ctx.verify_flags |= ssl.VERIFY_X509_STRICT
print("strict flag set:", bool(ctx.verify_flags & ssl.VERIFY_X509_STRICT))
print("stats keys:", sorted(ctx.cert_store_stats()))
print("alpn:", ssl.HAS_ALPN, "npn:", ssl.HAS_NPN)
try:
    ctx.set_alpn_protocols(["h2", "x" * 300])
except ValueError as e:
    print("ValueError:", e)
paths = ssl.get_default_verify_paths()
print("verify paths fields:", paths._fields)
print("purpose:", ssl.Purpose.SERVER_AUTH.name, ssl.Purpose.CLIENT_AUTH.oid)
for const in ("PROTOCOL_TLS", "PROTOCOL_SSLv23", "CERT_NONE", "CERT_OPTIONAL"):
    print(const, repr(getattr(ssl, const)))
print("SSLError subclasses:", sorted(c.__name__ for c in (ssl.SSLZeroReturnError, ssl.SSLWantReadError,
      ssl.SSLWantWriteError, ssl.SSLSyscallError, ssl.SSLEOFError) if issubclass(c, ssl.SSLError)))
print("socket_error:", ssl.socket_error is OSError)
