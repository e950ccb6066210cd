package decimal

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// spec is a parsed format specification:
// [[fill]align][sign][0][width][,][.precision][type].
type spec struct {
	fill     rune
	align    byte
	sign     byte
	zeroPad  bool
	width    int
	comma    bool
	prec     int // -1: none
	typ      byte
	hasAlign bool

	// The decimal point and digit grouping; grouping lists group sizes
	// from the right, 0 repeating the previous size and 127 (CHAR_MAX)
	// or more ending the grouping.
	dot      string
	sep      string
	grouping []int
}

func errBadSpec() error { return py.ExceptionNewf(py.ValueError, "invalid format string") }

func parseSpec(s string) (*spec, error) {
	sp := &spec{fill: ' ', align: '>', sign: '-', prec: -1, dot: "."}
	isAlign := func(b byte) bool { return b == '<' || b == '>' || b == '=' || b == '^' }
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		sp.fill, sp.align, sp.hasAlign = r, s[n], true
		s = s[n+1:]
	} else if s != "" && isAlign(s[0]) {
		sp.align, sp.hasAlign = s[0], true
		s = s[1:]
	}
	if s != "" && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		sp.sign = s[0]
		s = s[1:]
	}
	if s != "" && s[0] == '0' {
		// The zero flag excludes an explicit alignment, and a width may
		// not start with another zero.
		if sp.hasAlign || len(s) > 1 && s[1] == '0' {
			return nil, errBadSpec()
		}
		sp.zeroPad = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		w, err := strconv.Atoi(s[:i])
		if err != nil || w > 1<<30 {
			return nil, errBadSpec()
		}
		sp.width = w
		s = s[i:]
	}
	if s != "" && s[0] == ',' {
		sp.comma = true
		s = s[1:]
	}
	if s != "" && s[0] == '.' {
		s = s[1:]
		i = 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			return nil, errBadSpec()
		}
		p, err := strconv.Atoi(s[:i])
		if err != nil || p > 1<<30 {
			return nil, errBadSpec()
		}
		sp.prec = p
		s = s[i:]
	}
	if len(s) > 1 {
		return nil, errBadSpec()
	}
	if len(s) == 1 {
		if !strings.ContainsRune("eEfFgGn%", rune(s[0])) {
			return nil, errBadSpec()
		}
		sp.typ = s[0]
	}
	if sp.comma && sp.typ == 'n' {
		return nil, errBadSpec()
	}
	if sp.comma {
		sp.sep, sp.grouping = ",", []int{3, 0}
	}
	if sp.zeroPad {
		sp.fill, sp.align = '0', '='
	}
	return sp, nil
}

// formatFn is _apdecimal.format(v, spec, rounding[, locale]):
// format(Decimal, spec) with the context's rounding; locale, a tuple
// (decimal point, thousands separator, grouping sizes), replaces the
// point and grouping of every presentation type.
func formatFn(self py.Object, args py.Tuple) (py.Object, error) {
	var vO, specO, roundO, locO py.Object
	if err := py.UnpackTuple(args, nil, "format", 3, 4, &vO, &specO, &roundO, &locO); err != nil {
		return nil, err
	}
	v, err := value(vO)
	if err != nil {
		return nil, err
	}
	ss, ok1 := specO.(py.String)
	rs, ok2 := roundO.(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "format needs str arguments")
	}
	sp, err := parseSpec(string(ss))
	if err != nil {
		return nil, err
	}
	if locO != nil && locO != py.None {
		if err := applyLocale(sp, locO); err != nil {
			return nil, err
		}
	}
	out, err := formatValue(v, sp, string(rs))
	if err != nil {
		return nil, err
	}
	return py.String(out), nil
}

// applyLocale sets sp's decimal point and grouping from a (dot, sep,
// grouping) tuple whose None entries keep the spec's own (for a type
// other than 'n' and without ',', no point at all), refusing what libmpdec
// refuses: an empty point, a point or separator of more than four bytes, a
// group size above CHAR_MAX.
func applyLocale(sp *spec, locO py.Object) error {
	t, ok := locO.(py.Tuple)
	if !ok || len(t) != 3 {
		return py.ExceptionNewf(py.TypeError, "locale must be a (dot, sep, grouping) tuple")
	}
	if !sp.comma && sp.typ != 'n' {
		sp.dot = ""
	}
	bad := py.ExceptionNewf(py.ValueError, "invalid override dict")
	if d, ok := t[0].(py.String); ok {
		sp.dot = string(d)
	}
	if s, ok := t[1].(py.String); ok {
		sp.sep = string(s)
	}
	if gs, ok := t[2].(py.Tuple); ok {
		sp.grouping = sp.grouping[:0:0]
		for _, g := range gs {
			n, err := goInt64(g)
			if err != nil || n < 0 || n > 127 {
				return bad
			}
			sp.grouping = append(sp.grouping, int(n))
		}
	}
	if sp.dot == "" || len(sp.dot) > 4 || len(sp.sep) > 4 {
		return bad
	}
	return nil
}

// toDigits rounds finite v to n significant digits (padding with zeros
// only when pad).
func toDigits(v *Value, n int64, rounding string, pad bool) *Value {
	if n < 1 {
		n = 1
	}
	nd := v.digits()
	if v.coeff.Sign() == 0 {
		return v.clone()
	}
	if nd > n {
		r, _ := rescale(v, v.exp+nd-n, rounding)
		if r.digits() > n {
			r.coeff.Quo(&r.coeff, bigTen)
			r.exp++
		}
		return r
	}
	if pad && nd < n {
		r, _ := rescale(v, v.exp-(n-nd), rounding)
		return r
	}
	return v.clone()
}

