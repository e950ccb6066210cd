# A datetime subclass: arithmetic, attributes and conversions.
import datetime
class Stamp(datetime.datetime):
    pass
s = Stamp(2021, 3, 4, 5, 6, 7, 800)
print(type(s + datetime.timedelta(hours=20)).__name__, s + datetime.timedelta(hours=20))
print(type(s - datetime.datetime(2021, 1, 1)).__name__, s - datetime.datetime(2021, 1, 1))
print(s - datetime.timedelta(seconds=8), s.year, s.hour, s.microsecond)
print(s.date(), s.time(), s.isoformat(), s.ctime(), s.weekday(), s.toordinal())
print(s.strftime('%Y/%m/%d %H'), format(s.date(), '%d.%m'), str(s))
u = s.replace(tzinfo=datetime.timezone.utc)
print(u.astimezone(datetime.timezone(datetime.timedelta(hours=-3))), u.utcoffset(), u.timestamp())
