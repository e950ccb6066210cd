package testcerts

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"
)

// CA is a self-signed certificate authority that issues test leaves into
// its directory. Its fields are read-only after NewCA, so one CA may issue
// from several goroutines at once.
type CA struct {
	Cert *x509.Certificate
	Key  crypto.Signer
	Path string // PEM file holding Cert
	Dir  string // where Leaf writes its files
}

// CASpec says what NewCA makes. A zero NotBefore means an hour ago, a zero
// NotAfter a day after NotBefore, a zero KeyUsage CertSign and CRLSign.
type CASpec struct {
	Subject             pkix.Name
	NotBefore, NotAfter time.Time
	KeyUsage            x509.KeyUsage
	// KeyFile, when set, is the file in the CA's directory where NewCA
	// also writes the CA's private key (PKCS#8), for fixtures that sign
	// with it outside Go.
	KeyFile string
}

// LeafSpec says what CA.Leaf issues. Zero values take defaults: NotBefore
// an hour ago, NotAfter a day after NotBefore, KeyUsage DigitalSignature,
// Key a new ECDSA P-256 key.
type LeafSpec struct {
	Subject             pkix.Name
	DNSNames            []string
	IPs                 []net.IP
	NotBefore, NotAfter time.Time
	// Client makes a client certificate (ExtKeyUsageClientAuth) instead of
	// a server one (ExtKeyUsageServerAuth).
	Client bool
	// CAFalse adds a basicConstraints extension saying CA:FALSE, which
	// leaves otherwise go without.
	CAFalse  bool
	KeyUsage x509.KeyUsage
	// Key must be a key x509.MarshalPKCS8PrivateKey accepts (RSA, ECDSA,
	// Ed25519).
	Key crypto.Signer
}

// Serials come from one process-wide counter under a per-process base
// from the clock, so no two certificates made here share an issuer and a
// serial, even across CAs with the same subject (OpenSSL's store would
// treat such certificates as one).
var (
	serialBase = big.NewInt(time.Now().UnixNano())
	serialNext atomic.Uint64
)

func nextSerial() *big.Int {
	n := new(big.Int).Lsh(serialBase, 32)
	return n.Add(n, new(big.Int).SetUint64(serialNext.Add(1)))
}

// validity fills in the default window for zero times.
func validity(notBefore, notAfter time.Time) (time.Time, time.Time) {
	if notBefore.IsZero() {
		notBefore = time.Now().Add(-time.Hour)
	}
	if notAfter.IsZero() {
		notAfter = notBefore.Add(24 * time.Hour)
	}
	return notBefore, notAfter
}

// NewCA makes an ECDSA P-256 CA and writes its certificate as PEM to
// dir/file (and its key to dir/spec.KeyFile when that is set).
func NewCA(dir, file string, spec CASpec) (*CA, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	usage := spec.KeyUsage
	if usage == 0 {
		usage = x509.KeyUsageCertSign | x509.KeyUsageCRLSign
	}
	nb, na := validity(spec.NotBefore, spec.NotAfter)
	tmpl := &x509.Certificate{
		SerialNumber:          nextSerial(),
		Subject:               spec.Subject,
		NotBefore:             nb,
		NotAfter:              na,
		IsCA:                  true,
		BasicConstraintsValid: true,
		KeyUsage:              usage,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	ca := &CA{Cert: cert, Key: key, Path: filepath.Join(dir, file), Dir: dir}
	if err := WritePEM(ca.Path, "CERTIFICATE", der, nil); err != nil {
		return nil, err
	}
	if spec.KeyFile != "" {
		kder, err := x509.MarshalPKCS8PrivateKey(key)
		if err != nil {
			return nil, err
		}
		if err := WritePEM(filepath.Join(dir, spec.KeyFile), "PRIVATE KEY", kder, nil); err != nil {
			return nil, err
		}
	}
	return ca, nil
}

// Leaf issues a certificate and writes it to ca.Dir/file followed by its
// private key (PKCS#8), the one-file form load_cert_chain(certfile) takes.
// It returns the file's path.
func (ca *CA) Leaf(file string, spec LeafSpec) (string, error) {
	der, kder, _, err := ca.issue(spec)
	if err != nil {
		return "", err
	}
	data := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	data = append(data, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder})...)
	path := filepath.Join(ca.Dir, file)
	return path, os.WriteFile(path, data, 0o600)
}

// LeafPair issues a certificate like Leaf but writes it to ca.Dir/certFile
// and its private key (PKCS#8) to ca.Dir/keyFile, the certfile/keyfile
// pair, and returns both as a tls.Certificate for a Go peer.
func (ca *CA) LeafPair(certFile, keyFile string, spec LeafSpec) (tls.Certificate, error) {
	der, kder, key, err := ca.issue(spec)
	if err != nil {
		return tls.Certificate{}, err
	}
	if err := WritePEM(filepath.Join(ca.Dir, certFile), "CERTIFICATE", der, nil); err != nil {
		return tls.Certificate{}, err
	}
	if err := WritePEM(filepath.Join(ca.Dir, keyFile), "PRIVATE KEY", kder, nil); err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

// issue signs a leaf for spec and returns its DER, its key's PKCS#8 DER
// and the key.
func (ca *CA) issue(spec LeafSpec) (der, kder []byte, key crypto.Signer, err error) {
	key = spec.Key
	if key == nil {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			return nil, nil, nil, err
		}
		key = k
	}
	usage := spec.KeyUsage
	if usage == 0 {
		usage = x509.KeyUsageDigitalSignature
	}
	eku := x509.ExtKeyUsageServerAuth
	if spec.Client {
		eku = x509.ExtKeyUsageClientAuth
	}
	nb, na := validity(spec.NotBefore, spec.NotAfter)
	tmpl := &x509.Certificate{
		SerialNumber:          nextSerial(),
		Subject:               spec.Subject,
		DNSNames:              spec.DNSNames,
		IPAddresses:           spec.IPs,
		NotBefore:             nb,
		NotAfter:              na,
		KeyUsage:              usage,
		ExtKeyUsage:           []x509.ExtKeyUsage{eku},
		BasicConstraintsValid: spec.CAFalse,
	}
	der, err = x509.CreateCertificate(rand.Reader, tmpl, ca.Cert, key.Public(), ca.Key)
	if err != nil {
		return nil, nil, nil, err
	}
	kder, err = x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, nil, nil, err
	}
	return der, kder, key, nil
}

// LeafFile is one leaf for CA.Leaves: the file to write, what to issue,
// and where to store the written file's path.
type LeafFile struct {
	File string
	Spec LeafSpec
	Path *string
}

// Leaves issues each leaf in order with Leaf, stopping at the first error.
func (ca *CA) Leaves(leaves ...LeafFile) error {
	for _, l := range leaves {
		path, err := ca.Leaf(l.File, l.Spec)
		if err != nil {
			return fmt.Errorf("%s: %w", l.File, err)
		}
		*l.Path = path
	}
	return nil
}
