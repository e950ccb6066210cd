"""Certificate key-usage flags with enum.Flag and auto(), combined inside the class body."""
from enum import Flag, IntFlag, auto


class KeyUsage(Flag):
    DIGITAL_SIGNATURE = auto()
    KEY_ENCIPHERMENT = auto()
    KEY_AGREEMENT = auto()
    CERT_SIGN = auto()
    CRL_SIGN = auto()
    TLS_SERVER = DIGITAL_SIGNATURE | KEY_ENCIPHERMENT
    CA = CERT_SIGN | CRL_SIGN


class Check(IntFlag):
    EXPIRY = auto()
    CHAIN = auto()
    HOSTNAME = auto()
    ALL = EXPIRY | CHAIN | HOSTNAME


print(list(KeyUsage))
print(KeyUsage.TLS_SERVER, KeyUsage.CA.value, KeyUsage.DIGITAL_SIGNATURE in KeyUsage.TLS_SERVER)
cert_usage = KeyUsage.DIGITAL_SIGNATURE | KeyUsage.KEY_ENCIPHERMENT | KeyUsage.KEY_AGREEMENT
print(cert_usage, bool(cert_usage & KeyUsage.CA), (cert_usage & KeyUsage.TLS_SERVER) == KeyUsage.TLS_SERVER)
print(Check.ALL, int(Check.ALL), Check.ALL & ~Check.CHAIN, Check(5))
for name, wanted in [("server", KeyUsage.TLS_SERVER), ("ca", KeyUsage.CA)]:
    missing = wanted & ~cert_usage
    print("%-6s ok=%s missing=%s" % (name, not missing, missing))
