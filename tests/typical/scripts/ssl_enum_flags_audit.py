"""Audit of a context's settings through the enums ssl exposes in 3.6:
ctx.options as ssl.Options (an IntFlag) with its members decomposed,
verify_mode as ssl.VerifyMode, verify_flags as ssl.VerifyFlags,
ssl.Purpose, AlertDescription and SSLErrorNumber lookups, and a script's
own IntFlag/Enum classes built on the same values."""
import enum
import ssl


class Hardening(enum.IntFlag):
    NO_COMPRESSION = ssl.OP_NO_COMPRESSION
    SINGLE_DH = ssl.OP_SINGLE_DH_USE
    SINGLE_ECDH = ssl.OP_SINGLE_ECDH_USE
    SERVER_ORDER = ssl.OP_CIPHER_SERVER_PREFERENCE


class Profile(enum.Enum):
    STRICT = (ssl.CERT_REQUIRED, True)
    LAX = (ssl.CERT_NONE, False)

    def __init__(self, mode, check):
        self.mode = mode
        self.check = check

    def apply(self, ctx):
        ctx.check_hostname = False
        ctx.verify_mode = self.mode
        ctx.check_hostname = self.check
        return ctx


@enum.unique
class Level(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


def describe_flags(value, enum_cls):
    return sorted(m.name for m in enum_cls if m.value and value & m.value == m.value)


ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print("verify_mode:", repr(ctx.verify_mode), ctx.verify_mode.name, int(ctx.verify_mode))
print("type names:", type(ctx.verify_mode).__name__, type(ctx.options).__name__, type(ctx.verify_flags).__name__)
print("options is int:", isinstance(ctx.options, int))
print("hardening bits set:", describe_flags(ctx.options, Hardening))
h = Hardening.NO_COMPRESSION | Hardening.SINGLE_ECDH
print("hardening value:", repr(h), str(h), int(h) == ssl.OP_NO_COMPRESSION | ssl.OP_SINGLE_ECDH_USE)
print("membership:", Hardening.SINGLE_ECDH in h, Hardening.SERVER_ORDER in h)
print("negated has NO_COMPRESSION:", Hardening.NO_COMPRESSION in ~Hardening.SINGLE_DH)

print("OP_NO_SSLv3 repr:", repr(ssl.OP_NO_SSLv3))
print("Options members >= 4:", len([m for m in ssl.Options]) >= 4)
print("CERT_REQUIRED:", repr(ssl.CERT_REQUIRED), ssl.VerifyMode(2), ssl.VerifyMode["CERT_OPTIONAL"])
print("VERIFY flags:", repr(ssl.VERIFY_X509_STRICT), repr(ssl.VerifyFlags.VERIFY_DEFAULT))
combined = ssl.VERIFY_CRL_CHECK_CHAIN | ssl.VERIFY_X509_STRICT
print("combined flags:", int(combined), isinstance(combined, ssl.VerifyFlags))
print("purpose:", ssl.Purpose.SERVER_AUTH, ssl.Purpose.SERVER_AUTH.value)
print("purpose repr:", repr(ssl.Purpose.CLIENT_AUTH))
print("alert:", repr(ssl.ALERT_DESCRIPTION_HANDSHAKE_FAILURE), ssl.AlertDescription(112).name)
print("errors:", repr(ssl.SSL_ERROR_WANT_READ), ssl.SSLErrorNumber(6).name)
print("protocol:", repr(ssl.PROTOCOL_TLS_CLIENT), ssl._SSLMethod.PROTOCOL_TLS_SERVER.value)

for p in Profile:
    c = p.apply(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    print("profile %-6s -> %s hostname=%s" % (p.name, c.verify_mode.name, c.check_hostname))
print("levels:", [l.name for l in sorted(Level, reverse=True)], Level.HIGH > Level.LOW, Level(2))
try:
    ssl.VerifyMode(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Level["ULTRA"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(Hardening.__members__))
