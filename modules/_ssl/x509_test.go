package _ssl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/pem"
	"errors"
	mrand "math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// x5PyScript prints, for each PEM path argument, one JSON line: CPython's
// _test_decode_cert dict ({"ok": ...}, tuples as lists) or the exception
// ({"error": class name, "msg": str(e)}).
const x5PyScript = `
import json, ssl, sys
for p in sys.argv[1:]:
    try:
        r = {"ok": ssl._ssl._test_decode_cert(p)}
    except Exception as e:
        r = {"error": type(e).__name__, "msg": str(e)}
    print(json.dumps(r, sort_keys=True))
`

// x5Python runs CPython's decoder on paths and returns its canonical
// results, parsed from JSON so that they compare with x5Canon's.
func x5Python(t *testing.T, paths []string) []any {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: differential test skipped")
	}
	out, err := exec.Command(py, append([]string{"-c", x5PyScript}, paths...)...).Output()
	require.NoError(t, err)
	var res []any
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v))
		res = append(res, v)
	}
	require.Len(t, res, len(paths))
	return res
}

// x5Canon is our result in the JSON shape of x5PyScript, round-tripped
// through encoding/json so that numbers and lists have the same Go types.
func x5Canon(t *testing.T, c *Cert, err error) any {
	t.Helper()
	var v map[string]any
	if err != nil {
		v = map[string]any{"error": x5ErrClass(err), "msg": err.Error()}
	} else {
		v = map[string]any{"ok": x5CertMap(c)}
	}
	b, jerr := json.Marshal(v)
	require.NoError(t, jerr)
	var out any
	require.NoError(t, json.Unmarshal(b, &out))
	return out
}

// x5ErrClass is the Python class modules/ssl raises for err.
func x5ErrClass(err error) string {
	var ue *UnicodeError
	var ve *ValueError
	switch {
	case errors.As(err, &ue):
		return "UnicodeDecodeError"
	case errors.As(err, &ve):
		return "ValueError"
	}
	return "SSLError"
}

func x5NameList(n Name) []any {
	out := []any{}
	for _, rdn := range n {
		r := []any{}
		for _, a := range rdn {
			r = append(r, []any{a.Type, a.Value})
		}
		out = append(out, r)
	}
	return out
}

func x5StringList(ss []string) []any {
	out := []any{}
	for _, s := range ss {
		out = append(out, s)
	}
	return out
}

// x5CertMap is the dict CPython would build from c (modules/ssl's certDict
// does the same with Python objects).
func x5CertMap(c *Cert) map[string]any {
	m := map[string]any{
		"subject": x5NameList(c.Subject), "issuer": x5NameList(c.Issuer),
		"version": c.Version, "serialNumber": c.Serial,
		"notBefore": c.NotBefore, "notAfter": c.NotAfter,
	}
	if c.SubjectAltName != nil {
		san := []any{}
		for _, g := range c.SubjectAltName {
			if g.Kind == "DirName" {
				san = append(san, []any{g.Kind, x5NameList(g.DirName)})
			} else {
				san = append(san, []any{g.Kind, g.Value})
			}
		}
		m["subjectAltName"] = san
	}
	if len(c.OCSP) > 0 {
		m["OCSP"] = x5StringList(c.OCSP)
	}
	if len(c.CAIssuers) > 0 {
		m["caIssuers"] = x5StringList(c.CAIssuers)
	}
	if len(c.CRLDistributionPoints) > 0 {
		m["crlDistributionPoints"] = x5StringList(c.CRLDistributionPoints)
	}
	return m
}

// x5WriteCorpus writes the corpus as PEM files into a temporary directory.
func x5WriteCorpus(t *testing.T) ([]x5Cert, []string) {
	t.Helper()
	certs, err := x5Certs()
	require.NoError(t, err)
	dir := t.TempDir()
	var paths []string
	for _, c := range certs {
		p := filepath.Join(dir, c.name+".pem")
		require.NoError(t, os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.der}), 0o600))
		paths = append(paths, p)
	}
	return certs, paths
}

