// Package strptime is CPython's _strptime in the C locale, shared by
// time.strptime and datetime.datetime.strptime.
//
// The format is turned into a Python regular expression exactly as
// _strptime's TimeRE does (so that group positions in its errors agree),
// which is then translated into Go's syntax: Go's regexp prefers the same
// alternatives as Python's backtracking engine for these patterns, and
// match() is an anchored search whose end is then checked. The matched
// groups are converted as _strptime._strptime does, day of the year and
// weekday included.
//
// Where the two modules follow different versions of _strptime (time
// follows 3.6, datetime 3.7+ for %z), Options says which.
package strptime

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// Options are what a module's strptime fixes.
type Options struct {
	// Zones gives the lower-case names %Z matches: those of standard
	// time (utc, gmt and tzname[0]) and those of daylight saving time
	// (tzname[1] when daylight), as LocaleTime.timezone does.
	Zones func() (noSaving, saving []string)
	// ColonOffsets selects Python 3.7's %z: [+-]HH[:]MM[[:]SS[.ffffff]]
	// or Z. Without it %z is 3.6's [+-]HHMM.
	ColonOffsets bool
	// ReError is the exception type of a group name defined twice (re.error,
	// with sre_parse's message); nil raises ValueError("redefinition of
	// group name 'X'"). It is also the type of a pattern Go's regexp
	// refuses (ValueError "bad format" when nil).
	ReError *py.Type
}

// Parser parses strptime formats with one module's Options, caching the
// compiled formats.
type Parser struct {
	opts  Options
	mu    sync.Mutex
	cache map[string]*compiled
}

// New returns a Parser with opts.
func New(opts Options) *Parser {
	return &Parser{opts: opts, cache: map[string]*compiled{}}
}

// maxCachedFormats is the size at which the cache is emptied, as
// CPython's is, so that arbitrary formats cannot grow it.
const maxCachedFormats = 100

// Result is _strptime._strptime's answer.
type Result struct {
	Year, Month, Day, Hour, Minute, Second int
	// Fraction is %f in microseconds.
	Fraction int
	// Weekday is Monday 0 .. Sunday 6; Julian the day of the year.
	Weekday, Julian int
	// Zone is the text %Z matched, HasZone whether it matched.
	Zone    string
	HasZone bool
	// Offset is %z's offset east of UTC in seconds (nil without %z),
	// OffsetMicro its microseconds (3.7's %z only), of Offset's sign.
	Offset      *int
	OffsetMicro int
}

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

