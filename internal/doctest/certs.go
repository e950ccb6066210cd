package doctest

import (
	"crypto/x509/pkix"
	"net"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// writeTestCerts writes the certificates fixtures may load into dir, made
// afresh for each run so that none can expire in the repository:
//
//	ca.pem, ca.key      a self-signed CA ("doctest CA")
//	cert.pem, cert.key  a leaf for "localhost" and 127.0.0.1 signed by the CA
//
// Fixtures find dir in their global fixture_dir.
func writeTestCerts(dir string) error {
	now := time.Now()
	nb, na := now.Add(-time.Hour), now.Add(24*time.Hour)
	ca, err := testcerts.NewCA(dir, "ca.pem", testcerts.CASpec{
		Subject:   pkix.Name{CommonName: "doctest CA", Organization: []string{"gpython-ssl"}},
		NotBefore: nb, NotAfter: na,
		KeyFile: "ca.key",
	})
	if err != nil {
		return err
	}
	_, err = ca.LeafPair("cert.pem", "cert.key", testcerts.LeafSpec{
		Subject:   pkix.Name{CommonName: "localhost", Organization: []string{"gpython-ssl"}},
		DNSNames:  []string{"localhost"},
		IPs:       []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore: nb, NotAfter: na,
		CAFalse: true,
	})
	return err
}
