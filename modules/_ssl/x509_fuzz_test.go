package _ssl

import (
	"errors"
	"fmt"
	"testing"
)

// FuzzDecodeCert feeds arbitrary bytes to the DER decoder. Invariants: no
// panic; the error is nil, an *Error (OpenSSL refused something), a
// *UnicodeError (text CPython cannot decode) or a *ValueError (an
// unprintable general name); a decoded certificate decodes the same way
// twice. Leaks on these paths are what TestDecodeCertNoLeak and `go test
// -asan` catch.
func FuzzDecodeCert(f *testing.F) {
	certs, err := x5Certs()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range certs {
		f.Add(c.der)
	}
	f.Add([]byte{})
	f.Add([]byte{0x30, 0x80})
	f.Fuzz(func(t *testing.T, der []byte) {
		c, err := DecodeCertDER(der)
		if err != nil {
			var e *Error
			var ue *UnicodeError
			var ve *ValueError
			if !errors.As(err, &e) && !errors.As(err, &ue) && !errors.As(err, &ve) {
				t.Fatalf("unexpected error type %T: %v", err, err)
			}
			if c != nil {
				t.Fatal("both a certificate and an error")
			}
			_ = err.Error()
			return
		}
		if c == nil || c.Subject == nil || c.Issuer == nil {
			t.Fatalf("incomplete certificate %+v", c)
		}
		again, err := DecodeCertDER(der)
		if err != nil {
			t.Fatalf("second decode failed: %v", err)
		}
		if !x5EqualCert(c, again) {
			t.Fatal("decoding is not deterministic")
		}
	})
}

func x5EqualCert(a, b *Cert) bool {
	return x5Fingerprint(a) == x5Fingerprint(b)
}

// x5Fingerprint is a printable summary of every field of c.
func x5Fingerprint(c *Cert) string { return fmt.Sprintf("%#v", *c) }