// x5OpenSSLCert makes a certificate with the openssl command from a config
// CPython's own test suite would use (otherName, RID, dirName and friends),
// or returns "" when openssl is missing.
func x5OpenSSLCert(t *testing.T, dir string) string {
	t.Helper()
	bin, err := exec.LookPath("openssl")
	if err != nil {
		return ""
	}
	cnf := filepath.Join(dir, "san.cnf")
	require.NoError(t, os.WriteFile(cnf, []byte(`[req]
distinguished_name = dn
prompt = no
x509_extensions = ext
[dn]
C = XY
L = Castle Anthrax
O = Python Software Foundation
CN = allsans
+emailAddress = multi@example.org
[ext]
subjectAltName = otherName:1.2.3.4;UTF8:some other identifier,otherName:1.3.6.1.5.2.2;SEQUENCE:princ_name,email:user@example.org,DNS:www.example.org,dirName:dir_sect,URI:https://www.python.org/,IP:127.0.0.1,IP:::1,RID:1.2.3.4.5
authorityInfoAccess = OCSP;URI:http://ocsp.example.org/,caIssuers;URI:http://ca.example.org/ca.cer
crlDistributionPoints = URI:http://crl.example.org/a.crl
[dir_sect]
C = XY
L = Castle Anthrax
O = Python Software Foundation
CN = dirname example
[princ_name]
realm = EXP:0, GeneralString:KERBEROS.REALM
principal_name = EXP:1, SEQUENCE:principal_seq
[principal_seq]
name_type = EXP:0, INTEGER:1
name_string = EXP:1, SEQUENCE:principals
[principals]
princ1 = GeneralString:username
`), 0o600))
	out := filepath.Join(dir, "openssl-allsans.pem")
	cmd := exec.Command(bin, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
		"-nodes", "-keyout", filepath.Join(dir, "k.pem"), "-out", out, "-config", cnf, "-days", "2", "-multivalue-rdn")
	b, err := cmd.CombinedOutput()
	require.NoError(t, err, string(b))
	return out
}

// x5SystemPEMs returns CPython test-suite certificates found on this
// machine (pyenv installs carry them), an extra corpus for the
// differential test; none are committed.
func x5SystemPEMs() []string {
	var out []string
	for _, pat := range []string{
		"/root/.pyenv/versions/*/lib/python3*/test/certdata/*.pem",
		"/root/.pyenv/versions/*/lib/python3*/test/*.pem",
		"/usr/lib/python3*/test/certdata/*.pem",
		"/usr/lib/python3*/test/*.pem",
	} {
		m, _ := filepath.Glob(pat)
		out = append(out, m...)
	}
	return out
}

// TestDecodeCertMatchesCPython compares our decoder with python3's
// ssl._ssl._test_decode_cert on every certificate of the corpus, the
// openssl-made one and the CPython test certificates present here.
func TestDecodeCertMatchesCPython(t *testing.T) {
	_, paths := x5WriteCorpus(t)
	if p := x5OpenSSLCert(t, t.TempDir()); p != "" {
		paths = append(paths, p)
	}
	paths = append(paths, x5SystemPEMs()...)
	want := x5Python(t, paths)
	same := 0
	for i, p := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".pem"), func(t *testing.T) {
			c, err := DecodeCertFile(p)
			got := x5Canon(t, c, err)
			w := want[i].(map[string]any)
			g := got.(map[string]any)
			if _, isErr := w["error"]; isErr {
				// Compare the class; the message too except for SSLError,
				// where CPython names its own C source line.
				assert.Equal(t, w["error"], g["error"], "%v", g["msg"])
				if w["error"] != "SSLError" || g["error"] != "SSLError" {
					assert.Equal(t, w["msg"], g["msg"])
				}
			} else {
				assert.Equal(t, w, g)
			}
			if !t.Failed() {
				same++
			}
		})
	}
	t.Logf("%d of %d certificates decode exactly as CPython's", same, len(paths))
}

// TestDecodeCertDERMatchesFile checks that the DER entry point gives what
// the PEM file loader gives.
func TestDecodeCertDERMatchesFile(t *testing.T) {
	certs, paths := x5WriteCorpus(t)
	for i, c := range certs {
		t.Run(c.name, func(t *testing.T) {
			fromDER, err1 := DecodeCertDER(c.der)
			fromFile, err2 := DecodeCertFile(paths[i])
			assert.Equal(t, err1 == nil, err2 == nil, "%v / %v", err1, err2)
			assert.Equal(t, fromFile, fromDER)
		})
	}
}

