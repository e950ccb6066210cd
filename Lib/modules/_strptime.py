"""The strptime parser behind time.strptime and datetime.strptime.

The parsing itself is native (the time module). This module keeps the
pieces programs and tests reach for by name: LocaleTime (the locale's
names and formats for dates and times), TimeRE (a regular expression
for each directive, and whole formats turned into one), and the caches
the parse functions keep of both."""

import locale as _locale
import re as _re
import time as _time
from datetime import (datetime as _datetime, timedelta as _timedelta,
                      timezone as _timezone)
try:
    from _thread import allocate_lock as _allocate_lock
except ImportError:
    from _dummy_thread import allocate_lock as _allocate_lock

__all__ = []


def _getlang():
    """The LC_TIME locale, as locale.getlocale names it."""
    return _locale.getlocale(_locale.LC_TIME)


# A moment whose fields are all told apart in strftime's output: what
# each shows is traced back to its directive to learn %c, %x and %X.
_SAMPLE = (1999, 3, 17, 22, 44, 55, 2, 76, 0)


class LocaleTime(object):
    """What the current LC_TIME locale calls days, months and the halves
    of the day (all lower-cased), the formats its %c, %x and %X stand
    for, and the names of the local time zone.

    a_weekday / f_weekday: abbreviated / full day names, Monday first.
    a_month / f_month: abbreviated / full month names; index 0 is ''.
    am_pm: the morning and afternoon markers.
    LC_date_time, LC_date, LC_time: %c, %x and %X written as directives.
    timezone: (names without daylight saving, names with it), frozensets.
    lang: the locale these were read in (_getlang())."""

    def __init__(self):
        self.lang = _getlang()
        self.a_weekday, self.f_weekday = self._names('%a', '%A', 7, self._day)
        months = self._names('%b', '%B', 12, self._month)
        self.a_month = [''] + months[0]
        self.f_month = [''] + months[1]
        self.am_pm = [self._show('%p', self._hour(h)) for h in (1, 22)]
        self.LC_date_time = self._directives('%c')
        self.LC_date = self._directives('%x')
        self.LC_time = self._directives('%X')
        self.tzname = _time.tzname
        self.daylight = _time.daylight
        plain = frozenset({'utc', 'gmt', self.tzname[0].lower()})
        saving = frozenset({self.tzname[1].lower()}) if self.daylight else frozenset()
        self.timezone = (plain, saving)
        if _getlang() != self.lang or _time.tzname != self.tzname or _time.daylight != self.daylight:
            raise ValueError("locale changed during initialization")

    @staticmethod
    def _show(directive, when):
        return _time.strftime(directive, when).lower()

    @staticmethod
    def _day(i):
        # 2001-01-01 was a Monday: day i of that week
        return (2001, 1, 1 + i, 0, 0, 0, i, 1 + i, 0)

    @staticmethod
    def _month(i):
        return (2001, 1 + i, 1, 0, 0, 0, 0, 1, 0)

    @staticmethod
    def _hour(h):
        return (2001, 1, 1, h, 0, 0, 0, 1, 0)

    def _names(self, short, full, count, when):
        return ([self._show(short, when(i)) for i in range(count)],
                [self._show(full, when(i)) for i in range(count)])

    def _directives(self, directive):
        """The format that directive shows _SAMPLE as, with each field's
        text put back as the directive that gives it."""
        shown = _time.strftime(directive, _SAMPLE)
        fields = [
            (self.f_weekday[2], '%A'), (self.a_weekday[2], '%a'),
            (self.f_month[3], '%B'), (self.a_month[3], '%b'),
            (self.am_pm[1], '%p'), ('1999', '%Y'), ('99', '%y'),
            ('22', '%H'), ('44', '%M'), ('55', '%S'), ('076', '%j'),
            ('17', '%d'), ('03', '%m'), ('3', '%m'), ('10', '%I'),
        ]
        zone = _time.tzname[0].lower()
        if zone:
            fields.append((zone, '%Z'))
        fields = sorted((f for f in fields if f[0]), key=lambda f: -len(f[0]))
        low = shown.lower()
        out = []
        i = 0
        while i < len(shown):
            for text, code in fields:
                if low.startswith(text, i):
                    out.append(code)
                    i += len(text)
                    break
            else:
                out.append('%%' if shown[i] == '%' else shown[i])
                i += 1
        return ''.join(out)


