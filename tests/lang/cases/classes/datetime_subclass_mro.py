# The datetime types' MROs, and those of classes derived from them.
import datetime
class Stamp(datetime.datetime):
    pass
class Zone(datetime.tzinfo):
    pass
for cls in [datetime.date, datetime.datetime, datetime.time, datetime.timedelta, datetime.tzinfo, datetime.timezone, Stamp, Zone]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
s = Stamp(2020, 1, 1)
print(isinstance(s, datetime.date), isinstance(s, datetime.datetime), issubclass(Stamp, datetime.date))
print(isinstance(datetime.timezone.utc, datetime.tzinfo), issubclass(datetime.datetime, datetime.date))
