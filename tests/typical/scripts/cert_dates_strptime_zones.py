"""Certificate date handling the long way: notBefore/notAfter parsed
with datetime.strptime('%b %d %H:%M:%S %Y %Z') and compared with
ssl.cert_time_to_seconds, timezone-aware datetimes (timezone.utc and
fixed offsets), timedelta arithmetic and formatting, ISO output,
calendar weeks for a renewal plan, and a CSV renewal schedule read back
with csv.Sniffer and DictReader."""
import calendar
import csv
import datetime
import io
import os
import socket
import ssl
import subprocess
import tempfile
import threading

FMT = "%b %d %H:%M:%S %Y %Z"


def peer(days, start):
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "t.crt"), os.path.join(d, "t.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                        "-days", str(days), "-set_serial", "5", "-subj", "/CN=dates.local", "-keyout", key,
                        "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        a, b = socket.socketpair()
        t = threading.Thread(target=lambda: sctx.wrap_socket(b, server_side=True).close())
        t.start()
        c = ssl.create_default_context(cafile=crt)
        c.check_hostname = False
        with c.wrap_socket(a) as s:
            cert = s.getpeercert()
        t.join()
        return cert


def fmt_delta(td):
    days, rest = divmod(int(td.total_seconds()), 86400)
    hours, rest = divmod(rest, 3600)
    return "%dd %02dh" % (days, hours)


def main():
    start = datetime.datetime.utcnow()
    cert = peer(45, start)
    nb = datetime.datetime.strptime(cert["notBefore"], FMT)
    na = datetime.datetime.strptime(cert["notAfter"], FMT)
    print("strptime gives naive:", nb.tzinfo is None, "| fields:", cert["notAfter"][-3:], len(cert["notAfter"].split()))
    secs = ssl.cert_time_to_seconds(cert["notAfter"])
    print("agrees with cert_time_to_seconds:", calendar.timegm(na.utctimetuple()) == secs)
    aware = na.replace(tzinfo=datetime.timezone.utc)
    print("lifetime:", (na - nb).days, "days |", fmt_delta(na - nb), "| total hours:", (na - nb) // datetime.timedelta(hours=1))
    for offset in (-5, 0, 5.5, 9):
        tz = datetime.timezone(datetime.timedelta(hours=offset), "UTC%+g" % offset)
        local = aware.astimezone(tz)
        print("  expiry in %-8s %s %s" % (tz.tzname(None), local.strftime("%H:%M") == (aware + datetime.timedelta(hours=offset)).strftime("%H:%M"),
                                         local.utcoffset()))
    fixed = datetime.datetime(2024, 2, 28, 23, 30, tzinfo=datetime.timezone.utc)
    print("iso:", fixed.isoformat(), "| +1 day:", (fixed + datetime.timedelta(days=1)).date(), "| weekday:", fixed.strftime("%A %j %U"))
    print("ctime:", fixed.ctime(), "| timestamp:", fixed.timestamp())
    print("parsed back:", datetime.datetime.strptime("Feb 29 12:00:00 2024 GMT", FMT), calendar.isleap(2024))
    print("cert_time_to_seconds of fixed text:", ssl.cert_time_to_seconds("Mar  1 00:00:00 2024 GMT"))
    for bad in ("Feb 30 00:00:00 2024 GMT", "2024-03-01", "Mar 01 00:00:00 2024 UTC"):
        for fn in (lambda t: datetime.datetime.strptime(t, FMT), ssl.cert_time_to_seconds):
            try:
                fn(bad)
                print("accepted", bad)
            except ValueError as e:
                print("ValueError:", e)
    plan = io.StringIO()
    w = csv.writer(plan, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writerow(["week", "start", "action", "days_left"])
    base = datetime.date(2024, 1, 1)
    for i, action in enumerate(["inventory", "order; approve", "deploy \"new\" cert", "verify"]):
        day = base + datetime.timedelta(weeks=i)
        w.writerow([day.isocalendar()[1], day.isoformat(), action, 45 - 7 * i])
    text = plan.getvalue()
    print(text, end="")
    dialect = csv.Sniffer().sniff(text)
    print("sniffed delimiter:", repr(dialect.delimiter), "| header:", csv.Sniffer().has_header(text))
    for row in csv.DictReader(io.StringIO(text), dialect=dialect):
        print(dict(row))
    cal = calendar.TextCalendar(calendar.MONDAY).formatmonth(2024, 2)
    print(cal)


main()
