package host

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// int() and float() of text with PEP 515's underscores ("1_000",
// "0x_ff", "1_0.5e1_0"), new in Python 3.6: gpython's parsers know none,
// so valid underscores are removed before they parse, and text with
// misplaced ones goes to them unchanged, to fail with CPython's message
// quoting the text as given.

func init() {
	prevInt := py.IntType.New
	py.IntType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) >= 1 {
			if s, ok := args[0].(py.String); ok {
				if clean, ok := withoutUnderscores(string(s), true); ok {
					r, err := prevInt(t, append(py.Tuple{py.String(clean)}, args[1:]...), kwargs)
					if err == nil {
						return r, nil
					}
					// The error quotes the text as given.
				}
			}
		}
		return prevInt(t, args, kwargs)
	}
	prevFloat := py.FloatType.New
	py.FloatType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 {
			if s, ok := args[0].(py.String); ok {
				if clean, ok := withoutUnderscores(string(s), false); ok {
					if r, err := prevFloat(t, py.Tuple{py.String(clean)}, kwargs); err == nil {
						return r, nil
					}
				}
			}
		}
		return prevFloat(t, args, kwargs)
	}
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
