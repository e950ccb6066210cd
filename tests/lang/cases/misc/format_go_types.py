# format() and str.format dispatch to the __format__ of the project's Go types: datetime's strftime specs, IntEnum members formatting as ints (3.6).
import datetime, ssl
d = datetime.datetime(2026, 12, 3, 4, 5, 6)
print('{:%Y-%m-%d %H:%M}'.format(d), format(d, '%d/%m'), f"{d:%H}", '{}'.format(d))
print('{:>5}|{}|{:d}'.format(ssl.CERT_REQUIRED, ssl.CERT_REQUIRED, ssl.CERT_REQUIRED))
print('{:%Y}'.format(datetime.date(2020, 1, 2)), '{:%H}'.format(datetime.time(7, 8)))
