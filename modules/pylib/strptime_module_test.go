package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of the _strptime module's
// named parts: LocaleTime (the C locale's names and formats), TimeRE
// (what each directive's expression and whole formats match; the
// expressions' text is the project's own), the caches the parse
// functions keep, and the parse functions themselves.

const strptimeModulePrelude = pytesting.ShowRepr + `import _strptime, time, re, datetime
LT = _strptime.LocaleTime()
TR = _strptime.TimeRE()
SAMPLE = (1999, 3, 17, 22, 44, 55, 2, 76, 0)
def groups(fmt, text):
    m = TR.compile(fmt).match(text)
    return m and sorted(m.groupdict().items())
def every_directive():
    out = []
    for d in 'aAbBcdGHIjmMpSuUVwWxXyY%':
        text = time.strftime('%' + d, SAMPLE)
        m = TR.compile('%' + d).match(text)
        out.append((d, text, bool(m) and m.group(0) == text))
    return out
def with_zones(zones, fmt, text):
    lt = _strptime.LocaleTime()
    lt.timezone = zones
    tr = _strptime.TimeRE(lt)
    return tr.pattern(fmt), bool(tr.compile(fmt).match(text)) if text else None
def cache_after_overflow():
    _strptime._regex_cache.pop('%d', None)
    k = 0
    while len(_strptime._regex_cache) <= _strptime._CACHE_MAX_SIZE:
        _strptime._regex_cache[k] = None
        k += 1
    _strptime._strptime_time("10", "%d")
    return list(_strptime._regex_cache)
def recreated():
    before = _strptime._TimeRE_cache
    locale_before = before.locale_time
    before.locale_time.lang = "Ni"
    _strptime._strptime_time("10", "%d")
    after = _strptime._TimeRE_cache
    return after is before, after.locale_time is locale_before, after.locale_time.lang == _strptime._getlang(), len(_strptime._regex_cache)
def suppressed(s, f):
    try:
        _strptime._strptime_time(s, f)
    except ValueError as e:
        return str(e), e.__suppress_context__
`

var strptimeModuleCases = []pytesting.Case{
	{"weekdays", `(LT.a_weekday, LT.f_weekday)`},
	{"months", `(LT.a_month, LT.f_month)`},
	{"am pm", `LT.am_pm`},
	{"formats", `(LT.LC_date_time, LT.LC_date, LT.LC_time)`},
	{"formats reproduce strftime", `[time.strftime(f, SAMPLE) for f in (LT.LC_date_time, LT.LC_date, LT.LC_time)] == [time.strftime(d, SAMPLE) for d in ('%c', '%x', '%X')]`},
	{"lang", `(LT.lang, _strptime._getlang(), LT.lang == _strptime._getlang())`},
	{"zone names", `(sorted(LT.timezone[0] & {'utc', 'gmt'}), type(LT.timezone).__name__, [type(s).__name__ for s in LT.timezone])`},
	{"keys", `sorted(TR.keys())`},
	{"is a dict", `(isinstance(TR, dict), TR.locale_time.lang == LT.lang, TR['%'])`},
	{"full weekday", `TR.compile('%A').match(LT.f_weekday[6]).group('A')`},
	{"weekday and month", `groups('%a %b', 'thu may')`},
	{"case ignored", `groups('%B %d', 'DECEMBER 31')`},
	{"every directive", `every_directive()`},
	{"date time", `groups('%c', time.strftime('%c', SAMPLE))`},
	{"date", `groups('%x', '03/17/99')`},
	{"numbers", `[groups('%' + d, s) for d, s in [('d', '7'), ('d', ' 7'), ('d', '31'), ('d', '32'), ('H', '23'), ('H', '24'), ('j', '366'), ('j', '367'), ('m', '12'), ('S', '61'), ('y', '05'), ('z', '+0130'), ('f', '123456')]]`},
	{"whitespace", `(bool(re.match(TR.pattern('%j %H'), '180')), bool(re.match(TR.pattern('%j %H'), '18 0')), bool(re.match(TR.pattern('%j  %H'), '18\t\t0')))`},
	{"escaping", `(r'\\d\+' in TR.pattern(r'\d+'), bool(TR.compile(r'\w+ %m').match(r'\w+ 10')), bool(TR.compile('(%m).[x]').match('(10).[x]')))`},
	{"blank zones", `with_zones((frozenset(), frozenset()), '%Z', '')`},
	{"zone with metacharacters", `with_zones((frozenset(('utc', 'gmt', 'Tokyo (standard time)')), frozenset('Tokyo (daylight time)')), '%Z', 'Tokyo (standard time)')[1]`},
	{"lone percent", `TR.pattern('%')`},
	{"unknown directive", `TR.pattern('%e')`},
	{"cache size", `_strptime._CACHE_MAX_SIZE`},
	{"cache overflow", `cache_after_overflow()`},
	{"cache recreated", `recreated()`},
	{"parse time", `tuple(_strptime._strptime_time('2005 10 17', '%Y %m %d'))`},
	{"parse fields", `_strptime._strptime('1999 03 17 10:44:55.000123 PM +0100', '%Y %m %d %I:%M:%S.%f %p %z')`},
	{"parse datetime", `_strptime._strptime_datetime(datetime.datetime, '17/03/1999 22:44', '%d/%m/%Y %H:%M')`},
	{"parse aware", `_strptime._strptime_datetime(datetime.datetime, '1999-03-17 +0530', '%Y-%m-%d %z')`},
	{"parse utc", `(_strptime._strptime_time('UTC', '%Z').tm_isdst, _strptime._strptime_time('GMT', '%Z').tm_isdst)`},
	{"bad format", `[suppressed('2005', f) for f in ('%', '% ', '%e')]`},
	{"no match", `suppressed('%d', '%A')`},
	{"unconverted", `suppressed('10 12', '%m')`},
	{"default format", `tuple(_strptime._strptime_time('Wed Mar 17 22:44:55 1999'))`},
}

func TestStrptimeModuleDifferential(t *testing.T) {
	pytesting.DiffCases(t, "strptime_module", strptimeModulePrelude, strptimeModuleCases)
}
