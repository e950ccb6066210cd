"""Print a renewal calendar: calendar module, time.struct_time formatting, and grouping renewals by week."""
import calendar
import time
from datetime import date, datetime, timedelta, timezone
from itertools import groupby

RENEWALS = {
    "www.example.com": date(2024, 2, 5), "mail.example.com": date(2024, 2, 14), "api.example.com": date(2024, 2, 14),
    "vpn.example.com": date(2024, 2, 29), "old.example.com": date(2024, 1, 31), "cdn.example.com": date(2024, 3, 1),
}

cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 2))
print(calendar.month(2024, 2, w=3, l=1))
print(calendar.weekheader(2), calendar.firstweekday(), list(calendar.day_abbr), calendar.month_name[2])
print(calendar.monthcalendar(2024, 2)[:2], calendar.weekday(2024, 2, 29), calendar.monthrange(2023, 2))
print(calendar.isleap(2024), calendar.leapdays(1900, 2024), calendar.timegm((2024, 2, 29, 12, 0, 0, 0, 0, 0)))
sun = calendar.TextCalendar(calendar.SUNDAY)
print(sun.formatweekheader(3))
print([d for d in calendar.Calendar().itermonthdates(2024, 2)][:3], list(calendar.Calendar(6).iterweekdays()))
html = calendar.HTMLCalendar().formatmonth(2024, 2)
print(html.splitlines()[0], len(html.splitlines()))

by_week = groupby(sorted(RENEWALS.items(), key=lambda kv: (kv[1], kv[0])), key=lambda kv: kv[1].isocalendar()[:2])
for (year, week), items in by_week:
    items = list(items)
    monday = datetime.strptime("%d-W%02d-1" % (year, week), "%Y-W%W-%w").date() if False else items[0][1] - timedelta(days=items[0][1].weekday())
    print("week %d/%02d (from %s): %s" % (year, week, monday.strftime("%a %d %b"), ", ".join(h for h, _ in items)))

st = time.strptime("2024-02-29 13:45:10", "%Y-%m-%d %H:%M:%S")
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, st.tm_isdst, tuple(st)[:6])
print(time.strftime("%Y-%m-%dT%H:%M:%SZ %j %a %A %b %B %p %I %y %%", st))
gm = time.gmtime(1709214310)
print(gm, time.strftime("%c", gm), time.asctime(gm), calendar.timegm(gm))
print(time.strftime("%d/%m/%Y", (2024, 12, 25, 0, 0, 0, 2, 360, 0)))
try:
    time.strptime("2024-02-30", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    time.strptime("Feb 2024", "%Y %b")
except ValueError as e:
    print("ValueError:", e)
utc = datetime(2024, 2, 29, 23, 30, tzinfo=timezone.utc)
for off in (-8, 0, 1, 5.5, 14):
    tz = timezone(timedelta(hours=off))
    local = utc.astimezone(tz)
    print("%+5.1f %s %s %s" % (off, local.strftime("%Y-%m-%d %H:%M %z"), local.tzname(), local.date() != utc.date()))
print(utc.utctimetuple()[:6], utc.toordinal(), utc.isoweekday(), utc.ctime(), date(2024, 2, 29).replace(year=2025) if False else "")
try:
    date(2024, 2, 29).replace(year=2025)
except ValueError as e:
    print("ValueError:", e)