func formatValue(v *Value, sp *spec, rounding string) (string, error) {
	sign := ""
	if v.neg {
		sign = "-"
	} else if sp.sign == '+' {
		sign = "+"
	} else if sp.sign == ' ' {
		sign = " "
	}
	var body string
	if v.form != formFinite {
		w := v.clone()
		w.neg = false
		body = w.sci(true, false)
		if sp.typ == '%' {
			body += "%"
		}
		if sp.zeroPad && !sp.hasAlign {
			sp.fill, sp.align = ' ', '>'
		}
		return pad(sign, body, sp), nil
	}
	w := v.clone()
	w.neg = false
	prec := int64(sp.prec)
	if prec > maxFixedDigits {
		return "", py.ExceptionNewf(py.MemoryError, "")
	}
	switch sp.typ {
	case 'e', 'E':
		digits := w.digits()
		if prec >= 0 {
			digits = prec + 1
			if w.coeff.Sign() != 0 {
				w = toDigits(w, digits, rounding, true)
			}
		}
		ds := w.coeff.String()
		if w.coeff.Sign() == 0 {
			ds = strings.Repeat("0", int(digits))
		}
		e := w.exp + int64(len(ds)) - 1
		body = ds[:1]
		if len(ds) > 1 {
			body += "." + ds[1:]
		}
		body += string(rune(sp.typ)) + expStr(e)
	case 'f', 'F', '%':
		if sp.typ == '%' {
			w.exp += 2
		}
		if abs64(w.exp) > maxFixedDigits {
			// CPython runs out of memory on such a string as well.
			return "", py.ExceptionNewf(py.MemoryError, "")
		}
		if prec >= 0 && w.exp < -prec {
			w, _ = rescale(w, -prec, rounding)
		}
		body = fixed(w)
		if prec >= 0 && w.exp > -prec {
			// Pad the fraction with zeros as text, not through the
			// coefficient.
			have := int64(0)
			if i := strings.IndexByte(body, '.'); i >= 0 {
				have = int64(len(body) - i - 1)
			} else if prec > 0 {
				body += "."
			}
			body += strings.Repeat("0", int(prec-have))
		}
		if sp.typ == '%' {
			body += "%"
		}
	default: // g, G, n and none
		if prec >= 0 {
			w = toDigits(w, max(prec, 1), rounding, false)
		}
		body = w.sci(sp.typ != 'g' && sp.typ != 'n', false)
		if sp.typ == 'G' {
			body = strings.ToUpper(body)
		}
	}
	intPart, rest := body, ""
	if i := strings.IndexAny(body, ".eE%"); i >= 0 {
		intPart, rest = body[:i], body[i:]
	}
	if sp.dot != "." && strings.HasPrefix(rest, ".") {
		rest = sp.dot + rest[1:]
	}
	if sp.sep == "" || len(sp.grouping) == 0 {
		return pad(sign, intPart+rest, sp), nil
	}
	if sp.zeroPad && !sp.hasAlign {
		avail := sp.width - utf8.RuneCountInString(sign) - utf8.RuneCountInString(rest)
		for utf8.RuneCountInString(group(intPart, sp.sep, sp.grouping)) < avail {
			intPart = "0" + intPart
		}
	}
	body = group(intPart, sp.sep, sp.grouping) + rest
	return pad(sign, body, sp), nil
}

// maxFixedDigits bounds the zeros fixed-point formatting writes out.
const maxFixedDigits = 100_000_000

func expStr(e int64) string {
	if e < 0 {
		return strconv.FormatInt(e, 10)
	}
	return "+" + strconv.FormatInt(e, 10)
}

// fixed is finite non-negative w in plain notation.
func fixed(w *Value) string {
	ds := w.coeff.String()
	if w.exp >= 0 {
		if w.coeff.Sign() == 0 {
			return "0"
		}
		return ds + strings.Repeat("0", int(w.exp))
	}
	n := int64(len(ds))
	if -w.exp < n {
		return ds[:n+w.exp] + "." + ds[n+w.exp:]
	}
	return "0." + strings.Repeat("0", int(-w.exp-n)) + ds
}

// group splits the digits ds into groups from the right, of the sizes
// grouping lists, joined by sep.
func group(ds, sep string, grouping []int) string {
	var groups []string
	size, gi := 0, 0
	for {
		if gi < len(grouping) {
			g := grouping[gi]
			gi++
			if g >= 127 {
				break
			}
			if g > 0 {
				size = g
			} else {
				gi = len(grouping) // 0 repeats the previous size
			}
		}
		if size <= 0 || len(ds) <= size {
			break
		}
		groups = append(groups, ds[len(ds)-size:])
		ds = ds[:len(ds)-size]
	}
	var b strings.Builder
	b.WriteString(ds)
	for i := len(groups) - 1; i >= 0; i-- {
		b.WriteString(sep)
		b.WriteString(groups[i])
	}
	return b.String()
}

// pad aligns sign+body in sp.width.
func pad(sign, body string, sp *spec) string {
	n := utf8.RuneCountInString(sign) + utf8.RuneCountInString(body)
	if n >= sp.width {
		return sign + body
	}
	fill := strings.Repeat(string(sp.fill), sp.width-n)
	switch sp.align {
	case '<':
		return sign + body + fill
	case '^':
		half := (sp.width - n) / 2
		left := strings.Repeat(string(sp.fill), half)
		right := strings.Repeat(string(sp.fill), sp.width-n-half)
		return left + sign + body + right
	case '=':
		return sign + fill + body
	}
	return fill + sign + body
}
