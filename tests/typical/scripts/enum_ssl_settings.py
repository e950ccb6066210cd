"""An enum-driven TLS policy table: Enum, IntEnum and IntFlag members,
ssl's own enums (VerifyMode, Options, Purpose, AlertDescription), lookup
by value and by name, and iteration."""
import enum
import ssl


class Strictness(enum.Enum):
    RELAXED = "relaxed"
    NORMAL = "normal"
    STRICT = "strict"

    @property
    def verify_mode(self):
        return {Strictness.RELAXED: ssl.CERT_NONE,
                Strictness.NORMAL: ssl.CERT_OPTIONAL,
                Strictness.STRICT: ssl.CERT_REQUIRED}[self]

    def describe(self):
        return "%s -> %s" % (self.name.lower(), self.verify_mode.name)


class Port(enum.IntEnum):
    HTTPS = 443
    IMAPS = 993
    POP3S = 995
    SMTPS = 465


class Feature(enum.IntFlag):
    SNI = 1
    ALPN = 2
    OCSP = 4
    TICKETS = 8


@enum.unique
class Color(enum.Enum):
    RED = 1
    GREEN = 2


def build(strictness):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = strictness.verify_mode
    return ctx


def main():
    for s in Strictness:
        ctx = build(s)
        print(s, repr(s), s.describe(), repr(ctx.verify_mode), ctx.verify_mode == s.verify_mode)
    print(Strictness("strict"), Strictness["NORMAL"], len(Strictness))
    try:
        Strictness("paranoid")
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        Strictness["PARANOID"]
    except KeyError as exc:
        print("KeyError:", exc)
    print(sorted(Port), Port.HTTPS + 1, Port(993).name, int(Port.SMTPS))
    print([p.name for p in sorted(Port, key=lambda p: -p.value)])
    print("%d %s %r" % (Port.POP3S, Port.POP3S, Port.POP3S))
    f = Feature.SNI | Feature.ALPN
    print(f, repr(f), Feature.ALPN in f, Feature.OCSP in f, int(f))
    print(Feature(0), Feature(12), ~Feature.SNI & Feature.TICKETS)
    print(ssl.CERT_REQUIRED, repr(ssl.CERT_OPTIONAL), ssl.VerifyMode(0))
    print(repr(ssl.Purpose.SERVER_AUTH))
    print(ssl.Purpose.CLIENT_AUTH.name, ssl.Purpose.CLIENT_AUTH.value)
    print(isinstance(ssl.OP_NO_SSLv2, ssl.Options), ssl.Options.OP_NO_TLSv1.name)
    print(repr(ssl.AlertDescription.ALERT_DESCRIPTION_HANDSHAKE_FAILURE))
    print(ssl.AlertDescription(40).name, ssl.SSLErrorNumber.SSL_ERROR_EOF.value)
    print(Color.RED is Color(1), Color.RED == 1, Color.__members__.keys())
    try:
        @enum.unique
        class Bad(enum.Enum):
            A = 1
            B = 1
    except ValueError as exc:
        print("ValueError:", exc)
    Dyn = enum.Enum("Dyn", "ONE TWO THREE")
    print(list(Dyn), Dyn.TWO.value)
    print({Strictness.STRICT: 1}[Strictness("strict")], hash(Color.RED) == hash(Color.RED))


if __name__ == "__main__":
    main()
