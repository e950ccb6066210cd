# replace() keeps the subclass, as CPython 3.6 does, and its attributes
# and methods stay reachable.
import datetime
class Day(datetime.date):
    def label(self):
        return 'day %d' % self.day
class Clock(datetime.time):
    pass
class Stamp(datetime.datetime):
    pass
d = Day(2020, 5, 17).replace(day=3)
print(type(d).__name__, str(d), d.label())
t = Clock(9, 30).replace(minute=45)
print(type(t).__name__, str(t), t.isoformat())
s = Stamp(2020, 1, 1, 12).replace(hour=1, year=2019)
print(type(s).__name__, str(s))
d.note = 'kept'
print(d.note, vars(d))
