package pprint_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pprint"
)

// cpython returns CPython 3.6's stdout for src: stored in
// testdata/cpython36 under the test's name, run under CPython 3.6 when
// src changed (pytesting.CPython36Output; never skipped).
func cpython(t *testing.T, src string) string {
	t.Helper()
	name := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, t.Name())
	return pytesting.CPython36Output(t, name, src)
}

// specCert is the getpeercert() dict of the ssl docs' pprint example.
const specCert = `{'OCSP': ('http://ocsp.digicert.com',),
 'caIssuers': ('http://cacerts.digicert.com/DigiCertSHA2ExtendedValidationServerCA.crt',),
 'crlDistributionPoints': ('http://crl3.digicert.com/sha2-ev-server-g1.crl',
                           'http://crl4.digicert.com/sha2-ev-server-g1.crl'),
 'issuer': ((('countryName', 'US'),),
            (('organizationName', 'DigiCert Inc'),),
            (('organizationalUnitName', 'www.digicert.com'),),
            (('commonName', 'DigiCert SHA2 Extended Validation Server CA'),)),
 'notAfter': 'Sep  9 12:00:00 2016 GMT',
 'notBefore': 'Sep  5 00:00:00 2014 GMT',
 'serialNumber': '01BB6F00122B177F36CAB49CEA8B6B26',
 'subject': ((('businessCategory', 'Private Organization'),),
             (('1.3.6.1.4.1.311.60.2.1.3', 'US'),),
             (('1.3.6.1.4.1.311.60.2.1.2', 'Delaware'),),
             (('serialNumber', '3359300'),),
             (('streetAddress', '16 Allen Rd'),),
             (('postalCode', '03894-4801'),),
             (('countryName', 'US'),),
             (('stateOrProvinceName', 'NH'),),
             (('localityName', 'Wolfeboro,'),),
             (('organizationName', 'Python Software Foundation'),),
             (('commonName', 'www.python.org'),)),
 'subjectAltName': (('DNS', 'www.python.org'),
                    ('DNS', 'python.org'),
                    ('DNS', 'pypi.python.org'),
                    ('DNS', 'docs.python.org'),
                    ('DNS', 'testpypi.python.org'),
                    ('DNS', 'bugs.python.org'),
                    ('DNS', 'wiki.python.org'),
                    ('DNS', 'hg.python.org'),
                    ('DNS', 'mail.python.org'),
                    ('DNS', 'packaging.python.org'),
                    ('DNS', 'pythonhosted.org'),
                    ('DNS', 'www.pythonhosted.org'),
                    ('DNS', 'test.pythonhosted.org'),
                    ('DNS', 'us.pycon.org'),
                    ('DNS', 'id.python.org')),
 'version': 3}
`

// effCert is the getpeercert() example of the ssl docs (getpeercert
// section), whose long RDN values wrap onto their own lines.
const effCert = `{'issuer': ((('countryName', 'IL'),),
            (('organizationName', 'StartCom Ltd.'),),
            (('organizationalUnitName', 'Secure Digital Certificate Signing'),),
            (('commonName', 'StartCom Class 2 Primary Intermediate Server CA'),)),
 'notAfter': 'Nov 22 08:15:19 2013 GMT',
 'notBefore': 'Nov 21 03:09:52 2011 GMT',
 'serialNumber': '95F0',
 'subject': ((('description', '571208-SLe257oHY9fVQ07Z'),),
             (('countryName', 'US'),),
             (('stateOrProvinceName', 'California'),),
             (('localityName', 'San Francisco'),),
             (('organizationName', 'Electronic Frontier Foundation, Inc.'),),
             (('commonName', '*.eff.org'),),
             (('emailAddress', 'hostmaster (a] eff.org'),)),
 'subjectAltName': (('DNS', '*.eff.org'), ('DNS', 'eff.org')),
 'version': 3}`

