package ssl

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// certPyToAny turns the objects certDict builds into JSON-shaped Go values
// (tuples as lists), so they compare with python3's json.dumps. gpython's
// own repr of 1-tuples is wrong, so the comparison happens here.
func certPyToAny(t *testing.T, o py.Object) any {
	t.Helper()
	switch v := o.(type) {
	case *vm.Dict:
		m := map[string]any{}
		for _, k := range v.Keys() {
			x, _ := v.GetStr(string(k.(py.String)))
			m[string(k.(py.String))] = certPyToAny(t, x)
		}
		return m
	case py.Tuple:
		l := []any{}
		for _, x := range v {
			l = append(l, certPyToAny(t, x))
		}
		return l
	case py.String:
		return string(v)
	case py.Int:
		return float64(v)
	}
	t.Fatalf("unexpected %T in certificate dict", o)
	return nil
}

const certPyScript = `
import json, ssl, sys
for p in sys.argv[1:]:
    try:
        r = {"ok": ssl._ssl._test_decode_cert(p)}
    except Exception as e:
        r = {"error": type(e).__name__, "msg": str(e)}
    print(json.dumps(r, sort_keys=True))
`

// certFixtures writes a crypto/x509 leaf with every extension CPython
// reports, and (when the openssl command exists) an openssl-made
// certificate with othername, registeredID and dirName names.
func certFixtures(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(0x95F0),
		Subject: pkix.Name{CommonName: "*.eff.org", Country: []string{"US"}, Province: []string{"California"},
			Organization: []string{"Electronic Frontier Foundation, Inc."}},
		NotBefore: time.Date(2011, 11, 21, 3, 9, 52, 0, time.UTC), NotAfter: time.Date(2013, 11, 22, 8, 15, 19, 0, time.UTC),
		DNSNames: []string{"*.eff.org", "eff.org"}, EmailAddresses: []string{"hostmaster@eff.org"},
		IPAddresses:           []net.IP{net.ParseIP("192.0.2.1"), net.ParseIP("2001:db8::1")},
		OCSPServer:            []string{"http://ocsp.example.org"},
		IssuingCertificateURL: []string{"http://ca.example.org/ca.der"},
		CRLDistributionPoints: []string{"http://crl.example.org/a.crl"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	leaf := filepath.Join(dir, "leaf.pem")
	require.NoError(t, os.WriteFile(leaf, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
	paths := []string{leaf}

	if bin, err := exec.LookPath("openssl"); err == nil {
		cnf := filepath.Join(dir, "c.cnf")
		require.NoError(t, os.WriteFile(cnf, []byte(`[req]
distinguished_name = dn
prompt = no
x509_extensions = ext
[dn]
CN = hostile.example
+O = multi valued
[ext]
subjectAltName = otherName:1.2.3.4;UTF8:some,otherName:1.3.6.1.4.1.311.20.2.3;UTF8:upn@x,RID:1.2.3.4,RID:2.5.4.3,dirName:dir_sect,DNS:a.example,IP:192.0.2.1,IP:2001:db8::1,email:a@b.c,URI:http://u/
authorityInfoAccess = caIssuers;URI:http://ca.example/ca.der
[dir_sect]
C = UK
O = My Organization
`), 0o600))
		out := filepath.Join(dir, "openssl.pem")
		b, err := exec.Command(bin, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
			"-keyout", filepath.Join(dir, "k.pem"), "-out", out, "-config", cnf, "-days", "2", "-multivalue-rdn").CombinedOutput()
		require.NoError(t, err, string(b))
		paths = append(paths, out)
	}
	for _, pat := range []string{"/root/.pyenv/versions/*/lib/python3*/test/certdata/*.pem", "/usr/lib/python3*/test/certdata/*.pem"} {
		m, _ := filepath.Glob(pat)
		paths = append(paths, m...)
	}
	return paths
}

// TestTestDecodeCertMatchesCPython: _ssl._test_decode_cert gives python3's
// dict, key for key, for each fixture.
func TestTestDecodeCertMatchesCPython(t *testing.T) {
	py3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: differential test skipped")
	}
	paths := certFixtures(t)
	out, err := exec.Command(py3, append([]string{"-c", certPyScript}, paths...)...).Output()
	require.NoError(t, err)
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	same := 0
	for i := 0; sc.Scan(); i++ {
		require.Less(t, i, len(paths))
		var want map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &want))
		t.Run(filepath.Base(paths[i]), func(t *testing.T) {
			got, err := sslTestDecodeCert(nil, py.Tuple{py.String(paths[i])})
			if werr, ok := want["error"]; ok {
				require.Error(t, err)
				exc, ok := err.(*py.Exception)
				require.True(t, ok, "%T", err)
				assert.Equal(t, werr, strings.TrimPrefix(exc.Base.Name, "ssl."))
				if !t.Failed() {
					same++
				}
				return
			}
			require.NoError(t, err)
			// Through JSON, as python3's side went.
			b, err := json.Marshal(certPyToAny(t, got))
			require.NoError(t, err)
			var g any
			require.NoError(t, json.Unmarshal(b, &g))
			assert.Equal(t, want["ok"], g)
			if !t.Failed() {
				same++
			}
		})
	}
	t.Logf("%d of %d certificates: the same dict (or exception class) as CPython", same, len(paths))
}

