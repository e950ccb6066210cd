"""Summarise a small certificate inventory: namedtuple, Enum, Counter, defaultdict."""
from collections import Counter, defaultdict, namedtuple, OrderedDict, deque
from enum import Enum, IntEnum
import sys

Cert = namedtuple("Cert", ["host", "issuer", "days_left", "key_bits"])


class Status(Enum):
    OK = "ok"
    WARN = "warning"
    EXPIRED = "expired"


class Severity(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


def classify(cert):
    if cert.days_left < 0:
        return Status.EXPIRED
    if cert.days_left < 30:
        return Status.WARN
    return Status.OK


INVENTORY = [
    Cert("mail.example.com", "Let's Encrypt", 12, 2048),
    Cert("www.example.com", "Let's Encrypt", 80, 2048),
    Cert("api.example.com", "DigiCert", -3, 4096),
    Cert("db.internal", "Internal CA", 365, 256),
    Cert("vpn.example.com", "DigiCert", 29, 2048),
    Cert("old.example.com", "Internal CA", -100, 1024),
]


def main():
    by_status = defaultdict(list)
    for c in INVENTORY:
        by_status[classify(c)].append(c)
    for status in Status:
        hosts = sorted(c.host for c in by_status[status])
        print("%-8s %d %s" % (status.value, len(hosts), ", ".join(hosts)))
    issuers = Counter(c.issuer for c in INVENTORY)
    print("issuers:", issuers.most_common())
    print("bits:", sorted(Counter(c.key_bits for c in INVENTORY).items()))
    worst = min(INVENTORY, key=lambda c: c.days_left)
    print("worst:", worst)
    print("worst as dict:", dict(worst._asdict()))
    renewed = worst._replace(days_left=90)
    print("renewed:", renewed.days_left, renewed == worst)
    sev = {Status.OK: Severity.LOW, Status.WARN: Severity.MEDIUM, Status.EXPIRED: Severity.HIGH}
    ranked = sorted(INVENTORY, key=lambda c: (-sev[classify(c)], c.host))
    for c in ranked:
        s = sev[classify(c)]
        print("  {:<18} {:>5} {!s:<16} {}".format(c.host, c.days_left, s, int(s)))
    print(Status("warning"), Status.WARN.name, repr(Status.OK), Severity.HIGH > Severity.LOW)
    try:
        Status("bogus")
    except ValueError as e:
        print("ValueError:", e)
    recent = deque(maxlen=3)
    for c in INVENTORY:
        recent.append(c.host)
    print("last three:", list(recent))
    od = OrderedDict(sorted(issuers.items(), key=lambda kv: kv[0]))
    od.move_to_end("DigiCert")
    print("ordered:", list(od))
    totals = {status.name: sum(c.days_left for c in by_status[status]) for status in Status}
    print("totals:", totals)
    print("hosts with dots > 2:", {c.host for c in INVENTORY if c.host.count(".") > 1} == {c.host for c in INVENTORY if c.host.endswith(".com")})
    return 1 if by_status[Status.EXPIRED] else 0


if __name__ == "__main__":
    code = main()
    print("exit code", code, file=sys.stderr)
    sys.exit(code)
