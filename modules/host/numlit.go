package host

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// int() and float() of text with PEP 515's underscores ("1_000",
// "0x_ff", "1_0.5e1_0"), new in Python 3.6: gpython's parsers know none,
// so valid underscores are removed before they parse, and text with
// misplaced ones goes to them unchanged, to fail with CPython's message
// quoting the text as given.

func init() {
	prevInt := py.IntType.New
	py.IntType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t == py.IntType && len(args) == 1 && len(kwargs) == 0 {
			if s, ok := args[0].(py.String); ok {
				if n, ok := plainDecimal(string(s)); ok {
					return py.Int(n), nil
				}
			}
		}
		if len(kwargs) != 0 || len(args) > 2 {
			// int(x, base): CPython 3.6's count and keyword messages.
			if _, err := pyarg.Parse36("int", args, kwargs, []string{"x", "base"}, 0, pyarg.Getargs36); err != nil {
				return nil, err
			}
		}
		var base py.Object // the base given, checked (int_new_args.go)
		if b, ok := kwargs["base"]; ok || len(args) == 2 {
			if !ok {
				b = args[1]
			}
			// The base is an integer in range before anything else is checked.
			nb, err := checkedIntBase(b)
			if err != nil {
				return nil, err
			}
			base = nb
			if _, hasX := kwargs["x"]; len(args) == 0 && !hasX {
				return nil, pyutil.TypeErrorf("int() missing string argument")
			}
			if ok {
				kwargs = kwargs.Copy()
				kwargs["base"] = nb
			} else {
				args = py.Tuple{args[0], nb}
			}
		}
		if len(args) == 1 && t == py.IntType {
			if r, ok := intOfLargeFloat(args[0]); ok {
				return r, nil
			}
		}
		if len(args) >= 1 {
			if buf, ok := intBuffer(args[0]); ok && base == nil {
				args = py.Tuple{buf} // memoryview, array: their bytes
			}
			if s, ok := args[0].(py.String); ok {
				text, changed := numericText(string(s), true)
				if base == py.Int(0) && zeroLiteral(text) {
					text, changed = "0", true
				} else if base == py.Int(0) && joinsPrefix(string(s)) {
					changed = false
				}
				if changed {
					r, err := prevInt(t, append(py.Tuple{py.String(text)}, args[1:]...), kwargs)
					if err == nil {
						return r, nil
					}
					// The error quotes the text as given.
				}
			}
		}
		if len(args) >= 1 {
			if text, ok := intBytesText(args[0], base); ok {
				r, err := prevInt(t, append(py.Tuple{py.String(text)}, args[1:]...), kwargs)
				if err == nil {
					return r, nil
				}
			}
		}
		given := args
		if len(args) >= 1 && signedTwice(args[0]) {
			// gpython's parser reads a sign after the sign ("+-1").
			return nil, intLiteralError(base, args[0])
		}
		if len(args) >= 1 && pyrepr.IsByteArray(args[0]) {
			// int() takes a bytearray as it takes bytes.
			args = append(py.Tuple{py.Bytes(args[0].(pyutil.ReadableBuffer).BufferBytes())}, args[1:]...)
		}
		r, err := prevInt(t, args, kwargs)
		if err != nil && py.IsException(py.ValueError, err) && len(given) >= 1 {
			if e, ok := err.(*py.Exception); ok {
				var msg py.String
				if a, _ := e.Args.(py.Tuple); len(a) == 1 {
					msg, _ = a[0].(py.String)
				}
				if strings.HasPrefix(string(msg), "invalid literal for int() with base ") {
					err = intLiteralError(base, given[0])
				}
			}
		}
		return r, err
	}
	prevFloat := py.FloatType.New
	py.FloatType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 {
			var text string
			changed, isText := false, true
			switch s := args[0].(type) {
			case py.String:
				text, changed = numericText(string(s), false)
			case py.Bytes:
				text = string(s) // bytes are read as ASCII only
			default:
				isText = false
			}
			if isText {
				// Go's parser misrounds past 800 digits.
				if short, ok := pyutil.ShortenedDecimal(strings.TrimSpace(text)); ok {
					text, changed = short, true
				}
				if changed {
					if r, err := prevFloat(t, py.Tuple{py.String(text)}, kwargs); err == nil {
						return r, nil
					}
				}
			}
		}
		return prevFloat(t, args, kwargs)
	}
}

