package ssl

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"testing"

	"github.com/go-python/gpython/py"
)

// a2bBase64 is the project's binascii.a2b_base64, which replaced this
// package's own copy (issue 16): TestA2BBase64 and FuzzA2BBase64 keep
// checking 3.6's rules, now on the decoder ssl.PEM_cert_to_DER_cert uses.
func a2bBase64(in []byte) ([]byte, error) {
	impl := py.GetModuleImpl("binascii")
	if impl == nil {
		return nil, fmt.Errorf("binascii is not registered")
	}
	for _, m := range impl.Methods {
		if m.Name != "a2b_base64" {
			continue
		}
		res, err := m.Call(nil, py.Tuple{py.Bytes(append([]byte(nil), in...))})
		if err != nil {
			if e, ok := err.(*py.Exception); ok {
				return nil, fmt.Errorf("%s: %v", e.Base.Name, e.Args)
			}
			return nil, err
		}
		return []byte(res.(py.Bytes)), nil
	}
	return nil, fmt.Errorf("binascii has no a2b_base64")
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
