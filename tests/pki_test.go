package tests

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// pki is a test CA with the certificates the interop tests serve, written
// once into a temporary directory (made at run time: nothing expires in
// the repository).
type pki struct {
	Dir        string
	CA         string // CA certificate (PEM)
	OtherCA    string // an unrelated CA
	RSA        string // server cert+key, RSA 2048, for localhost/127.0.0.1
	ECDSA      string // server cert+key, P-256
	ECDSA2     string // like ECDSA, organizationName "gpython-ssl tests 2"
	Expired    string
	NotYet     string // not yet valid
	Client     string // client cert+key
	caCert     *x509.Certificate
	caKey      crypto.Signer
	serial     int64
	serialLock sync.Mutex
}

var (
	pkiOnce sync.Once
	pkiVal  *pki
	pkiErr  error
)

func testPKI(t testing.TB) *pki {
	t.Helper()
	pkiOnce.Do(func() { pkiVal, pkiErr = newPKI() })
	require.NoError(t, pkiErr)
	return pkiVal
}

func newPKI() (*pki, error) {
	dir, err := os.MkdirTemp("", "gpython-ssl-pki")
	if err != nil {
		return nil, err
	}
	p := &pki{Dir: dir}
	if p.caKey, p.caCert, p.CA, err = p.makeCA("ca.pem", "gpython-ssl interop CA"); err != nil {
		return nil, err
	}
	if _, _, p.OtherCA, err = p.makeCA("other-ca.pem", "Unrelated CA"); err != nil {
		return nil, err
	}
	now := time.Now()
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	hosts := []string{"localhost"}
	ips := []net.IP{net.ParseIP("127.0.0.1")}
	if p.RSA, err = p.leaf("rsa.pem", rsaKey, "localhost", hosts, ips, now.Add(-time.Hour), now.Add(30*24*time.Hour), false); err != nil {
		return nil, err
	}
	if p.ECDSA, err = p.leaf("ecdsa.pem", nil, "localhost", hosts, ips, now.Add(-time.Hour), now.Add(30*24*time.Hour), false); err != nil {
		return nil, err
	}
	if p.ECDSA2, err = p.leafOrg("ecdsa2.pem", "gpython-ssl tests 2", hosts, ips, now.Add(-time.Hour), now.Add(30*24*time.Hour)); err != nil {
		return nil, err
	}
	if p.Expired, err = p.leaf("expired.pem", nil, "localhost", hosts, ips, now.Add(-60*24*time.Hour), now.Add(-30*24*time.Hour), false); err != nil {
		return nil, err
	}
	if p.NotYet, err = p.leaf("notyet.pem", nil, "localhost", hosts, ips, now.Add(30*24*time.Hour), now.Add(60*24*time.Hour), false); err != nil {
		return nil, err
	}
	if p.Client, err = p.leaf("client.pem", nil, "gpython-ssl test client", nil, nil, now.Add(-time.Hour), now.Add(30*24*time.Hour), true); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *pki) nextSerial() *big.Int {
	p.serialLock.Lock()
	defer p.serialLock.Unlock()
	p.serial++
	return big.NewInt(time.Now().Unix()*1000 + p.serial)
}

func (p *pki) makeCA(name, cn string) (crypto.Signer, *x509.Certificate, string, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, "", err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          p.nextSerial(),
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"gpython-ssl tests"}},
		NotBefore:             time.Now().Add(-24 * time.Hour),
		NotAfter:              time.Now().Add(365 * 24 * time.Hour),
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, nil, "", err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, nil, "", err
	}
	path := filepath.Join(p.Dir, name)
	return key, cert, path, os.WriteFile(path, pemEncode("CERTIFICATE", der), 0o600)
}

// leaf writes a certificate and its key (PKCS#8) into one PEM file.
func (p *pki) leaf(name string, key crypto.Signer, cn string, dns []string, ips []net.IP, nb, na time.Time, client bool) (string, error) {
	return p.leafWith(name, key, pkix.Name{CommonName: cn, Organization: []string{"gpython-ssl tests"}}, dns, ips, nb, na, client)
}

// leafOrg is a localhost server certificate of another organization.
func (p *pki) leafOrg(name, org string, dns []string, ips []net.IP, nb, na time.Time) (string, error) {
	return p.leafWith(name, nil, pkix.Name{CommonName: "localhost", Organization: []string{org}}, dns, ips, nb, na, false)
}

func (p *pki) leafWith(name string, key crypto.Signer, subject pkix.Name, dns []string, ips []net.IP, nb, na time.Time, client bool) (string, error) {
	if key == nil {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			return "", err
		}
		key = k
	}
	usage := x509.ExtKeyUsageServerAuth
	if client {
		usage = x509.ExtKeyUsageClientAuth
	}
	tmpl := &x509.Certificate{
		SerialNumber: p.nextSerial(),
		Subject:      subject,
		DNSNames:     dns,
		IPAddresses:  ips,
		NotBefore:    nb,
		NotAfter:     na,
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:  []x509.ExtKeyUsage{usage},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, p.caCert, key.Public(), p.caKey)
	if err != nil {
		return "", err
	}
	kder, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return "", err
	}
	path := filepath.Join(p.Dir, name)
	data := append(pemEncode("CERTIFICATE", der), pemEncode("PRIVATE KEY", kder)...)
	return path, os.WriteFile(path, data, 0o600)
}

func pemEncode(typ string, der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der})
}
