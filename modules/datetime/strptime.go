package datetime

import (
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/pprint"
)

// This file follows the behaviour of CPython's _strptime in the C locale:
// the format becomes a regular expression (matched case-insensitively and
// anchored at the start only), whose groups are then converted. Go's
// regexp prefers the same alternatives as Python's backtracking engine for
// these patterns. The %z syntax is Python 3.7+'s (a superset of 3.6's).

// pyWhite is what Python's \s matches in a str pattern.
const pyWhite = `[\t\n\v\f\r \x1c-\x1f\x{85}\p{Z}]`

var directiveRE = map[byte]string{
	'd': `3[0-1]|[1-2][0-9]|0[1-9]|[1-9]| [1-9]`,
	'f': `[0-9]{1,6}`,
	'H': `2[0-3]|[0-1][0-9]|[0-9]`,
	'I': `1[0-2]|0[1-9]|[1-9]`,
	'G': `[0-9][0-9][0-9][0-9]`,
	'j': `36[0-6]|3[0-5][0-9]|[1-2][0-9][0-9]|0[1-9][0-9]|00[1-9]|[1-9][0-9]|0[1-9]|[1-9]`,
	'm': `1[0-2]|0[1-9]|[1-9]`,
	'M': `[0-5][0-9]|[0-9]`,
	'S': `6[0-1]|[0-5][0-9]|[0-9]`,
	'U': `5[0-3]|[0-4][0-9]|[0-9]`,
	'W': `5[0-3]|[0-4][0-9]|[0-9]`,
	'w': `[0-6]`,
	'u': `[1-7]`,
	'V': `5[0-3]|0[1-9]|[1-4][0-9]|[0-9]`,
	'y': `[0-9][0-9]`,
	'Y': `[0-9][0-9][0-9][0-9]`,
	'z': `[+-][0-9][0-9]:?[0-5][0-9](?::?[0-5][0-9](?:\.[0-9]{1,6})?)?|Z`,
	'A': alternation(lowerAll(dayNames)),
	'a': alternation(lowerAll(abbrev(dayNames))),
	'B': alternation(lowerAll(monthNames[1:])),
	'b': alternation(lowerAll(abbrev(monthNames[1:]))),
	'p': `am|pm`,
}

// composite directives of the C locale.
var compositeFormat = map[byte]string{
	'c': "%a %b %d %H:%M:%S %Y",
	'x': "%m/%d/%y",
	'X': "%H:%M:%S",
}

func abbrev(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n[:3]
	}
	return out
}

func lowerAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ToLower(n)
	}
	return out
}

// alternation joins names longest first, as _strptime's __seqToRE.
func alternation(names []string) string {
	s := append([]string(nil), names...)
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	for i := range s {
		s[i] = regexp.QuoteMeta(s[i])
	}
	return strings.Join(s, "|")
}

var (
	tzOnce      sync.Once
	tzNoSaving  []string
	tzHasSaving []string
	tzSame      bool // tzname[0] == tzname[1]
	tzDaylight  bool
)

// localZones computes time.tzname/daylight of the local zone the way
// _strptime's LocaleTime sees them.
func localZones() {
	tzOnce.Do(func() {
		y := time.Now().Year()
		std, stdOff := time.Date(y, 1, 1, 0, 0, 0, 0, time.Local).Zone()
		dst, dstOff := time.Date(y, 7, 1, 0, 0, 0, 0, time.Local).Zone()
		if dstOff < stdOff { // southern hemisphere
			std, dst = dst, std
		}
		tzDaylight = stdOff != dstOff
		if !tzDaylight {
			dst = std
		}
		tzSame = std == dst
		set := map[string]bool{"utc": true, "gmt": true, strings.ToLower(std): true}
		for k := range set {
			tzNoSaving = append(tzNoSaving, k)
		}
		sort.Strings(tzNoSaving)
		if tzDaylight {
			tzHasSaving = []string{strings.ToLower(dst)}
		}
	})
}

// isPyWhite is Python's str.isspace for one character.
func isPyWhite(r rune) bool {
	return r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' ' ||
		(r >= 0x1c && r <= 0x1f) || r == 0x85 || unicode.Is(unicode.Z, r)
}

const regexSpecial = `\.^$*+?(){}[]|`

// strptimeError is a ValueError with the given text.
func strptimeError(format string, a ...any) error { return pyutil.ValueErrorf(format, a...) }

