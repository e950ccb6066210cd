# Go-implemented types: __name__ is the short name, __module__ the module,
# and a method taken from the class takes the instance first.
import datetime
import zlib


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for t in [datetime.date, datetime.datetime, datetime.time, datetime.timedelta, datetime.timezone]:
    print(t.__name__, t.__module__, repr(t), t.__qualname__)
d = datetime.date(2020, 1, 2)
show(lambda: datetime.date.isoformat(d))
show(lambda: datetime.date.replace(d, day=5))
show(lambda: datetime.date.strftime(d, "%Y/%m/%d"))
show(lambda: type(d).weekday(d))
dt = datetime.datetime(2020, 1, 2, 3, 4, 5)
show(lambda: datetime.datetime.isoformat(dt))
show(lambda: datetime.date.isoformat(dt))
show(lambda: datetime.date.today().__class__.__name__)
show(lambda: datetime.datetime.combine(d, datetime.time(1, 2)))
c = zlib.compressobj()
show(lambda: type(c).__name__)
show(lambda: type(c).__module__)
show(lambda: len(c.__class__.flush(c)) > 0)
dc = zlib.decompressobj()
show(lambda: type(dc).__name__)
show(lambda: type(dc).decompress(dc, zlib.compress(b"abc")))
