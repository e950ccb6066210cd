package datetime_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib" // copy, for the copy case
)

// Case-by-case differential tests of datetime against CPython 3.6 (TZ=UTC,
// from TestMain): timezone, astimezone with fixed offsets, every strftime
// directive, strptime, __format__, arithmetic, comparisons, reprs and
// errors, each case printing its repr or its exception's class and
// message (pytesting.ShowRepr).

const casesPrelude = pytesting.ShowRepr + `from datetime import datetime, date, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dtmod
D = datetime(2018, 1, 5, 9, 34, 43, 12)
A = datetime(2018, 1, 5, 9, 34, 43, tzinfo=timezone.utc)
IST = timezone(timedelta(hours=5, minutes=30), "IST")
EST = timezone(timedelta(hours=-5))
DAYS = [datetime(2016, 1, 1, 0, 0), datetime(2018, 12, 31, 23, 59, 59, 999999), datetime(2021, 1, 3, 12, 5, 6), datetime(2020, 2, 29, 13, 0, 1), datetime(1, 1, 1), datetime(9999, 12, 31, 11, 30)]
def each(directive):
    return [d.strftime(directive) for d in DAYS]
`

var casesDatetime = []pytesting.Case{
	// timezone
	{"timezone utc", `(timezone.utc, str(timezone.utc), timezone.utc.tzname(None), timezone.utc.utcoffset(None), timezone.utc.dst(None))`},
	{"timezone offsets", `[str(timezone(timedelta(minutes=m))) for m in (0, 1, -1, 90, -90, 1439, -1439)]`},
	{"timezone named", `(IST, str(IST), IST.tzname(D), IST.utcoffset(D), timezone(timedelta(0), "Z"), str(timezone(timedelta(0), "")))`},
	{"timezone min max", `(timezone.min, timezone.max, str(timezone.min), str(timezone.max))`},
	{"timezone range", `timezone(timedelta(hours=-24))`},
	{"timezone seconds", `timezone(timedelta(seconds=30))`},
	{"timezone microseconds", `timezone(timedelta(hours=1, microseconds=1))`},
	{"timezone bad offset type", `timezone(3600)`},
	{"timezone bad name type", `timezone(timedelta(0), b"UTC")`},
	{"timezone no args", `timezone()`},
	{"timezone too many", `timezone(timedelta(0), "a", "b")`},
	{"timezone equality", `(timezone(timedelta(hours=1)) == timezone(timedelta(minutes=60), "x"), timezone.utc == timezone(timedelta(0)), timezone.utc != IST, timezone.utc == 0)`},
	{"timezone hash", `hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "x"))`},
	{"timezone bad dt", `IST.utcoffset("x")`},
	{"timezone tzname bad dt", `IST.tzname(5)`},
	{"timezone dst bad dt", `IST.dst(date(2018, 1, 1))`},
	{"timezone fromutc", `IST.fromutc(datetime(2018, 1, 5, 23, 0, tzinfo=IST))`},
	{"timezone fromutc naive", `IST.fromutc(datetime(2018, 1, 5))`},
	{"timezone fromutc other", `IST.fromutc(A)`},
	{"timezone fromutc bad", `IST.fromutc(5)`},
	{"timezone isinstance", `(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo))`},
	// astimezone with fixed offsets
	{"astimezone utc to ist", `A.astimezone(IST)`},
	{"astimezone ist to est", `datetime(2018, 1, 5, 1, 0, tzinfo=IST).astimezone(EST)`},
	{"astimezone day change", `(datetime(2018, 12, 31, 22, 0, tzinfo=timezone.utc).astimezone(IST), datetime(2018, 1, 1, 2, 0, tzinfo=timezone.utc).astimezone(EST))`},
	{"astimezone same", `A.astimezone(timezone.utc) == A`},
	{"astimezone naive", `datetime(2018, 1, 5, 12).astimezone(IST)`},
	{"astimezone local", `(A.astimezone(), datetime(2018, 7, 5, 12).astimezone())`},
	{"astimezone bad", `A.astimezone(5)`},
	{"astimezone keyword", `A.astimezone(tz=EST)`},
	{"astimezone equal instants", `datetime(2018, 1, 5, 1, 0, tzinfo=IST).astimezone(EST) == datetime(2018, 1, 5, 1, 0, tzinfo=IST)`},
	{"astimezone min", `datetime(1, 1, 1, tzinfo=timezone.utc).astimezone(EST)`},
	{"astimezone max", `datetime(9999, 12, 31, 23, tzinfo=timezone.utc).astimezone(IST)`},
	// strftime, one directive a case, over dates of every kind
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
	{"strftime f", `each("%f")`},
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
	{"strftime n t", `each("%n%t")`},
	{"strftime p", `each("%p")`},
	{"strftime P", `each("%P")`},
	{"strftime r", `each("%r")`},
	{"strftime R", `each("%R")`},
	{"strftime s", `each("%s")`},
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
	{"strftime z Z naive", `each("[%z|%Z]")`},
	{"strftime z Z aware", `[A.strftime("%z %Z"), A.astimezone(IST).strftime("%z %Z"), A.astimezone(EST).strftime("%z %Z"), A.astimezone(timezone.min).strftime("%z")]`},
	{"strftime percent", `each("%%|%%Y|%%%Y")`},
	{"strftime unknown", `each("%Q|%E|%O|%i")`},
	{"strftime padding flags", `each("%-d|%-m|%_d|%0e|%-H|%-j")`},
	{"strftime date", `[date(2018, 1, 5).strftime(f) for f in ("%Y-%m-%d", "%H:%M:%S", "%f", "%z%Z", "%c")]`},
	{"strftime time", `([time(13, 4, 5, 6).strftime(f) for f in ("%H %I %p", "%Y-%m-%d", "%f", "%a %j")], time(1, tzinfo=IST).strftime("%z %Z"))`},
	{"strftime glibc flags", `[D.strftime(f) for f in ("%^a", "%#b", "%10Y", "%-10d", "%_5m", "%05e", "%^B", "%#Z", "%Ey", "%Od", "%+", "%3S", "%0_d", "%-%", "%5%", "%-z", "%-f", "%^p", "%#p", "%-", "%.")]`},
	{"strftime percent in zone name", `(datetime(2018, 1, 1, tzinfo=timezone(timedelta(0), "a%Yb%")).strftime("%Z|%z"), time(1, tzinfo=timezone(timedelta(minutes=-5), "%%")).strftime("[%Z]"))`},
	{"strftime raw percent", `D.strftime("%Y%")`},
	{"strftime nul", `D.strftime("%Y\0%m")`},
	{"strftime non str", `D.strftime(5)`},
	{"strftime no args", `D.strftime()`},
	{"strftime unicode", `D.strftime("é %B ✓")`},
	// __format__
	{"format datetime", `(format(D, "%Y/%m/%d"), format(D, ""), "{:%H:%M}".format(D), "{}".format(D))`},
	{"format date time", `(format(date(2018, 1, 5), "%d.%m.%Y"), format(date(2018, 1, 5), ""), format(time(7, 8), "%H-%M"), format(time(7, 8), ""))`},
	{"format aware", `("{:%z}".format(A.astimezone(IST)), "{0:%Y} {0:%j}".format(A))`},
	{"format bad spec type", `D.__format__(5)`},
	{"format timedelta", `(format(timedelta(1, 5), ""), "{}".format(timedelta(seconds=-1)))`},
	{"format timedelta spec", `format(timedelta(1), "%d")`},
	// arithmetic
	{"date plus", `(date(2018, 1, 31) + timedelta(days=1), date(2018, 3, 1) - timedelta(days=1), timedelta(days=366) + date(2016, 1, 1))`},
	{"date minus date", `(date(2018, 3, 1) - date(2016, 2, 29), date(2016, 2, 29) - date(2018, 3, 1))`},
	{"date plus seconds", `date(2018, 1, 5) + timedelta(hours=47, seconds=59)`},
	{"datetime plus", `(D + timedelta(microseconds=999988), D - timedelta(days=5, hours=10))`},
	{"datetime minus aware", `(A - datetime(2018, 1, 5, 1, 0, tzinfo=IST), datetime(2018, 1, 5, tzinfo=EST) - A)`},
	{"datetime minus mixed", `D - A`},
	{"datetime plus int", `D + 1`},
	{"datetime overflow", `datetime.max + timedelta(1)`},
	{"date overflow", `date.min - timedelta(days=1)`},
	{"timedelta mul div", `(timedelta(hours=1) * 2.5, timedelta(hours=1) / 7, timedelta(hours=1) // 7, timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7))`},
	{"timedelta mod divmod", `(timedelta(hours=1) % timedelta(minutes=7), divmod(timedelta(hours=1), timedelta(minutes=7)), divmod(timedelta(hours=-1), timedelta(minutes=7)))`},
	{"timedelta neg abs", `(-timedelta(1, 2, 3), abs(timedelta(-1, 2, 3)), +timedelta(seconds=5))`},
	{"timedelta total_seconds", `(timedelta(1, 2, 3).total_seconds(), timedelta(microseconds=-1).total_seconds(), timedelta.max.total_seconds())`},
	{"timedelta rounding", `(timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(seconds=1e-7), timedelta(hours=1) * 1e-10)`},
	{"timedelta div zero", `timedelta(1) / 0`},
	{"timedelta floordiv zero", `timedelta(1) // 0`},
	{"timedelta mod zero", `timedelta(1) % timedelta(0)`},
	{"timedelta mul none", `timedelta(1) * None`},
	{"timedelta div float td", `timedelta(1) // 1.5`},
	{"timedelta overflow", `timedelta(days=999999999) + timedelta(days=1)`},
	{"timedelta mul overflow", `timedelta.max * 2`},
	// comparisons
	{"compare datetimes", `(D < D + timedelta(microseconds=1), D <= D, D > D, D >= D.replace(microsecond=11), D == D.replace(), D != D)`},
	{"compare aware", `(A == A.astimezone(IST), A < datetime(2018, 1, 5, 9, 34, 44, tzinfo=IST).astimezone(EST), A > datetime(2018, 1, 5, 15, 4, 42, tzinfo=IST))`},
	{"compare naive aware eq", `(D == A, D != A)`},
	{"compare naive aware order", `D < A`},
	{"compare date datetime", `(date(2018, 1, 5) == D, D == date(2018, 1, 5))`},
	{"compare date datetime order", `date(2018, 1, 5) < D`},
	{"compare with int", `D < 5`},
	{"compare dates", `sorted([date(2018, 1, 5), date(2017, 12, 31), date(2018, 1, 4)])`},
	{"compare times", `(time(1) < time(1, 0, 0, 1), time(1, tzinfo=IST) == time(1, tzinfo=timezone(timedelta(hours=5, minutes=30))), time(12, tzinfo=IST) > time(6, 31, tzinfo=timezone.utc))`},
	{"compare times mixed", `time(1) < time(1, tzinfo=IST)`},
	{"compare timedeltas", `(timedelta(1) > timedelta(hours=23), timedelta(0) == timedelta(), max(timedelta(1), timedelta(-2)))`},
	{"compare timedelta int", `timedelta(1) < 1`},
	{"hash equal", `(hash(D) == hash(D.replace()), hash(A) == hash(A.astimezone(IST)), hash(date(2018, 1, 5)) == hash(date(2018, 1, 5)), len({timedelta(1), timedelta(hours=24)}))`},
	// reprs
	{"repr datetime", `[D, datetime(2018, 1, 5), datetime(2018, 1, 5, 9), datetime(2018, 1, 5, 9, 0, 1), A, datetime(2018, 1, 5, tzinfo=IST)]`},
	{"repr date time", `[date(1, 1, 1), time(), time(1, 2, 3), time(0, 0, 0, 1), time(1, tzinfo=EST)]`},
	{"repr timedelta", `[timedelta(0), timedelta(1), timedelta(0, 1), timedelta(0, 0, 1), timedelta(-1), timedelta(1, 2, 3), timedelta.min, timedelta.max, timedelta.resolution]`},
	{"repr timezone", `[timezone.utc, IST, EST, timezone(timedelta(0), "UTC"), timezone(timedelta(minutes=-1))]`},
	{"str values", `[str(D), str(A), str(date(2018, 1, 5)), str(time(1, 2, 3, 4)), str(timedelta(-1, 5)), str(timedelta(2, 3661, 5)), str(datetime(2018, 1, 5, tzinfo=EST))]`},
	{"module constants", `(MINYEAR, MAXYEAR, dtmod.MINYEAR, datetime.min, datetime.max, datetime.resolution, date.resolution, time.min, time.max, time.resolution)`},
	// attributes and conversions
	{"timetuple", `(D.timetuple(), A.timetuple(), date(2018, 1, 5).timetuple())`},
	{"utctimetuple", `(datetime(2018, 1, 5, 1, tzinfo=IST).utctimetuple(), D.utctimetuple())`},
	{"isocalendar", `[d.isocalendar() for d in DAYS]`},
	{"weekday ordinal", `[(d.weekday(), d.isoweekday(), d.toordinal()) for d in DAYS]`},
	{"ctime", `[d.ctime() for d in DAYS]`},
	{"timestamp", `(D.timestamp(), A.timestamp(), datetime(2018, 1, 5, tzinfo=IST).timestamp(), datetime(1970, 1, 1).timestamp())`},
	{"isoformat", `(D.isoformat(), A.isoformat(" "), datetime(2018, 1, 5, tzinfo=IST).isoformat(timespec="hours"), time(1, 2, 3, 4000).isoformat("milliseconds"), date(2018, 1, 5).isoformat())`},
	{"isoformat bad timespec", `D.isoformat(timespec="micro")`},
	{"isoformat bad sep", `D.isoformat("ab")`},
	{"replace", `(D.replace(year=2020, tzinfo=IST), A.replace(tzinfo=None), date(2018, 1, 5).replace(day=31), time(1).replace(minute=5, tzinfo=EST))`},
	{"replace bad", `date(2018, 1, 31).replace(month=2)`},
	{"replace bad type", `D.replace(hour="1")`},
	{"combine", `(datetime.combine(date(2018, 1, 5), time(1, 2, tzinfo=IST)), datetime.combine(D, time(3)))`},
	{"combine bad", `datetime.combine(time(1), date(2018, 1, 5))`},
	{"fromordinal", `(date.fromordinal(1), datetime.fromordinal(736699), date.fromordinal(3652059))`},
	{"fromordinal zero", `date.fromordinal(0)`},
	{"fromordinal big", `date.fromordinal(3652060)`},
	{"fromordinal float", `date.fromordinal(1.0)`},
	{"utcfromtimestamp", `(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1e9 + 0.5), datetime.utcfromtimestamp(-1))`},
	{"fromtimestamp tz", `(datetime.fromtimestamp(0, IST), datetime.fromtimestamp(1e9, tz=EST), date.fromtimestamp(86400 * 365))`},
	{"fromtimestamp bad", `datetime.fromtimestamp("0")`},
	{"fromtimestamp bad tz", `datetime.fromtimestamp(0, "UTC")`},
	{"utcfromtimestamp nan", `datetime.utcfromtimestamp(float("nan"))`},
	{"utcfromtimestamp huge", `datetime.utcfromtimestamp(1e20)`},
	// constructor errors
	{"date wrong type", `date("2018", 1, 1)`},
	{"date float", `date(2018, 1.0, 1)`},
	{"date missing", `date(2018, 1)`},
	{"date keywords", `(date(year=2018, month=2, day=3), date(2018, day=3, month=2))`},
	{"date bad keyword", `date(2018, 1, 1, hour=1)`},
	{"datetime name and position", `datetime(2018, 1, 1, year=5)`},
	{"datetime bad tzinfo", `datetime(2018, 1, 1, tzinfo="UTC")`},
	{"datetime day 0", `datetime(2018, 1, 0)`},
	{"datetime bool", `datetime(2018, True, True)`},
	{"time float", `time(1.5)`},
	{"time negative", `time(0, -1)`},
	{"time bad tz", `time(1, tzinfo=5)`},
	{"timedelta bad type", `timedelta("1")`},
	{"timedelta bad keyword", `timedelta(years=1)`},
	{"timedelta too big", `timedelta(days=1e10)`},
	{"timedelta nan", `timedelta(seconds=float("nan"))`},
	{"timedelta keywords", `(timedelta(weeks=1, days=-1, hours=1.5, minutes=-30, seconds=0.25, milliseconds=750, microseconds=1), timedelta(0.5, 0.5))`},
	{"datetime too many", `datetime(2018, 1, 1, 0, 0, 0, 0, None, 1)`},
	{"time too many", `time(1, 0, 0, 0, None, 1)`},
	{"replace too many", `D.replace(2019, 1, 1, 0, 0, 0, 0, None, 1)`},
	{"fold repr", `(datetime(2018, 1, 1, fold=1), datetime(2018, 1, 1, tzinfo=IST, fold=1), time(1, fold=1), time(1, tzinfo=EST, fold=1))`},
	{"fold attribute", `(D.fold, datetime(2018, 1, 1, fold=1).fold, time(fold=1).fold, time().fold)`},
	{"fold bad value", `datetime(2018, 1, 1, fold=2)`},
	{"fold negative", `time(1, fold=-1)`},
	{"fold float", `datetime(2018, 1, 1, fold=1.0)`},
	{"fold replace", `(D.replace(fold=1), datetime(2018, 1, 1, fold=1).replace(hour=2), time(1, fold=1).replace(minute=2), datetime(2018, 1, 1, fold=1).replace(fold=0))`},
	{"fold replace bad", `D.replace(fold=3)`},
	{"fold kept", `(datetime(2018, 1, 1, fold=1).time(), datetime(2018, 1, 1, fold=1).timetz(), datetime.combine(date(2018, 1, 1), time(1, fold=1)), datetime(2018, 1, 1, fold=1, tzinfo=IST).astimezone(IST))`},
	{"fold dropped", `(datetime(2018, 1, 1, fold=1) + timedelta(1), datetime(2018, 1, 1, fold=1).astimezone(timezone.utc), datetime(2018, 1, 1, fold=1, tzinfo=IST).astimezone(EST))`},
	{"fold ignored", `(datetime(2018, 1, 1, fold=1) == datetime(2018, 1, 1), hash(datetime(2018, 1, 1, fold=1)) == hash(datetime(2018, 1, 1)), time(1, fold=1) == time(1), datetime(2018, 1, 1, fold=1) < datetime(2018, 1, 1), str(datetime(2018, 1, 1, fold=1)), datetime(2018, 1, 1, fold=1).isoformat())`},
	{"copy", `(lambda c: (c.copy(D), c.deepcopy(D), c.copy(timedelta(1)), c.deepcopy([date(2018, 1, 1), time(1, fold=1), IST]), c.copy(A) == A))(__import__("copy"))`},
	{"readonly date", `setattr(D, "year", 5)`},
	{"readonly datetime", `setattr(D, "hour", 5)`},
	{"readonly time", `setattr(time(1), "tzinfo", None)`},
	{"readonly fold", `delattr(D, "fold")`},
	{"readonly timedelta", `setattr(timedelta(1), "days", 2)`},
	{"timedelta members are member descriptors", `[(repr(d), type(d).__name__, d.__get__(timedelta(3, 4, 5))) for d in (timedelta.days, timedelta.seconds, timedelta.microseconds)]`},
	{"timedelta member descriptor readonly", `timedelta.seconds.__set__(timedelta(1), 3)`},
	{"timedelta member descriptor delete", `delattr(timedelta(1), "microseconds")`},
	{"date fields stay getsets", `[(repr(d), type(d).__name__) for d in (date.year, datetime.hour, time.minute)]`},
	{"no such attribute", `D.nosuch`},
	{"tzinfo abstract", `(lambda z: (z.utcoffset(None), z.dst(None), z.tzname(None)))(tzinfo())`},
	// strptime
	{"strptime directives", `[datetime.strptime(s, f) for s, f in (("Fri Jan  5 09:34:43 2018", "%c"), ("01/05/18", "%x"), ("09:34:43", "%X"), ("2018 005", "%Y %j"), ("18 1 5", "%y %m %d"), ("9 PM", "%I %p"), ("friday 1 2018", "%A %W %Y"), ("Jan 2018", "%b %Y"), ("March", "%B"), (".123", ".%f"), ("5", "%w"), ("+0530", "%z"), ("UTC", "%Z"), ("%", "%%"))]`},
	{"strptime z", `(datetime.strptime("2018 -0500", "%Y %z"), datetime.strptime("2018 +0000", "%Y %z").tzinfo)`},
	{"strptime z colon", `datetime.strptime("2018 -05:00", "%Y %z")`},
	{"strptime z Z", `datetime.strptime("+0100 GMT", "%z %Z")`},
	{"strptime no match", `datetime.strptime("2018-01", "%Y/%m")`},
	{"strptime unconverted", `datetime.strptime("2018-01-05 x", "%Y-%m-%d")`},
	{"strptime bad directive", `datetime.strptime("1", "%J")`},
	{"strptime trailing percent", `datetime.strptime("1", "%d%")`},
	{"strptime day out of range", `datetime.strptime("2018-02-29", "%Y-%m-%d")`},
	{"strptime types", `datetime.strptime(b"2018", "%Y")`},
	{"strptime f", `(datetime.strptime("5.1", "%S.%f"), datetime.strptime("5.123456", "%S.%f"))`},
	{"strptime f long", `datetime.strptime("5.1234567", "%S.%f")`},
	{"strptime week", `(datetime.strptime("2018 52 0", "%Y %U %w"), datetime.strptime("2018 0 6", "%Y %W %w"))`},
	// the 64-bit arithmetic (micros64.go) at and past its limits
	{"timedelta sum at max", `(timedelta.max + timedelta(0), timedelta(0) - timedelta.max, timedelta.min - timedelta(0))`},
	{"timedelta sum past max", `timedelta.max + timedelta(microseconds=1)`},
	{"timedelta difference past min", `timedelta.min - timedelta(microseconds=1)`},
	{"timedelta sums near 64 bits", `(timedelta(days=99999999) + timedelta(days=99999999), timedelta(days=60000000, seconds=5) + timedelta(days=60000000, microseconds=3), timedelta(days=-60000000) - timedelta(days=60000000, microseconds=3), timedelta(days=50000000) - timedelta(days=-50000000))`},
	{"timedelta negative micro borrow", `(timedelta(seconds=-1) - timedelta(microseconds=1), timedelta(microseconds=-(2**63)), timedelta(microseconds=2**63-1))`},
	{"timedelta micros past days", `timedelta(microseconds=86400*10**6*1000000000)`},
	{"datetime plus huge delta", `datetime(2000, 1, 1) + timedelta(days=100000000)`},
	{"datetime minus to min", `(datetime(2000, 1, 1) - timedelta(days=730119), datetime.max - datetime.min, datetime.min - datetime.max)`},
	{"datetime minus past min", `datetime(2000, 1, 1) - timedelta(days=730120)`},
	{"datetime plus max delta", `datetime(2020, 1, 1) + timedelta.max`},
	{"datetime plus min delta", `datetime.max + timedelta.min`},
	{"datetime difference borrow", `(datetime(2020, 3, 1, 1, 2, 3, 4) - datetime(2020, 2, 28, 5, 6, 7, 8), datetime(2020, 3, 1) - timedelta(microseconds=1))`},
	{"strftime numeric", `[d.strftime(f) for d in (datetime(1999, 12, 31, 23, 59, 59, 999999), datetime(1000, 3, 1), datetime(999, 3, 1), date(2024, 12, 31), time(1, 2, 3, 4)) for f in ("%Y-%m-%d %H:%M:%S", "%Y%m%d%H%M%S%%", "%j", "%%Y", "%%%j%%", "")]`},
	{"strftime numeric with zone", `datetime(2016, 2, 29, 12, tzinfo=timezone(timedelta(hours=-3), "%Y")).strftime("%Y-%m-%dT%H:%M:%S.%f%z %Z")`},
}

