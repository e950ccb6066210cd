package tests

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"net"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
	"github.com/stretchr/testify/require"
)

// pki is a test CA with the certificates the interop tests serve, written
// once into a temporary directory (made at run time: nothing expires in
// the repository).
type pki struct {
	Dir     string
	CA      string // CA certificate (PEM)
	OtherCA string // an unrelated CA
	RSA     string // server cert+key, RSA 2048, for localhost/127.0.0.1
	ECDSA   string // server cert+key, P-256
	ECDSA2  string // like ECDSA, organizationName "gpython-ssl tests 2"
	Expired string
	NotYet  string // not yet valid
	Client  string // client cert+key
}

// tempRoot is the directory TestMain removes at the end; the pki is
// written inside it.
var tempRoot string

// pkiOnce makes the pki that testPKI shares.
var pkiOnce = sync.OnceValues(newPKI)

func testPKI(t testing.TB) *pki {
	t.Helper()
	p, err := pkiOnce()
	require.NoError(t, err)
	return p
}

func newPKI() (*pki, error) {
	dir, err := os.MkdirTemp(tempRoot, "gpython-ssl-pki")
	if err != nil {
		return nil, err
	}
	p := &pki{Dir: dir}
	now := time.Now()
	const day = 24 * time.Hour
	name := func(cn, org string) pkix.Name { return pkix.Name{CommonName: cn, Organization: []string{org}} }
	caSpec := func(cn string) testcerts.CASpec {
		return testcerts.CASpec{Subject: name(cn, "gpython-ssl tests"), NotBefore: now.Add(-day), NotAfter: now.Add(365 * day)}
	}
	ca, err := testcerts.NewCA(dir, "ca.pem", caSpec("gpython-ssl interop CA"))
	if err != nil {
		return nil, err
	}
	other, err := testcerts.NewCA(dir, "other-ca.pem", caSpec("Unrelated CA"))
	if err != nil {
		return nil, err
	}
	p.CA, p.OtherCA = ca.Path, other.Path
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	// server is a localhost server leaf valid from nb to na.
	server := func(org string, nb, na time.Time) testcerts.LeafSpec {
		return testcerts.LeafSpec{
			Subject: name("localhost", org), DNSNames: []string{"localhost"}, IPs: []net.IP{net.ParseIP("127.0.0.1")},
			NotBefore: nb, NotAfter: na, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		}
	}
	rsaSpec := server("gpython-ssl tests", now.Add(-time.Hour), now.Add(30*day))
	rsaSpec.Key = rsaKey
	client := testcerts.LeafSpec{
		Subject: name("gpython-ssl test client", "gpython-ssl tests"), NotBefore: now.Add(-time.Hour), NotAfter: now.Add(30 * day),
		Client: true, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
	}
	err = ca.Leaves(
		testcerts.LeafFile{File: "rsa.pem", Spec: rsaSpec, Path: &p.RSA},
		testcerts.LeafFile{File: "ecdsa.pem", Spec: server("gpython-ssl tests", now.Add(-time.Hour), now.Add(30*day)), Path: &p.ECDSA},
		testcerts.LeafFile{File: "ecdsa2.pem", Spec: server("gpython-ssl tests 2", now.Add(-time.Hour), now.Add(30*day)), Path: &p.ECDSA2},
		testcerts.LeafFile{File: "expired.pem", Spec: server("gpython-ssl tests", now.Add(-60*day), now.Add(-30*day)), Path: &p.Expired},
		testcerts.LeafFile{File: "notyet.pem", Spec: server("gpython-ssl tests", now.Add(30*day), now.Add(60*day)), Path: &p.NotYet},
		testcerts.LeafFile{File: "client.pem", Spec: client, Path: &p.Client},
	)
	if err != nil {
		return nil, err
	}
	return p, nil
}
