# A subclass with its own __new__ and extra state.
import datetime
class Tagged(datetime.date):
    def __new__(cls, year, month, day, tag='none'):
        self = super().__new__(cls, year, month, day)
        self.tag = tag
        return self
t = Tagged(2020, 7, 1, tag='launch')
print(t.tag, t.isoformat(), t.toordinal() == datetime.date(2020, 7, 1).toordinal(), type(t).__name__)
u = Tagged(2020, 7, 2)
print(u.tag, u > t, (u - t).days, t.replace(month=8).tag if hasattr(t.replace(month=8), 'tag') else 'no tag')
