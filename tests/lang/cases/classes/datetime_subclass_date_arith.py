# Arithmetic on an instance of a date subclass gives plain dates and
# timedeltas, as CPython 3.6's C datetime does.
import datetime
class Day(datetime.date):
    pass
d = Day(2020, 2, 28)
for label, r in [('d+1', d + datetime.timedelta(1)), ('1+d', datetime.timedelta(days=2) + d),
                 ('d-1', d - datetime.timedelta(1)), ('d-date', d - datetime.date(2020, 1, 1)),
                 ('date-d', datetime.date(2021, 1, 1) - d), ('d-d', d - Day(2019, 2, 28))]:
    print(label, type(r).__name__, r)
