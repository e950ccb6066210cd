package pytime_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Directive by directive: time.strftime of each directive over fixed
// struct_times of every kind (leap day, year ends, ISO week edges, hour 0
// and 12), time.strptime of each directive with its ValueError messages,
// and gmtime/mktime round trips, under TZ=UTC and a zone with daylight
// saving time, set identically for both interpreters.

const directivesPrelude = `
import time
` + pytesting.ShowRepr + `
TS = [(2016, 1, 1, 0, 0, 0, 4, 1, 0), (2018, 12, 31, 23, 59, 59, 0, 365, 0), (2021, 1, 3, 12, 5, 6, 6, 3, 0),
      (2020, 2, 29, 13, 0, 1, 5, 60, 0), (1999, 7, 4, 9, 8, 7, 6, 185, 1), (2000, 1, 2, 11, 30, 0, 6, 2, -1)]
def each(directive):
    return [time.strftime(directive, t) for t in TS]
def parse(s, f):
    return tuple(time.strptime(s, f))[:9]
STAMPS = [0, 1, -1, 86399, 951782400, 1e9, 1234567890.75, 2**31 - 1, 2**31, -2**31, 4102444800, -62135596800]
`

var directivesCases = []pytesting.Case{
	{"strftime a", `each("%a")`},
	{"strftime A", `each("%A")`},
	{"strftime b", `each("%b")`},
	{"strftime B", `each("%B")`},
	{"strftime c", `each("%c")`},
	{"strftime C", `each("%C")`},
	{"strftime d", `each("%d")`},
	{"strftime D", `each("%D")`},
	{"strftime e", `each("%e")`},
	{"strftime F", `each("%F")`},
	{"strftime g", `each("%g")`},
	{"strftime G", `each("%G")`},
	{"strftime h", `each("%h")`},
	{"strftime H", `each("%H")`},
	{"strftime I", `each("%I")`},
	{"strftime j", `each("%j")`},
	{"strftime k", `each("%k")`},
	{"strftime l", `each("%l")`},
	{"strftime m", `each("%m")`},
	{"strftime M", `each("%M")`},
	{"strftime n t", `each("%n|%t")`},
	{"strftime p", `each("%p")`},
	{"strftime P", `each("%P")`},
	{"strftime r", `each("%r")`},
	{"strftime R", `each("%R")`},
	{"strftime S", `each("%S")`},
	{"strftime T", `each("%T")`},
	{"strftime u", `each("%u")`},
	{"strftime U", `each("%U")`},
	{"strftime V", `each("%V")`},
	{"strftime w", `each("%w")`},
	{"strftime W", `each("%W")`},
	{"strftime x", `each("%x")`},
	{"strftime X", `each("%X")`},
	{"strftime y", `each("%y")`},
	{"strftime Y", `each("%Y")`},
	{"strftime percent", `each("%%|%%%%|100%%")`},
	{"strftime flags", `each("%-H|%_M|%0k|%^B|%#p|%5d|%-5d")`},
	{"strftime E O", `each("%Ec|%EY|%Od|%OH")`},
	{"strftime s gmtime", `[time.strftime("%s", time.gmtime(s)) for s in (0, 1e9)]`},
	{"strftime z Z gmtime", `[time.strftime("%z %Z", time.gmtime(s)) for s in (0, 1e9)]`},
	{"strftime z Z localtime", `[time.strftime("%z %Z", time.localtime(s)) for s in (0, 1e9, 1e9 + 180 * 86400)]`},
	{"strftime year 1 and 9999", `[time.strftime("%Y|%C|%y|%G", (y, 1, 1, 0, 0, 0, 0, 1, 0)) for y in (1, 99, 999, 9999)]`},
	{"strftime year 0", `time.strftime("%Y", (0, 1, 1, 0, 0, 0, 0, 1, 0))`},
	{"strftime negative year", `time.strftime("%Y %C %y", (-1, 1, 1, 0, 0, 0, 0, 1, 0))`},
	{"strftime bad month", `time.strftime("%b", (2020, 13, 1, 0, 0, 0, 0, 1, 0))`},
	{"strftime bad day", `time.strftime("%d", (2020, 1, 32, 0, 0, 0, 0, 1, 0))`},
	{"strftime bad minute", `time.strftime("%M", (2020, 1, 1, 0, 60, 0, 0, 1, 0))`},
	{"strftime second 61", `(time.strftime("%S", (2020, 1, 1, 0, 0, 61, 0, 1, 0)), time.strftime("%S", (2020, 1, 1, 0, 0, 62, 0, 1, 0)))`},
	{"strftime isdst range", `[time.strftime("%H", (2020, 1, 1, 0, 0, 0, 0, 1, d)) for d in (-5, 0, 1, 7)]`},
	{"strftime wrong length", `time.strftime("%Y", (2020, 1, 1))`},
	{"strftime float field", `time.strftime("%Y", (2020.5, 1, 1, 0, 0, 0, 0, 1, 0))`},
	{"strptime a A", `(parse("Mon", "%a"), parse("wednesday", "%A"))`},
	{"strptime b B h", `(parse("Feb", "%b"), parse("SEPTEMBER", "%B"), parse("dec", "%h"))`},
	{"strptime c", `parse("Sat Feb 29 13:00:01 2020", "%c")`},
	{"strptime d", `(parse("7", "%d"), parse("07", "%d"), parse("31", "%d"))`},
	{"strptime d bad", `parse("32", "%d")`},
	{"strptime D", `parse("02/29/20", "%D")`},
	{"strptime H M S", `(parse("23:59:61", "%H:%M:%S"), parse("0:0:0", "%H:%M:%S"))`},
	{"strptime H bad", `parse("24", "%H")`},
	{"strptime I p", `[parse(s, "%I %p")[3] for s in ("12 AM", "1 am", "11 AM", "12 PM", "1 pm", "11 PM")]`},
	{"strptime I without p", `parse("12", "%I")`},
	{"strptime j", `(parse("2020 60", "%Y %j"), parse("2021 365", "%Y %j"))`},
	{"strptime j bad", `parse("367", "%j")`},
	{"strptime m", `(parse("1", "%m"), parse("12", "%m"))`},
	{"strptime m bad", `parse("13", "%m")`},
	{"strptime M bad", `parse("60", "%M")`},
	{"strptime S bad", `parse("62", "%S")`},
	{"strptime n t", `parse("2020\n\t5", "%Y%n%t%m")`},
	{"strptime r R T", `(parse("01:02:03 PM", "%r"), parse("13:14", "%R"), parse("13:14:15", "%T"))`},
	{"strptime u w", `(parse("2021 1 7", "%G %V %u"), parse("2021 5 0", "%Y %U %w"))`},
	{"strptime U W", `(parse("2021 0 6", "%Y %U %w"), parse("2021 52 0", "%Y %W %w"), parse("2021 53 1", "%Y %W %w"))`},
	{"strptime U alone", `parse("2021 10", "%Y %U")`},
	{"strptime V G", `(parse("2020 53 7", "%G %V %u"), parse("2015 1 1", "%G %V %u"))`},
	{"strptime G alone", `parse("2020", "%G")`},
	{"strptime G with Y", `parse("2020 2020 1 1", "%Y %G %V %u")`},
	{"strptime x X", `(parse("12/31/99", "%x"), parse("23:59:59", "%X"))`},
	{"strptime y", `[parse(s, "%y")[0] for s in ("00", "68", "69", "99")]`},
	{"strptime Y", `(parse("1", "%Y"), parse("0999", "%Y"), parse("9999", "%Y"))`},
	{"strptime Y five digits", `parse("10000", "%Y")`},
	{"strptime Z", `(parse("2020 UTC", "%Y %Z")[8], parse("2020 gmt", "%Y %Z")[8])`},
	{"strptime Z unknown", `parse("2020 XYZ", "%Y %Z")`},
	{"strptime z", `[time.strptime(s, "%z").tm_gmtoff for s in ("+0000", "-0130", "+1400")]`},
	{"strptime z bad", `parse("+01:30", "%z")`},
	{"strptime f", `[time.strptime(s, "%f") for s in ("1", "123456")][1][:3]`},
	{"strptime f too long", `parse("1234567", "%f")`},
	{"strptime percent", `parse("50%", "%d%%")`},
	{"strptime e", `parse(" 5", "%e")`},
	{"strptime k", `parse("5", "%k")`},
	{"strptime trailing percent", `parse("5", "%d%")`},
	{"strptime mismatch", `parse("2020-01", "%Y/%m")`},
	{"strptime unconverted", `parse("2020-01-01 extra", "%Y-%m-%d")`},
	{"strptime case", `parse("MON JAN 1 2018", "%a %b %d %Y")`},
	{"strptime empty", `(parse("", ""), parse(" ", " "))`},
	{"strptime day of week mismatch", `parse("Mon 2018-01-02", "%a %Y-%m-%d")`},
	{"strptime struct_time attrs", `(lambda s: (s.tm_zone, s.tm_gmtoff, s.tm_isdst, s.tm_yday, s.tm_wday))(time.strptime("2018-03-04 05:06", "%Y-%m-%d %H:%M"))`},
	{"gmtime round trip", `[(s, time.mktime(time.localtime(s)) == int(s)) for s in STAMPS[:9]]`},
	{"gmtime fields", `[tuple(time.gmtime(s)) for s in STAMPS]`},
	{"gmtime zone fields", `[(time.gmtime(s).tm_zone, time.gmtime(s).tm_gmtoff) for s in (0, 1e9)]`},
	{"localtime fields", `[tuple(time.localtime(s)) for s in STAMPS[:10]]`},
	{"localtime zone fields", `[(time.localtime(s).tm_zone, time.localtime(s).tm_gmtoff, time.localtime(s).tm_isdst) for s in (0, 1e9, 1e9 + 180 * 86400)]`},
	{"mktime of gmtime", `[time.mktime(time.gmtime(s)) - s for s in (0, 1e9, 1e9 + 180 * 86400)]`},
	{"mktime normalises", `[time.mktime(t) for t in ((2020, 1, 32, 0, 0, 0, 0, 0, 0), (2020, 13, 1, 0, 0, 0, 0, 0, 0), (2020, 3, 1, 0, 0, -1, 0, 0, 0), (2020, 1, 1, 25, 0, 0, 0, 0, 0))]`},
	{"mktime isdst", `[time.mktime((2020, 7, 1, 12, 0, 0, 0, 0, d)) for d in (-1, 0, 1)]`},
	{"mktime struct_time", `time.mktime(time.struct_time((2020, 7, 1, 12, 0, 0, 2, 183, -1)))`},
	{"mktime bad type", `time.mktime("2020")`},
	{"mktime bad field", `time.mktime((2020, 1, 1, 0, 0, "0", 0, 0, 0))`},
	{"zone globals", `(time.timezone, time.altzone, time.daylight, time.tzname)`},
	{"asctime ctime", `([time.asctime(t) for t in TS], [time.ctime(s) for s in (0, 1e9, -1)])`},
	{"struct_time repr", `[repr(time.struct_time(t)) for t in TS[:2]]`},
	{"struct_time attributes", `[(s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, s.tm_wday, s.tm_yday, s.tm_isdst) for s in map(time.struct_time, TS)]`},
	{"struct_time reduce", `(lambda s: (type(s).__name__, s == TS[0], tuple(s[:]) == TS[0], s[-1], s[2:4]))(time.struct_time(TS[0]))`},
}

// TestDirectivesCPython36 runs every directive case under CPython 3.6
// and gpython-ssl with TZ set to each zone, identically for both.
func TestDirectivesCPython36(t *testing.T) {
	require.GreaterOrEqual(t, len(directivesCases), 25)
	for _, zone := range []string{"UTC", "America/New_York"} {
		t.Run(zone, func(t *testing.T) {
			t.Setenv("TZ", zone)
			pytesting.DiffCases(t, "time_directives_"+strings.ReplaceAll(zone, "/", "_"), directivesPrelude, directivesCases)
		})
	}
}