// buildPattern turns a strptime format into a regular expression and the
// list of directive letters of its groups, in order.
func buildPattern(format, whole string, groups *[]byte) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); {
		r, n := utf8.DecodeRuneInString(format[i:])
		switch {
		case isPyWhite(r):
			for i < len(format) {
				r, n := utf8.DecodeRuneInString(format[i:])
				if !isPyWhite(r) {
					break
				}
				i += n
			}
			b.WriteString(pyWhite + "+")
			continue
		case r != '%':
			b.WriteString(regexp.QuoteMeta(format[i : i+n]))
			i += n
			continue
		}
		i++
		if i >= len(format) {
			return "", strptimeError("stray %% in format '%s'", whole)
		}
		d, n := utf8.DecodeRuneInString(format[i:])
		i += n
		switch {
		case d == '%':
			b.WriteString("%")
		case d < utf8.RuneSelf && compositeFormat[byte(d)] != "":
			sub, err := buildPattern(compositeFormat[byte(d)], whole, groups)
			if err != nil {
				return "", err
			}
			b.WriteString(sub)
		case d == 'Z':
			localZones()
			names := append(append([]string(nil), tzNoSaving...), tzHasSaving...)
			*groups = append(*groups, 'Z')
			b.WriteString("(" + alternation(names) + ")")
		case d < utf8.RuneSelf && directiveRE[byte(d)] != "":
			*groups = append(*groups, byte(d))
			b.WriteString("(" + directiveRE[byte(d)] + ")")
		default:
			// CPython escapes regex characters and whitespace before it
			// looks directives up, so "%." and "% " report a bad "%".
			bad := string(d)
			if strings.ContainsRune(regexSpecial, d) || isPyWhite(d) {
				bad = "%"
			}
			return "", strptimeError("'%s' is a bad directive in format '%s'", bad, whole)
		}
	}
	return b.String(), nil
}

// patternCache holds compiled formats; like CPython's it is emptied when
// it reaches maxCachedFormats, so arbitrary formats cannot grow it.
var (
	patternMu    sync.Mutex
	patternCache = map[string]*compiled{}
)

const maxCachedFormats = 100

type compiled struct {
	re     *regexp.Regexp
	groups []byte
	err    error
}

func compileFormat(format string) (*compiled, error) {
	patternMu.Lock()
	cc, ok := patternCache[format]
	patternMu.Unlock()
	if ok {
		return cc, cc.err
	}
	var groups []byte
	c := &compiled{}
	pat, err := buildPattern(format, format, &groups)
	if err == nil {
		seen := map[byte]bool{}
		for _, g := range groups {
			if seen[g] {
				// CPython raises re.error here; gpython has no re module.
				err = strptimeError("redefinition of group name '%c'", g)
				break
			}
			seen[g] = true
		}
	}
	if err == nil {
		c.re, err = regexp.Compile("(?i)^(?:" + pat + ")")
		if err != nil {
			err = strptimeError("bad format '%s'", format)
		}
	}
	c.groups, c.err = groups, err
	patternMu.Lock()
	if len(patternCache) >= maxCachedFormats {
		clear(patternCache)
	}
	patternCache[format] = c
	patternMu.Unlock()
	return c, err
}

func indexFold(names []string, s string) int {
	for i, n := range names {
		if strings.EqualFold(n, s) {
			return i
		}
	}
	return -1
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}