// TestCertToPy checks certToPy on DER and its errors.
func TestCertToPy(t *testing.T) {
	paths := certFixtures(t)
	b, err := os.ReadFile(paths[0])
	require.NoError(t, err)
	blk, _ := pem.Decode(b)
	require.NotNil(t, blk)
	d, err := certToPy(blk.Bytes)
	require.NoError(t, err)
	dict := d.(*vm.Dict)
	get := func(key string) py.Object {
		v, _ := dict.GetStr(key)
		return v
	}
	assert.Equal(t, py.String("95F0"), get("serialNumber"))
	assert.Equal(t, py.String("Nov 22 08:15:19 2013 GMT"), get("notAfter"))
	assert.Equal(t, py.Int(3), get("version"))
	assert.Equal(t, py.Tuple{py.Tuple{py.String("DNS"), py.String("*.eff.org")}, py.Tuple{py.String("DNS"), py.String("eff.org")},
		py.Tuple{py.String("email"), py.String("hostmaster@eff.org")},
		py.Tuple{py.String("IP Address"), py.String("192.0.2.1")}, py.Tuple{py.String("IP Address"), py.String("2001:DB8:0:0:0:0:0:1")}},
		get("subjectAltName"))
	assert.Equal(t, py.Tuple{py.String("http://ocsp.example.org")}, get("OCSP"))

	_, err = certToPy([]byte("junk"))
	exc, ok := err.(*py.Exception)
	require.True(t, ok, "%T", err)
	assert.Equal(t, SSLErrorType, exc.Base)

	exc, ok = fromError(&_ssl.UnicodeError{Data: "a\xff", Pos: 1, Reason: "invalid start byte"}).(*py.Exception)
	require.True(t, ok)
	assert.Equal(t, py.UnicodeDecodeError, exc.Base)
}

// TestTestDecodeCertFromPython runs _test_decode_cert from gpython: the
// values, the argument errors and the file errors CPython raises.
func TestTestDecodeCertFromPython(t *testing.T) {
	paths := certFixtures(t)
	notPEM := filepath.Join(t.TempDir(), "text.txt")
	require.NoError(t, os.WriteFile(notPEM, []byte("hello\n"), 0o600))
	src := fmt.Sprintf(`
import ssl
d = ssl._ssl._test_decode_cert(%q)
print(d["version"], d["serialNumber"], d["subject"][0][0][0], d["subject"][0][0][1])
print(d["subjectAltName"][0][0], d["subjectAltName"][0][1], len(d["subjectAltName"]))
print(d["crlDistributionPoints"][0], d["caIssuers"][0])
for arg in [%q, %q]:
    try:
        ssl._ssl._test_decode_cert(arg)
    except ssl.SSLError as e:
        print("SSLError:", e)
for args in [(), (1,), ("a", "b")]:
    try:
        ssl._ssl._test_decode_cert(*args)
    except TypeError as e:
        print("TypeError:", e)
`, paths[0], filepath.Join(t.TempDir(), "missing.pem"), notPEM)
	out := pytesting.MustRun(t, src)
	assert.Equal(t, `3 95F0 countryName US
DNS *.eff.org 5
http://crl.example.org/a.crl http://ca.example.org/ca.der
SSLError: Can't open file
SSLError: Error decoding PEM-encoded file
TypeError: _ssl._test_decode_cert() takes exactly one argument (0 given)
TypeError: expected str, bytes or os.PathLike object, not int
TypeError: _ssl._test_decode_cert() takes exactly one argument (2 given)
`, out)
}
