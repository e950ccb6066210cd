package pytime_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

const calendarPrelude = `
import calendar
` + pytesting.ShowBrief + `
def with_first(n, f):
    old = calendar.firstweekday()
    calendar.setfirstweekday(n)
    try:
        return f()
    finally:
        calendar.setfirstweekday(old)
def etype_msg(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
`

var calendarCases = []pytesting.Case{
	{"isleap", `[calendar.isleap(y) for y in (1900, 2000, 2023, 2024, 2100, 0, -4)]`},
	{"leapdays", `(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(0, 400), calendar.leapdays(2000, 2001))`},
	{"weekday", `[calendar.weekday(2024, 3, d) for d in range(10, 18)]`},
	{"weekday range", `calendar.weekday(0, 1, 1)`},
	{"weekday bad day", `calendar.weekday(2023, 2, 29)`},
	{"monthrange", `[calendar.monthrange(2024, m) for m in range(1, 13)]`},
	{"monthrange feb", `(calendar.monthrange(1900, 2), calendar.monthrange(2000, 2))`},
	{"monthrange bad", `calendar.monthrange(2024, 13)`},
	{"monthrange zero", `calendar.monthrange(2024, 0)`},
	{"month_name", `list(calendar.month_name)`},
	{"month_abbr", `(list(calendar.month_abbr), calendar.month_abbr[-1], calendar.month_abbr[2:5], len(calendar.month_abbr))`},
	{"day_name", `(list(calendar.day_name), len(calendar.day_name), calendar.day_name[-1])`},
	{"day_abbr", `list(calendar.day_abbr)`},
	{"month_name index", `calendar.month_name[13]`},
	{"constants", `(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH)`},
	{"mdays", `calendar.mdays`},
	{"monthcalendar", `calendar.monthcalendar(2024, 9)`},
	{"monthcalendar sunday", `with_first(6, lambda: calendar.monthcalendar(2024, 9))`},
	{"monthcalendar feb 2021", `calendar.monthcalendar(2021, 2)`},
	{"timegm", `calendar.timegm((2024, 3, 14, 15, 9, 26, 0, 0, 0))`},
	{"timegm epoch", `calendar.timegm((1970, 1, 1, 0, 0, 0))`},
	{"timegm before epoch", `calendar.timegm((1969, 12, 31, 23, 59, 59))`},
	{"timegm overflow fields", `calendar.timegm((2024, 1, 40, 25, 61, 61))`},
	{"timegm short", `calendar.timegm((2024, 1))`},
	{"month", `calendar.month(2024, 2)`},
	{"month wide", `calendar.month(2021, 8, 4, 2)`},
	{"month first sunday", `with_first(6, lambda: calendar.month(2024, 3))`},
	{"calendar year", `calendar.calendar(2023)`},
	{"calendar year options", `calendar.calendar(2024, 3, 1, 4, 4)`},
	{"calendar narrow", `calendar.calendar(1999, 1, 0, 1, 6)`},
	{"week", `calendar.week([(0, 0), (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], 3)`},
	{"weekheader", `[calendar.weekheader(w) for w in (1, 2, 3, 9, 10)]`},
	{"firstweekday", `calendar.firstweekday()`},
	{"setfirstweekday bad", `calendar.setfirstweekday(7)`},
	{"setfirstweekday neg", `calendar.setfirstweekday(-1)`},
	{"formatstring", `calendar.formatstring(["a", "bb", "ccc"], 5, 2)`},
	{"iterweekdays", `list(calendar.Calendar(3).iterweekdays())`},
	{"firstweekday wrap", `calendar.Calendar(9).firstweekday`},
	{"itermonthdates", `[str(d) for d in calendar.Calendar().itermonthdates(2024, 2)][:9]`},
	{"itermonthdates end", `[str(d) for d in calendar.Calendar().itermonthdates(9999, 12)][-3:]`},
	{"itermonthdays2", `list(calendar.Calendar(6).itermonthdays2(2024, 2))[:8]`},
	{"itermonthdays", `list(calendar.Calendar(2).itermonthdays(2024, 4))`},
	{"monthdatescalendar", `[[d.day for d in w] for w in calendar.Calendar().monthdatescalendar(2024, 6)]`},
	{"monthdays2calendar", `calendar.Calendar().monthdays2calendar(2015, 2)`},
	{"yeardayscalendar", `[len(row) for row in calendar.Calendar().yeardayscalendar(2024, 5)]`},
	{"yeardays2calendar", `calendar.Calendar().yeardays2calendar(2024, 4)[2][3][-1]`},
	{"yeardatescalendar", `str(calendar.Calendar().yeardatescalendar(2024)[0][0][0][0])`},
	{"formatmonthname", `(calendar.TextCalendar().formatmonthname(2024, 5, 20), calendar.TextCalendar().formatmonthname(2024, 5, 10, False))`},
	{"formatweekday", `[calendar.TextCalendar().formatweekday(i, w) for i, w in ((0, 1), (1, 2), (2, 5), (6, 9))]`},
	{"formatday", `(calendar.TextCalendar().formatday(0, 0, 3), calendar.TextCalendar().formatday(7, 0, 4))`},
	{"html month", `calendar.HTMLCalendar().formatmonth(2024, 2)`},
	{"html month sunday", `calendar.HTMLCalendar(6).formatmonth(2021, 5, False)`},
	{"html year", `calendar.HTMLCalendar().formatyear(2024, 5)`},
	{"html year width 0", `calendar.HTMLCalendar().formatyear(2023, 0)[:300]`},
	{"html page", `calendar.HTMLCalendar().formatyearpage(2024)`},
	{"html page options", `calendar.HTMLCalendar().formatyearpage(2024, 4, None, "ascii")[:400]`},
	{"html classes", `(calendar.HTMLCalendar.cssclasses, calendar.HTMLCalendar().formatday(0, 3), calendar.HTMLCalendar().formatweekday(6))`},
	{"error alias", `calendar.error is ValueError`},
	{"error classes", `(issubclass(calendar.IllegalMonthError, ValueError), issubclass(calendar.IllegalWeekdayError, ValueError))`},
	{"error attrs", `(calendar.IllegalMonthError(14).month, str(calendar.IllegalWeekdayError(8)))`},
	{"IllegalMonthError raised", `calendar.month(2024, 13)`},
	{"IllegalMonthError str", `(str(calendar.IllegalMonthError(0)), repr(calendar.IllegalMonthError(0).args))`},
	{"monthcalendar bad month", `calendar.monthcalendar(2024, -1)`},
	{"weekday bad month", `calendar.weekday(2024, 13, 1)`},
	{"isleap wrong type", `calendar.isleap("2024")`},
	{"timegm wrong type", `calendar.timegm("2024")`},
	{"timegm struct_time", `calendar.timegm(__import__("time").gmtime(1234567890))`},
	{"timegm float seconds", `calendar.timegm((2024, 1, 1, 0, 0, 1.5))`},
	{"TextCalendar formatmonth", `calendar.TextCalendar().formatmonth(2024, 2)`},
	{"TextCalendar formatmonth wide", `calendar.TextCalendar(6).formatmonth(2023, 12, 3, 2)`},
	{"TextCalendar formatyear", `calendar.TextCalendar(2).formatyear(2021, 2, 1, 2, 4)`},
	{"TextCalendar formatweek", `calendar.TextCalendar().formatweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 3)`},
	{"TextCalendar formatweekheader", `[calendar.TextCalendar(f).formatweekheader(w) for f, w in ((0, 2), (6, 3), (3, 1))]`},
	{"TextCalendar firstweekday setter", `(lambda c: (c.setfirstweekday(4), c.getfirstweekday(), c.firstweekday))(calendar.TextCalendar())`},
	{"TextCalendar formatmonth bad", `calendar.TextCalendar().formatmonth(2024, 0)`},
	{"month year edges", `(calendar.month(1, 1), calendar.month(9999, 12))`},
	{"monthrange year edges", `(calendar.monthrange(1, 1), calendar.monthrange(9999, 12))`},
	{"monthrange year 0", `calendar.monthrange(0, 1)`},
	{"monthrange wrong type", `calendar.monthrange(2024, "1")`},
	{"different_locale names", `(calendar.month_name[0], calendar.day_abbr[6], [len(calendar.month_name[i]) for i in range(13)])`},
	// edges of datetime's range and bad arguments
	{"itermonthdates before year 1", `list(calendar.Calendar(6).itermonthdates(1, 1))`},
	{"itermonthdays year 1", `list(calendar.Calendar(6).itermonthdays(1, 1))[:3]`},
	{"itermonthdays2 year 1", `list(calendar.Calendar(6).itermonthdays2(1, 1))[:3]`},
	{"itermonthdays2 year 9999", `list(calendar.Calendar(0).itermonthdays2(9999, 12))[-3:]`},
	{"itermonthdates year 9999 thursday", `[str(d) for d in calendar.Calendar(3).itermonthdates(9999, 12)][-3:]`},
	{"itermonthdates bad month", `list(calendar.Calendar().itermonthdates(2024, 13))`},
	{"itermonthdays lazy error", `type(calendar.Calendar().itermonthdays(2024, 13)).__name__`},
	{"month year 1 sunday", `calendar.TextCalendar(6).formatmonth(1, 1)`},
	{"month year 9999 wednesday", `calendar.TextCalendar(2).formatmonth(9999, 12)`},
	{"monthrange year 10000", `calendar.monthrange(10000, 1)`},
	{"monthrange negative year", `calendar.monthrange(-5, 2)`},
	{"month year 0", `calendar.month(0, 1)`},
	{"calendar year 10000", `calendar.calendar(10000)`},
	{"weekday day 30 february", `calendar.weekday(2024, 2, 30)`},
	{"weekday float year", `calendar.weekday(2024.0, 2, 3)`},
	{"isleap float and none", `(calendar.isleap(2024.0), calendar.isleap(2023.0), etype_msg(lambda: calendar.isleap(None)))`},
	{"leapdays float and negative", `(calendar.leapdays(2024.5, 2030), calendar.leapdays(0, 0), calendar.leapdays(-100, 100), calendar.leapdays(2001, 1601))`},
	{"monthrange float month", `calendar.monthrange(2024, 2.0)`},
	{"setfirstweekday str", `calendar.setfirstweekday('a')`},
	{"Calendar str firstweekday", `calendar.Calendar('a').firstweekday`},
	{"Calendar negative firstweekday", `(list(calendar.Calendar(-1).iterweekdays()), calendar.Calendar(13).getfirstweekday(), calendar.Calendar(firstweekday=9).firstweekday)`},
	{"IllegalMonthError repr", `(repr(calendar.IllegalMonthError(13)), calendar.IllegalMonthError(13).args, str(calendar.IllegalMonthError('x')))`},
	{"IllegalWeekdayError repr", `(repr(calendar.IllegalWeekdayError(9)), calendar.IllegalWeekdayError(9).weekday, calendar.IllegalWeekdayError(9).args)`},
	{"names slices", `(calendar.month_name[1:3], calendar.month_name[-13], calendar.day_name[::2], calendar.month_abbr[::-1])`},
	{"names errors", `(etype_msg(lambda: calendar.day_name[7]), etype_msg(lambda: calendar.month_abbr[14]))`},
	{"names protocol", `(len(calendar.day_abbr), 'January' in calendar.month_name, 'Jan' in calendar.month_name, calendar.month_name.format, calendar.day_abbr.format)`},
	{"formatweekday widths", `[calendar.TextCalendar().formatweekday(3, w) for w in (-1, 0, 1, 2, 3, 8, 9, 12)]`},
	{"formatday widths", `[calendar.TextCalendar().formatday(d, 0, w) for d, w in ((5, 0), (5, 1), (15, 1), (0, 3), (31, 6))]`},
	{"formatmonthname narrow", `(calendar.TextCalendar().formatmonthname(2024, 1, 0), calendar.TextCalendar().formatmonthname(2024, 1, 3, False))`},
	{"formatmonth negative w l", `calendar.TextCalendar().formatmonth(2024, 1, -5, -5)`},
	{"formatyear m zero", `calendar.TextCalendar().formatyear(2024, 0, 0, 0, 0)`},
	{"formatyear twelve wide", `calendar.TextCalendar().formatyear(2024, 2, 1, 6, 12)`},
	{"formatyear five wide", `calendar.TextCalendar(6).formatyear(2024, 2, 1, 1, 5)`},
	{"formatyear str year", `calendar.TextCalendar().formatyear('2024')`},
	{"formatmonth str year", `calendar.TextCalendar().formatmonth('2024', 1)`},
	{"yeardays2calendar widths", `(calendar.Calendar().yeardays2calendar(2024, -1), len(calendar.Calendar().yeardayscalendar(2024, 12)), [len(r) for r in calendar.Calendar().yeardayscalendar(2024, 5)])`},
	{"yeardatescalendar width 0", `calendar.Calendar().yeardatescalendar(2024, 0)`},
	{"monthdatescalendar bad month", `calendar.Calendar().monthdatescalendar(2024, 13)`},
	{"html year width negative", `calendar.HTMLCalendar().formatyear(2024, -1)[:400]`},
	{"html pieces", `(calendar.HTMLCalendar().formatmonthname(2024, 3), calendar.HTMLCalendar().formatmonthname(2024, 3, False), calendar.HTMLCalendar(2).formatweekheader(), calendar.HTMLCalendar().formatweek([(0, 0), (3, 1)]))`},
	{"html formatday bad weekday", `calendar.HTMLCalendar().formatday(3, 9)`},
	{"html page no css", `calendar.HTMLCalendar().formatyearpage(2024, css=None)[:400]`},
	{"html page latin-1", `calendar.HTMLCalendar(3).formatyearpage(2021, 6, 'x.css', 'latin-1')`},
	{"html month year 9999", `calendar.HTMLCalendar(6).formatmonth(9999, 12)`},
	{"timegm extra fields", `(calendar.timegm((2024, 1, 1, 0, 0, 0, 0, 0, 0, 9)), calendar.timegm([2024, 1, 1, 0, 0, 0]))`},
	{"timegm errors", `[etype_msg(lambda: calendar.timegm(t)) for t in ((2024.5, 1, 1, 0, 0, 0), (2024, 13, 1, 0, 0, 0), (2024, 0, 1, 0, 0, 0), (10000, 1, 1, 0, 0, 0))]`},
	{"timegm out of range fields", `[calendar.timegm(t) for t in ((1, 1, 1, 0, 0, 0), (2024, 1, 0, 0, 0, 0), (2024, 1, -5, 0, 0, 0), (2024, 2, 1, -1, -1, -1), (9999, 12, 31, 23, 59, 59))]`},
	{"weekday extremes", `(calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.monthrange(2024, 12))`},
	{"formatstring", `(calendar.formatstring([], 3, 1), calendar.formatstring(['a', 'b']), calendar.formatstring(['abc'], 1, 0))`},
	{"locale calendars", `(calendar.LocaleTextCalendar(0, 'C').formatmonthname(2024, 1, 10), calendar.LocaleHTMLCalendar(0, 'C').formatweekday(1), calendar.LocaleTextCalendar(6, 'C').formatweekday(1, 3), calendar.LocaleTextCalendar(1, 'C').formatmonth(2024, 5))`},
	{"locale attribute", `(calendar.LocaleTextCalendar(0, 'de_DE').locale, calendar.LocaleHTMLCalendar(locale='C').locale, issubclass(calendar.LocaleTextCalendar, calendar.TextCalendar), issubclass(calendar.LocaleHTMLCalendar, calendar.HTMLCalendar))`},
	{"different_locale", `(lambda d: (d.__enter__(), d.__exit__(None, None, None)))(calendar.different_locale('C'))`},
	{"module functions", `(calendar.prweek.__name__, calendar.firstweekday.__name__, calendar.monthcalendar.__name__, calendar.prcal.__name__, calendar.EPOCH, calendar._EPOCH_ORD)`},
	{"all", `sorted(calendar.__all__)`},
	{"setfirstweekday float", `with_first(6, lambda: (calendar.setfirstweekday(2.0), calendar.firstweekday(), calendar.c.firstweekday))`},
	{"week and weekheader sunday", `with_first(6, lambda: (calendar.week([(1, 6), (2, 0)], 3), calendar.weekheader(3), calendar.monthcalendar(2023, 10)))`},
}

// TestCalendarDiffCPython36 compares the calendar module with CPython 3.6's.
func TestCalendarDiffCPython36(t *testing.T) {
	src := pytesting.CaseScript(calendarPrelude, calendarCases) +
		"calendar.prmonth(2024, 7)\ncalendar.prcal(2022, 2, 1, 6, 2)\ncalendar.format(['x', 'y'])\ncalendar.prweek([(1, 0), (2, 1)], 2)\nprint('|')\n"
	ref := pytesting.CPython36Output(t, "calendar", src)
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, "output:\n%s", out)
	pytesting.CompareCases(t, calendarCases, ref, out)
	// the printed calendars after the cases, byte for byte
	tail := func(s string) string { return s[strings.LastIndex(s, "case"+fmt.Sprint(len(calendarCases)-1)):] }
	assert.Equal(t, tail(ref), tail(out))
}
