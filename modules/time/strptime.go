package pytime

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// strptime follows CPython 3.6's _strptime in the C locale. The format is
// turned into a Python regular expression exactly as _strptime's TimeRE
// does (so group positions in its errors agree), which is then translated
// into Go's syntax: Go's regexp prefers the same alternatives as Python's
// backtracking engine for these patterns, and match() is an anchored
// search whose end is then checked.

// ReErrorType stands for re.error (sre_constants.error in 3.6), raised
// when a directive is used twice.
var ReErrorType = pyutil.NewExceptionType("error", "Exception raised for invalid regular expressions.", py.ExceptionType)

func init() { ReErrorType.Dict["__module__"] = py.String("sre_constants") }

var (
	fWeekday = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	aWeekday = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	fMonth   = []string{"", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	aMonth   = []string{"", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)

// seqToRE is TimeRE.__seqToRE: the names longest first, as alternatives
// of a group named directive; "" when every name is empty.
func seqToRE(names []string, directive string) string {
	sorted := append([]string(nil), names...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i]) > len(sorted[j]) })
	nonEmpty := false
	for _, n := range sorted {
		if n != "" {
			nonEmpty = true
			break
		}
	}
	if !nonEmpty {
		return ""
	}
	quoted := make([]string, len(sorted))
	for i, n := range sorted {
		quoted[i] = pyEscape(n)
	}
	return "(?P<" + directive + ">" + strings.Join(quoted, "|") + ")"
}

// pyEscape is Python 3.6's re.escape: every character but ASCII letters,
// digits and '_' gets a backslash.
func pyEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

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

// directiveRE returns TimeRE[c] in Python syntax; ok false for an unknown
// directive.
func directiveRE(c rune) (string, bool) {
	switch c {
	case 'd':
		return `(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])`, true
	case 'f':
		return `(?P<f>[0-9]{1,6})`, true
	case 'H':
		return `(?P<H>2[0-3]|[0-1]\d|\d)`, true
	case 'I':
		return `(?P<I>1[0-2]|0[1-9]|[1-9])`, true
	case 'G':
		return `(?P<G>\d\d\d\d)`, true
	case 'j':
		return `(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`, true
	case 'm':
		return `(?P<m>1[0-2]|0[1-9]|[1-9])`, true
	case 'M':
		return `(?P<M>[0-5]\d|\d)`, true
	case 'S':
		return `(?P<S>6[0-1]|[0-5]\d|\d)`, true
	case 'U':
		return `(?P<U>5[0-3]|[0-4]\d|\d)`, true
	case 'W':
		return `(?P<W>5[0-3]|[0-4]\d|\d)`, true
	case 'w':
		return `(?P<w>[0-6])`, true
	case 'u':
		return `(?P<u>[1-7])`, true
	case 'V':
		return `(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)`, true
	case 'y':
		return `(?P<y>\d\d)`, true
	case 'Y':
		return `(?P<Y>\d\d\d\d)`, true
	case 'z':
		return `(?P<z>[+-]\d\d[0-5]\d)`, true
	case 'A':
		return seqToRE(fWeekday, "A"), true
	case 'a':
		return seqToRE(aWeekday, "a"), true
	case 'B':
		return seqToRE(fMonth[1:], "B"), true
	case 'b':
		return seqToRE(aMonth[1:], "b"), true
	case 'p':
		return seqToRE([]string{"am", "pm"}, "p"), true
	case 'Z':
		no, yes := tzNames()
		return seqToRE(append(no, yes...), "Z"), true
	case '%':
		return "%", true
	case 'c':
		p, _ := pattern("%a %b %d %H:%M:%S %Y")
		return p, true
	case 'x':
		p, _ := pattern("%m/%d/%y")
		return p, true
	case 'X':
		p, _ := pattern("%H:%M:%S")
		return p, true
	}
	return "", false
}

