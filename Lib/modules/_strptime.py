"""The strptime parser behind time.strptime and datetime.strptime.

The parsing itself is native (the time module); this module offers the
entry points other modules and tests reach for by name."""

import time as _time
from datetime import (datetime as _datetime, timedelta as _timedelta,
                      timezone as _timezone)

__all__ = []


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, julian, isdst,
    tzname, gmtoff), microseconds) parsed from data_string."""
    parsed = _time.strptime(data_string, format)
    micro = 0
    if '%f' in format.replace('%%', ''):
        micro = _datetime.strptime(data_string, format).microsecond
    fields = tuple(parsed)[:9] + (parsed.tm_zone, parsed.tm_gmtoff)
    return fields, micro


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    return _time.strptime(data_string, format)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """An instance of cls (a datetime class) parsed from data_string."""
    fields, micro = _strptime(data_string, format)
    args = fields[:6] + (micro,)
    zone, offset = fields[-2:]
    if offset is not None:
        delta = _timedelta(seconds=offset)
        args += (_timezone(delta, zone) if zone else _timezone(delta),)
    return cls(*args)
