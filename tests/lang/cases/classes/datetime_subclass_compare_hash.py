# Comparisons and hashes of subclass instances are their values'.
import datetime
class Day(datetime.date):
    pass
class Clock(datetime.time):
    pass
a, b = Day(2020, 1, 1), Day(2020, 1, 2)
print(a == datetime.date(2020, 1, 1), a != b, a < b, b >= a, a < datetime.date(2019, 1, 1))
print(hash(a) == hash(datetime.date(2020, 1, 1)), len({a, datetime.date(2020, 1, 1)}))
print(sorted([b, a, datetime.date(2019, 12, 31)]) == [datetime.date(2019, 12, 31), a, b])
print(Clock(1, 2) < datetime.time(1, 3), Clock(1, 2) == datetime.time(1, 2), hash(Clock(5)) == hash(datetime.time(5)))
print(isinstance(a, datetime.date), issubclass(Day, datetime.date), Day.__mro__[1:])