// isPySpace is Python's str.isspace / \s for str patterns.
func isPySpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return unicode.Is(unicode.Z, r)
}

const regexChars = `\.^$*+?(){}[]|`

// badDirective is the error of pattern for an unknown directive (r) or a
// trailing % (stray).
type badDirective struct {
	r     rune
	stray bool
}

// pattern is TimeRE.pattern: regex characters escaped, runs of
// whitespace made \s+, directives replaced by their expressions.
func pattern(format string) (string, *badDirective) {
	var esc strings.Builder
	for _, r := range format {
		if strings.ContainsRune(regexChars, r) {
			esc.WriteByte('\\')
		}
		esc.WriteRune(r)
	}
	// whitespace runs
	var ws strings.Builder
	s := esc.String()
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isPySpace(r) {
			for i < len(s) {
				r, n = utf8.DecodeRuneInString(s[i:])
				if !isPySpace(r) {
					break
				}
				i += n
			}
			ws.WriteString(`\s+`)
			continue
		}
		ws.WriteString(s[i : i+n])
		i += n
	}
	s = ws.String()
	var out strings.Builder
	for {
		i := strings.IndexByte(s, '%')
		if i < 0 {
			break
		}
		out.WriteString(s[:i])
		if i+1 >= len(s) {
			return "", &badDirective{stray: true}
		}
		r, n := utf8.DecodeRuneInString(s[i+1:])
		re, ok := directiveRE(r)
		if !ok {
			return "", &badDirective{r: r}
		}
		out.WriteString(re)
		s = s[i+1+n:]
	}
	out.WriteString(s)
	return out.String(), nil
}

const pyWhiteClass = `[\t\n\v\f\r \x1c-\x1f\x{85}\p{Z}]`

// compiled is one format's expression and its groups' names in order.
type compiled struct {
	re     *regexp.Regexp
	groups []string
}

// redefinition is the re.error of a group name used twice.
type redefinition struct {
	name        string
	group, was  int
	namePos     int
	patternText string
}

// translate turns the Python pattern p into Go syntax and lists its
// named groups, finding a redefined name as sre_parse does.
func translate(p string) (string, []string, *redefinition) {
	var b strings.Builder
	var groups []string
	seen := map[string]int{}
	ngroups := 0
	for i := 0; i < len(p); {
		switch {
		case strings.HasPrefix(p[i:], "(?P<"):
			end := strings.IndexByte(p[i:], '>')
			name := p[i+4 : i+end]
			ngroups++
			if was, dup := seen[name]; dup {
				return "", nil, &redefinition{name: name, group: ngroups, was: was, namePos: i + 4}
			}
			seen[name] = ngroups
			groups = append(groups, name)
			b.WriteString("(")
			i += end + 1
		case p[i] == '\\' && i+1 < len(p):
			r, n := utf8.DecodeRuneInString(p[i+1:])
			switch r {
			case 'd':
				b.WriteString(`\p{Nd}`)
			case 's':
				b.WriteString(pyWhiteClass)
			default:
				b.WriteString(regexp.QuoteMeta(string(r)))
			}
			i += 1 + n
		case p[i] == '(':
			ngroups++
			b.WriteByte('(')
			i++
		default:
			r, n := utf8.DecodeRuneInString(p[i:])
			if r == utf8.RuneError && n == 1 {
				b.WriteString(regexp.QuoteMeta(p[i : i+1]))
			} else {
				b.WriteString(p[i : i+n])
			}
			i += n
		}
	}
	return b.String(), groups, nil
}

var (
	cacheMu sync.Mutex
	cache   = map[string]*compiled{}
)

