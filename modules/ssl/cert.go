package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// certToPy decodes a DER certificate into getpeercert()'s dict. Errors are
// Python exceptions.
func certToPy(der []byte) (py.Object, error) {
	c, err := _ssl.DecodeCertDER(der)
	if err != nil {
		return nil, fromError(err)
	}
	return certDict(c), nil
}

// certDict builds the dict CPython's _decode_certificate returns, with its
// keys in CPython's order (print(getpeercert()) shows them so): subject,
// issuer, version, serialNumber, notBefore, notAfter always, then
// subjectAltName, OCSP, caIssuers and crlDistributionPoints when the
// certificate has them.
func certDict(c *_ssl.Cert) *vm.Dict {
	d := vm.NewDict(10)
	d.SetStr("subject", nameToPy(c.Subject))
	d.SetStr("issuer", nameToPy(c.Issuer))
	d.SetStr("version", py.Int(c.Version))
	d.SetStr("serialNumber", py.String(c.Serial))
	d.SetStr("notBefore", py.String(c.NotBefore))
	d.SetStr("notAfter", py.String(c.NotAfter))
	if c.SubjectAltName != nil {
		t := make(py.Tuple, len(c.SubjectAltName))
		for i, g := range c.SubjectAltName {
			if g.Kind == "DirName" {
				t[i] = py.Tuple{py.String(g.Kind), nameToPy(g.DirName)}
			} else {
				t[i] = py.Tuple{py.String(g.Kind), py.String(g.Value)}
			}
		}
		d.SetStr("subjectAltName", t)
	}
	for _, ext := range []struct {
		key  string
		uris []string
	}{
		{"OCSP", c.OCSP},
		{"caIssuers", c.CAIssuers},
		{"crlDistributionPoints", c.CRLDistributionPoints},
	} {
		if len(ext.uris) > 0 {
			d.SetStr(ext.key, stringsToPy(ext.uris))
		}
	}
	return d
}

// nameToPy is a distinguished name as a tuple of RDNs, each a tuple of
// (type, value) pairs: ((('commonName', 'x'),), ...).
func nameToPy(n _ssl.Name) py.Tuple {
	t := make(py.Tuple, len(n))
	for i, rdn := range n {
		r := make(py.Tuple, len(rdn))
		for j, a := range rdn {
			r[j] = py.Tuple{py.String(a.Type), py.String(a.Value)}
		}
		t[i] = r
	}
	return t
}

func stringsToPy(ss []string) py.Tuple {
	t := make(py.Tuple, len(ss))
	for i, s := range ss {
		t[i] = py.String(s)
	}
	return t
}

const testDecodeCertDoc = `_test_decode_cert($module, path, /)
--

Decode the first certificate of the PEM file path into getpeercert()'s dict.`

// sslTestDecodeCert is _ssl._test_decode_cert(path): path is str or bytes.
func sslTestDecodeCert(self py.Object, args py.Tuple) (res py.Object, err error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("_ssl._test_decode_cert() takes exactly one argument (%d given)", len(args))
	}
	path, _, err := pyarg.Path(args[0])
	if err != nil {
		return nil, err
	}
	c, err := _ssl.DecodeCertFile(path)
	if err != nil {
		return nil, fromError(err)
	}
	return certDict(c), nil
}

// setupCert is a step of setup (module.go).
func setupCert() {
	addMethods(method("_test_decode_cert", sslTestDecodeCert, 0, testDecodeCertDoc))
}
