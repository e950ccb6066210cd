package testcerts_test

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readPEM returns the PEM blocks of path in order.
func readPEM(t *testing.T, path string) []*pem.Block {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var blocks []*pem.Block
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			break
		}
		blocks = append(blocks, b)
	}
	assert.Empty(t, data, "trailing bytes after the last PEM block")
	return blocks
}

// readBlock returns the DER of a file holding exactly one block of type typ.
func readBlock(t *testing.T, path, typ string) []byte {
	t.Helper()
	blocks := readPEM(t, path)
	require.Len(t, blocks, 1)
	require.Equal(t, typ, blocks[0].Type)
	return blocks[0].Bytes
}

// parseKey parses a PKCS#8 private key that must be a crypto.Signer.
func parseKey(t *testing.T, der []byte) crypto.Signer {
	t.Helper()
	key, err := x509.ParsePKCS8PrivateKey(der)
	require.NoError(t, err)
	signer, ok := key.(crypto.Signer)
	require.True(t, ok, "key %T is no crypto.Signer", key)
	return signer
}

// readCert parses a file holding exactly one CERTIFICATE block.
func readCert(t *testing.T, path string) *x509.Certificate {
	t.Helper()
	cert, err := x509.ParseCertificate(readBlock(t, path, "CERTIFICATE"))
	require.NoError(t, err)
	return cert
}

// readKey parses a file holding exactly one PRIVATE KEY (PKCS#8) block.
func readKey(t *testing.T, path string) crypto.Signer {
	t.Helper()
	return parseKey(t, readBlock(t, path, "PRIVATE KEY"))
}

// readLeaf parses a Leaf file: CERTIFICATE then PRIVATE KEY (PKCS#8).
func readLeaf(t *testing.T, path string) (*x509.Certificate, crypto.Signer) {
	t.Helper()
	blocks := readPEM(t, path)
	require.Len(t, blocks, 2)
	require.Equal(t, "CERTIFICATE", blocks[0].Type)
	require.Equal(t, "PRIVATE KEY", blocks[1].Type)
	cert, err := x509.ParseCertificate(blocks[0].Bytes)
	require.NoError(t, err)
	return cert, parseKey(t, blocks[1].Bytes)
}

// sameInstant compares times at the second precision certificates keep.
func sameInstant(t *testing.T, want, got time.Time, what string) {
	t.Helper()
	assert.True(t, want.Truncate(time.Second).Equal(got), "%s: want %v, got %v", what, want, got)
}

func TestNewCA(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	for _, tc := range []struct {
		name         string
		spec         testcerts.CASpec
		wantNB       time.Time
		wantValidFor time.Duration
		wantUsage    x509.KeyUsage
	}{
		{"defaults", testcerts.CASpec{Subject: pkix.Name{CommonName: "Default CA"}}, now.Add(-time.Hour), 24 * time.Hour,
			x509.KeyUsageCertSign | x509.KeyUsageCRLSign},
		{"explicit window", testcerts.CASpec{
			Subject:   pkix.Name{CommonName: "Window CA", Organization: []string{"gpython-ssl tests"}},
			NotBefore: now.Add(-24 * time.Hour), NotAfter: now.Add(365 * 24 * time.Hour),
		}, now.Add(-24 * time.Hour), 366 * 24 * time.Hour, x509.KeyUsageCertSign | x509.KeyUsageCRLSign},
		{"key usage", testcerts.CASpec{
			Subject:  pkix.Name{CommonName: "Usage CA"},
			KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		}, now.Add(-time.Hour), 24 * time.Hour, x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature},
		{"key file", testcerts.CASpec{Subject: pkix.Name{CommonName: "Keyed CA"}, KeyFile: "key file.key"},
			now.Add(-time.Hour), 24 * time.Hour, x509.KeyUsageCertSign | x509.KeyUsageCRLSign},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ca, err := testcerts.NewCA(dir, tc.name+".pem", tc.spec)
			require.NoError(t, err)
			cert := readCert(t, ca.Path)
			assert.Equal(t, ca.Cert.Raw, cert.Raw, "file and CA.Cert differ")
			assert.Equal(t, tc.spec.Subject.String(), cert.Subject.String())
			assert.Equal(t, cert.Subject.String(), cert.Issuer.String(), "not self-issued")
			assert.NoError(t, cert.CheckSignatureFrom(cert), "not self-signed")
			assert.True(t, cert.IsCA)
			assert.True(t, cert.BasicConstraintsValid)
			assert.Equal(t, tc.wantUsage, cert.KeyUsage)
			pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
			require.True(t, ok, "CA key is %T", cert.PublicKey)
			assert.Equal(t, elliptic.P256(), pub.Curve)
			assert.True(t, pub.Equal(ca.Key.Public()), "CA.Key does not match the certificate")
			if tc.spec.KeyFile != "" {
				key := readKey(t, filepath.Join(dir, tc.spec.KeyFile))
				assert.True(t, pub.Equal(key.Public()), "key file does not match the certificate")
			}
			// Defaults are relative to the call, so allow the test's own run time.
			assert.WithinDuration(t, tc.wantNB, cert.NotBefore, time.Minute)
			assert.WithinDuration(t, cert.NotBefore.Add(tc.wantValidFor), cert.NotAfter, time.Minute)
			if !tc.spec.NotBefore.IsZero() {
				sameInstant(t, tc.spec.NotBefore, cert.NotBefore, "NotBefore")
				sameInstant(t, tc.spec.NotAfter, cert.NotAfter, "NotAfter")
			}
		})
	}
}