// fixedRE are TimeRE's expressions that depend on nothing, in Python
// syntax.
var fixedRE = map[rune]string{
	'd': `(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'G': `(?P<G>\d\d\d\d)`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'U': `(?P<U>5[0-3]|[0-4]\d|\d)`,
	'W': `(?P<W>5[0-3]|[0-4]\d|\d)`,
	'w': `(?P<w>[0-6])`,
	'u': `(?P<u>[1-7])`,
	'V': `(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'A': seqToRE(fWeekday, "A"),
	'a': seqToRE(aWeekday, "a"),
	'B': seqToRE(fMonth[1:], "B"),
	'b': seqToRE(aMonth[1:], "b"),
	'p': seqToRE([]string{"am", "pm"}, "p"),
	'%': "%",
}

// compositeFormat are the C locale's %c, %x and %X.
var compositeFormat = map[rune]string{
	'c': "%a %b %d %H:%M:%S %Y",
	'x': "%m/%d/%y",
	'X': "%H:%M:%S",
}

// directiveRE returns TimeRE[c] in Python syntax; ok false for an unknown
// directive.
func (p *Parser) directiveRE(c rune) (string, bool) {
	if re, ok := fixedRE[c]; ok {
		return re, true
	}
	switch c {
	case 'z':
		if p.opts.ColonOffsets {
			return `(?P<z>[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|Z)`, true
		}
		return `(?P<z>[+-]\d\d[0-5]\d)`, true
	case 'Z':
		no, yes := p.opts.Zones()
		return seqToRE(append(append([]string(nil), no...), yes...), "Z"), true
	}
	if f, ok := compositeFormat[c]; ok {
		re, _ := p.pattern(f)
		return re, true
	}
	return "", false
}

// IsSpace is Python's str.isspace for one character (what \s matches in
// a str pattern).
func IsSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return unicode9.Is(unicode.Z, r)
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
func (p *Parser) pattern(format string) (string, *badDirective) {
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
		if IsSpace(r) {
			for i < len(s) {
				r, n = utf8.DecodeRuneInString(s[i:])
				if !IsSpace(r) {
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
		re, ok := p.directiveRE(r)
		if !ok {
			return "", &badDirective{r: r}
		}
		out.WriteString(re)
		s = s[i+1+n:]
	}
	out.WriteString(s)
	return out.String(), nil
}

// pyWhiteClass is what Python's \s matches in a str pattern.
const pyWhiteClass = `[\t\n\v\f\r \x1c-\x1f\x{85}\p{Z}]`

// compiled is one format's expression and its groups' names in order.
type compiled struct {
	re     *regexp.Regexp
	groups []string
}

// redefinition is the re.error of a group name used twice.
type redefinition struct {
	name       string
	group, was int
	namePos    int
}

// translate turns the Python pattern p into Go syntax and lists its
// named groups, finding a redefined name as sre_parse does. Groups other
// than named ones are non-capturing, (?:...).
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

// compile is TimeRE.compile with _strptime's errors.
func (p *Parser) compile(format string) (*compiled, error) {
	key := format
	if strings.Contains(format, "%Z") || strings.Contains(format, "%c") {
		key = "" // depends on the zone: not cached
	}
	if key != "" {
		p.mu.Lock()
		c := p.cache[key]
		p.mu.Unlock()
		if c != nil {
			return c, nil
		}
	}
	pat, bad := p.pattern(format)
	if bad != nil {
		if bad.stray {
			return nil, withoutContext(pyutil.ValueErrorf("stray %% in format '%s'", format),
				py.ExceptionNewf(py.IndexError, "string index out of range"))
		}
		d := string(bad.r)
		if bad.r == '\\' {
			d = "%"
		}
		return nil, withoutContext(pyutil.ValueErrorf("'%s' is a bad directive in format '%s'", d, format),
			keyError(d))
	}
	goPattern, groups, redef := translate(pat)
	if redef != nil {
		if p.opts.ReError == nil {
			return nil, pyutil.ValueErrorf("redefinition of group name '%s'", redef.name)
		}
		return nil, py.ExceptionNewf(p.opts.ReError, "redefinition of group name '%s' as group %d; was group %d at position %d",
			redef.name, redef.group, redef.was, redef.namePos)
	}
	re, err := regexp.Compile(`^(?i:` + goPattern + `)`)
	if err != nil {
		if p.opts.ReError == nil {
			return nil, pyutil.ValueErrorf("bad format '%s'", format)
		}
		return nil, py.ExceptionNewf(p.opts.ReError, "%s", err.Error())
	}
	c := &compiled{re: re, groups: groups}
	if key != "" {
		p.mu.Lock()
		if len(p.cache) >= maxCachedFormats {
			clear(p.cache)
		}
		p.cache[key] = c
		p.mu.Unlock()
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

// digitValue is the value of the decimal digit r, -1 for another rune.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode9.Is(unicode.Nd, r) {
		return -1
	}
	// decimal digits come in contiguous runs of ten, from a zero
	z := r
	for unicode9.Is(unicode.Nd, z-1) {
		z--
	}
	return int(r-z) % 10
}

// lookup is names.index(v.lower()), with list.index's ValueError when v
// is not there (a case-insensitive match that lower() does not map back,
// such as U+017F for "s").
func lookup(names []string, v string) (int, error) {
	lower := strings.ToLower(v)
	for i, n := range names {
		if n == lower {
			return i, nil
		}
	}
	return 0, pyutil.ValueErrorf("%s is not in list", strRepr(lower))
}

// Parse is _strptime._strptime(data, format).
func (p *Parser) Parse(data, format string) (*Result, error) {
	c, err := p.compile(format)
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
	r := &Result{Month: 1, Day: 1}
	var (
		year, isoYear, isoWeek, weekday, julian *int
		weekOfYear, weekOfYearStart             = -1, -1
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
			r.Month = pyInt(v)
		case "B", "b":
			names := fMonth
			if g == "b" {
				names = aMonth
			}
			if r.Month, err = lookup(names, v); err != nil {
				return nil, err
			}
		case "d":
			r.Day = pyInt(v)
		case "H":
			r.Hour = pyInt(v)
		case "I":
			r.Hour = pyInt(v)
			switch strings.ToLower(found["p"]) {
			case "", "am":
				if r.Hour == 12 {
					r.Hour = 0
				}
			case "pm":
				if r.Hour != 12 {
					r.Hour += 12
				}
			}
		case "M":
			r.Minute = pyInt(v)
		case "S":
			r.Second = pyInt(v)
		case "f":
			r.Fraction = pyInt(v + strings.Repeat("0", 6-len(v)))
		case "A", "a":
			names := fWeekday
			if g == "a" {
				names = aWeekday
			}
			w, err := lookup(names, v)
			if err != nil {
				return nil, err
			}
			weekday = ip(w)
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
			off, micro, err := parseOffset(v)
			if err != nil {
				return nil, err
			}
			r.Offset, r.OffsetMicro = &off, micro
		case "Z":
			r.Zone, r.HasZone = v, true
		}
	}
	if err := checkISO(year, isoYear, isoWeek, weekday, julian); err != nil {
		return nil, err
	}
	leapYearFix := false
	y := 1900
	if year != nil {
		y = *year
	} else if r.Month == 2 && r.Day == 29 {
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
		o1, err := toOrdinal(y, r.Month, r.Day)
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
		y, r.Month, r.Day = yy, mm, dd
	}
	if weekday == nil {
		o, err := toOrdinal(y, r.Month, r.Day)
		if err != nil {
			return nil, err
		}
		weekday = ip((o + 6) % 7)
	}
	if leapYearFix {
		y = 1900
	}
	r.Year, r.Weekday, r.Julian = y, *weekday, *julian
	return r, nil
}

// checkISO refuses the combinations of %G, %V, %Y, %j and a weekday that
// _strptime refuses.
func checkISO(year, isoYear, isoWeek, weekday, julian *int) error {
	switch {
	case year == nil && isoYear != nil:
		if isoWeek == nil || weekday == nil {
			return pyutil.ValueErrorf("ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		if julian != nil {
			return pyutil.ValueErrorf("Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.")
		}
	case isoWeek != nil:
		if year == nil || weekday == nil {
			return pyutil.ValueErrorf("ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		return pyutil.ValueErrorf("ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.")
	}
	return nil
}

// parseOffset converts a %z match, of either version's syntax, to
// seconds and microseconds east of UTC.
func parseOffset(v string) (int, int, error) {
	if v == "Z" || v == "z" {
		return 0, 0, nil
	}
	z := []rune(v)
	if z[3] == ':' {
		z = append(z[:3:3], z[4:]...)
		if len(z) > 5 {
			if z[5] != ':' {
				return 0, 0, pyutil.ValueErrorf("Inconsistent use of : in %s", v)
			}
			z = append(z[:5:5], z[6:]...)
		}
	}
	off := pyInt(string(z[1:3]))*3600 + pyInt(string(z[3:5]))*60
	if len(z) >= 7 {
		off += pyInt(string(z[5:7]))
	}
	micro := 0
	if len(z) > 8 {
		rem := string(z[8:])
		micro = pyInt(rem + strings.Repeat("0", 6-len(z[8:])))
	}
	if z[0] == '-' {
		off, micro = -off, -micro
	}
	return off, micro, nil
}

// strRepr is the repr of a str, as CPython writes it.
func strRepr(s string) string {
	r, err := py.ReprAsString(py.String(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}

// withoutContext marks a format error as 3.6's _strptime raises it (`from
// None`, inside the handler of the failed directive lookup): context is
// its __context__, __suppress_context__ is true.
func withoutContext(err error, context py.Object) error {
	if e, ok := err.(*py.Exception); ok {
		e.Context = context
		e.SuppressContext = true
	}
	return err
}

// keyError is KeyError(key).
func keyError(key string) py.Object {
	e, _ := py.ExceptionNew(py.KeyError, py.Tuple{py.String(key)}, nil)
	return e
}
