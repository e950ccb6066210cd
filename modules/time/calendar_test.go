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