// TestDecodeCertFields pins a few values by hand, independent of python3.
func TestDecodeCertFields(t *testing.T) {
	certs, err := x5Certs()
	require.NoError(t, err)
	byName := map[string][]byte{}
	for _, c := range certs {
		byName[c.name] = c.der
	}
	decode := func(name string) *Cert {
		c, err := DecodeCertDER(byName[name])
		require.NoError(t, err, name)
		return c
	}

	ca := decode("rsa-ca")
	assert.Equal(t, "95F0", ca.Serial)
	assert.Equal(t, 3, ca.Version)
	assert.Contains(t, ca.Subject, RDN{{"emailAddress", "hostmaster@example.org"}})
	assert.Contains(t, ca.Subject, RDN{{"businessCategory", "Private Organization"}})
	assert.Contains(t, ca.Subject, RDN{{"1.3.6.1.4.1.55555.1.2", "unknown oid"}})
	assert.Equal(t, ca.Subject, ca.Issuer)
	assert.Nil(t, ca.SubjectAltName)

	leaf := decode("ecdsa-leaf")
	assert.Equal(t, "7F0102030405060708090A0B0C0D0E0F10111213", leaf.Serial)
	assert.Equal(t, "Jan  2 03:04:05 2020 GMT", leaf.NotBefore)
	assert.Equal(t, "Nov 22 08:15:19 2060 GMT", leaf.NotAfter)
	assert.Equal(t, []string{"http://ocsp.example.org", "http://ocsp2.example.org/x"}, leaf.OCSP)
	assert.Equal(t, []string{"http://ca.example.org/ca.der"}, leaf.CAIssuers)
	assert.Contains(t, leaf.SubjectAltName, GeneralName{Kind: "IP Address", Value: "2001:DB8:0:0:0:0:0:1"})
	assert.Contains(t, leaf.SubjectAltName, GeneralName{Kind: "IP Address", Value: "192.0.2.1"})

	multi := decode("multi-valued-rdn")
	assert.Equal(t, Name{
		{{"countryName", "DE"}},
		{{"commonName", "multi"}, {"organizationName", "valued"}, {"1.2.3.4", "three"}},
		{{"organizationalUnitName", "after"}},
	}, multi.Subject)

	assert.Equal(t, "www.python.org\x00example.org", decode("nul-in-subject").Subject[0][0].Value)
	assert.Equal(t, Name{}, decode("empty-subject").Subject)
	assert.Equal(t, 1, decode("version-1").Version)
	assert.Equal(t, "00", decode("zero-serial").Serial)
	assert.Equal(t, "-05", decode("negative-serial").Serial)
	assert.Equal(t, []GeneralName{}, decode("empty-san").SubjectAltName)

	all := decode("all-san-kinds")
	for _, g := range []GeneralName{
		{Kind: "DNS", Value: "www.python.org\x00example.org"},
		{Kind: "email", Value: "null@python.org\x00user@example.org"},
		{Kind: "URI", Value: "http://null.python.org\x00http://example.org"},
		{Kind: "IP Address", Value: "<invalid>"},
		{Kind: "Registered ID", Value: "1.2.3.4.5"},
		{Kind: "Registered ID", Value: "commonName"},
		{Kind: "othername", Value: "<unsupported>"},
		{Kind: "othername", Value: "UPN:upn@example.org"},
		{Kind: "X400Name", Value: "<unsupported>"},
		{Kind: "EdiPartyName", Value: "<unsupported>"},
		{Kind: "DirName", DirName: Name{{{"countryName", "UK"}}, {{"organizationName", "Dir Org"}, {"organizationalUnitName", "Dir OU"}}}},
	} {
		assert.Contains(t, all.SubjectAltName, g)
	}

	_, err = DecodeCertDER(byName["bad-utf8-dns"])
	var ue *UnicodeError
	require.ErrorAs(t, err, &ue)
	assert.Equal(t, "'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte", ue.Error())
}

func TestDecodeCertErrors(t *testing.T) {
	dir := t.TempDir()
	certs, err := x5Certs()
	require.NoError(t, err)
	pemOf := func(der []byte) []byte { return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}) }
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, data, 0o600))
		return p
	}
	twoCerts := write("two.pem", append(append([]byte("junk before\n"), pemOf(certs[1].der)...), pemOf(certs[0].der)...))
	c, err := DecodeCertFile(twoCerts)
	require.NoError(t, err)
	first, err := DecodeCertDER(certs[1].der)
	require.NoError(t, err)
	assert.Equal(t, first, c, "the first certificate of the file is decoded")

	tests := []struct {
		name, path string
		msg        string
	}{
		{"missing file", filepath.Join(dir, "missing.pem"), "Can't open file"},
		{"directory", dir, "Error decoding PEM-encoded file"},
		{"not PEM", write("text.pem", []byte("hello\n")), "Error decoding PEM-encoded file"},
		{"empty", write("empty.pem", nil), "Error decoding PEM-encoded file"},
		{"key not cert", write("key.pem", pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: []byte{1, 2}})), "Error decoding PEM-encoded file"},
		{"bad DER in PEM", write("bad.pem", pemOf([]byte{0x30, 0x03, 1, 2, 3})), "Error decoding PEM-encoded file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeCertFile(tc.path)
			var fe *CertFileError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.msg, fe.Error())
		})
	}

	t.Run("NUL in path", func(t *testing.T) {
		_, err := DecodeCertFile("a\x00b")
		var ve *ValueError
		assert.ErrorAs(t, err, &ve)
	})
	for _, der := range [][]byte{nil, {}, {0x30}, {0x30, 0x80}, []byte("not a certificate")} {
		t.Run("bad DER "+strconv.Quote(string(der)), func(t *testing.T) {
			_, err := DecodeCertDER(der)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, KindSSL, e.Kind)
			// ASN1's errors: CPython 3.6 names no library but PEM, X509, SSL.
			assert.Empty(t, e.Library(), e.Error())
			assert.NotEmpty(t, e.Text)
		})
	}
}

