package ssl

import (
	"bytes"
	"encoding/base64"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
)

// TestEnumClassesCoverConstants: every _ssl constant of each prefix is a
// member (or an alias) with its value, and the _ssl global is the member.
func TestEnumClassesCoverConstants(t *testing.T) {
	for _, s := range enumSpecs {
		c := *s.class
		if c == nil {
			t.Fatalf("%s not built", s.name)
		}
		if nativeModule.Globals[s.name] != py.Object(c.Type) {
			t.Errorf("_ssl.%s is not the class", s.name)
		}
		n := 0
		for _, k := range constantsWithPrefix(s.prefix) {
			m, ok := c.ByName(k.Name)
			if k.Name == s.skip {
				m, ok = c.Type.Dict[k.Name], true
			}
			if !ok {
				t.Errorf("%s lacks %s", s.name, k.Name)
				continue
			}
			v, isInt := pyenum.IntValue(m)
			if !isInt || v != k.Value {
				t.Errorf("%s.%s = %v, want %d", s.name, k.Name, m, k.Value)
			}
			if nativeModule.Globals[k.Name] != m {
				t.Errorf("_ssl.%s is %v, not the member", k.Name, nativeModule.Globals[k.Name])
			}
			n++
		}
		if n == 0 {
			t.Errorf("%s has no constants", s.name)
		}
	}
}

// TestWrapHooks: the SSLContext property hooks give members, and values
// without a member stay usable.
func TestWrapHooks(t *testing.T) {
	if m, ok := wrapVerifyMode(2).(*pyenum.IntMember); !ok || m.Name() != "CERT_REQUIRED" {
		t.Errorf("verify_mode 2 -> %v", wrapVerifyMode(2))
	}
	if m, ok := wrapOptions(0x02000000 | 0x10).(*pyenum.IntMember); !ok || m.Class() != OptionsClass {
		t.Errorf("options -> %v", wrapOptions(0x02000010))
	}
	if m, ok := wrapVerifyFlags(0x8000).(*pyenum.IntMember); !ok || m.Class() != VerifyFlagsClass {
		t.Errorf("verify_flags -> %v", wrapVerifyFlags(0x8000))
	}
	if m, ok := wrapProtocol(2).(*pyenum.IntMember); !ok || m.Name() != "PROTOCOL_TLS" {
		t.Errorf("protocol 2 -> %v", wrapProtocol(2))
	}
	if wrapVerifyMode(99) != py.Int(99) {
		t.Errorf("unknown verify mode -> %v", wrapVerifyMode(99))
	}
}

func TestPurposeMembers(t *testing.T) {
	if PurposeClass == nil {
		t.Skip("_ssl.txt2obj not available: no Purpose")
	}
	for _, p := range purposeOIDs {
		m, ok := PurposeClass.ByName(p.name)
		if !ok {
			t.Fatalf("no Purpose.%s", p.name)
		}
		oid, err := py.GetAttrString(m, "oid")
		if err != nil || oid != py.String(p.oid) {
			t.Errorf("Purpose.%s.oid = %v, %v", p.name, oid, err)
		}
	}
}

var a2bCases = []struct {
	in, want, err string
}{
	{"", "", ""},
	{"aGVsbG8=", "hello", ""},
	{"aGVs\nbG8=\n", "hello", ""},
	{"aGVsbG8", "", "Incorrect padding"},
	{"aGVsbA==", "hell", ""},
	{"aGVsbA==junk", "hell", ""},  // data after the pad is ignored
	{"aGV=sbG8=", "he", ""},       // a pad after three characters ends the data
	{"aGVsbA=x=", "hell\x0c", ""}, // a lone pad after two is skipped
	{"aGVsbA=", "", "Incorrect padding"},
	{"a=GVsbG8=", "hello", ""},       // so is one in second place
	{"aGVsbA=*=", "hell", ""},        // the next valid character is a pad
	{"!!aG Vs\tbG8=!!", "hello", ""}, // non-alphabet characters are skipped
	{"A", "", "Incorrect padding"},
}

// TestA2BBase64: 3.6's binascii.a2b_base64 rules (python3 3.11 gives
// the same results for these inputs in its default, non-strict mode).
func TestA2BBase64(t *testing.T) {
	for _, c := range a2bCases {
		got, err := a2bBase64([]byte(c.in))
		if c.err != "" {
			if err == nil || !bytes.Contains([]byte(err.Error()), []byte(c.err)) {
				t.Errorf("%q: err %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || string(got) != c.want {
			t.Errorf("%q: %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

// FuzzA2BBase64: never panics, and decodes what the standard encoder
// produces (PEM bodies) to the original bytes.
func FuzzA2BBase64(f *testing.F) {
	for _, c := range a2bCases {
		f.Add([]byte(c.in))
	}
	f.Add([]byte("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = a2bBase64(data)
		enc := base64.StdEncoding.EncodeToString(data)
		got, err := a2bBase64([]byte(enc))
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("round trip of %x: %x, %v", data, got, err)
		}
	})
}
