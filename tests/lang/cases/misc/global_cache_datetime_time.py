# datetime's and time's Go functions (but time.tzset) leave the global
# cache standing when called from the loop, as does a Go method read as
# an attribute and called later (a bound built-in method). Globals read in
# the same loop must still follow every rebinding: by a tzinfo's methods,
# which datetime calls back, by a datetime subclass's __new__, by
# time.tzset (rebinding the time module's tzname), and by a bound
# namespace method (globals().update read once, called in the loop).
import datetime
import os
import time

SCALE = 1
UTC = datetime.timezone.utc


class Bumping(datetime.tzinfo):
    """A zone whose every answer rebinds the global SCALE."""

    def utcoffset(self, dt):
        global SCALE
        SCALE += 1
        return datetime.timedelta(hours=1)

    def dst(self, dt):
        global SCALE
        SCALE += 10
        return datetime.timedelta(0)

    def tzname(self, dt):
        global SCALE
        SCALE += 100
        return "BMP"

    def fromutc(self, dt):
        global SCALE
        SCALE *= 2
        return (dt + datetime.timedelta(hours=1)).replace(tzinfo=self)


def tz_loop():
    out = []
    tz = Bumping()
    fromts = datetime.datetime.fromtimestamp  # a bound built-in, called later
    for i in range(3):
        d = fromts(86400 * i, tz)  # fromutc
        out.append(("fromtimestamp", d.day, d.hour, SCALE))
        out.append(("utcoffset", d.utcoffset(), SCALE))
        out.append(("dst", d.dst(), SCALE))
        out.append(("tzname", d.tzname(), SCALE))
        out.append(("weekday", d.weekday(), d.isoformat(), SCALE))
        out.append(("astimezone", d.astimezone(UTC).hour, SCALE))
    return out


for row in tz_loop():
    print(*row)
SCALE = 1


class Stamp(datetime.datetime):
    def __new__(cls, *args, **kwargs):
        global SCALE
        SCALE += 5
        return super().__new__(cls, *args, **kwargs)


def subclass_loop():
    out = []
    for i in range(3):
        d2 = Stamp.fromordinal(730000 + i)
        out.append((type(d2).__name__, d2.day, SCALE))
    return out


for row in subclass_loop():
    print("subclass", *row)
SCALE = 1


def update_loop():
    # globals().update read once: the loop calls a Go method bound to
    # the module's namespace.
    upd = globals().update
    setdef = globals().setdefault
    out = []
    for i in range(4):
        upd(SCALE=SCALE * 3)
        out.append(SCALE)
        setdef("EXTRA_%d" % i, i)
        out.append(EXTRA_0)
    return out


print("update", update_loop())


def time_loop():
    # time's functions read in a loop with a global rebound between them.
    out = []
    for i in range(4):
        t = time.gmtime(86400 * i)
        out.append((time.strftime("%Y-%m-%d", t), time.mktime(time.localtime(0)) != None, SCALE))
        if i == 1:
            globals()["SCALE"] = -1
        time.monotonic()
        time.perf_counter()
    return out


print("time", time_loop())

# time.tzset rebinds the time module's tzname and timezone: a function
# made in that module's namespace reads them as globals.
ns = vars(time)
exec("def zone():\n    return tzname[0], timezone, altzone, daylight\n", ns)
zone = ns["zone"]
saved_tz = os.environ.get("TZ")
os.environ["TZ"] = "UTC"
time.tzset()


def tz_loop2():
    out = []
    tzset = time.tzset
    for tz in ["EST+05EDT,M3.2.0,M11.1.0", "JST-09", "UTC", "CET-1CEST,M3.5.0,M10.5.0/3"]:
        os.environ["TZ"] = tz  # may run Python code (a store of os's)
        out.append(zone())  # the zone of the last tzset, now cached
        time.time()
        tzset()
        out.append(zone())  # tzset's: read again
        time.localtime(0)
    return out


for row in tz_loop2():
    print("tzset", row)
if saved_tz is None:
    del os.environ["TZ"]
else:
    os.environ["TZ"] = saved_tz
time.tzset()