// compileFormat is TimeRE.compile with _strptime's errors.
func compileFormat(format string) (*compiled, error) {
	key := format
	if strings.Contains(format, "%Z") || strings.Contains(format, "%c") {
		key = "" // depends on the zone: not cached
	}
	if key != "" {
		cacheMu.Lock()
		c := cache[key]
		cacheMu.Unlock()
		if c != nil {
			return c, nil
		}
	}
	p, bad := pattern(format)
	if bad != nil {
		if bad.stray {
			return nil, pyutil.ValueErrorf("stray %% in format '%s'", format)
		}
		d := string(bad.r)
		if bad.r == '\\' {
			d = "%"
		}
		return nil, pyutil.ValueErrorf("'%s' is a bad directive in format '%s'", d, format)
	}
	goPattern, groups, redef := translate(p)
	if redef != nil {
		return nil, py.ExceptionNewf(ReErrorType, "redefinition of group name '%s' as group %d; was group %d at position %d",
			redef.name, redef.group, redef.was, redef.namePos)
	}
	re, err := regexp.Compile(`^(?i:` + goPattern + `)`)
	if err != nil {
		return nil, py.ExceptionNewf(ReErrorType, "%s", err.Error())
	}
	c := &compiled{re: re, groups: groups}
	if key != "" {
		cacheMu.Lock()
		if len(cache) > 100 {
			cache = map[string]*compiled{}
		}
		cache[key] = c
		cacheMu.Unlock()
	}
	return c, nil
}

// pyInt is int() of a string of Unicode decimal digits (and a leading
// space, for %d's " 1").
func pyInt(s string) int {
	n := 0
	for _, r := range s {
		if d := digitValue(r); d >= 0 {
			n = n*10 + d
		}
	}
	return n
}

func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// decimal digits come in contiguous runs of ten, from a zero
	z := r
	for unicode.Is(unicode.Nd, z-1) {
		z--
	}
	return int(r-z) % 10
}