const specResponse = `[b'HTTP/1.1 200 OK',
 b'Date: Sat, 18 Oct 2014 18:27:20 GMT',
 b'Server: nginx',
 b'Content-Type: text/html; charset=utf-8',
 b'X-Frame-Options: SAMEORIGIN',
 b'Content-Length: 45679',
 b'Accept-Ranges: bytes',
 b'Via: 1.1 varnish',
 b'Age: 2188',
 b'X-Served-By: cache-lcy1134-LCY',
 b'X-Cache: HIT',
 b'X-Cache-Hits: 11',
 b'Vary: Cookie',
 b'Strict-Transport-Security: max-age=63072000; includeSubDomains',
 b'Connection: close',
 b'',
 b'']`

// TestSpecExamples checks the ssl docs' pprint examples byte for byte
// against the documented output and against CPython 3.6.
func TestSpecExamples(t *testing.T) {
	tests := []struct {
		name, value, want string
	}{
		{"www.python.org cert", specCert, specCert},
		{"eff.org cert", effCert, ""},
		{"HEAD response lines", specResponse, specResponse + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "import pprint\ncert = " + tc.value + "\npprint.pprint(cert)\n"
			got := pytesting.MustRun(t, src)
			if tc.want != "" {
				assert.Equal(t, tc.want, got)
			}
			assert.Equal(t, cpython(t, src), got)
		})
	}
}

// pprintCases are Python expressions (valid in both gpython and CPython)
// printed by the differential test at several widths.
var pprintCases = []struct{ name, expr string }{
	{"int", "42"},
	{"negative int", "-7"},
	{"big int", "123456789012345678901234567890"},
	{"float", "0.1"},
	{"float whole", "3.0"},
	{"float big", "1e16"},
	{"float small", "1e-05"},
	{"float neg", "-2.5e-07"},
	{"float 1e15", "123456789012345.6"},
	{"None", "None"},
	{"True", "True"},
	{"False", "False"},
	{"empty str", "''"},
	{"str", "'hello'"},
	{"str with quote", `"it's"`},
	{"str with both quotes", `'a\'b"c'`},
	{"str escapes", `'tab\there\nnl\r\x00\x7f\\'`},
	{"str unicode", `'caf\u00e9 \u2028 \u00a0 \u4e2d'`},
	{"empty bytes", "b''"},
	{"bytes", `b'abc'`},
	{"bytes escapes", `b'\x00\xff\t\n\'"\\'`},
	{"bytes quote", `b"it's"`},
	{"empty list", "[]"},
	{"empty tuple", "()"},
	{"empty dict", "{}"},
	{"one-tuple", "('a',)"},
	{"one-tuple int", "(1,)"},
	{"nested one-tuples", "((('countryName', 'US'),),)"},
	{"list of ints", "list(range(10))"},
	{"long list of ints", "list(range(40))"},
	{"long list of strs", "['item%d' % i for i in range(30)]"},
	{"tuple of lists", "([1, 2, 3], [4, 5, 6], ['x' * 30, 'y' * 30])"},
	{"dict sorted", "{'b': 1, 'a': 2, 'c': 3}"},
	{"dict long", "{'key%02d' % i: 'value %d' % i for i in range(12)}"},
	{"dict nested", "{'a': {'b': {'c': list(range(30))}}, 'z': [{'q': 'w' * 50}]}"},
	{"dict of tuples", "{'t': tuple(range(25)), 'u': (1,), 'v': ()}"},
	{"list of dicts", "[{'name': 'n%d' % i, 'value': i * 1000} for i in range(6)]"},
	{"long str", "'lorem ipsum dolor sit amet ' * 8"},
	{"long str no spaces", "'x' * 200"},
	{"long str multiline", "'first line\\nsecond line is long ' * 6"},
	{"long str in list", "['word ' * 30, 'short']"},
	{"long str in dict", "{'description': 'a fairly long description text ' * 4}"},
	{"long str in tuple", "('spam eggs ' * 20,)"},
	{"long bytes", "b'" + strings.Repeat("abcdefgh", 20) + "'"},
	{"long bytes escapes", "b'" + strings.Repeat(`\x00\x01\xfe\xff`, 30) + "'"},
	{"bytes in list", "[b'" + strings.Repeat("0123456789", 12) + "', b'ab']"},
	{"bytes in dict", "{'k': b'" + strings.Repeat("z", 100) + "'}"},
	{"bytes words", "b'" + strings.Repeat("GET / HTTP/1.1\\r\\n", 8) + "'"},
	{"mixed", "[1, 'two', 3.0, None, True, (4,), [5], {'six': 6}, b'seven']"},
	{"deep", "[[[[[[[[[[1, 2, 3] * 3] * 2] * 2]]]]]]]"},
	{"width boundary 79", "['a' * 37, 'b' * 37]"},
	{"width boundary 80", "['a' * 37, 'b' * 38]"},
	{"width boundary 81", "['a' * 38, 'b' * 38]"},
	{"dict boundary", "{'k': 'v' * 71}"},
	{"dict boundary over", "{'k': 'v' * 72}"},
	{"tuple boundary", "('x' * 74,)"},
	{"tuple boundary over", "('x' * 75,)"},
	{"set of ints", "{3, 1, 2}"},
	{"set hash order", "{9, 2, 20}"},
	{"set merged", "{10, 3, 12, 5, 7}"},
	{"set in list", "[{7, 3, 5, 1, 0, 6}, {40, 33}]"},
	{"long set", "set(range(40))"},
	{"empty set", "set()"},
	{"tuple of tuples", "tuple((i, str(i), [i] * 3) for i in range(8))"},
	{"list of long strs", "['The quick brown fox jumps over the lazy dog %d' % i for i in range(4)]"},
	{"unicode long", "'\u00e9t\u00e9 ' * 30"},
	{"dict subclass", "type('D2', (dict,), {})({'k%d' % i: i for i in range(12)})"},
	{"list subclass", "type('L2', (list,), {})(range(30))"},
	{"set subclass", "type('S2', (set,), {})(range(30))"},
	{"frozenset subclass", "type('F2', (frozenset,), {})(range(30))"},
	{"tuple subclass", "type('T2', (tuple,), {})(range(30))"},
	{"str subclass", "type('U2', (str,), {})('the quick brown fox jumps over the lazy dog ' * 3)"},
	{"nested subclasses", "[type('D2', (dict,), {})(a=[1] * 20, b=type('S2', (set,), {})([3, 1, 2]))]"},
	{"dict subclass own repr", "type('D3', (dict,), {'__repr__': lambda s: 'D3!'})({i: i for i in range(30)})"},
	{"ordered dict subclass own repr", "type('OD3', (__import__('collections').OrderedDict,), {'__repr__': lambda s: 'OD3!'})((i, -i) for i in range(30))"},
	{"counter subclass own repr", "type('C3', (__import__('collections').Counter,), {'__repr__': lambda s: 'C3!'})('abracadabra' * 3)"},
}

