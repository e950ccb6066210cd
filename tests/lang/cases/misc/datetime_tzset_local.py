# time.tzset() after changing TZ moves datetime's local time too: fromtimestamp,
# timestamp() and time.localtime agree on the new zone.
import os, time, datetime
for z in ['Asia/Tokyo', 'America/New_York', 'Europe/Paris', 'UTC']:
    os.environ['TZ'] = z
    time.tzset()
    print(z, datetime.datetime.fromtimestamp(0), datetime.datetime.fromtimestamp(1e9).timestamp(), time.localtime(0).tm_hour, datetime.datetime(2020, 7, 1).timestamp())
