package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/stretchr/testify/require"
)

// fuzzIPSource parses s with each parser; a ValueError is fine, any
// other exception escapes. It returns the parsers whose result does not
// survive str() and parsing again.
const fuzzIPSource = `import ipaddress
def check(s):
    bad = []
    for f in (ipaddress.ip_address, ipaddress.ip_network, ipaddress.ip_interface):
        try:
            r = f(s)
        except ValueError:
            continue
        if f(str(r)) != r:
            bad.append((f.__name__, str(r), str(f(str(r)))))
    return tuple(bad)
`

// FuzzIPAddressParse feeds untrusted text to ipaddress's parsers: each
// call either returns an object or raises ValueError (AddressValueError,
// NetmaskValueError, "does not appear to be ..."), never another
// exception or a Go panic; an address that parses prints as text that
// parses back to it.
func FuzzIPAddressParse(f *testing.F) {
	for _, s := range []string{
		"1.2.3.4", "::1", "::ffff:1.2.3.4", "1.2.3.4/24", "10.0.0.1/255.0.0.0",
		"10.0.0.0/0.255.255.255", "2001:db8::/32", "1:2:3:4:5:6:7:8", "1::2::3",
		":1:2", "1.2.3.256", "01.2.3.4", "1.2.3.4/33", "::/129", "fe80::1%eth0",
		"", "/", "1.2.3.4//8", "1.2.3.4/-1", "1.2.3.4/ 8", "\u0661.2.3.4", "::1.2.3",
		"ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255", "1:2:3:4:5:6:7::",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzIPSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		res, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
		require.Empty(t, res, "%q: printed forms that do not parse back: %v", s, res)
	})
}