// x5RSS is the resident set size in bytes, from /proc/self/statm.
func x5RSS(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		t.Skip("no /proc/self/statm: RSS leak test skipped")
	}
	f := strings.Fields(string(b))
	pages, err := strconv.ParseInt(f[1], 10, 64)
	require.NoError(t, err)
	return pages * int64(os.Getpagesize())
}

// TestDecodeCertNoLeak decodes the certificates that exercise every free
// path (SAN of each kind, AIA, CRL DP, failing decodes) 100,000 times in
// all and checks that the resident set stays flat: a leaked X509 or
// GENERAL_NAMES would add hundreds of megabytes.
func TestDecodeCertNoLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 100,000 decodes skipped")
	}
	certs, err := x5Certs()
	require.NoError(t, err)
	var ders [][]byte
	for _, c := range certs {
		switch c.name {
		case "ecdsa-leaf", "all-san-kinds", "aia-crl-mixed", "bad-utf8-dns", "unicode-name", "bad-bmp-string":
			ders = append(ders, c.der)
		}
	}
	ders = append(ders, []byte("not a certificate"))
	require.Len(t, ders, 7)
	round := func(n int) {
		for i := 0; i < n; i++ {
			_, _ = DecodeCertDER(ders[i%len(ders)])
		}
	}
	settle := func() int64 {
		runtime.GC()
		debug.FreeOSMemory()
		return x5RSS(t)
	}
	round(10_000) // warm up allocator arenas
	before := settle()
	round(100_000)
	after := settle()
	t.Logf("RSS before %d KiB, after 100,000 decodes %d KiB", before/1024, after/1024)
	assert.Less(t, after-before, int64(16<<20), "RSS grew by %d KiB", (after-before)/1024)
}

// TestDecodeCertMutantsMatchCPython corrupts corpus certificates at random
// (a fixed seed, 600 mutants: byte flips, truncations and length-byte
// changes) and checks that python3 and our decoder agree on each: the same
// dict or the same exception class.
func TestDecodeCertMutantsMatchCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: mutant differential test skipped")
	}
	certs, err := x5Certs()
	require.NoError(t, err)
	rng := mrand.New(mrand.NewPCG(1, 2))
	dir := t.TempDir()
	var paths []string
	for i := 0; i < 600; i++ {
		der := append([]byte(nil), certs[rng.IntN(len(certs))].der...)
		switch rng.IntN(3) {
		case 0:
			for k := 0; k < 1+rng.IntN(3); k++ {
				der[rng.IntN(len(der))] ^= byte(1 << rng.IntN(8))
			}
		case 1:
			der = der[:rng.IntN(len(der))]
		default:
			der[rng.IntN(len(der))] = byte(rng.IntN(256))
		}
		p := filepath.Join(dir, "m"+strconv.Itoa(i)+".pem")
		require.NoError(t, os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600))
		paths = append(paths, p)
	}
	want := x5Python(t, paths)
	decoded, agree := 0, 0
	for i, p := range paths {
		c, err := DecodeCertFile(p)
		got := x5Canon(t, c, err).(map[string]any)
		w := want[i].(map[string]any)
		if _, isErr := w["error"]; isErr {
			if assert.Equal(t, w["error"], got["error"], "%s: %v", p, got["msg"]) {
				agree++
			}
			continue
		}
		decoded++
		if assert.Equal(t, w, got, p) {
			agree++
		}
	}
	t.Logf("%d of %d mutants agree with CPython (%d decoded)", agree, len(paths), decoded)
}
