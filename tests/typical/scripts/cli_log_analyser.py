"""Analyse a TLS server log: regex with named groups, Counter, defaultdict, groupby."""
import re
import io
from collections import Counter, defaultdict, OrderedDict, namedtuple, deque
from itertools import groupby, chain, islice, accumulate, tee, zip_longest, count
from operator import itemgetter, attrgetter

LOG = """\
2024-03-01 10:00:01 INFO  [conn 1] 10.0.0.5:51234 handshake ok TLSv1.3 TLS_AES_256_GCM_SHA384 sni=api.example.com
2024-03-01 10:00:02 WARN  [conn 2] 10.0.0.7:40001 handshake failed: certificate verify failed (unable to get local issuer certificate)
2024-03-01 10:00:02 INFO  [conn 3] 10.0.0.5:51240 handshake ok TLSv1.2 ECDHE-RSA-AES128-GCM-SHA256 sni=www.example.com
2024-03-01 10:01:15 ERROR [conn 4] 192.168.1.20:6000 handshake failed: wrong version number
2024-03-01 10:01:16 INFO  [conn 5] 10.0.0.9:50000 handshake ok TLSv1.3 TLS_AES_128_GCM_SHA256 sni=api.example.com
garbage line that does not match
2024-03-01 10:02:00 INFO  [conn 6] 10.0.0.5:51300 handshake ok TLSv1.3 TLS_AES_256_GCM_SHA384 sni=api.example.com
2024-03-01 10:02:30 WARN  [conn 7] 10.0.0.7:40010 handshake failed: certificate verify failed (self signed certificate)
2024-03-01 10:03:00 ERROR [conn 8] 172.16.0.1:443 handshake failed: no shared cipher
2024-03-01 11:00:00 INFO  [conn 9] 10.0.0.9:50011 handshake ok TLSv1.2 ECDHE-ECDSA-CHACHA20-POLY1305 sni=
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d\d:\d\d:\d\d) (?P<level>[A-Z]+)\s+"
    r"\[conn (?P<conn>\d+)\] (?P<ip>(?:\d{1,3}\.){3}\d{1,3}):(?P<port>\d+) "
    r"handshake (?P<result>ok|failed)(?:: (?P<reason>[^(\n]+?)(?: \((?P<detail>[^)]*)\))?)?"
    r"(?: (?P<version>TLSv1\.[0-3]) (?P<cipher>\S+) sni=(?P<sni>\S*))?$")

Event = namedtuple("Event", "when level conn ip port ok reason version cipher sni")

events = []
bad = []
for lineno, line in enumerate(io.StringIO(LOG), 1):
    m = LINE.match(line.rstrip("\n"))
    if not m:
        bad.append((lineno, line.strip()))
        continue
    g = m.groupdict()
    events.append(Event(g["date"] + "T" + g["time"], g["level"], int(g["conn"]), g["ip"], int(g["port"]),
                        g["result"] == "ok", g["reason"], g["version"], g["cipher"], g["sni"] or None))

print("parsed %d events, %d bad lines: %r" % (len(events), len(bad), bad))
print(events[1])
print(events[1]._asdict() if hasattr(events[1], "_asdict") else None)
by_level = Counter(e.level for e in events)
print(by_level)
print(by_level.most_common(2), sorted(by_level.elements())[:4])
ips = Counter(e.ip for e in events)
for ip, n in ips.most_common():
    print(f"  {ip:<15} {n:>3} {'#' * n}")

reasons = defaultdict(list)
for e in events:
    if not e.ok:
        reasons[e.reason].append(e.conn)
print(dict(reasons))
print(sorted(reasons.items(), key=lambda kv: (-len(kv[1]), kv[0])))

versions = Counter(e.version for e in events if e.ok)
print("versions:", dict(sorted(versions.items())))
ciphers = defaultdict(Counter)
for e in events:
    if e.ok:
        ciphers[e.version][e.cipher] += 1
for v in sorted(ciphers):
    print(v, ciphers[v].most_common())

print("by minute:")
for minute, grp in groupby(events, key=lambda e: e.when[:16]):
    grp = list(grp)
    print("  %s %d %s" % (minute, len(grp), [e.conn for e in grp]))

print("sorted by (ok, ip desc, port):")
for e in sorted(events, key=lambda e: (not e.ok, tuple(-int(x) for x in e.ip.split("."))[:1], e.port)):
    print("  ", e.conn, e.ok, e.ip, e.port)
print(sorted(events, key=attrgetter("level", "conn"))[0].conn, max(events, key=itemgetter(4)).port)
print(list(accumulate(e.port % 7 for e in events)))
a, b = tee(e.conn for e in events)
next(b)
print(list(zip(a, b))[:3], list(islice(count(10, 5), 4)))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
last = deque(maxlen=3)
for e in events:
    last.append(e.conn)
print(last, list(chain.from_iterable([[1], [2, 3]])))
sni = Counter(filter(None, (e.sni for e in events)))
print(sni + Counter({"x": 1}), sni - Counter({"api.example.com": 2}), sni & Counter({"www.example.com": 5}))
od = OrderedDict.fromkeys("tls")
od.move_to_end("t")
print(od, list(od))
print(re.sub(r"(?P<a>\d+)\.(?P<b>\d+)\.\d+\.\d+", r"\g<a>.\g<b>.x.x", "ip 10.0.0.5 and 192.168.1.20"))
print(re.findall(r"conn (\d+)\] ([\d.]+)", LOG)[:3])
print([m.span() for m in re.finditer(r"TLSv1\.\d", LOG)][:3])
print(re.split(r"[\s:]+", "a: b  c:d", maxsplit=2), re.escape("a.b*c"))
