package decimal

// parseSimple reads the common spelling of a number, an optional sign,
// ASCII digits and at most one point, with no exponent, spaces or
// underscores, and at most 18 digits (so that the coefficient fits a
// uint64 without a big.Int parse): ok false for anything else, which
// parse reads the general way.
func parseSimple(s string) (v *Value, ok bool) {
	i, neg := 0, false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	var coeff uint64
	digits, fracDigits, point := 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			coeff = coeff*10 + uint64(c-'0')
			digits++
			if point {
				fracDigits++
			}
		case c == '.' && !point:
			point = true
		default:
			return nil, false
		}
	}
	if digits == 0 || digits > 18 {
		return nil, false
	}
	return newSmall(neg, -int64(fracDigits), coeff), true
}
