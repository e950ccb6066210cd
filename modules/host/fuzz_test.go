package host

import (
	"encoding/hex"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// FuzzDecode checks the codecs on arbitrary input: no panic, strict UTF-8
// fails exactly on invalid input, replace and ignore never fail, and what
// decodes strictly encodes back to the same bytes.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "abc", "caf\xc3\xa9", "\xff", "\xe2\x82", "\xed\xa0\x80", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xc0\xaf"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, c := range []codec{codecUTF8, codecASCII, codecLatin1} {
			s, err := decode(b, c, "strict")
			valid := true
			switch c {
			case codecUTF8:
				valid = utf8.Valid(b)
			case codecASCII:
				for _, x := range b {
					if x >= 0x80 {
						valid = false
					}
				}
			}
			if valid != (err == nil) {
				t.Fatalf("%s strict on %q: err=%v, want valid=%v", c, b, err, valid)
			}
			if err == nil {
				back, err := encode(string(s), c, "strict")
				if err != nil || string(back) != string(b) {
					t.Fatalf("%s round trip of %q: %q, %v", c, b, back, err)
				}
			}
			for _, h := range []errorHandler{"replace", "ignore"} {
				s, err := decode(b, c, h)
				if err != nil || !utf8.ValidString(string(s)) {
					t.Fatalf("%s %s on %q: %q, %v", c, h, b, s, err)
				}
			}
		}
	})
}

// FuzzFromHex checks bytes.fromhex's parser: no panic, and a successful
// parse is the input's hex digits with the whitespace removed.
func FuzzFromHex(f *testing.F) {
	for _, s := range []string{"", "00ff", "0 1", "a b c", "0g", " 10\t20\n", "\xe9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := fromHex(py.String(s))
		if err != nil {
			return
		}
		digits := strings.Map(func(r rune) rune {
			if strings.ContainsRune(asciiSpace, r) {
				return -1
			}
			return r
		}, s)
		if hex.EncodeToString(b) != strings.ToLower(digits) {
			t.Fatalf("fromhex(%q) = %x", s, b)
		}
	})
}

// FuzzFormat feeds arbitrary format strings and specs to str.format and
// format(): errors are fine, Go panics are not.
func FuzzFormat(f *testing.F) {
	for _, s := range []string{"{}", "{0:>10.3f}", "{:{}}", "{x.y[0]}", "{!r:^9}", "{:,}", "{:#_x}", "}{", "{0[", "{:.}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := py.Tuple{py.Int(-42), py.Float(3.25), py.String("x"), py.NewListFromItems([]py.Object{py.Int(1)})}
		st := &formatState{args: args, kwargs: py.StringDict{"x": py.String("y")}}
		_, _ = st.vformat(s, 2)
		for _, v := range args {
			_, _ = formatValue(v, s)
		}
		_, _ = formatValue(py.True, s)
	})
}
