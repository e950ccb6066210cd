"""Expiry checker: days left with timezone-aware datetimes, printed as a table."""
from datetime import datetime, timedelta, timezone, date
import ssl
import subprocess
import tempfile
import os

NOW = datetime(2024, 3, 15, 12, 30, 0, tzinfo=timezone.utc)
CET = timezone(timedelta(hours=1), "CET")
IST = timezone(timedelta(hours=5, minutes=30))


class Cert:
    def __init__(self, host, not_after):
        self.host = host
        self.not_after = not_after

    def __repr__(self):
        return "Cert(host=%r, not_after=%r)" % (self.host, self.not_after)

    @property
    def days_left(self):
        return (self.not_after - NOW).days

    def status(self, warn=30):
        d = self.days_left
        if d < 0:
            return "EXPIRED"
        if d < warn:
            return "WARN"
        return "OK"


def parse_openssl_date(text):
    # 'Jun  1 12:00:00 2024 GMT'
    ts = ssl.cert_time_to_seconds(text)
    return datetime.fromtimestamp(ts, tz=timezone.utc)


certs = [
    Cert("example.org", parse_openssl_date("Jun  1 12:00:00 2024 GMT")),
    Cert("old.example", parse_openssl_date("Jan 10 00:00:00 2024 GMT")),
    Cert("soon.example", datetime(2024, 3, 30, 8, 0, tzinfo=CET)),
    Cert("india.example", datetime(2025, 1, 1, 0, 0, tzinfo=IST)),
    Cert("leap.example", datetime(2024, 2, 29, 23, 59, 59, tzinfo=timezone.utc)),
]

print(repr(certs[0]))
print(certs[2])
header = "{:<15}|{:^22}|{:>6}|{:>8}".format("host", "not after (UTC)", "days", "status")
print(header)
print("-" * len(header))
for c in sorted(certs, key=lambda c: (c.status(), -c.days_left)):
    utc = c.not_after.astimezone(timezone.utc)
    print("{:<15}|{:^22}|{:>6d}|{:>8}".format(c.host, utc.strftime("%Y-%m-%d %H:%M"), c.days_left, c.status()))

print()
for c in certs:
    delta = c.not_after - NOW
    hours, rem = divmod(delta.seconds, 3600)
    print(f"{c.host:>14}: {delta!s:>28} -> {delta.days:+d}d {hours:02d}h {rem // 60:02d}m  "
          f"iso={c.not_after.isoformat()} tz={c.not_after.tzname()} off={c.not_after.utcoffset()}")

print()
print(NOW.strftime("%A %d %B %Y, week %W, day %j"), NOW.timetuple().tm_yday)
print(date(2024, 3, 15).isocalendar(), date(2024, 3, 15).weekday(), date(2024, 3, 15).isoweekday())
print(NOW.astimezone(CET), NOW.astimezone(IST).isoformat(timespec="minutes"))
print(timedelta(days=-1, seconds=5), timedelta(hours=36), timedelta(microseconds=1500))
print(repr(timedelta(days=3, hours=4)), timedelta(days=3) / timedelta(hours=1), timedelta(days=7) // 3)
print(datetime.strptime("2024-03-15T12:30:00+0000", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime(2024, 3, 15) + timedelta(weeks=2, days=1), date.fromordinal(738960), date(2024, 1, 1).toordinal())
print(sorted([date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 1)]))
print(max(certs, key=lambda c: c.not_after).host, min(c.not_after for c in certs).date())
print("{:%Y/%m/%d %H-%M-%S}".format(NOW), format(NOW.date(), "%d.%m.%y"))
print(NOW.replace(tzinfo=None) == datetime(2024, 3, 15, 12, 30), NOW.timestamp())

with tempfile.TemporaryDirectory() as d:
    crt = os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    os.path.join(d, "k.pem"), "-out", crt, "-days", "45", "-subj", "/CN=live"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = subprocess.run(["openssl", "x509", "-in", crt, "-noout", "-enddate"],
                         stdout=subprocess.PIPE, universal_newlines=True).stdout
    end = parse_openssl_date(out.strip().partition("=")[2])
    left = end - datetime.now(timezone.utc)
    print("live cert days left:", left.days, "type:", type(left).__name__)
