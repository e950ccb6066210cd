# A built-in type's alternate constructors, called through a class derived
# from the type, give an instance of that class, made by calling it.
import datetime


class Day(datetime.date):
    made = 0

    def __new__(cls, *args):
        cls.made += 1
        return super().__new__(cls, *args)

    def kind(self):
        return "day " + self.isoformat()


class Moment(datetime.datetime):
    def label(self):
        return "moment"


for name, value in [
    ("today", Day.today()),
    ("fromtimestamp", Day.fromtimestamp(86400 * 365)),
    ("fromordinal", Day.fromordinal(730000)),
]:
    print(name, type(value).__name__, isinstance(value, Day))
print(Day.fromordinal(730000).kind(), Day.made)

moments = [
    Moment.now(),
    Moment.utcnow(),
    Moment.today(),
    Moment.fromtimestamp(86400 * 400),
    Moment.utcfromtimestamp(0),
    Moment.fromordinal(5),
    Moment.combine(datetime.date(2001, 2, 3), datetime.time(4, 5, 6, 7)),
    Moment.strptime("2017-03-04 05:06", "%Y-%m-%d %H:%M"),
]
print([type(m).__name__ for m in moments])
print(moments[4].label(), moments[4], repr(moments[6]))
print(repr(moments[7]))
# The base class itself keeps its type; through an instance, its class counts.
print(type(datetime.date.today()).__name__, type(Day(2000, 1, 1).fromordinal(3)).__name__)
print(type(datetime.datetime.combine(datetime.date(2001, 2, 3), datetime.time())).__name__)


class Num(int):
    pass


class Floaty(float):
    pass


class Raw(bytes):
    pass


class Table(dict):
    pass


print(type(Num.from_bytes(b"\x01\x00", "little")).__name__, Num.from_bytes(b"\x01\x00", "little"))
print(type(Floaty.fromhex("0x1.8p1")).__name__, Floaty.fromhex("0x1.8p1"))
print(type(Raw.fromhex("41 42")).__name__, Raw.fromhex("41 42"))
print(type(Table.fromkeys("ab", 0)).__name__, sorted(Table.fromkeys("ab", 0).items()))
print(repr(Day.today)[:32], repr(Moment.now)[:30])
try:
    Day.fromordinal("x")
except TypeError as e:
    print("TypeError:", e)
