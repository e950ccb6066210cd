package ssl_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestDictKeyOrder compares with CPython 3.6 the key order of the dicts
// the ssl module builds (a script that prints getpeercert() or a cipher
// shows it): certificate dicts, get_ciphers() entries, session_stats()
// and cert_store_stats(). testdata/dict_order_cert.pem has every
// optional certificate key (subjectAltName, OCSP, caIssuers,
// crlDistributionPoints).
func TestDictKeyOrder(t *testing.T) {
	prelude := pytesting.ShowRepr + `import ssl
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations('testdata/dict_order_cert.pem')
`
	pytesting.DiffCases(t, "dict_order", prelude, []pytesting.Case{
		{"decoded certificate", `list(ssl._ssl._test_decode_cert('testdata/dict_order_cert.pem'))`},
		{"get_ca_certs", `[list(c) for c in ctx.get_ca_certs()]`},
		{"certificate values", `(lambda c: (c['subject'], c['OCSP'], c['caIssuers'], c['crlDistributionPoints'], c['subjectAltName']))(ssl._ssl._test_decode_cert('testdata/dict_order_cert.pem'))`},
		{"get_ciphers entry", `list(ctx.get_ciphers()[0])`},
		{"session_stats", `list(ctx.session_stats())`},
		{"cert_store_stats", `ctx.cert_store_stats()`},
	})
}
