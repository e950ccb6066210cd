package ssl_test

import (
	"strings"
	"testing"
)

// hostnameCase is one call of ssl.match_hostname(cert, host). want is "ok",
// or "CertificateError: <message>" / "ValueError: <message>" as CPython
// 3.6 raises it. same311 says whether python3 (3.11) gives the same
// result, in which case the test also checks python3 against want.
type hostnameCase struct {
	name    string
	cert    string // Python literal
	host    string // Python literal
	want    string
	same311 bool
}

const (
	cnExample   = `{'subject': ((('commonName', 'example.com'),),)}`
	cnWildA     = `{'subject': ((('commonName', '*.a.com'),),)}`
	cnPartial   = `{'subject': ((('commonName', 'f*.com'),),)}`
	cnNull      = `{'subject': ((('commonName', 'null.python.org\x00example.org'),),)}`
	cnTwoStars  = `{'subject': ((('commonName', '*.*.a.com'),),)}`
	cnMidStar   = `{'subject': ((('commonName', 'a.*.com'),),)}`
	cnIDNA      = `{'subject': ((('commonName', 'xn--pthon-kva.python.org'),),)}`
	cnXStar     = `{'subject': ((('commonName', 'x*.python.org'),),)}`
	cnXnStar    = `{'subject': ((('commonName', 'xn--p*.python.org'),),)}`
	cnWwwIDNA   = `{'subject': ((('commonName', 'www*.xn--pythn-mua.org'),),)}`
	linuxfr     = `{'notAfter': 'Jun 26 21:41:46 2011 GMT', 'subject': ((('commonName', 'linuxfrz.org'),),), 'subjectAltName': (('DNS', 'linuxfr.org'), ('DNS', 'linuxfr.com'), ('othername', '<unsupported>'))}`
	google      = `{'notAfter': 'Dec 18 23:59:59 2011 GMT', 'subject': ((('countryName', 'US'),), (('stateOrProvinceName', 'California'),), (('localityName', 'Mountain View'),), (('organizationName', 'Google Inc'),), (('commonName', 'mail.google.com'),))}`
	ipv4Cert    = `{'subject': ((('commonName', 'example.com'),),), 'subjectAltName': (('DNS', 'example.com'), ('IP Address', '10.11.12.13'), ('IP Address', '14.15.16.17'))}`
	ipv6Cert    = `{'subject': ((('commonName', 'example.com'),),), 'subjectAltName': (('DNS', 'example.com'), ('IP Address', '2001:0:0:0:0:0:0:CAFE\n'), ('IP Address', '2003:0:0:0:0:0:0:BABA\n'))}`
	noNames     = `{'subject': ((('countryName', 'US'),), (('organizationName', 'Google Inc'),))}`
	otherOnlyCN = `{'subject': ((('countryName', 'US'),), (('commonName', 'mail.google.com'),)), 'subjectAltName': (('othername', 'blabla'),)}`
	otherOnly   = `{'subject': ((('countryName', 'US'),),), 'subjectAltName': (('othername', 'blabla'),)}`
	axxb        = `{'subject': ((('commonName', 'a*b.com'),),)}`
	axxbco      = `{'subject': ((('commonName', 'a*b.co*'),),)}`
	twoInLabel  = `{'subject': ((('commonName', 'a*b*.com'),),)}`
	multiCN     = `{'subject': ((('commonName', 'a.example'),), (('commonName', 'b.example'),))}`
	ipCN        = `{'subject': ((('commonName', '10.0.0.1'),),)}`
	badSANIP    = `{'subjectAltName': (('IP Address', 'not-an-ip'),)}`
	v4mapped    = `{'subjectAltName': (('IP Address', '::ffff:10.0.0.1'),)}`
	octal       = `{'subjectAltName': (('IP Address', '10.0.0.1'),)}`
	soleStar    = `{'subjectAltName': (('DNS', '*'),)}`
	wildSAN     = `{'subjectAltName': (('DNS', '*.example.com'), ('DNS', 'example.com'))}`
)

const noName = "CertificateError: no appropriate commonName or subjectAltName fields were found"

