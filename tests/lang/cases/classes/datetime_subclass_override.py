# A subclass's own methods and super() calls on date and timedelta.
import datetime
class Due(datetime.date):
    def __str__(self):
        return 'due ' + super().__str__()
    def __add__(self, other):
        result = super().__add__(other)
        return Due(result.year, result.month, result.day)
    def weekend(self):
        return self.weekday() >= 5
class Minutes(datetime.timedelta):
    def __repr__(self):
        return 'Minutes(%d)' % (self.total_seconds() // 60)
d = Due(2021, 6, 4)
later = d + datetime.timedelta(days=1)
print(str(d), type(later).__name__, str(later), later.weekend(), d.weekend())
print(repr(Minutes(minutes=90)), Minutes(minutes=90) + datetime.timedelta(minutes=1))
