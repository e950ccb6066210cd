package pyutil

import (
	"strconv"
	"strings"
)

// ParseFloat is strconv.ParseFloat(s, 64) made correctly rounded for
// decimal text with any number of digits, as CPython's float() is. Go's
// parser keeps at most 800 significant digits and misplaces the decimal
// point beyond them ("1" + 10,000 zeros + "e-10000" reads as 0, not 1.0),
// so such text is first rewritten to at most 769 significant digits with
// the same rounding: the exact decimal value of a point halfway between
// two doubles has at most 767 significant digits, so digits past the
// 768th only matter by being zero or not, which one sticky digit keeps.
// Text that is not plain decimal (inf, nan, hexadecimal, underscores)
// and text of fewer digits go to strconv unchanged; errors are strconv's.
func ParseFloat(s string) (float64, error) {
	if short, ok := ShortenedDecimal(s); ok {
		return strconv.ParseFloat(short, 64)
	}
	return strconv.ParseFloat(s, 64)
}

const (
	// maxDirectDigits is a length under which strconv is exact.
	maxDirectDigits = 768
	// keptDigits is how many significant digits a long text keeps, before
	// the sticky digit.
	keptDigits = 768
	// exponentLimit bounds the exponent carried over: far past any
	// double's range, far inside int's.
	exponentLimit = 1 << 30
)

// ShortenedDecimal rewrites a long decimal text s ([sign] digits
// [. digits] [e [sign] digits]) as [sign] significand "e" exponent with
// no leading or trailing zeros in the significand and at most 769
// digits, the text ParseFloat gives strconv (for parsers that go through
// gpython's float(), which calls strconv itself). ok is false when s is
// short enough for strconv as it is, or is not of that form.
func ShortenedDecimal(s string) (string, bool) {
	if len(s) <= maxDirectDigits {
		return "", false
	}
	i := 0
	sign := ""
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		sign = s[i : i+1]
		i++
	}
	var digits []byte
	exp := 0
	sawDigit, sawDot := false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			sawDigit = true
			if sawDot {
				exp--
			}
			if c == '0' && len(digits) == 0 {
				continue // a leading zero
			}
			digits = append(digits, c)
		case c == '.' && !sawDot:
			sawDot = true
		default:
			goto exponent
		}
	}
exponent:
	if !sawDigit {
		return "", false
	}
	if i < len(s) {
		if s[i] != 'e' && s[i] != 'E' {
			return "", false
		}
		i++
		negative := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			negative = s[i] == '-'
			i++
		}
		if i == len(s) {
			return "", false
		}
		written := 0
		for ; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return "", false
			}
			if written < exponentLimit {
				written = written*10 + int(s[i]-'0')
			}
		}
		if negative {
			written = -written
		}
		exp += written
	}
	// Trailing zeros of the significand move into the exponent.
	n := len(digits)
	for n > 0 && digits[n-1] == '0' {
		n--
	}
	exp += len(digits) - n
	digits = digits[:n]
	if len(digits) == 0 {
		return sign + "0", true
	}
	if len(digits) > keptDigits {
		sticky := strings.Trim(string(digits[keptDigits:]), "0") != ""
		exp += len(digits) - keptDigits
		digits = digits[:keptDigits]
		if sticky {
			digits = append(digits, '1')
			exp--
		}
	}
	exp = max(min(exp, exponentLimit), -exponentLimit)
	return sign + string(digits) + "e" + strconv.Itoa(exp), true
}
