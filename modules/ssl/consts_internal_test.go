package ssl

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestConstantsWithPrefixOrder checks constantsWithPrefix against the
// order (and values) of CPython 3.11's _ssl module dict, prefix by
// prefix, for the enum classes built from it.
func TestConstantsWithPrefixOrder(t *testing.T) {
	// CPython 3.11's answer, stored (testdata/cpython311) while the
	// script is unchanged.
	out := pytesting.CPython311Output(t, "TestConstantsWithPrefixOrder", `import _ssl, json
print(json.dumps([[k, v] for k, v in vars(_ssl).items() if isinstance(v, int) and not isinstance(v, bool)]))
`)
	var pairs [][2]any
	require.NoError(t, json.Unmarshal([]byte(out), &pairs))
	for _, prefix := range []string{"CERT_", "VERIFY_", "OP_", "ALERT_DESCRIPTION_", "SSL_ERROR_", "PROTOCOL_", "PROTO_", "HOSTFLAG_", "ENCODING_"} {
		t.Run(prefix, func(t *testing.T) {
			var want []namedConst
			for _, p := range pairs {
				name := p[0].(string)
				if len(name) >= len(prefix) && name[:len(prefix)] == prefix {
					want = append(want, namedConst{Name: name, Value: int64(p[1].(float64))})
				}
			}
			// 3.12's OP_ENABLE_KTLS and OP_LEGACY_SERVER_CONNECT come last
			// (tests/ssl37_versions_test.go checks them against 3.13).
			if prefix == "OP_" {
				want = append(want, namedConst{"OP_ENABLE_KTLS", 8}, namedConst{"OP_LEGACY_SERVER_CONNECT", 4})
			}
			assert.Equal(t, want, constantsWithPrefix(prefix))
		})
	}
	assert.Empty(t, constantsWithPrefix("NO_SUCH_PREFIX_"))
}

func TestConstantsWithPrefixCopies(t *testing.T) {
	a := constantsWithPrefix("CERT_")
	require.NotEmpty(t, a)
	a[0].Value = 99
	assert.NotEqual(t, int64(99), constantsWithPrefix("CERT_")[0].Value)
}
