"""The name of CPython's native datetime module. The datetime module is
native here already, so this one offers the same types and constants."""

from datetime import (MAXYEAR, MINYEAR, date, datetime, time, timedelta,
                      timezone, tzinfo)