func TestCALeaf(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	ca, err := testcerts.NewCA(dir, "ca.pem", testcerts.CASpec{
		Subject: pkix.Name{CommonName: "Leaf test CA"}, NotBefore: now.Add(-365 * 24 * time.Hour), NotAfter: now.Add(365 * 24 * time.Hour),
	})
	require.NoError(t, err)
	other, err := testcerts.NewCA(dir, "other.pem", testcerts.CASpec{Subject: pkix.Name{CommonName: "Leaf test CA"}})
	require.NoError(t, err)
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	ips := []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1")}

	for _, tc := range []struct {
		name      string
		spec      testcerts.LeafSpec
		wantEKU   x509.ExtKeyUsage
		wantUsage x509.KeyUsage
		wantRSA   bool
	}{
		{"server ecdsa", testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost", "*.wild.test", "f*.part.test"}, IPs: ips,
			NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		}, x509.ExtKeyUsageServerAuth, x509.KeyUsageDigitalSignature, false},
		{"server rsa key", testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "localhost", Organization: []string{"gpython-ssl tests"}}, DNSNames: []string{"localhost"}, IPs: ips[:1],
			NotBefore: now.Add(-time.Hour), NotAfter: now.Add(30 * 24 * time.Hour),
			KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment, Key: rsaKey,
		}, x509.ExtKeyUsageServerAuth, x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment, true},
		{"client", testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "test client"}, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour), Client: true,
		}, x509.ExtKeyUsageClientAuth, x509.KeyUsageDigitalSignature, false},
		{"expired", testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost"},
			NotBefore: now.Add(-48 * time.Hour), NotAfter: now.Add(-24 * time.Hour),
		}, x509.ExtKeyUsageServerAuth, x509.KeyUsageDigitalSignature, false},
		{"not yet valid", testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost"},
			NotBefore: now.Add(30 * 24 * time.Hour), NotAfter: now.Add(60 * 24 * time.Hour),
		}, x509.ExtKeyUsageServerAuth, x509.KeyUsageDigitalSignature, false},
		{"default window", testcerts.LeafSpec{Subject: pkix.Name{CommonName: "defaults"}},
			x509.ExtKeyUsageServerAuth, x509.KeyUsageDigitalSignature, false},
		{"ca false", testcerts.LeafSpec{Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost"}, CAFalse: true},
			x509.ExtKeyUsageServerAuth, x509.KeyUsageDigitalSignature, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, err := ca.Leaf(tc.name+".pem", tc.spec)
			require.NoError(t, err)
			cert, key := readLeaf(t, path)

			assert.Equal(t, tc.spec.Subject.String(), cert.Subject.String())
			assert.Equal(t, ca.Cert.Subject.String(), cert.Issuer.String())
			assert.Equal(t, tc.spec.DNSNames, cert.DNSNames)
			require.Len(t, cert.IPAddresses, len(tc.spec.IPs))
			for i, ip := range tc.spec.IPs {
				assert.True(t, ip.Equal(cert.IPAddresses[i]), "IP %d: want %v, got %v", i, ip, cert.IPAddresses[i])
			}
			if tc.spec.NotBefore.IsZero() {
				assert.WithinDuration(t, now.Add(-time.Hour), cert.NotBefore, time.Minute)
				assert.Equal(t, 24*time.Hour, cert.NotAfter.Sub(cert.NotBefore))
			} else {
				sameInstant(t, tc.spec.NotBefore, cert.NotBefore, "NotBefore")
				sameInstant(t, tc.spec.NotAfter, cert.NotAfter, "NotAfter")
			}
			assert.Equal(t, []x509.ExtKeyUsage{tc.wantEKU}, cert.ExtKeyUsage)
			assert.Equal(t, tc.wantUsage, cert.KeyUsage)
			assert.False(t, cert.IsCA)
			assert.Equal(t, tc.spec.CAFalse, cert.BasicConstraintsValid, "basicConstraints present")

			// The key in the file is the certificate's, and the given one when set.
			pub, ok := cert.PublicKey.(interface{ Equal(crypto.PublicKey) bool })
			require.True(t, ok)
			assert.True(t, pub.Equal(key.Public()), "key does not match the certificate")
			if tc.wantRSA {
				assert.IsType(t, &rsa.PublicKey{}, cert.PublicKey)
				assert.True(t, pub.Equal(tc.spec.Key.Public()), "LeafSpec.Key not used")
			} else {
				ec, ok := cert.PublicKey.(*ecdsa.PublicKey)
				require.True(t, ok, "leaf key is %T", cert.PublicKey)
				assert.Equal(t, elliptic.P256(), ec.Curve)
			}

			// Verify inside the window, so expired and future leaves chain too.
			at := cert.NotBefore.Add(cert.NotAfter.Sub(cert.NotBefore) / 2)
			roots := x509.NewCertPool()
			roots.AddCert(readCert(t, ca.Path))
			_, err = cert.Verify(x509.VerifyOptions{Roots: roots, CurrentTime: at, KeyUsages: []x509.ExtKeyUsage{tc.wantEKU}})
			assert.NoError(t, err)
			otherRoots := x509.NewCertPool()
			otherRoots.AddCert(other.Cert)
			_, err = cert.Verify(x509.VerifyOptions{Roots: otherRoots, CurrentTime: at, KeyUsages: []x509.ExtKeyUsage{tc.wantEKU}})
			assert.Error(t, err, "verified against a CA of the same name that did not sign it")
		})
	}
}

