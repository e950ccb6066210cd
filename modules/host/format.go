package host

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// formatSpec is a parsed standard format specifier:
// [[fill]align][sign][#][0][width][grouping][.precision][type] (3.6 has
// no 'z' flag).
type formatSpec struct {
	fill      rune
	align     byte // 0 when not given
	sign      byte // 0, '+', '-' or ' '
	z         bool
	alt       bool
	width     int // -1 when not given
	grouping  byte
	precision int // -1 when not given
	typ       byte
}

// CPython parses width and precision as Py_ssize_t ("Too many decimal
// digits in format string" beyond) and then needs the memory the result
// takes: a width that cannot be allocated is MemoryError. formatAllocLimit
// is that bound here: pyutil.AllocLimit, and at most maxFormatWidth. A float's precision above
// INT_MAX is "precision too big", as in CPython.
func formatAllocLimit() int { return min(maxFormatWidth, pyutil.AllocLimit()) }

// maxFormatWidth caps the characters one format spec may ask for: 256 Mi
// (CPython, 0.3 s to format; the work is linear in the width). CPython
// would go on to the end of memory; a single result larger than this is
// refused with its MemoryError rather than let one spec take gigabytes
// (several times more under the race detector).
const maxFormatWidth = 1 << 28

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// parseSpec parses spec for an object whose type is named typeName.
// defaultAlign decides what the '0' flag does: numbers ('>') pad after the
// sign, strings ('<') only change the fill.
func parseSpec(spec, typeName string, defaultAlign byte) (formatSpec, error) {
	f := formatSpec{fill: ' ', width: -1, precision: -1}
	i := 0
	fillGiven := false
	if r, n := pyutil.DecodeWTF8(spec); n > 0 && n < len(spec) && isAlign(spec[n]) {
		f.fill, f.align, fillGiven = r, spec[n], true
		i = n + 1
	} else if len(spec) > 0 && isAlign(spec[0]) {
		f.align = spec[0]
		i = 1
	}
	if i < len(spec) && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ') {
		f.sign = spec[i]
		i++
	}
	if i < len(spec) && spec[i] == '#' {
		f.alt = true
		i++
	}
	if !fillGiven && i < len(spec) && spec[i] == '0' {
		f.fill = '0'
		if f.align == 0 {
			f.align = '=' // for str too in 3.6: an error there
		}
		i++
	}
	j := i
	for i < len(spec) && spec[i] >= '0' && spec[i] <= '9' {
		i++
	}
	if i > j {
		w, err := strconv.Atoi(spec[j:i])
		if err != nil {
			return f, pyutil.ValueErrorf("Too many decimal digits in format string")
		}
		if w > formatAllocLimit()/len(f.fillText()) {
			return f, pyutil.ErrNoMemory()
		}
		f.width = w
	}
	if i < len(spec) && (spec[i] == ',' || spec[i] == '_') {
		f.grouping = spec[i]
		i++
		if i < len(spec) && (spec[i] == ',' || spec[i] == '_') {
			if spec[i] == f.grouping {
				return f, pyutil.ValueErrorf("Cannot specify '%c' with '%c'.", spec[i], spec[i])
			}
			return f, pyutil.ValueErrorf("Cannot specify both ',' and '_'.")
		}
	}
	if i < len(spec) && spec[i] == '.' {
		i++
		j = i
		for i < len(spec) && spec[i] >= '0' && spec[i] <= '9' {
			i++
		}
		if i == j {
			return f, pyutil.ValueErrorf("Format specifier missing precision")
		}
		p, err := strconv.Atoi(spec[j:i])
		if err != nil {
			return f, pyutil.ValueErrorf("Too many decimal digits in format string")
		}
		f.precision = p
	}
	if len(spec)-i > 1 {
		return f, pyutil.ValueErrorf("Invalid format specifier")
	}
	if i < len(spec) {
		f.typ = spec[i]
	}
	if f.grouping != 0 {
		switch f.typ {
		case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%':
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				break
			}
			fallthrough
		default:
			return f, pyutil.ValueErrorf("Cannot specify '%c' with '%c'.", f.grouping, f.typ)
		}
	}
	return f, nil
}

// fillText is the fill character as str holds it (a lone surrogate in its
// three-byte form).
func (f *formatSpec) fillText() string {
	if isSurrogate(f.fill) {
		return string(appendSurrogate(nil, f.fill))
	}
	return string(f.fill)
}

