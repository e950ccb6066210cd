package doctest

import (
	"os"
	"path/filepath"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/doctest/certgen"
)

// writeTestCerts writes the certificates fixtures may load into dir, made
// afresh for each run so that none can expire in the repository:
//
//	ca.pem, ca.key      a self-signed CA ("doctest CA")
//	cert.pem, cert.key  a leaf for "localhost" and 127.0.0.1 signed by the CA
//
// Fixtures find dir in their global fixture_dir. The certificates are made
// with libcrypto (certgen), not crypto/x509, which would otherwise be
// linked into the gpython-ssl binary for this alone.
func writeTestCerts(dir string) error {
	now := time.Now()
	nb, na := now.Add(-time.Hour), now.Add(24*time.Hour)
	p, err := certgen.NewPair(
		certgen.Spec{CommonName: "doctest CA", Organization: "gpython-ssl", NotBefore: nb, NotAfter: na},
		certgen.Spec{CommonName: "localhost", Organization: "gpython-ssl",
			DNSNames: []string{"localhost"}, IPs: []string{"127.0.0.1"}, NotBefore: nb, NotAfter: na})
	if err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		data []byte
		perm os.FileMode
	}{
		{"ca.pem", p.CACert, 0o644}, {"ca.key", p.CAKey, 0o600},
		{"cert.pem", p.LeafCert, 0o644}, {"cert.key", p.LeafKey, 0o600},
	} {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, f.perm); err != nil {
			return err
		}
	}
	return nil
}