// Strptime is datetime.strptime(s, format).
func Strptime(s, format string) (py.Object, error) {
	c, err := compileFormat(format)
	if err != nil {
		return nil, err
	}
	m := c.re.FindStringSubmatchIndex(s)
	if m == nil {
		return nil, strptimeError("time data %s does not match format %s", pprint.StrRepr(s), pprint.StrRepr(format))
	}
	if m[1] != len(s) {
		return nil, strptimeError("unconverted data remains: %s", s[m[1]:])
	}
	var (
		year, isoYear, isoWeek, julian, weekdayV *int
		month, day                               = 1, 1
		hour, minute, second, fraction           int
		weekOfYear, weekOfYearStart              = -1, -1
		gmtoff                                   *int
		gmtoffFraction                           int
		tzname                                   string
		hasTZName                                bool
	)
	intp := func(v int) *int { return &v }
	found := map[byte]string{}
	for gi, g := range c.groups {
		found[g] = s[m[2*gi+2]:m[2*gi+3]]
	}
	for gi, g := range c.groups {
		v := s[m[2*gi+2]:m[2*gi+3]]
		switch g {
		case 'y':
			y := atoi(v)
			if y <= 68 {
				y += 2000
			} else {
				y += 1900
			}
			year = intp(y)
		case 'Y':
			year = intp(atoi(v))
		case 'G':
			isoYear = intp(atoi(v))
		case 'm':
			month = atoi(v)
		case 'B':
			month = indexFold(monthNames[1:], v) + 1
		case 'b':
			month = indexFold(abbrev(monthNames[1:]), v) + 1
		case 'd':
			day = atoi(v)
		case 'H':
			hour = atoi(v)
		case 'I':
			hour = atoi(v)
			switch strings.ToLower(found['p']) {
			case "", "am":
				if hour == 12 {
					hour = 0
				}
			case "pm":
				if hour != 12 {
					hour += 12
				}
			}
		case 'M':
			minute = atoi(v)
		case 'S':
			second = atoi(v)
		case 'f':
			fraction = atoi(v + strings.Repeat("0", 6-len(v)))
		case 'A':
			weekdayV = intp(indexFold(dayNames, v))
		case 'a':
			weekdayV = intp(indexFold(abbrev(dayNames), v))
		case 'w':
			w := atoi(v)
			if w == 0 {
				w = 6
			} else {
				w--
			}
			weekdayV = intp(w)
		case 'u':
			weekdayV = intp(atoi(v) - 1)
		case 'j':
			julian = intp(atoi(v))
		case 'U', 'W':
			weekOfYear = atoi(v)
			if g == 'U' {
				weekOfYearStart = 6
			} else {
				weekOfYearStart = 0
			}
		case 'V':
			isoWeek = intp(atoi(v))
		case 'z':
			off, frac, err := parseZ(v)
			if err != nil {
				return nil, err
			}
			gmtoff, gmtoffFraction = intp(off), frac
		case 'Z':
			tzname, hasTZName = v, true
		}
		_ = gi
	}
	if isoYear != nil {
		if julian != nil {
			return nil, strptimeError("Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.")
		} else if isoWeek == nil || weekdayV == nil {
			return nil, strptimeError("ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
	} else if isoWeek != nil {
		if year == nil || weekdayV == nil {
			return nil, strptimeError("ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		return nil, strptimeError("ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.")
	}
	leapYearFix := false
	y := 1900
	if year != nil {
		y = *year
	} else if month == 2 && day == 29 {
		y, leapYearFix = 1904, true
	}
	if julian == nil && weekdayV != nil {
		if weekOfYear != -1 {
			julian = intp(julianFromUW(y, weekOfYear, *weekdayV, weekOfYearStart == 0))
		} else if isoYear != nil && isoWeek != nil {
			var j int
			y, j = julianFromV(*isoYear, *isoWeek, *weekdayV+1)
			julian = &j
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
	if julian != nil {
		if err := checkDate(int64(y), 1, 1); err != nil {
			return nil, err
		}
		d, err := dateFromOrdinal(int64(*julian - 1 + ymdToOrd(y, 1, 1)))
		if err != nil {
			return nil, err
		}
		y, month, day = d.Year, d.Month, d.Day
	} else if err := checkDate(int64(y), int64(month), int64(day)); err != nil {
		return nil, err
	}
	if leapYearFix {
		y = 1900
	}
	if err := checkDate(int64(y), int64(month), int64(day)); err != nil {
		return nil, err
	}
	if err := checkTime(int64(hour), int64(minute), int64(second), int64(fraction)); err != nil {
		return nil, err
	}
	dt := Datetime{Date: Date{y, month, day}, Hour: hour, Minute: minute, Second: second, Micro: fraction, Tz: py.None}
	if gmtoff != nil {
		off, err := TimedeltaFromMicros(new(big.Int).SetInt64(int64(*gmtoff)*1000000 + int64(gmtoffFraction)))
		if err != nil {
			return nil, err
		}
		if off.Micros().CmpAbs(dayMicros) >= 0 {
			return nil, pyutil.ValueErrorf("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
		}
		tz := Timezone{Offset: off}
		if hasTZName && tzname != "" {
			tz.Name, tz.Named = tzname, true
		}
		dt.Tz = tz
	}
	return dt, nil
}

// parseZ converts a %z match to seconds and microseconds east of UTC.
func parseZ(z string) (int, int, error) {
	if z == "Z" || z == "z" {
		return 0, 0, nil
	}
	orig := z
	if z[3] == ':' {
		z = z[:3] + z[4:]
		if len(z) > 5 {
			if z[5] != ':' {
				return 0, 0, strptimeError("Inconsistent use of : in %s", orig)
			}
			z = z[:5] + z[6:]
		}
	}
	hours, minutes := atoi(z[1:3]), atoi(z[3:5])
	seconds := 0
	if len(z) >= 7 {
		seconds = atoi(z[5:7])
	}
	off := hours*3600 + minutes*60 + seconds
	frac := 0
	if len(z) > 8 {
		rem := z[8:]
		frac = atoi(rem + strings.Repeat("0", 6-len(rem)))
	}
	if z[0] == '-' {
		off, frac = -off, -frac
	}
	return off, frac, nil
}

// julianFromUW is _calc_julian_from_U_or_W.
func julianFromUW(year, weekOfYear, dayOfWeek int, weekStartsMon bool) int {
	first := weekday(ymdToOrd(year, 1, 1))
	if !weekStartsMon {
		first = (first + 1) % 7
		dayOfWeek = (dayOfWeek + 1) % 7
	}
	week0 := (7 - first) % 7
	if weekOfYear == 0 {
		return 1 + dayOfWeek - first
	}
	return 1 + week0 + 7*(weekOfYear-1) + dayOfWeek
}

// julianFromV is _calc_julian_from_V: ISO year/week/weekday (1..7) to a
// year and day of that year.
func julianFromV(isoYear, isoWeek, isoWeekday int) (int, int) {
	correction := weekday(ymdToOrd(isoYear, 1, 4)) + 1 + 3
	ordinal := isoWeek*7 + isoWeekday - correction
	if ordinal < 1 {
		ordinal += ymdToOrd(isoYear, 1, 1)
		isoYear--
		ordinal -= ymdToOrd(isoYear, 1, 1)
	}
	return isoYear, ordinal
}
