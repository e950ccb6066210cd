package certgen

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parseCert(t *testing.T, p []byte) *x509.Certificate {
	t.Helper()
	block, rest := pem.Decode(p)
	require.NotNil(t, block)
	require.Equal(t, "CERTIFICATE", block.Type)
	require.Empty(t, rest)
	c, err := x509.ParseCertificate(block.Bytes)
	require.NoError(t, err)
	return c
}

func TestNewPair(t *testing.T) {
	now := time.Now().Truncate(time.Second)
	ca := Spec{CommonName: "test CA", Organization: "gpython-ssl", NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour)}
	leaf := Spec{CommonName: "localhost", Organization: "gpython-ssl", DNSNames: []string{"localhost"},
		IPs: []string{"127.0.0.1", "::1"}, NotBefore: now.Add(-time.Minute), NotAfter: now.Add(time.Hour)}
	p, err := NewPair(ca, leaf)
	require.NoError(t, err)

	caCert, leafCert := parseCert(t, p.CACert), parseCert(t, p.LeafCert)
	assert.Equal(t, "CN=test CA,O=gpython-ssl", caCert.Subject.String())
	assert.Equal(t, caCert.Subject.String(), caCert.Issuer.String())
	assert.True(t, caCert.IsCA)
	assert.True(t, caCert.BasicConstraintsValid)
	assert.Equal(t, x509.KeyUsageCertSign|x509.KeyUsageCRLSign, caCert.KeyUsage)
	assert.NotEmpty(t, caCert.SubjectKeyId)
	assert.Equal(t, 3, caCert.Version)
	assert.Equal(t, x509.ECDSAWithSHA256, caCert.SignatureAlgorithm)
	assert.True(t, caCert.NotBefore.Equal(ca.NotBefore), "%v", caCert.NotBefore)
	assert.True(t, caCert.NotAfter.Equal(ca.NotAfter), "%v", caCert.NotAfter)
	require.NoError(t, caCert.CheckSignatureFrom(caCert))

	assert.Equal(t, "CN=localhost,O=gpython-ssl", leafCert.Subject.String())
	assert.Equal(t, caCert.Subject.String(), leafCert.Issuer.String())
	assert.False(t, leafCert.IsCA)
	assert.True(t, leafCert.BasicConstraintsValid)
	assert.Equal(t, x509.KeyUsageDigitalSignature, leafCert.KeyUsage)
	assert.Equal(t, []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, leafCert.ExtKeyUsage)
	assert.Equal(t, []string{"localhost"}, leafCert.DNSNames)
	require.Len(t, leafCert.IPAddresses, 2)
	assert.True(t, leafCert.IPAddresses[0].Equal(net.IPv4(127, 0, 0, 1)))
	assert.True(t, leafCert.IPAddresses[1].Equal(net.IPv6loopback))
	assert.Equal(t, caCert.SubjectKeyId, leafCert.AuthorityKeyId)
	assert.NotEqual(t, caCert.SerialNumber, leafCert.SerialNumber)
	assert.Positive(t, leafCert.SerialNumber.Sign())

	roots := x509.NewCertPool()
	roots.AddCert(caCert)
	for _, name := range []string{"localhost", "127.0.0.1", "::1"} {
		_, err := leafCert.Verify(x509.VerifyOptions{Roots: roots, DNSName: name})
		assert.NoError(t, err, name)
	}
	_, err = leafCert.Verify(x509.VerifyOptions{Roots: roots, DNSName: "example.com"})
	assert.Error(t, err)

	for _, kp := range [][2][]byte{{p.CACert, p.CAKey}, {p.LeafCert, p.LeafKey}} {
		block, _ := pem.Decode(kp[1])
		require.NotNil(t, block)
		assert.Equal(t, "PRIVATE KEY", block.Type)
		key, err := x509.ParsePKCS8PrivateKey(block.Bytes)
		require.NoError(t, err)
		ec, ok := key.(*ecdsa.PrivateKey)
		require.True(t, ok, "%T", key)
		assert.Equal(t, elliptic.P256(), ec.Curve)
		_, err = tls.X509KeyPair(kp[0], kp[1])
		assert.NoError(t, err)
	}

	// A second pair has new keys.
	q, err := NewPair(ca, leaf)
	require.NoError(t, err)
	assert.NotEqual(t, p.CAKey, q.CAKey)
	assert.NotEqual(t, p.LeafKey, q.LeafKey)
}

func TestNewPairNoOrganizationNoSAN(t *testing.T) {
	now := time.Now()
	s := Spec{CommonName: "bare", NotBefore: now, NotAfter: now.Add(time.Hour)}
	p, err := NewPair(s, s)
	require.NoError(t, err)
	leaf := parseCert(t, p.LeafCert)
	assert.Equal(t, "CN=bare", leaf.Subject.String())
	assert.Empty(t, leaf.DNSNames)
	assert.Empty(t, leaf.IPAddresses)
}

func TestNewPairRejects(t *testing.T) {
	now := time.Now()
	good := Spec{CommonName: "x", NotBefore: now, NotAfter: now.Add(time.Hour)}
	cases := map[string]Spec{
		"empty common name": {NotBefore: now, NotAfter: now.Add(time.Hour)},
		"NUL in name":       {CommonName: "a\x00b", NotBefore: now, NotAfter: now.Add(time.Hour)},
		"NotAfter early":    {CommonName: "x", NotBefore: now, NotAfter: now},
		"comma in DNS name": {CommonName: "x", DNSNames: []string{"a,IP:1.2.3.4"}, NotBefore: now, NotAfter: now.Add(time.Hour)},
		"empty DNS name":    {CommonName: "x", DNSNames: []string{""}, NotBefore: now, NotAfter: now.Add(time.Hour)},
		"bad IP":            {CommonName: "x", IPs: []string{"not-an-ip"}, NotBefore: now, NotAfter: now.Add(time.Hour)},
	}
	for name, bad := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := NewPair(good, bad)
			assert.Error(t, err)
			_, err = NewPair(bad, good)
			assert.Error(t, err)
		})
	}
}
