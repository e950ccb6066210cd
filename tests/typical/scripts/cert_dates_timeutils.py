"""Certificate date handling: cert_time_to_seconds on fixed strings,
time.gmtime/strftime/strptime, calendar.timegm, datetime arithmetic and
timedelta formatting, plus the lifetime of freshly made certificates."""
import calendar
import datetime
import os
import ssl
import subprocess
import tempfile
import time

SAMPLES = [
    "Jan  5 09:34:43 2018 GMT",
    "Feb 29 00:00:00 2024 GMT",
    "Dec 31 23:59:59 2049 GMT",
    "Jul  4 12:00:00 1999 GMT",
]


def human(delta):
    days = delta.days
    hours, rem = divmod(delta.seconds, 3600)
    minutes, seconds = divmod(rem, 60)
    return "{}d {:02}h{:02}m{:02}s".format(days, hours, minutes, seconds)


def make_cert(d, days):
    key, crt = os.path.join(d, "k%d.pem" % days), os.path.join(d, "c%d.pem" % days)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", str(days), "-subj", "/CN=dates.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt


def main():
    epoch = datetime.datetime(1970, 1, 1)
    for s in SAMPLES:
        secs = ssl.cert_time_to_seconds(s)
        tm = time.gmtime(secs)
        dt = datetime.datetime.utcfromtimestamp(secs)
        print("%-26s %12d %s %s wd=%d yd=%3d" % (s, secs, time.strftime("%Y-%m-%dT%H:%M:%SZ", tm),
                                                 dt.isoformat(), tm.tm_wday, tm.tm_yday))
        assert calendar.timegm(tm) == secs
        assert (dt - epoch).total_seconds() == secs
    for bad in ["Jan 5 09:34:43 2018", "Foo  5 09:34:43 2018 GMT", "Feb 30 00:00:00 2024 GMT"]:
        try:
            ssl.cert_time_to_seconds(bad)
        except ValueError as exc:
            print("ValueError:", exc)
    a = datetime.datetime.strptime(SAMPLES[0], "%b %d %H:%M:%S %Y GMT")
    b = datetime.datetime.strptime(SAMPLES[2], "%b %d %H:%M:%S %Y GMT")
    gap = b - a
    print("gap:", human(gap), gap.days // 365, "years", repr(gap)[:28])
    print("weeks:", gap // datetime.timedelta(weeks=1), "remainder:", gap % datetime.timedelta(weeks=1))
    print(a.strftime("%A %d %B %Y %I:%M %p"), a.replace(year=2020).date(), a.timetuple().tm_isdst)
    print(datetime.date(2024, 2, 29) + datetime.timedelta(days=365), datetime.date(2018, 1, 5).isocalendar())
    print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_abbr[12])
    print(time.strftime("%d/%m/%y", time.strptime("2019-11-03", "%Y-%m-%d")))
    with tempfile.TemporaryDirectory() as d:
        for days in (1, 30, 397):
            info = ssl._ssl._test_decode_cert(make_cert(d, days))
            start = ssl.cert_time_to_seconds(info["notBefore"])
            end = ssl.cert_time_to_seconds(info["notAfter"])
            life = datetime.timedelta(seconds=end - start)
            print("%3d days -> lifetime %s (%s)" % (days, life, human(life)))
    print(str(datetime.timedelta(days=-1, seconds=5)), datetime.timedelta(hours=36).total_seconds())


if __name__ == "__main__":
    main()