var hostnameCases = []hostnameCase{
	// -- exact names --
	{"cn exact", cnExample, `'example.com'`, "ok", true},
	{"cn case-insensitive", cnExample, `'ExAmple.cOm'`, "ok", true},
	{"cn subdomain", cnExample, `'www.example.com'`, "CertificateError: hostname 'www.example.com' doesn't match 'example.com'", true},
	{"cn leading dot", cnExample, `'.example.com'`, "CertificateError: hostname '.example.com' doesn't match 'example.com'", true},
	{"cn other tld", cnExample, `'example.org'`, "CertificateError: hostname 'example.org' doesn't match 'example.com'", true},
	{"cn dot is no wildcard", cnExample, `'exampleXcom'`, "CertificateError: hostname 'exampleXcom' doesn't match 'example.com'", true},
	// -- the left-most wildcard --
	{"star label", cnWildA, `'foo.a.com'`, "ok", true},
	{"star one label only", cnWildA, `'bar.foo.a.com'`, "CertificateError: hostname 'bar.foo.a.com' doesn't match '*.a.com'", true},
	{"star needs a label", cnWildA, `'a.com'`, "CertificateError: hostname 'a.com' doesn't match '*.a.com'", true},
	{"star no prefix glue", cnWildA, `'Xa.com'`, "CertificateError: hostname 'Xa.com' doesn't match '*.a.com'", true},
	{"star empty label", cnWildA, `'.a.com'`, "CertificateError: hostname '.a.com' doesn't match '*.a.com'", true},
	{"star case", cnWildA, `'FOO.A.COM'`, "ok", true},
	// -- partial wildcards: 3.6 only; 3.7+ refuses them --
	{"partial foo", cnPartial, `'foo.com'`, "ok", false},
	{"partial empty run", cnPartial, `'f.com'`, "ok", false},
	{"partial wrong prefix", cnPartial, `'bar.com'`, "CertificateError: hostname 'bar.com' doesn't match 'f*.com'", false},
	{"partial extra label", cnPartial, `'foo.a.com'`, "CertificateError: hostname 'foo.a.com' doesn't match 'f*.com'", false},
	{"partial deeper", cnPartial, `'bar.foo.com'`, "CertificateError: hostname 'bar.foo.com' doesn't match 'f*.com'", false},
	{"partial inner a*b", axxb, `'axxb.com'`, "ok", false},
	{"partial inner a*b empty", axxb, `'ab.com'`, "ok", false},
	{"partial inner a*b case", axxb, `'AXXB.COM'`, "ok", false},
	{"later star literal", axxbco, `'axxb.com'`, "CertificateError: hostname 'axxb.com' doesn't match 'a*b.co*'", false},
	// -- NUL bytes, CVE-2013-4073 --
	{"nul exact", cnNull, `'null.python.org\x00example.org'`, "ok", true},
	{"nul suffix", cnNull, `'example.org'`, "CertificateError: hostname 'example.org' doesn't match 'null.python.org\\x00example.org'", true},
	{"nul prefix", cnNull, `'null.python.org'`, "CertificateError: hostname 'null.python.org' doesn't match 'null.python.org\\x00example.org'", true},
	// -- wildcards outside the left-most label are literal (3.6) --
	{"second star literal", cnTwoStars, `'bar.foo.a.com'`, "CertificateError: hostname 'bar.foo.a.com' doesn't match '*.*.a.com'", false},
	{"second star short", cnTwoStars, `'a.com'`, "CertificateError: hostname 'a.com' doesn't match '*.*.a.com'", false},
	{"mid star", cnMidStar, `'a.foo.com'`, "CertificateError: hostname 'a.foo.com' doesn't match 'a.*.com'", false}, // 3.7+: wildcard can only be present in the leftmost label
	{"mid star empty", cnMidStar, `'a..com'`, "CertificateError: hostname 'a..com' doesn't match 'a.*.com'", false}, // 3.7+: wildcard can only be present in the leftmost label
	{"mid star literal match", cnMidStar, `'a.*.com'`, "ok", false},
	// -- too many wildcards --
	{"two stars in a label", twoInLabel, `'axxbxxc.com'`, "CertificateError: too many wildcards in certificate DNS name: 'a*b*.com'", false},
	// -- IDNA: no wildcard within an A-label --
	{"idna exact", cnIDNA, `'xn--pthon-kva.python.org'`, "ok", true},
	{"idna vs x*", cnXStar, `'xn--pthon-kva.python.org'`, "CertificateError: hostname 'xn--pthon-kva.python.org' doesn't match 'x*.python.org'", false},          // 3.7+: partial wildcards ... are not supported
	{"idna vs xn--p*", cnXnStar, `'xn--pthon-kva.python.org'`, "CertificateError: hostname 'xn--pthon-kva.python.org' doesn't match 'xn--p*.python.org'", false}, // 3.7+: partial wildcards ... are not supported
	{"idna star literal", cnXnStar, `'xn--p*.python.org'`, "ok", false},
	{"www* with idna tail", cnWwwIDNA, `'www.xn--pythn-mua.org'`, "ok", false},
	{"www1 with idna tail", cnWwwIDNA, `'www1.xn--pythn-mua.org'`, "ok", false},
	{"ftp with idna tail", cnWwwIDNA, `'ftp.xn--pythn-mua.org'`, "CertificateError: hostname 'ftp.xn--pythn-mua.org' doesn't match 'www*.xn--pythn-mua.org'", false},
	{"idna apex", cnWwwIDNA, `'xn--pythn-mua.org'`, "CertificateError: hostname 'xn--pythn-mua.org' doesn't match 'www*.xn--pythn-mua.org'", false},
	// -- subjectAltName wins over commonName --
	{"san first", linuxfr, `'linuxfr.org'`, "ok", true},
	{"san second", linuxfr, `'linuxfr.com'`, "ok", true},
	{"san othername ignored", linuxfr, `'<unsupported>'`, "CertificateError: hostname '<unsupported>' doesn't match either of 'linuxfr.org', 'linuxfr.com'", true},
	{"cn ignored with dns san", linuxfr, `'linuxfrz.org'`, "CertificateError: hostname 'linuxfrz.org' doesn't match either of 'linuxfr.org', 'linuxfr.com'", true},
	{"san wildcard", wildSAN, `'www.example.com'`, "ok", true},
	{"san apex", wildSAN, `'example.com'`, "ok", true},
	{"san mismatch lists all", wildSAN, `'example.net'`, "CertificateError: hostname 'example.net' doesn't match either of '*.example.com', 'example.com'", true},
	{"sole star", soleStar, `'localhost'`, "ok", false},
	{"sole star dotted", soleStar, `'a.b'`, "CertificateError: hostname 'a.b' doesn't match '*'", false},
	// -- real-world subject --
	{"google cn", google, `'mail.google.com'`, "ok", true},
	{"google other", google, `'gmail.com'`, "CertificateError: hostname 'gmail.com' doesn't match 'mail.google.com'", true},
	{"only commonName counts", google, `'California'`, "CertificateError: hostname 'California' doesn't match 'mail.google.com'", true},
	{"several commonNames", multiCN, `'c.example'`, "CertificateError: hostname 'c.example' doesn't match either of 'a.example', 'b.example'", true},
	{"second commonName", multiCN, `'b.example'`, "ok", true},
	// -- IP addresses --
	{"ipv4 first", ipv4Cert, `'10.11.12.13'`, "ok", true},
	{"ipv4 second", ipv4Cert, `'14.15.16.17'`, "ok", true},
	{"ipv4 mismatch", ipv4Cert, `'14.15.16.18'`, "CertificateError: hostname '14.15.16.18' doesn't match either of 'example.com', '10.11.12.13', '14.15.16.17'", true},
	{"ipv4 cert dns name", ipv4Cert, `'example.net'`, "CertificateError: hostname 'example.net' doesn't match either of 'example.com', '10.11.12.13', '14.15.16.17'", true},
	{"ipv4 dns san not used for ip", ipv4Cert, `'example.com'`, "ok", true},
	{"ipv6 compressed", ipv6Cert, `'2001::cafe'`, "ok", true},
	{"ipv6 second", ipv6Cert, `'2003::baba'`, "ok", true},
	{"ipv6 upper and full", ipv6Cert, `'2003:0:0:0:0:0:0:BABA'`, "ok", true},
	{"ipv6 mismatch", ipv6Cert, `'2003::bebe'`, "CertificateError: hostname '2003::bebe' doesn't match either of 'example.com', '2001:0:0:0:0:0:0:CAFE\\n', '2003:0:0:0:0:0:0:BABA\\n'", true},
	{"ipv6 cert dns name", ipv6Cert, `'example.net'`, "CertificateError: hostname 'example.net' doesn't match either of 'example.com', '2001:0:0:0:0:0:0:CAFE\\n', '2003:0:0:0:0:0:0:BABA\\n'", true},
	{"ipv4-mapped ipv6", v4mapped, `'::ffff:a00:1'`, "ok", true},
	{"ipv4 not ipv6", v4mapped, `'10.0.0.1'`, "CertificateError: hostname '10.0.0.1' doesn't match '::ffff:10.0.0.1'", true},
	// 3.6's ipaddress reads 010 as ambiguous and rejects it; the name is
	// then a DNS name, and the IP SAN is skipped for it.
	{"octal-looking host", octal, `'010.0.0.1'`, "CertificateError: hostname '010.0.0.1' doesn't match '10.0.0.1'", false},
	{"leading zero up to 7", octal, `'10.0.0.01'`, "ok", false},
	{"ip in commonName", ipCN, `'10.0.0.1'`, "ok", true},
	{"invalid IP SAN raises", badSANIP, `'10.0.0.1'`, "ValueError: 'not-an-ip' does not appear to be an IPv4 or IPv6 address", false},
	{"invalid IP SAN unused for names", badSANIP, `'example.com'`, "CertificateError: hostname 'example.com' doesn't match 'not-an-ip'", true},
	// -- no usable names --
	{"no names", noNames, `'mail.google.com'`, noName, true},
	{"othername then commonName", otherOnlyCN, `'mail.google.com'`, "ok", true},
	{"othername no commonName", otherOnly, `'google.com'`, noName, true},
	{"empty dict", `{}`, `'example.com'`, "ValueError: empty or no certificate, match_hostname needs a SSL socket or SSL context with either CERT_OPTIONAL or CERT_REQUIRED", true},
	{"None", `None`, `'example.com'`, "ValueError: empty or no certificate, match_hostname needs a SSL socket or SSL context with either CERT_OPTIONAL or CERT_REQUIRED", true},
}

