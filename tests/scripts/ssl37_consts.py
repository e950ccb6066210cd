# ssl37_consts.py: the OP_, VERIFY_ and HAS_ names of the ssl module with
# their values, compared with CPython 3.13 on the same OpenSSL.
import ssl

for prefix in ('OP_', 'VERIFY_', 'HAS_'):
    names = sorted(n for n in dir(ssl) if n.startswith(prefix) and n != 'HAS_TLS_UNIQUE')
    print(prefix, [(n, int(getattr(ssl, n))) for n in names])
for n in ('OP_ENABLE_KTLS', 'OP_LEGACY_SERVER_CONNECT', 'OP_IGNORE_UNEXPECTED_EOF', 'VERIFY_X509_PARTIAL_CHAIN'):
    print(repr(getattr(ssl, n)), repr(getattr(ssl, n.split('_')[0] == 'OP' and 'Options' or 'VerifyFlags')(int(getattr(ssl, n)))))
c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
c.options |= ssl.OP_ENABLE_KTLS | ssl.OP_LEGACY_SERVER_CONNECT
print(bool(c.options & ssl.OP_ENABLE_KTLS), bool(c.options & ssl.OP_LEGACY_SERVER_CONNECT))
c.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
print(bool(c.verify_flags & ssl.VERIFY_X509_PARTIAL_CHAIN))
