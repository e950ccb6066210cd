package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
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
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "sslbench CA", Organization: []string{"gpython-ssl bench"}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, err
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, err
	}
	cs := &certSet{
		CAFile:   filepath.Join(dir, "ca.pem"),
		Leaf:     map[string]tls.Certificate{},
		CertFile: map[string]string{},
		KeyFile:  map[string]string{},
	}
	if err := writePEM(cs.CAFile, "CERTIFICATE", caDER); err != nil {
		return nil, err
	}
	for i, kind := range []string{certECDSA, certRSA} {
		var pub, priv any
		if kind == certECDSA {
			k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
			if err != nil {
				return nil, err
			}
			pub, priv = &k.PublicKey, k
		} else {
			k, err := rsa.GenerateKey(rand.Reader, 2048)
			if err != nil {
				return nil, err
			}
			pub, priv = &k.PublicKey, k
		}
		tmpl := &x509.Certificate{
			SerialNumber: big.NewInt(int64(10 + i)),
			Subject:      pkix.Name{CommonName: benchHostname},
			NotBefore:    now.Add(-time.Hour),
			NotAfter:     now.Add(24 * time.Hour),
			KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
			ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
			DNSNames:     []string{benchHostname},
			IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, pub, caKey)
		if err != nil {
			return nil, err
		}
		keyDER, err := x509.MarshalPKCS8PrivateKey(priv)
		if err != nil {
			return nil, err
		}
		cf := filepath.Join(dir, "leaf-"+kind+".pem")
		kf := filepath.Join(dir, "leaf-"+kind+".key")
		// The chain file carries the CA too, as a server would send it.
		if err := writePEM(cf, "CERTIFICATE", der); err != nil {
			return nil, err
		}
		if err := writePEM(kf, "PRIVATE KEY", keyDER); err != nil {
			return nil, err
		}
		cs.CertFile[kind], cs.KeyFile[kind] = cf, kf
		cs.Leaf[kind] = tls.Certificate{Certificate: [][]byte{der}, PrivateKey: priv}
	}
	return cs, nil
}

// writePEM writes one PEM block to path, readable by the owner only.
func writePEM(path, typ string, der []byte) error {
	data := pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der})
	if data == nil {
		return fmt.Errorf("pem encode %s", path)
	}
	return os.WriteFile(path, data, 0o600)
}