// hostnameScript calls match_hostname for every case and prints one line
// per case.
func hostnameScript(cases []hostnameCase) string {
	var b strings.Builder
	b.WriteString("import ssl\ncases = [\n")
	for _, c := range cases {
		b.WriteString("    (" + c.cert + ", " + c.host + "),\n")
	}
	b.WriteString(`]
for cert, host in cases:
    try:
        ssl.match_hostname(cert, host)
        print('ok')
    except ssl.CertificateError as e:
        print('CertificateError: ' + e.args[0])
    except ValueError as e:
        print('ValueError: ' + e.args[0])
`)
	return b.String()
}

func TestMatchHostname(t *testing.T) {
	if len(hostnameCases) < 40 {
		t.Fatalf("only %d cases", len(hostnameCases))
	}
	src := hostnameScript(hostnameCases)
	got := strings.Split(strings.TrimSuffix(sslpyRun(t, src), "\n"), "\n")
	if len(got) != len(hostnameCases) {
		t.Fatalf("gpython printed %d lines for %d cases:\n%s", len(got), len(hostnameCases), strings.Join(got, "\n"))
	}
	for i, c := range hostnameCases {
		t.Run(c.name, func(t *testing.T) {
			sslpyEqual(t, escapeNL(c.want), escapeNL(got[i]), "gpython")
		})
	}
}

// TestMatchHostnameVsPython3 checks the expectations marked same311
// against python3, so that they are not only hand-written.
func TestMatchHostnameVsPython3(t *testing.T) {
	var same []hostnameCase
	for _, c := range hostnameCases {
		if c.same311 {
			same = append(same, c)
		}
	}
	out := sslpyPython3(t, hostnameScript(same))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(same) {
		t.Fatalf("python3 printed %d lines for %d cases:\n%s", len(lines), len(same), out)
	}
	for i, c := range same {
		t.Run(c.name, func(t *testing.T) {
			sslpyEqual(t, escapeNL(c.want), escapeNL(lines[i]), "python3")
		})
	}
}

func escapeNL(s string) string { return strings.ReplaceAll(s, "\n", `\n`) }
