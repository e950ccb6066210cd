package pytime

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	strptimecore "github.com/gpython-ssl/gpython-ssl/internal/strptime"
)

// time.strptime is CPython 3.6's _strptime in the C locale (see
// internal/strptime): %z is [+-]HHMM, a directive used twice raises
// re.error, and %Z matches the names of the zone time.tzset last read.

// ReErrorType stands for re.error (sre_constants.error in 3.6), raised
// when a directive is used twice.
var ReErrorType = pyutil.NewExceptionType("error", "error(msg, pattern=None, pos=None)\n\nA pattern could not be compiled; msg, pattern, pos, lineno and colno say why and where.", py.ExceptionType)

func init() { ReErrorType.Dict["__module__"] = py.String("sre_constants") }

// parser is _strptime as of Python 3.6.
var parser = strptimecore.New(strptimecore.Options{Zones: tzNames, ReError: ReErrorType})

// tzNames are LocaleTime.timezone: the names meaning no DST (utc, gmt and
// tzname[0]) and those meaning DST (tzname[1] when daylight).
func tzNames() (noSaving, saving []string) {
	g := tzGlobals()
	names := g["tzname"].(py.Tuple)
	noSaving = []string{"utc", "gmt"}
	if n := strings.ToLower(string(names[0].(py.String))); n != "utc" && n != "gmt" {
		noSaving = append(noSaving, n)
	}
	if g["daylight"].(py.Int) != 0 {
		saving = []string{strings.ToLower(string(names[1].(py.String)))}
	}
	return noSaving, saving
}

// result is time.strptime's answer, before it becomes a struct_time.
type result struct {
	year, month, day, hour, minute, second, weekday, julian, tz int
	tzname                                                      py.Object
	gmtoff                                                      py.Object
	fraction                                                    int
}

// strptime is _strptime._strptime with its %Z turned into tm_isdst.
func strptime(data, format string) (*result, error) {
	r, err := parser.Parse(data, format)
	if err != nil {
		return nil, err
	}
	res := &result{year: r.Year, month: r.Month, day: r.Day, hour: r.Hour, minute: r.Minute, second: r.Second,
		weekday: r.Weekday, julian: r.Julian, tz: -1, tzname: py.None, gmtoff: py.None, fraction: r.Fraction}
	if r.Offset != nil {
		res.gmtoff = py.Int(*r.Offset)
	}
	if r.HasZone {
		res.tzname = py.String(r.Zone)
		zone := strings.ToLower(r.Zone)
		no, yes := tzNames()
		g := tzGlobals()
		names := g["tzname"].(py.Tuple)
		ambiguous := names[0] == names[1] && g["daylight"].(py.Int) != 0 && zone != "utc" && zone != "gmt"
		for value, set := range [][]string{no, yes} {
			if indexOf(set, zone) >= 0 {
				if !ambiguous {
					res.tz = value
				}
				break
			}
		}
	}
	return res, nil
}

// indexOf is the index of s in names, -1 when absent.
func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

func timeStrptime(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var dataObj py.Object
	var formatObj py.Object = py.String("%a %b %d %H:%M:%S %Y")
	if len(args) == 0 && len(kwargs) == 0 {
		return nil, pyutil.TypeErrorf("_strptime_time() missing 1 required positional argument: 'data_string'")
	}
	if len(args) > 2 {
		return nil, pyutil.TypeErrorf("_strptime_time() takes from 1 to 2 positional arguments but %d were given", len(args))
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:_strptime_time", []string{"data_string", "format"}, &dataObj, &formatObj); err != nil {
		return nil, err
	}
	for i, o := range []py.Object{dataObj, formatObj} {
		if _, ok := o.(py.String); !ok {
			return nil, pyutil.TypeErrorf("strptime() argument %d must be str, not <class '%s'>", i, pyutil.TypeName(o))
		}
	}
	r, err := strptime(string(dataObj.(py.String)), string(formatObj.(py.String)))
	if err != nil {
		return nil, err
	}
	return &StructTime{v: [11]py.Object{
		py.Int(r.year), py.Int(r.month), py.Int(r.day), py.Int(r.hour), py.Int(r.minute),
		py.Int(r.second), py.Int(r.weekday), py.Int(r.julian), py.Int(r.tz), r.tzname, r.gmtoff,
	}}, nil
}