func indexOf(names []string, s string) int {
	s = strings.ToLower(s)
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

// result is _strptime's answer.
type result struct {
	year, month, day, hour, minute, second, weekday, julian, tz int
	tzname                                                      py.Object
	gmtoff                                                      py.Object
	fraction                                                    int
}

// strptime is _strptime._strptime.
func strptime(data, format string) (*result, error) {
	c, err := compileFormat(format)
	if err != nil {
		return nil, err
	}
	m := c.re.FindStringSubmatchIndex(data)
	if m == nil {
		return nil, pyutil.ValueErrorf("time data %s does not match format %s", strRepr(data), strRepr(format))
	}
	if m[1] != len(data) {
		return nil, pyutil.ValueErrorf("unconverted data remains: %s", data[m[1]:])
	}
	found := map[string]string{}
	for gi, g := range c.groups {
		if m[2*gi+2] >= 0 {
			found[g] = data[m[2*gi+2]:m[2*gi+3]]
		}
	}
	var (
		year, isoYear, isoWeek, weekday, julian *int
		month, day                              = 1, 1
		hour, minute, second, fraction          int
		tz                                                = -1
		gmtoff                                  py.Object = py.None
		weekOfYear, weekOfYearStart                       = -1, -1
	)
	ip := func(v int) *int { return &v }
	for _, g := range c.groups {
		v, ok := found[g]
		if !ok {
			continue
		}
		switch g {
		case "y":
			y := pyInt(v)
			if y <= 68 {
				y += 2000
			} else {
				y += 1900
			}
			year = ip(y)
		case "Y":
			year = ip(pyInt(v))
		case "G":
			isoYear = ip(pyInt(v))
		case "m":
			month = pyInt(v)
		case "B":
			month = indexOf(fMonth, v)
		case "b":
			month = indexOf(aMonth, v)
		case "d":
			day = pyInt(v)
		case "H":
			hour = pyInt(v)
		case "I":
			hour = pyInt(v)
			switch strings.ToLower(found["p"]) {
			case "", "am":
				if hour == 12 {
					hour = 0
				}
			case "pm":
				if hour != 12 {
					hour += 12
				}
			}
		case "M":
			minute = pyInt(v)
		case "S":
			second = pyInt(v)
		case "f":
			fraction = pyInt(v + strings.Repeat("0", 6-len(v)))
		case "A":
			weekday = ip(indexOf(fWeekday, v))
		case "a":
			weekday = ip(indexOf(aWeekday, v))
		case "w":
			w := pyInt(v)
			if w == 0 {
				w = 6
			} else {
				w--
			}
			weekday = ip(w)
		case "u":
			weekday = ip(pyInt(v) - 1)
		case "j":
			julian = ip(pyInt(v))
		case "U", "W":
			weekOfYear = pyInt(v)
			if g == "U" {
				weekOfYearStart = 6
			} else {
				weekOfYearStart = 0
			}
		case "V":
			isoWeek = ip(pyInt(v))
		case "z":
			off := pyInt(v[1:3])*3600 + pyInt(v[3:5])*60
			if v[0] == '-' {
				off = -off
			}
			gmtoff = py.Int(off)
		case "Z":
			zone := strings.ToLower(v)
			no, yes := tzNames()
			g := tzGlobals()
			names := g["tzname"].(py.Tuple)
			ambiguous := names[0] == names[1] && g["daylight"].(py.Int) != 0 && zone != "utc" && zone != "gmt"
			for value, set := range [][]string{no, yes} {
				if indexOf(set, zone) >= 0 {
					if !ambiguous {
						tz = value
					}
					break
				}
			}
		}
	}
	if year == nil && isoYear != nil {
		if isoWeek == nil || weekday == nil {
			return nil, pyutil.ValueErrorf("ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		if julian != nil {
			return nil, pyutil.ValueErrorf("Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.")
		}
	} else if isoWeek != nil {
		if year == nil || weekday == nil {
			return nil, pyutil.ValueErrorf("ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		return nil, pyutil.ValueErrorf("ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.")
	}
	leapYearFix := false
	y := 1900
	if year != nil {
		y = *year
	} else if month == 2 && day == 29 {
		y, leapYearFix = 1904, true
	}
	if julian == nil && weekday != nil {
		if weekOfYear != -1 {
			j, err := julianFromUW(y, weekOfYear, *weekday, weekOfYearStart == 0)
			if err != nil {
				return nil, err
			}
			julian = &j
		} else if isoYear != nil && isoWeek != nil {
			yy, j, err := julianFromV(*isoYear, *isoWeek, *weekday+1)
			if err != nil {
				return nil, err
			}
			y, julian = yy, &j
		}
		if julian != nil && *julian <= 0 {
			y--
			if isLeap(y) {
				*julian += 366
			} else {
				*julian += 365
			}
		}
	}
	if julian == nil {
		o1, err := toOrdinal(y, month, day)
		if err != nil {
			return nil, err
		}
		o0, err := toOrdinal(y, 1, 1)
		if err != nil {
			return nil, err
		}
		julian = ip(o1 - o0 + 1)
	} else {
		o0, err := toOrdinal(y, 1, 1)
		if err != nil {
			return nil, err
		}
		yy, mm, dd, err := fromOrdinal(*julian - 1 + o0)
		if err != nil {
			return nil, err
		}
		y, month, day = yy, mm, dd
	}
	if weekday == nil {
		o, err := toOrdinal(y, month, day)
		if err != nil {
			return nil, err
		}
		weekday = ip((o + 6) % 7)
	}
	var tzname py.Object = py.None
	if z, ok := found["Z"]; ok {
		tzname = py.String(z)
	}
	if leapYearFix {
		y = 1900
	}
	return &result{year: y, month: month, day: day, hour: hour, minute: minute, second: second,
		weekday: *weekday, julian: *julian, tz: tz, tzname: tzname, gmtoff: gmtoff, fraction: fraction}, nil
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

// strRepr is the repr of a str, as CPython writes it.
func strRepr(s string) string {
	r, err := py.ReprAsString(py.String(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}
