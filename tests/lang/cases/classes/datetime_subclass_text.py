# str, repr and format of instances of classes derived from the datetime
# types name the class in the repr and keep the value's str.
import datetime
class Day(datetime.date): pass
class Stamp(datetime.datetime): pass
class Clock(datetime.time): pass
class Span(datetime.timedelta): pass
class Outer:
    class Inner(datetime.date): pass
for v in [Day(2020, 1, 2), Stamp(2020, 1, 2, 3, 4, 5, 6), Clock(7, 8, 9), Span(3, 4, 5), Outer.Inner(1999, 12, 31),
          Stamp(2020, 1, 1, tzinfo=datetime.timezone.utc)]:
    print(repr(v), str(v), '%s|%r' % (v, v), '{0}|{0!r}'.format(v))
print(format(Day(2020, 1, 2), '%A %d %B'), format(Clock(7, 8), '%H-%M'), '{:%Y}'.format(Stamp(1987, 6, 5)))
print([Day(2020, 1, 2)], (Span(1),), {'k': Clock(1)})