class TimeRE(dict):
    """The regular expression each strptime directive matches, keyed by
    the directive's letter, for the locale of locale_time (a new
    LocaleTime when not given)."""

    def __init__(self, locale_time=None):
        self.locale_time = locale_time if locale_time else LocaleTime()
        lt = self.locale_time
        super().__init__({
            'd': r"(?P<d>0[1-9]|[12]\d|3[01]|[1-9]| [1-9])",
            'f': r"(?P<f>\d{1,6})",
            'H': r"(?P<H>[01]\d|2[0-3]|\d)",
            'I': r"(?P<I>0[1-9]|1[0-2]|[1-9])",
            'G': r"(?P<G>\d\d\d\d)",
            'j': r"(?P<j>00[1-9]|0[1-9]\d|[12]\d\d|3[0-5]\d|36[0-6]|0[1-9]|[1-9]\d|[1-9])",
            'm': r"(?P<m>0[1-9]|1[0-2]|[1-9])",
            'M': r"(?P<M>[0-5]\d|\d)",
            'S': r"(?P<S>[0-5]\d|6[01]|\d)",
            'U': r"(?P<U>[0-4]\d|5[0-3]|\d)",
            'w': r"(?P<w>[0-6])",
            'u': r"(?P<u>[1-7])",
            'V': r"(?P<V>0[1-9]|[1-4]\d|5[0-3]|\d)",
            'y': r"(?P<y>\d\d)",
            'Y': r"(?P<Y>\d\d\d\d)",
            'z': r"(?P<z>[+-]\d\d[0-5]\d)",
            'A': self._alternatives(lt.f_weekday, 'A'),
            'a': self._alternatives(lt.a_weekday, 'a'),
            'B': self._alternatives(lt.f_month[1:], 'B'),
            'b': self._alternatives(lt.a_month[1:], 'b'),
            'p': self._alternatives(lt.am_pm, 'p'),
            'Z': self._alternatives([name for names in lt.timezone for name in names], 'Z'),
            '%': '%',
        })
        self['W'] = self['U'].replace('<U>', '<W>')
        self['c'] = self.pattern(lt.LC_date_time)
        self['x'] = self.pattern(lt.LC_date)
        self['X'] = self.pattern(lt.LC_time)

    @staticmethod
    def _alternatives(names, directive):
        """A group named directive matching any of names, longest first
        (so that no name stops at a shorter one it starts with); '' when
        there is none."""
        names = sorted((n for n in names if n), key=len, reverse=True)
        if not names:
            return ''
        return '(?P<%s>%s)' % (directive, '|'.join(_re.escape(n) for n in names))

    def pattern(self, format):
        """The regular expression for format: its directives replaced by
        their expressions, regular-expression syntax in the rest escaped,
        and each run of whitespace matching any run of whitespace."""
        out = []
        i = 0
        n = len(format)
        while i < n:
            ch = format[i]
            if ch == '%':
                # a lone '%' at the end is IndexError, an unknown letter KeyError
                out.append(self[format[i + 1]])
                i += 2
            elif ch.isspace():
                while i < n and format[i].isspace():
                    i += 1
                out.append(r'\s+')
            else:
                out.append('\\' + ch if ch in '\\.^$*+?(){}[]|' else ch)
                i += 1
        return ''.join(out)

    def compile(self, format):
        """pattern(format) compiled, ignoring case."""
        return _re.compile(self.pattern(format), _re.IGNORECASE)


_cache_lock = _allocate_lock()
_TimeRE_cache = TimeRE()
_CACHE_MAX_SIZE = 5
_regex_cache = {}


def _note_format(format):
    """Keep the caches as CPython's parser does: a new TimeRE when the
    locale or the time zone changed since the last one, and format's
    expression among the last few used."""
    global _TimeRE_cache
    with _cache_lock:
        lt = _TimeRE_cache.locale_time
        if (_getlang() != lt.lang or _time.tzname != lt.tzname or
                _time.daylight != lt.daylight):
            _TimeRE_cache = TimeRE()
            _regex_cache.clear()
        if len(_regex_cache) > _CACHE_MAX_SIZE:
            _regex_cache.clear()
        if isinstance(format, str) and format not in _regex_cache:
            try:
                _regex_cache[format] = _TimeRE_cache.compile(format)
            except (KeyError, IndexError, _re.error):
                pass  # the native parser reports the bad format


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, julian, isdst,
    tzname, gmtoff), microseconds) parsed from data_string."""
    _note_format(format)
    parsed = _time.strptime(data_string, format)
    micro = 0
    if '%f' in format.replace('%%', ''):
        micro = _datetime.strptime(data_string, format).microsecond
    fields = tuple(parsed)[:9] + (parsed.tm_zone, parsed.tm_gmtoff)
    return fields, micro


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    _note_format(format)
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