// pad aligns prefix (sign and base prefix) and body in the field width.
// '=' puts the fill between them.
func (f *formatSpec) pad(prefix, body string, defaultAlign byte) string {
	n := strLen(prefix) + strLen(body)
	if f.width <= n {
		return prefix + body
	}
	fillText := f.fillText()
	fill := strings.Repeat(fillText, f.width-n)
	align := f.align
	if align == 0 {
		align = defaultAlign
	}
	switch align {
	case '<':
		return prefix + body + fill
	case '^':
		left := (f.width - n) / 2
		return strings.Repeat(fillText, left) + prefix + body + strings.Repeat(fillText, f.width-n-left)
	case '=':
		return prefix + fill + body
	}
	return fill + prefix + body
}

// group inserts sep every n digits from the right of digits.
func group(digits string, sep byte, n int) string {
	if sep == 0 || len(digits) <= n {
		return digits
	}
	var sb strings.Builder
	first := len(digits) % n
	if first == 0 {
		first = n
	}
	sb.WriteString(digits[:first])
	for i := first; i < len(digits); i += n {
		sb.WriteByte(sep)
		sb.WriteString(digits[i : i+n])
	}
	return sb.String()
}

// numberBody groups the integer digits and, for zero padding with a
// grouping separator, puts separators in the padding too (CPython does).
func (f *formatSpec) numberBody(prefix, intDigits, rest string, groupN int) string {
	if f.grouping != 0 && f.fill == '0' && f.align == '=' {
		// The fewest digits n (at least the number's own) whose grouped
		// form, n + (n-1)/groupN characters, fills need: computed, then
		// the zeros added at once, so the cost is linear in the width.
		need := f.width - utf8.RuneCountInString(prefix) - len(rest)
		grouped := func(n int) int { return n + (n-1)/groupN }
		n := len(intDigits)
		if grouped(n) < need {
			k := need * groupN / (groupN + 1)
			for k > n && grouped(k-1) >= need {
				k--
			}
			for grouped(k) < need {
				k++
			}
			if k > n {
				intDigits = strings.Repeat("0", k-n) + intDigits
			}
		}
	}
	return group(intDigits, f.grouping, groupN) + rest
}