// TestDifferential compares pprint/pformat output with CPython 3.6 for every
// case at the default settings and at narrow widths, depth and compact.
func TestDifferential(t *testing.T) {
	calls := []string{
		"pprint.pprint(x)",
		"pprint.pprint(x, width=30)",
		"pprint.pprint(x, indent=4, width=60)",
		"pprint.pprint(x, depth=2)",
		"pprint.pprint(x, width=40, compact=True)",
		"print(pprint.pformat(x, width=1))",
		"print(pprint.saferepr(x))",
		"print(pprint.isreadable(x))",
	}
	for _, tc := range pprintCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // each case runs in its own context and process
			src := "import pprint\nx = " + tc.expr + "\n" + strings.Join(calls, "\n") + "\n"
			want := cpython(t, src)
			got, err := pytesting.Run(t, src)
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

// TestPrettyPrinter checks the class and argument validation.
func TestPrettyPrinter(t *testing.T) {
	src := `import pprint
pp = pprint.PrettyPrinter(indent=2, width=20)
pp.pprint({'alpha': [1, 2, 3], 'beta': ('x' * 10, 'y' * 10)})
print(pp.pformat(list(range(8))))
print(pp.isreadable([1]), pp.isrecursive([1]))
for kw in ({'indent': -1}, {'width': 0}, {'depth': 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError', e)
try:
    pprint.pformat([1], depth=-1)
except ValueError as e:
    print('ValueError', e)
`
	want := cpython(t, src)
	got, err := pytesting.Run(t, src)
	require.NoError(t, err)
	assert.Equal(t, want, got)
}