// TestLeafConcurrentSerials issues from one CA in parallel (run with -race)
// and checks that no two certificates share a serial.
func TestLeafConcurrentSerials(t *testing.T) {
	dir := t.TempDir()
	ca, err := testcerts.NewCA(dir, "ca.pem", testcerts.CASpec{Subject: pkix.Name{CommonName: "Serial CA"}})
	require.NoError(t, err)
	other, err := testcerts.NewCA(dir, "ca2.pem", testcerts.CASpec{Subject: pkix.Name{CommonName: "Serial CA"}})
	require.NoError(t, err)
	const n = 16
	paths := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			paths[i], errs[i] = ca.Leaf("leaf"+string(rune('a'+i))+".pem", testcerts.LeafSpec{Subject: pkix.Name{CommonName: "localhost"}})
		})
	}
	wg.Wait()
	seen := map[string]string{ca.Cert.SerialNumber.String(): "ca", other.Cert.SerialNumber.String(): "ca2"}
	assert.Len(t, seen, 2, "the two CAs share a serial")
	for i := range n {
		require.NoError(t, errs[i])
		cert, _ := readLeaf(t, paths[i])
		s := cert.SerialNumber.String()
		assert.Positive(t, cert.SerialNumber.Sign())
		assert.NotContains(t, seen, s, "serial of %s reused", paths[i])
		seen[s] = paths[i]
	}
}

