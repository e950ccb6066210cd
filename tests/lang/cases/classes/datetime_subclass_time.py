# A time subclass: attributes, comparisons, isoformat, replace, tzinfo.
import datetime
class Alarm(datetime.time):
    def ring(self):
        return 'ring at %02d:%02d' % (self.hour, self.minute)
a = Alarm(6, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
print(a.ring(), a.isoformat(), a.utcoffset(), a.tzname(), a.hour, a.second, a.microsecond)
b = a.replace(minute=45)
print(type(b).__name__, b.ring(), b > a, a == Alarm(6, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
print(bool(Alarm(0)), Alarm(12).strftime('%I %p'), isinstance(a, datetime.time))
