import datetime as dt
import time
import calendar

FMT = "%b %d %H:%M:%S %Y GMT"

not_before = dt.datetime(2023, 11, 5, 8, 30, 0)
not_after = dt.datetime.strptime("Feb  3 08:30:00 2024 GMT", FMT)
now = dt.datetime(2024, 1, 20, 12, 0, 0)

print("not_before:", not_before, not_before.isoformat())
print("not_after:", not_after.strftime(FMT), not_after.strftime("%Y-%m-%dT%H:%M:%SZ"))
lifetime = not_after - not_before
print("lifetime:", lifetime, lifetime.days, lifetime.total_seconds())
left = not_after - now
print("left:", left, "days=%d hours=%d" % (left.days, left.seconds // 3600))
print("percent used: %.1f%%" % (100 * (now - not_before).total_seconds() / lifetime.total_seconds()))
print("weekday:", not_after.strftime("%A"), not_after.weekday(), not_after.isoweekday())
print("replace:", not_after.replace(year=2025), not_after + dt.timedelta(weeks=2, hours=-3))
print("date parts:", not_after.date(), not_after.time(), not_after.timetuple()[:6])
utc = dt.timezone.utc
aware = not_after.replace(tzinfo=utc)
print("aware:", aware, aware.isoformat(), aware.tzname(), aware.utcoffset())
ts = calendar.timegm(not_after.utctimetuple())
print("timestamp:", ts, aware.timestamp() == ts)
print("fromtimestamp:", dt.datetime.utcfromtimestamp(ts), dt.datetime.fromtimestamp(ts, utc))
east = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
print("in IST:", aware.astimezone(east), aware.astimezone(east).strftime("%H:%M %Z"))
print("compare:", not_before < now < not_after, max(not_before, not_after))
d = dt.date(2024, 2, 28)
print("leap:", d + dt.timedelta(days=1), calendar.isleap(2024), calendar.monthrange(2024, 2))
print("timedelta math:", dt.timedelta(days=1) / dt.timedelta(hours=6), dt.timedelta(seconds=3661) * 2, -dt.timedelta(hours=1))
print("repr:", repr(dt.timedelta(days=1, seconds=5)), repr(d), repr(not_before))
print("ordinal:", d.toordinal(), dt.date.fromordinal(d.toordinal() + 2))
print("iso calendar:", d.isocalendar())
print("struct:", time.strftime("%Y/%m/%d", time.gmtime(0)), time.gmtime(86400 * 365).tm_year)
print("strptime time:", time.strptime("2024-03-01", "%Y-%m-%d")[:3])
print("min/max:", dt.date.min, dt.datetime.max.year, dt.timedelta.resolution)
for s in ["Jan  1 00:00:00 2030 GMT", "Dec 31 23:59:59 1999 GMT"]:
    t = dt.datetime.strptime(s, FMT)
    print("%-26s -> %s (%s)" % (s, t.isoformat(" "), "future" if t > now else "past"))
try:
    dt.datetime.strptime("not a date", FMT)
except ValueError as e:
    print("ValueError:", e)
print("{:%Y-%m-%d %H:%M}".format(now), f"{now:%d.%m.%Y}")