func TestCALeaves(t *testing.T) {
	dir := t.TempDir()
	ca, err := testcerts.NewCA(dir, "ca.pem", testcerts.CASpec{Subject: pkix.Name{CommonName: "Leaves CA"}})
	require.NoError(t, err)
	for _, tc := range []struct {
		name      string
		files     []string
		wantErr   string
		wantPaths int // how many paths are set
	}{
		{"none", nil, "", 0},
		{"two", []string{"a.pem", "b.pem"}, "", 2},
		{"stops at the first error", []string{"c.pem", "missing/d.pem", "e.pem"}, "missing/d.pem", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			paths := make([]string, len(tc.files))
			var leaves []testcerts.LeafFile
			for i, f := range tc.files {
				leaves = append(leaves, testcerts.LeafFile{File: f, Spec: testcerts.LeafSpec{Subject: pkix.Name{CommonName: f}}, Path: &paths[i]})
			}
			err := ca.Leaves(leaves...)
			if tc.wantErr != "" {
				assert.ErrorContains(t, err, tc.wantErr)
			} else {
				assert.NoError(t, err)
			}
			for i, f := range tc.files {
				if i >= tc.wantPaths {
					assert.Empty(t, paths[i], "%s issued after the error", f)
					assert.NoFileExists(t, filepath.Join(dir, f))
					continue
				}
				assert.Equal(t, filepath.Join(dir, f), paths[i])
				cert, _ := readLeaf(t, paths[i])
				assert.Equal(t, f, cert.Subject.CommonName)
			}
		})
	}
}

func TestCALeafPair(t *testing.T) {
	dir := t.TempDir()
	ca, err := testcerts.NewCA(dir, "ca.pem", testcerts.CASpec{Subject: pkix.Name{CommonName: "Pair CA"}})
	require.NoError(t, err)
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	require.NoError(t, err)
	for _, tc := range []struct {
		name    string
		spec    testcerts.LeafSpec
		wantErr bool
	}{
		{"ecdsa default key", testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost"}, IPs: []net.IP{net.IPv4(127, 0, 0, 1)},
		}, false},
		{"rsa key", testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost"},
			KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment, Key: rsaKey,
		}, false},
		{"client ca false", testcerts.LeafSpec{Subject: pkix.Name{CommonName: "client"}, Client: true, CAFalse: true}, false},
		{"unwritable", testcerts.LeafSpec{Subject: pkix.Name{CommonName: "nowhere"}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			certFile, keyFile := tc.name+".pem", tc.name+".key"
			if tc.wantErr {
				certFile, keyFile = "missing/"+certFile, "missing/"+keyFile
			}
			pair, err := ca.LeafPair(certFile, keyFile, tc.spec)
			if tc.wantErr {
				assert.Error(t, err)
				assert.Empty(t, pair.Certificate)
				return
			}
			require.NoError(t, err)

			// Each file holds one block, and both agree with the tls.Certificate.
			cert := readCert(t, filepath.Join(dir, certFile))
			key := readKey(t, filepath.Join(dir, keyFile))
			require.Len(t, pair.Certificate, 1)
			assert.Equal(t, cert.Raw, pair.Certificate[0])
			signer, ok := pair.PrivateKey.(crypto.Signer)
			require.True(t, ok, "PrivateKey is %T", pair.PrivateKey)
			pub, ok := cert.PublicKey.(interface{ Equal(crypto.PublicKey) bool })
			require.True(t, ok)
			assert.True(t, pub.Equal(key.Public()), "key file does not match the certificate")
			assert.True(t, pub.Equal(signer.Public()), "tls.Certificate key does not match the certificate")
			if tc.spec.Key != nil {
				assert.True(t, pub.Equal(tc.spec.Key.Public()), "LeafSpec.Key not used")
			}
			assert.Equal(t, tc.spec.CAFalse, cert.BasicConstraintsValid)

			// The pair loads as Go's own certfile/keyfile loader would, and chains to the CA.
			_, err = tls.LoadX509KeyPair(filepath.Join(dir, certFile), filepath.Join(dir, keyFile))
			assert.NoError(t, err)
			eku := x509.ExtKeyUsageServerAuth
			if tc.spec.Client {
				eku = x509.ExtKeyUsageClientAuth
			}
			roots := x509.NewCertPool()
			roots.AddCert(ca.Cert)
			_, err = cert.Verify(x509.VerifyOptions{Roots: roots, KeyUsages: []x509.ExtKeyUsage{eku}})
			assert.NoError(t, err)
		})
	}
}