func signOf(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

// formatValue is format(obj, spec).
func formatValue(obj py.Object, spec string) (string, error) {
	if t, ok := obj.(*py.Type); ok && isInstanceObject(t) {
		if fn := t.Type().Lookup("__format__"); fn != nil && !formatMethods[fn] {
			res, err := vm.CallSpecialMethod(obj, fn, py.String(spec))
			if err != nil {
				return "", err
			}
			s, ok := res.(py.String)
			if !ok {
				return "", pyutil.TypeErrorf("__format__ must return a str, not %s", pyutil.TypeName(res))
			}
			return string(s), nil
		}
		if v, ok := pyutil.BuiltinValue(obj); ok && spec != "" {
			// A subclass of int, float or str formats as its value;
			// with no spec, as str() of itself (its own __str__).
			return formatValue(v, spec)
		}
	}
	if m, ok := obj.(*pyenum.IntMember); ok {
		// IntEnum.__format__ in 3.6 formats the value as an int, also
		// for an empty spec ('{}'.format(ssl.CERT_REQUIRED) is '2').
		return formatInt(fmtSmallInt(m.Value()), spec, "int")
	}
	if s, ok, err := goTypeFormat(obj, spec); ok {
		return s, err
	}
	if x, ok := obj.(py.Float); ok {
		// CPython's repr, even for an empty spec (gpython's str differs).
		return formatFloat(float64(x), spec, "float")
	}
	if c, ok := obj.(py.Complex); ok {
		return formatComplex(complex128(c), spec)
	}
	if spec == "" {
		s, err := strOf(obj)
		return string(s), err
	}
	switch v := obj.(type) {
	case py.String:
		return formatString(string(v), spec)
	case py.Bool:
		if v {
			return formatInt(fmtSmallInt(1), spec, "bool")
		}
		return formatInt(fmtSmallInt(0), spec, "bool")
	case py.Int:
		return formatInt(fmtSmallInt(int64(v)), spec, "int")
	case *py.BigInt:
		return formatInt(fmtBigInt((*big.Int)(v)), spec, "int")
	case py.Float:
		return formatFloat(float64(v), spec, "float")
	}
	return "", pyutil.TypeErrorf("unsupported format string passed to %s.__format__", pyutil.TypeName(obj))
}

// goTypeFormat calls the __format__ a Go type of the project defines
// (datetime's strftime specs, say); ok is false for the built-in values
// formatValue formats itself and for types without one.
func goTypeFormat(obj py.Object, spec string) (string, bool, error) {
	switch obj.(type) {
	case py.String, py.Bool, py.Int, *py.BigInt, py.Float, py.Complex, *py.Type:
		return "", false, nil
	}
	t := obj.Type()
	fn := t.Lookup("__format__")
	if fn == nil {
		fn = t.Dict["__format__"] // some Go types have no MRO
	}
	if fn == nil || fn == py.ObjectType.Dict["__format__"] {
		return "", false, nil
	}
	bound, err := py.GetAttrString(obj, "__format__")
	if err != nil {
		return "", true, err
	}
	res, err := py.Call(bound, py.Tuple{py.String(spec)}, nil)
	if err != nil {
		return "", true, err
	}
	s, ok := res.(py.String)
	if !ok {
		return "", true, pyutil.TypeErrorf("__format__ must return a str, not %s", pyutil.TypeName(res))
	}
	return string(s), true, nil
}

func formatString(s, spec string) (string, error) {
	f, err := parseSpec(spec, "str", '<')
	if err != nil {
		return "", err
	}
	switch {
	case f.grouping != 0 && (f.typ == 0 || f.typ == 's'):
		return "", pyutil.ValueErrorf("Cannot specify '%c' with 's'.", f.grouping)
	case f.typ != 0 && f.typ != 's':
		return "", pyutil.ValueErrorf("Unknown format code '%c' for object of type 'str'", f.typ)
	case f.sign != 0:
		return "", pyutil.ValueErrorf("Sign not allowed in string format specifier")
	case f.z:
		return "", pyutil.ValueErrorf("Negative zero coercion (z) not allowed in string format specifier")
	case f.alt:
		return "", pyutil.ValueErrorf("Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return "", pyutil.ValueErrorf("'=' alignment not allowed in string format specifier")
	case f.grouping != 0:
		return "", pyutil.ValueErrorf("Cannot specify '%c' with 's'.", f.grouping)
	}
	if n := strLen(s); f.precision >= 0 && n > f.precision {
		_, end := strSpan(s, n, 0, f.precision)
		s = s[:end]
	}
	return f.pad("", s, '<'), nil
}

// fmtInt is an int to format: small when it fits an int64 (no big.Int
// is made for it), big otherwise.
type fmtInt struct {
	small int64
	big   *big.Int
}

func fmtSmallInt(n int64) fmtInt  { return fmtInt{small: n} }
func fmtBigInt(v *big.Int) fmtInt { return fmtInt{big: v} }
func (v fmtInt) negative() bool {
	return v.big == nil && v.small < 0 || v.big != nil && v.big.Sign() < 0
}
func (v fmtInt) int64() (int64, bool) {
	if v.big == nil {
		return v.small, true
	}
	return v.big.Int64(), v.big.IsInt64()
}

func (v fmtInt) float64() float64 {
	if v.big == nil {
		return float64(v.small)
	}
	x, _ := new(big.Float).SetInt(v.big).Float64()
	return x
}

// absText is the magnitude's digits in base (2, 8, 10 or 16, lower case).
func (v fmtInt) absText(base int) string {
	if v.big == nil {
		u := uint64(v.small)
		if v.small < 0 {
			u = -u
		}
		return strconv.FormatUint(u, base)
	}
	return new(big.Int).Abs(v.big).Text(base)
}

func formatInt(v fmtInt, spec, typeName string) (string, error) {
	f, err := parseSpec(spec, typeName, '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return formatFloatSpec(v.float64(), f)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", pyutil.ValueErrorf("Unknown format code '%c' for object of type '%s'", f.typ, typeName)
	}
	if f.precision >= 0 {
		return "", pyutil.ValueErrorf("Precision not allowed in integer format specifier")
	}
	if f.z {
		return "", pyutil.ValueErrorf("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.typ == 'n' && f.grouping != 0 {
		return "", pyutil.ValueErrorf("Cannot specify '%c' with 'n'.", f.grouping)
	}
	if f.typ == 'c' {
		switch {
		case f.sign != 0:
			return "", pyutil.ValueErrorf("Sign not allowed with integer format specifier 'c'")
		case f.alt:
			return "", pyutil.ValueErrorf("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		n, ok := v.int64()
		switch {
		case !ok:
			return "", py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		case n < 0 || n > 0x10ffff:
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return f.pad("", string(rune(n)), '>'), nil
	}
	base, prefix, groupN := 10, "", 3
	switch f.typ {
	case 'b':
		base, prefix, groupN = 2, "0b", 4
	case 'o':
		base, prefix, groupN = 8, "0o", 4
	case 'x':
		base, prefix, groupN = 16, "0x", 4
	case 'X':
		base, prefix, groupN = 16, "0X", 4
	}
	if !f.alt {
		prefix = ""
	}
	digits := v.absText(base)
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	head := signOf(v.negative(), f.sign) + prefix
	return f.pad(head, f.numberBody(head, digits, "", groupN), '>'), nil
}

func formatFloat(x float64, spec, typeName string) (string, error) {
	f, err := parseSpec(spec, typeName, '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		return "", pyutil.ValueErrorf("Unknown format code '%c' for object of type '%s'", f.typ, typeName)
	}
	return formatFloatSpec(x, f)
}

// formatFloatSpec formats x (a float, or an int under a float type code).
func formatFloatSpec(x float64, f formatSpec) (string, error) {
	switch {
	case f.precision > math.MaxInt32:
		return "", pyutil.ValueErrorf("precision too big")
	case f.precision > formatAllocLimit():
		return "", pyutil.ErrNoMemory()
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	a := math.Abs(x)
	var body string
	upper := f.typ == 'E' || f.typ == 'F' || f.typ == 'G'
	prec := f.precision
	switch {
	case math.IsInf(a, 0):
		body = "inf"
		if f.typ == '%' {
			body += "%"
		}
	case math.IsNaN(a):
		body = "nan"
		if f.typ == '%' {
			body += "%"
		}
	default:
		switch f.typ {
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'e', prec, 64)
			if f.alt && prec == 0 {
				body = strings.Replace(body, "e", ".e", 1)
			}
		case 'f', 'F':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a, 'f', prec, 64)
			if f.alt && prec == 0 {
				body += "."
			}
		case '%':
			if prec < 0 {
				prec = 6
			}
			body = strconv.FormatFloat(a*100, 'f', prec, 64)
			if f.alt && prec == 0 {
				body += "." // the alternate form keeps the point: '100.%'
			}
			body += "%"
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			} else if prec == 0 {
				prec = 1
			}
			body = formatG(a, prec, false, f.alt)
		default:
			if prec < 0 {
				body = formatRepr(a)
				if f.alt && !strings.Contains(body, ".") {
					if k := strings.IndexByte(body, 'e'); k >= 0 {
						body = body[:k] + "." + body[k:]
					} else {
						body += "."
					}
				}
			} else {
				if prec == 0 {
					prec = 1
				}
				body = formatG(a, prec, true, f.alt)
			}
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	if f.z && neg {
		zero := true
		for _, c := range body {
			if c >= '1' && c <= '9' {
				zero = false
				break
			}
			if c == 'e' || c == 'E' {
				break
			}
		}
		if zero {
			neg = false
		}
	}
	// Split the integer digits from the rest for grouping.
	k := 0
	for k < len(body) && body[k] >= '0' && body[k] <= '9' {
		k++
	}
	head := signOf(neg, f.sign)
	if k == 0 {
		// inf/nan: no zero padding inside.
		return f.pad(head, body, '>'), nil
	}
	return f.pad(head, f.numberBody(head, body[:k], body[k:], 3), '>'), nil
}

// formatG is %g with precision p (significant digits): exponent notation
// when exp < -4 or exp >= p. With addDot (the format type None) the switch
// happens one digit earlier and fixed notation keeps a ".0".
func formatG(a float64, p int, addDot, alt bool) string {
	e := strconv.FormatFloat(a, 'e', p-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	limit := p
	if addDot {
		limit = p - 1
	}
	var s string
	if exp < -4 || exp >= limit {
		mant, ex := e[:strings.IndexByte(e, 'e')], e[strings.IndexByte(e, 'e'):]
		if !alt {
			mant = trimZeros(mant)
		} else if !strings.Contains(mant, ".") {
			mant += "."
		}
		s = mant + ex
	} else {
		s = strconv.FormatFloat(a, 'f', max(p-1-exp, 0), 64)
		if !alt {
			s = trimZeros(s)
		} else if !strings.Contains(s, ".") {
			s += "."
		}
		if addDot && !strings.Contains(s, ".") {
			s += ".0"
		}
	}
	return s
}

func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// formatRepr is CPython's float repr: the shortest digits that round-trip,
// in exponent notation when exp < -4 or exp >= 16.
func formatRepr(a float64) string {
	e := strconv.FormatFloat(a, 'e', -1, 64)
	i := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[i+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(a, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
