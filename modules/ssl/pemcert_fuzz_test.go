package ssl_test

import (
	"encoding/base64"
	"os"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// fuzzPEMSource converts a text with PEM_cert_to_DER_cert. It returns
// ("error", class name) for a ValueError (binascii.Error and
// UnicodeEncodeError are ValueErrors too; any other exception escapes),
// ("bad", what) when the result is not bytes or does not round-trip
// through DER_cert_to_PEM_cert, and ("ok", der) otherwise.
const fuzzPEMSource = `import ssl
def check(s):
    try:
        der = ssl.PEM_cert_to_DER_cert(s)
    except ValueError as e:
        return ("error", type(e).__name__)
    if type(der) is not bytes:
        return ("bad", "result is " + type(der).__name__)
    pem = ssl.DER_cert_to_PEM_cert(der)
    if not pem.startswith(ssl.PEM_HEADER + "\n") or not pem.endswith("\n" + ssl.PEM_FOOTER + "\n"):
        return ("bad", "DER_cert_to_PEM_cert framing: " + repr(pem))
    if ssl.PEM_cert_to_DER_cert(pem) != der:
        return ("bad", "PEM -> DER -> PEM -> DER changed the bytes")
    if ssl.DER_cert_to_PEM_cert(ssl.PEM_cert_to_DER_cert(pem)) != pem:
        return ("bad", "DER_cert_to_PEM_cert is not canonical")
    return ("ok", der)
`

const (
	fuzzPEMHeader = "-----BEGIN CERTIFICATE-----"
	fuzzPEMFooter = "-----END CERTIFICATE-----"
)

// pemReference is what a strict reading of a PEM certificate gives: the
// DER bytes and true when s is framed by the header and footer and its
// body, less ASCII whitespace, is canonical padded base64. Python's
// decoder is more lenient, so only the true cases are compared.
func pemReference(s string) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x7f || c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			return nil, false // leave Unicode whitespace rules out
		}
	}
	if !strings.HasPrefix(s, fuzzPEMHeader) {
		return nil, false
	}
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, fuzzPEMFooter) || len(t) < len(fuzzPEMHeader)+len(fuzzPEMFooter) {
		return nil, false
	}
	body := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, t[len(fuzzPEMHeader):len(t)-len(fuzzPEMFooter)])
	der, err := base64.StdEncoding.Strict().DecodeString(body)
	if err != nil {
		return nil, false
	}
	return der, true
}

// FuzzPEMCertToDER feeds any text to ssl.PEM_cert_to_DER_cert. Invariants:
// no Go panic; every failure is a ValueError (CPython's ValueError,
// binascii.Error or UnicodeEncodeError); a result is bytes that survive
// DER -> PEM -> DER and whose PEM form is canonical; a text whose body is
// strict base64 decodes to the same bytes as Go's decoder gives, and never
// fails.
func FuzzPEMCertToDER(f *testing.F) {
	if ctxFixtures != nil {
		for _, p := range []string{ctxFixtures.CAPEM, ctxFixtures.LeafPEM} {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	for _, s := range []string{
		"", fuzzPEMHeader, fuzzPEMHeader + fuzzPEMFooter,
		fuzzPEMHeader + "\nAAAA\n" + fuzzPEMFooter + "\n",
		fuzzPEMHeader + "\nAAAAA\n" + fuzzPEMFooter + "\n",
		fuzzPEMHeader + "\nAA==AA==\n" + fuzzPEMFooter + "\n",
		fuzzPEMHeader + "\nA A\tA\rA\n" + fuzzPEMFooter + "  \n\n",
		fuzzPEMHeader + "\n\u00e9AAA\n" + fuzzPEMFooter,
		fuzzPEMHeader + "\nAA*A!\n" + fuzzPEMFooter,
		" " + fuzzPEMHeader + "\nAAAA\n" + fuzzPEMFooter,
		"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzPEMSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		res, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		if err != nil {
			t.Fatalf("PEM_cert_to_DER_cert(%q) raised a non-ValueError: %v", s, err)
		}
		tup, ok := res.(py.Tuple)
		if !ok || len(tup) != 2 {
			t.Fatalf("check returned %#v", res)
		}
		want, strict := pemReference(s)
		switch tup[0] {
		case py.String("error"):
			if strict {
				t.Fatalf("PEM_cert_to_DER_cert(%q) raised %v; the body is valid base64", s, tup[1])
			}
		case py.String("ok"):
			der, _ := tup[1].(py.Bytes)
			if strict && string(der) != string(want) {
				t.Fatalf("PEM_cert_to_DER_cert(%q) = %x, want %x", s, der, want)
			}
		default:
			t.Fatalf("PEM_cert_to_DER_cert(%q): %v", s, tup[1])
		}
	})
}
