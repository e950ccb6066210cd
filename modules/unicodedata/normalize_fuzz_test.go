package unicodedata

import (
	"testing"
	"unicode/utf8"
)

// FuzzNormalize checks the laws of the normalization forms on any text:
// each form is idempotent, NFC(s) == NFC(NFD(s)), NFKC(s) == NFKC(NFKD(s)),
// and lookup never fails on a name it gave out.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "abc", "e\u0301", "\uac00\u11a8", "\u1100\u1161\u11a8", "a\u0323\u0301\u0302", "\ufb01\u00bd", "\u0958\u0f73\u2126"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, ed := range []edition{current, v320} {
			norm := func(form, in string) string {
				out, ok := ed.normalize(form, in)
				if !ok {
					t.Fatalf("form %s refused", form)
				}
				return out
			}
			for _, form := range []string{"NFC", "NFD", "NFKC", "NFKD"} {
				once := norm(form, s)
				if twice := norm(form, once); twice != once {
					t.Fatalf("%s not idempotent on %+q: %+q then %+q", form, s, once, twice)
				}
			}
			if a, b := norm("NFC", s), norm("NFC", norm("NFD", s)); a != b {
				t.Fatalf("NFC(%+q) = %+q but NFC(NFD) = %+q", s, a, b)
			}
			if a, b := norm("NFKC", s), norm("NFKC", norm("NFKD", s)); a != b {
				t.Fatalf("NFKC(%+q) = %+q but NFKC(NFKD) = %+q", s, a, b)
			}
		}
		for _, r := range s {
			if name, ok := Name(r); ok {
				if back, ok := LookupChar(name); !ok || back != r {
					t.Fatalf("name %q of %U looks up as %U, %v", name, r, back, ok)
				}
			}
		}
		_, _ = current.lookup(s)
	})
}
