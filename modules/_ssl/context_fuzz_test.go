package _ssl

import (
	"errors"
	"os"
	"testing"
)

// FuzzLoadCAData feeds arbitrary cadata, as PEM and as DER: the result is
// nil, an *Error or a *ValueError, never a crash, and the store only grows
// by what was accepted.
func FuzzLoadCAData(f *testing.F) {
	f.Add([]byte(""))
	f.Add([]byte("junk"))
	f.Add([]byte("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
	f.Add([]byte("-----BEGIN X509 CRL-----\n-----END X509 CRL-----\n"))
	f.Add([]byte{0x30, 0x82, 0x01, 0x00})
	if ctxFixtures != nil {
		for _, p := range []string{ctxFixtures.CAPEM, ctxFixtures.CRLPEM, ctxFixtures.LeafPEM} {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
		f.Add(ctxFixtures.CADER)
	}
	c, err := NewContext(ProtocolTLSClient)
	if err != nil {
		f.Fatal(err)
	}
	defer c.Close()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, pem := range []bool{CADataPEM, CADataDER} {
			err := c.LoadCAData(data, pem)
			var e *Error
			var ve *ValueError
			if err != nil && !errors.As(err, &e) && !errors.As(err, &ve) {
				t.Fatalf("unexpected error type %T: %v", err, err)
			}
		}
	})
}

// FuzzSetCiphers: any cipher string is accepted or refused with
// ErrNoCipherMatch (or a ValueError for NUL), never a crash.
func FuzzSetCiphers(f *testing.F) {
	for _, s := range []string{"", "HIGH", "foo", "ALL:@SECLEVEL=0", "!ALL", "a\x00b", "ECDHE+AESGCM:!ECDSA"} {
		f.Add(s)
	}
	c, err := NewContext(ProtocolTLS)
	if err != nil {
		f.Fatal(err)
	}
	defer c.Close()
	f.Fuzz(func(t *testing.T, s string) {
		err := c.SetCiphers(s)
		var ve *ValueError
		if err != nil && !errors.Is(err, ErrNoCipherMatch) && !errors.As(err, &ve) {
			t.Fatalf("unexpected error %T: %v", err, err)
		}
		if _, err := c.Ciphers(); err != nil {
			t.Fatal(err)
		}
	})
}
