// Package testcerts generates the certificate fixtures that the context
// tests of modules/_ssl and modules/ssl share: a CA, RSA and ECDSA leaves,
// an encrypted key, a CRL, DH parameters, written into a directory with
// validity around now, so nothing that can expire is committed.
package testcerts

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Fixtures are the generated files and the values tests compare with.
type Fixtures struct {
	Dir string
	// Paths of PEM files.
	CAPEM, CAKey, LeafPEM, LeafKey, LeafEncKey, OtherKey, ECLeafPEM, ECLeafKey,
	CRLPEM, Junk, DHPEM string
	CADER, LeafDER []byte
	Password       string // of LeafEncKey
	EncKeyPKCS8    bool   // true when openssl made a PKCS#8 v2 key
}

// FFDHE2048PEM is RFC 7919's group (a published constant, so it never expires).
const FFDHE2048PEM = `-----BEGIN DH PARAMETERS-----
MIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz
+8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a
87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7
YdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi
7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD
ssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==
-----END DH PARAMETERS-----
`

// WritePEM writes one PEM block to path.
func WritePEM(path, typ string, der []byte, headers map[string]string) error {
	return os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Headers: headers, Bytes: der}), 0o600)
}

// Generate writes the fixtures into dir.
func Generate(dir string) (*Fixtures, error) {
	cc := &Fixtures{Dir: dir, Password: "s3cret"}
	p := func(n string) string { return filepath.Join(dir, n) }
	now := time.Now()

	caKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "gpython-ssl test CA", Organization: []string{"gpython-ssl"}},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	cc.CADER, err = x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, err
	}
	ca, err := x509.ParseCertificate(cc.CADER)
	if err != nil {
		return nil, err
	}
	leafKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	leafTmpl := func(serial int64) *x509.Certificate {
		return &x509.Certificate{
			SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: "localhost"},
			NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
			DNSNames: []string{"localhost"}, IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
			KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		}
	}
	cc.LeafDER, err = x509.CreateCertificate(rand.Reader, leafTmpl(2), ca, &leafKey.PublicKey, caKey)
	if err != nil {
		return nil, err
	}
	ecKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	ecDER, err := x509.CreateCertificate(rand.Reader, leafTmpl(3), ca, &ecKey.PublicKey, caKey)
	if err != nil {
		return nil, err
	}
	otherKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	crlDER, err := x509.CreateRevocationList(rand.Reader, &x509.RevocationList{
		Number: big.NewInt(1), ThisUpdate: now.Add(-time.Hour), NextUpdate: now.Add(24 * time.Hour),
		RevokedCertificateEntries: []x509.RevocationListEntry{{SerialNumber: big.NewInt(99), RevocationTime: now.Add(-time.Minute)}},
	}, ca, caKey)
	if err != nil {
		return nil, err
	}

	pkcs8 := func(k crypto.PrivateKey) []byte {
		der, err := x509.MarshalPKCS8PrivateKey(k)
		if err != nil {
			panic(err)
		}
		return der
	}
	cc.CAPEM, cc.CAKey, cc.LeafPEM, cc.LeafKey = p("ca.pem"), p("ca.key"), p("leaf.pem"), p("leaf.key")
	cc.LeafEncKey, cc.OtherKey, cc.ECLeafPEM, cc.ECLeafKey = p("leaf_enc.key"), p("other.key"), p("ecleaf.pem"), p("ecleaf.key")
	cc.CRLPEM, cc.Junk, cc.DHPEM = p("crl.pem"), p("junk.pem"), p("dh.pem")
	for _, w := range []struct {
		path, typ string
		der       []byte
	}{
		{cc.CAPEM, "CERTIFICATE", cc.CADER}, {cc.CAKey, "PRIVATE KEY", pkcs8(caKey)},
		{cc.LeafPEM, "CERTIFICATE", cc.LeafDER}, {cc.LeafKey, "PRIVATE KEY", pkcs8(leafKey)},
		{cc.OtherKey, "PRIVATE KEY", pkcs8(otherKey)},
		{cc.ECLeafPEM, "CERTIFICATE", ecDER}, {cc.ECLeafKey, "PRIVATE KEY", pkcs8(ecKey)},
		{cc.CRLPEM, "X509 CRL", crlDER},
	} {
		if err := WritePEM(w.path, w.typ, w.der, nil); err != nil {
			return nil, err
		}
	}
	if err := os.WriteFile(cc.Junk, []byte("this is not PEM\n"), 0o600); err != nil {
		return nil, err
	}
	if err := os.WriteFile(cc.DHPEM, []byte(FFDHE2048PEM), 0o600); err != nil {
		return nil, err
	}
	// The encrypted key: PKCS#8 v2 AES-256-CBC by openssl when available,
	// else the legacy PEM encryption Go can still write (OpenSSL reads both).
	if out, err := exec.Command("openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc",
		"-in", cc.LeafKey, "-out", cc.LeafEncKey, "-passout", "pass:"+cc.Password).CombinedOutput(); err == nil {
		cc.EncKeyPKCS8 = true
	} else {
		//lint:ignore SA1019 fallback fixture only: OpenSSL reads legacy PEM encryption.
		blk, err2 := x509.EncryptPEMBlock(rand.Reader, "RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(leafKey), []byte(cc.Password), x509.PEMCipherAES256) //nolint:staticcheck
		if err2 != nil {
			return nil, fmt.Errorf("openssl: %v %s; legacy: %v", err, out, err2)
		}
		if err := os.WriteFile(cc.LeafEncKey, pem.EncodeToMemory(blk), 0o600); err != nil {
			return nil, err
		}
	}
	return cc, nil
}