// numericText is the text int(), float() and complex() parse: Unicode
// decimal digits (category Nd, as "٣") read as their ASCII digit and
// Unicode white space as a space, as CPython reads them, then PEP 515's
// underscores removed. changed reports whether it differs from s.
func numericText(s string, isInt bool) (string, bool) {
	text := s
	if a, ok := asciiDigits(s); ok {
		text = a
	}
	if clean, ok := withoutUnderscores(text, isInt); ok {
		text = clean
	}
	return text, text != s
}

// asciiDigits rewrites the non-ASCII decimal digits and spaces of s in
// ASCII; ok is false when s has none or has another non-ASCII character.
func asciiDigits(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s, false
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			d, ok := decimalValue(r)
			if !ok {
				return s, false
			}
			b.WriteByte(byte('0' + d))
		}
	}
	return b.String(), true
}

// signedTwice reports whether int()'s text (str, bytes or bytearray)
// starts, after its white space, with two signs.
func signedTwice(x py.Object) bool {
	var text string
	switch v := x.(type) {
	case py.String:
		text = strings.TrimLeftFunc(string(v), isSpaceRune)
	case py.Bytes:
		text = strings.TrimLeft(string(v), asciiSpace)
	default:
		if !pyrepr.IsByteArray(x) {
			return false
		}
		text = strings.TrimLeft(string(x.(pyutil.ReadableBuffer).BufferBytes()), asciiSpace)
	}
	return len(text) >= 2 && strings.IndexByte("+-", text[0]) >= 0 && strings.IndexByte("+-", text[1]) >= 0
}

// plainDecimal reads the commonest text int() is given: ASCII digits
// (at most 18, so no overflow), an optional sign, and ASCII blanks around
// them. Anything else (underscores, other digits or white space, longer
// numbers) is not read: ok is false and the general parser takes it.
func plainDecimal(s string) (n int64, ok bool) {
	blank := func(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
	for len(s) > 0 && blank(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && blank(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) == 0 || len(s) > 18 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// decimalValue is the value of a Unicode 9.0 decimal digit (3.6's
// table): Nd digits stand in runs of ten from their zero, and each range
// of the Nd table starts at a zero.
func decimalValue(r rune) (int, bool) {
	if r < utf8.RuneSelf {
		if r >= '0' && r <= '9' {
			return int(r - '0'), true
		}
		return 0, false
	}
	if !unicode9.IsDigit(r) {
		return 0, false
	}
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) && (r-rune(rg.Lo))%rune(rg.Stride) == 0 {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) && (r-rune(rg.Lo))%rune(rg.Stride) == 0 {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// withoutUnderscores removes the underscores of a numeric literal when
// each stands alone between two digits (for ints, also right after a
// 0x/0o/0b prefix); ok is false when there are none or one is misplaced.
func withoutUnderscores(s string, isInt bool) (string, bool) {
	if !strings.Contains(s, "_") {
		return s, false
	}
	digit := func(c byte) bool {
		if isInt {
			return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		}
		return c >= '0' && c <= '9'
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '_' {
			b.WriteByte(c)
			continue
		}
		if i == 0 || i+1 >= len(s) || !digit(s[i+1]) {
			return s, false
		}
		prev := s[i-1]
		afterPrefix := isInt && i >= 2 && s[i-2] == '0' && strings.IndexByte("xXoObB", prev) >= 0 &&
			(i == 2 || strings.IndexByte(" \t\n+-", s[i-3]) >= 0)
		if !digit(prev) && !afterPrefix {
			return s, false
		}
		if prev == '_' {
			return s, false
		}
	}
	return b.String(), true
}
