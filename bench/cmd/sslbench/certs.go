package main

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"net"
	"path/filepath"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// certSet holds a CA and two leaf certificates (ECDSA P-256 and RSA-2048)
// for "localhost" and 127.0.0.1, both as tls.Certificate for the Go server
// and as PEM files for the Python clients and servers.
type certSet struct {
	CAFile string // PEM of the CA certificate: load_verify_locations / -CAfile
	Leaf   map[string]tls.Certificate
	// CertFile and KeyFile are the PEM files of each leaf (load_cert_chain).
	CertFile map[string]string
	KeyFile  map[string]string
}

// Certificate kinds, keys of certSet.Leaf.
const (
	certECDSA = "ECDSA"
	certRSA   = "RSA"
)

// benchHostname is the name every client verifies (server_hostname).
const benchHostname = "localhost"

// newCertSet generates the CA and both leafs into dir.
func newCertSet(dir string) (*certSet, error) {
	now := time.Now()
	nb, na := now.Add(-time.Hour), now.Add(24*time.Hour)
	ca, err := testcerts.NewCA(dir, "ca.pem", testcerts.CASpec{
		Subject:   pkix.Name{CommonName: "sslbench CA", Organization: []string{"gpython-ssl bench"}},
		NotBefore: nb, NotAfter: na,
		KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
	})
	if err != nil {
		return nil, err
	}
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	cs := &certSet{
		CAFile:   ca.Path,
		Leaf:     map[string]tls.Certificate{},
		CertFile: map[string]string{},
		KeyFile:  map[string]string{},
	}
	// A nil key makes the issuer generate an ECDSA P-256 one.
	for kind, key := range map[string]crypto.Signer{certECDSA: nil, certRSA: rsaKey} {
		cf, kf := "leaf-"+kind+".pem", "leaf-"+kind+".key"
		leaf, err := ca.LeafPair(cf, kf, testcerts.LeafSpec{
			Subject:   pkix.Name{CommonName: benchHostname},
			DNSNames:  []string{benchHostname},
			IPs:       []net.IP{net.IPv4(127, 0, 0, 1)},
			NotBefore: nb, NotAfter: na,
			KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
			Key:      key,
		})
		if err != nil {
			return nil, err
		}
		cs.CertFile[kind], cs.KeyFile[kind] = filepath.Join(dir, cf), filepath.Join(dir, kf)
		cs.Leaf[kind] = leaf
	}
	return cs, nil
}
