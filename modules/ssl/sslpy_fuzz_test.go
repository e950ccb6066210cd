package ssl_test

import (
	"testing"
	"unicode/utf8"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// FuzzCertTimeToSeconds: any text either converts to an int or raises
// ValueError, never anything else (ssl.py parses the time by hand).
func FuzzCertTimeToSeconds(f *testing.F) {
	for _, c := range certTimeCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		out, err := pytesting.RunArgs(t, `import ssl, sys
try:
    n = ssl.cert_time_to_seconds(sys.argv[1])
    print(n + 0 == n)
except ValueError:
    print(True)
`, []string{"fuzz", s})
		if err != nil || out != "True\n" {
			t.Fatalf("cert_time_to_seconds(%q): %q, %v", s, out, err)
		}
	})
}

// FuzzMatchHostname: any DNS name / IP SAN and host either match or raise
// CertificateError or ValueError.
func FuzzMatchHostname(f *testing.F) {
	seeds := [][3]string{
		{"*.a.com", "foo.a.com", "10.0.0.1"}, {"f*.com", "f.com", "::1"}, {"a*b*.com", "x", "2001::cafe\n"},
		{"xn--p*.python.org", "xn--pthon-kva.python.org", "1.2.3"}, {"", "", ""}, {"*", "*", "::ffff:1.2.3.4"},
		{"a.*.com", "a..com", "1::2::3"}, {"*.", ".", "010.1.1.1"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, dn, host, ip string) {
		if !utf8.ValidString(dn) || !utf8.ValidString(host) || !utf8.ValidString(ip) {
			return
		}
		out, err := pytesting.RunArgs(t, `import ssl, sys
cert = {'subject': ((('commonName', sys.argv[1]),),), 'subjectAltName': (('DNS', sys.argv[1]), ('IP Address', sys.argv[3]))}
try:
    ssl.match_hostname(cert, sys.argv[2])
except ssl.CertificateError:
    pass
except ValueError:
    pass
print('done')
`, []string{"fuzz", dn, host, ip})
		if err != nil || out != "done\n" {
			t.Fatalf("match_hostname(%q, %q, ip %q): %q, %v", dn, host, ip, out, err)
		}
	})
}
