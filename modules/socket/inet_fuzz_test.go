package socket

import (
	"net/netip"
	"testing"
)

// FuzzInetPton checks the glibc-style parsers on arbitrary text: no panic;
// inet_pton(AF_INET) agrees with net/netip on dotted quads (both reject
// leading zeros); an accepted IPv6 address survives format and re-parse;
// inet_aton accepts everything inet_pton(AF_INET) accepts, with the same
// bytes.
func FuzzInetPton(f *testing.F) {
	for _, s := range []string{"1.2.3.4", "01.2.3.4", "::", "::1", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8",
		"1::2::3", "fe80::1%1", "127.1", "0x7f.1", "1.2.3.4 x", "", ":", "1:2:3:4:5:6:1.2.3.4", "4294967296"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v4, ok4 := parseIPv4Strict(s)
		na, err := netip.ParseAddr(s)
		if want := err == nil && na.Is4(); ok4 != want {
			t.Fatalf("parseIPv4Strict(%q) = %v, netip says %v", s, ok4, want)
		}
		if ok4 {
			if na.As4() != v4 {
				t.Fatalf("parseIPv4Strict(%q) = %v, netip %v", s, v4, na)
			}
			a, ok := inetAton(s)
			if !ok || a != v4 {
				t.Fatalf("inetAton(%q) = %v %v, want %v", s, a, ok, v4)
			}
		}
		v6, ok6 := parseIPv6(s)
		if ok6 {
			text := formatIPv6(v6)
			again, ok := parseIPv6(text)
			if !ok || again != v6 {
				t.Fatalf("parseIPv6(formatIPv6(%q)) = %q %v", s, text, ok)
			}
			if n, err := netip.ParseAddr(text); err != nil || n.As16() != v6 {
				t.Fatalf("netip disagrees on %q: %v", text, err)
			}
		}
		_, _ = inetAton(s)
	})
}

// FuzzFormatIPv6 checks that any 16 bytes format to text that parses back.
func FuzzFormatIPv6(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4})
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1})
	f.Add([]byte{0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) != 16 {
			return
		}
		a := [16]byte(b)
		text := formatIPv6(a)
		got, ok := parseIPv6(text)
		if !ok || got != a {
			t.Fatalf("formatIPv6(%x) = %q does not parse back", b, text)
		}
	})
}