// TestCasesCPython36 compares every case with CPython 3.6.
func TestCasesCPython36(t *testing.T) {
	require.GreaterOrEqual(t, len(casesDatetime), 25)
	pytesting.DiffCases(t, "datetime_cases", casesPrelude, casesDatetime)
}

// fromisoformat is Python 3.7's: its cases run under CPython 3.7, with
// the same stored-output contract as CPython 3.6's (testdata/cpython37).
// Results print as str() (3.7's timedelta repr is not 3.6's, which the
// module follows).
const isoPrelude = `from datetime import datetime, date, time, timedelta, timezone
def _show(name, f):
    try:
        r = f()
        tz = getattr(r, "tzinfo", None)
        print(name, "=>", type(r).__name__, str(r), tz is timezone.utc, tz.utcoffset(None) if tz is not None else None)
    except Exception as e:
        print(name, "!!", type(e).__name__, str(e))
def error_type(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__
`

var isoCases = []pytesting.Case{
	{"date", `date.fromisoformat("2018-01-05")`},
	{"date min max", `(date.fromisoformat("0001-01-01"), date.fromisoformat("9999-12-31"))`},
	{"date with time", `date.fromisoformat("2018-01-05T00:00")`},
	{"date short", `date.fromisoformat("2018-1-5")`},
	{"date year 0", `date.fromisoformat("0000-12-12")`},
	{"date month 13", `date.fromisoformat("2018-13-01")`},
	{"date feb 29", `date.fromisoformat("2019-02-29")`},
	{"date letters", `date.fromisoformat("abcd-ef-gh")`},
	{"date wide digits", `date.fromisoformat("\uff12\uff10\uff11\uff18-01-05")`},
	{"date slashes", `date.fromisoformat("2018/01/05")`},
	{"date not str", `date.fromisoformat(20180105)`},
	{"date bytes", `date.fromisoformat(b"2018-01-05")`},
	{"date no args", `date.fromisoformat()`},
	{"date two args", `date.fromisoformat("2018-01-05", 1)`},
	{"date keyword", `date.fromisoformat(date_string="2018-01-05")`},
	{"date roundtrip", `date.fromisoformat(date(2018, 12, 31).isoformat()) == date(2018, 12, 31)`},
	{"datetime date only", `datetime.fromisoformat("2018-01-05")`},
	{"datetime T", `datetime.fromisoformat("2018-01-05T09:34:43")`},
	{"datetime space", `datetime.fromisoformat("2018-01-05 09:34")`},
	{"datetime hour", `datetime.fromisoformat("2018-01-05T09")`},
	{"datetime millis", `datetime.fromisoformat("2018-01-05T09:34:43.123")`},
	{"datetime micros", `datetime.fromisoformat("2018-01-05T09:34:43.123456")`},
	{"datetime 4 digits", `datetime.fromisoformat("2018-01-05T09:34:43.1234")`},
	{"datetime 9 digits", `datetime.fromisoformat("2018-01-05T09:34:43.123456789")`},
	{"datetime offset", `datetime.fromisoformat("2018-01-05T09:34:43+05:30")`},
	{"datetime negative offset", `datetime.fromisoformat("2018-01-05T09:34:43-05:00")`},
	{"datetime zero offset", `(datetime.fromisoformat("2018-01-05T09:34:43+00:00"), datetime.fromisoformat("2018-01-05T09:34:43-00:00"))`},
	{"datetime offset seconds", `datetime.fromisoformat("2018-01-05T09:34:43-05:30:15")`},
	{"datetime offset micros", `datetime.fromisoformat("2018-01-05T09:34:43+05:30:15.123456")`},
	{"datetime tiny offset", `datetime.fromisoformat("2018-01-05T09:34:43-00:00:00.000001")`},
	{"datetime offset 24h", `error_type(lambda: datetime.fromisoformat("2018-01-05T09:34:43+24:00"))`},
	{"datetime offset no colon", `datetime.fromisoformat("2018-01-05T09:34:43+0530")`},
	{"datetime offset short", `datetime.fromisoformat("2018-01-05T09:34:43+05")`},
	{"datetime Z", `datetime.fromisoformat("2018-01-05T09:34:43Z")`},
	{"datetime trailing", `datetime.fromisoformat("2018-01-05T09:34:43+05:30x")`},
	{"datetime dot before zone", `datetime.fromisoformat("2018-01-05T09:34:43.+05:00")`},
	{"datetime hour zone", `datetime.fromisoformat("2018-01-05T09-05:00")`},
	{"datetime millis zone", `datetime.fromisoformat("2018-01-05T09:34:43.123+05:30")`},
	{"datetime separator only", `datetime.fromisoformat("2018-01-05T")`},
	{"datetime any separator", `[datetime.fromisoformat("2018-01-05" + c + "09:00") for c in ("x", "\u00e9", "\u20ac", "\U0001f600", "5", " ")]`},
	{"datetime colon end", `datetime.fromisoformat("2018-01-05T09:34:")`},
	{"datetime one digit hour", `datetime.fromisoformat("2018-01-05T9:34")`},
	{"datetime leading space", `datetime.fromisoformat(" 2018-01-05")`},
	{"datetime compact", `datetime.fromisoformat("20180105")`},
	{"datetime empty", `datetime.fromisoformat("")`},
	{"datetime hour 25", `datetime.fromisoformat("2018-01-05T25:00")`},
	{"datetime minute 60", `datetime.fromisoformat("2018-01-05T09:60")`},
	{"datetime day 30", `datetime.fromisoformat("2018-02-30T09:00")`},
	{"datetime year 0", `datetime.fromisoformat("0000-01-01")`},
	{"datetime not str", `datetime.fromisoformat(5)`},
	{"datetime no args", `datetime.fromisoformat()`},
	{"datetime roundtrip", `[datetime.fromisoformat(d.isoformat()) == d for d in (datetime(2018, 1, 5, 9, 34, 43, 12), datetime(2018, 1, 5, tzinfo=timezone(timedelta(hours=-3))), datetime(1, 1, 1), datetime.max)]`},
	{"datetime via instance", `datetime(2018, 1, 5).fromisoformat("2019-01-01")`},
	{"time hour", `time.fromisoformat("09")`},
	{"time minutes", `time.fromisoformat("09:34")`},
	{"time seconds", `time.fromisoformat("09:34:43")`},
	{"time one fraction digit", `time.fromisoformat("09:34:43.5")`},
	{"time fractions", `(time.fromisoformat("09:34:43.500"), time.fromisoformat("09:34:43.500000"))`},
	{"time offset", `time.fromisoformat("09:34:43+01:00")`},
	{"time offset seconds", `time.fromisoformat("09:34:43-01:00:30")`},
	{"time minute offset", `time.fromisoformat("09:34+01:00")`},
	{"time hour offset", `time.fromisoformat("09+01:00")`},
	{"time 24", `time.fromisoformat("24:00")`},
	{"time short minute", `time.fromisoformat("09:3")`},
	{"time letters", `time.fromisoformat("x")`},
	{"time empty", `time.fromisoformat("")`},
	{"time trailing space", `time.fromisoformat("09:34:43 ")`},
	{"time four fields", `time.fromisoformat("09:34:43:123")`},
	{"time not str", `time.fromisoformat(None)`},
	{"time roundtrip", `[time.fromisoformat(t.isoformat()) == t for t in (time(), time(23, 59, 59, 999999), time(1, 2, 3, 4000, tzinfo=timezone.utc))]`},
}

// TestFromISOFormatCPython37 compares fromisoformat with CPython 3.7's.
func TestFromISOFormatCPython37(t *testing.T) {
	src := pytesting.CaseScript(isoPrelude, isoCases)
	want := pytesting.CPython37Output(t, "datetime_fromisoformat", src)
	got, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, "gpython raised outside a case; output:\n%s", got)
	pytesting.CompareCases(t, isoCases, want, got)
}
