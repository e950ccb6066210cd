package _ssl_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

func constMap(t *testing.T) map[string]int64 {
	t.Helper()
	m := map[string]int64{}
	for _, c := range _ssl.Constants() {
		_, dup := m[c.Name]
		require.False(t, dup, "duplicate constant %s", c.Name)
		m[c.Name] = c.Value
	}
	return m
}

func TestConstantsGroupsInCPythonOrder(t *testing.T) {
	var order []string
	for _, c := range _ssl.Constants() {
		p := c.Name[:strings.IndexByte(c.Name, '_')+1]
		switch {
		case strings.HasPrefix(c.Name, "SSL_ERROR_"):
			p = "SSL_ERROR_"
		case strings.HasPrefix(c.Name, "ALERT_DESCRIPTION_"):
			p = "ALERT_DESCRIPTION_"
		case strings.HasPrefix(c.Name, "PROTOCOL_"):
			p = "PROTOCOL_"
		}
		if len(order) == 0 || order[len(order)-1] != p {
			order = append(order, p)
		}
	}
	assert.Equal(t, []string{"SSL_ERROR_", "CERT_", "VERIFY_", "ALERT_DESCRIPTION_", "PROTOCOL_",
		"OP_", "HOSTFLAG_", "ENCODING_", "PROTO_"}, order, "each group once, in CPython 3.11's order")
}

func TestConstantsValues(t *testing.T) {
	m := constMap(t)
	tests := []struct {
		name string
		want int64
	}{
		{"SSL_ERROR_SSL", int64(_ssl.KindSSL)},
		{"SSL_ERROR_EOF", int64(_ssl.KindEOF)},
		{"CERT_REQUIRED", int64(_ssl.CertRequired)},
		{"PROTOCOL_TLS", int64(_ssl.ProtocolTLS)},
		{"PROTOCOL_SSLv23", int64(_ssl.ProtocolTLS)},
		{"PROTOCOL_TLS_CLIENT", int64(_ssl.ProtocolTLSClient)},
		{"PROTOCOL_TLS_SERVER", int64(_ssl.ProtocolTLSServer)},
		{"VERIFY_DEFAULT", 0},
		{"PROTO_MINIMUM_SUPPORTED", _ssl.ProtoMinimumSupported},
		{"PROTO_MAXIMUM_SUPPORTED", _ssl.ProtoMaximumSupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := m[tt.name]
			require.True(t, ok)
			assert.Equal(t, tt.want, v)
		})
	}
	// Relations the headers guarantee, checked without copying numbers.
	assert.Equal(t, m["VERIFY_CRL_CHECK_LEAF"], m["VERIFY_CRL_CHECK_CHAIN"]&m["VERIFY_CRL_CHECK_LEAF"])
	assert.NotEqual(t, m["VERIFY_CRL_CHECK_LEAF"], m["VERIFY_CRL_CHECK_CHAIN"])
	assert.Less(t, m["PROTO_TLSv1"], m["PROTO_TLSv1_1"])
	assert.Less(t, m["PROTO_TLSv1_2"], m["PROTO_TLSv1_3"])
	assert.Zero(t, m["OP_NO_SSLv2"], "OpenSSL 3 defines SSL_OP_NO_SSLv2 as 0")
	assert.NotContains(t, m, "PROTOCOL_SSLv2", "no OpenSSL 3 has SSLv2")
	for _, name := range []string{"OP_NO_SSLv3", "OP_NO_TLSv1", "OP_NO_TLSv1_1", "OP_NO_TLSv1_2", "OP_NO_TLSv1_3",
		"OP_CIPHER_SERVER_PREFERENCE", "OP_NO_COMPRESSION", "OP_NO_TICKET"} {
		v := m[name]
		assert.True(t, v > 0 && v&(v-1) == 0, "%s is one option bit, got %#x", name, v)
		assert.Zero(t, v&m["OP_ALL"], "%s is not in OP_ALL", name)
	}
	assert.NotZero(t, m["OP_ALL"])
}

func TestFeatures(t *testing.T) {
	f := map[string]bool{}
	for _, x := range _ssl.Features() {
		f[x.Name] = x.On
	}
	assert.True(t, f["HAS_SNI"])
	assert.True(t, f["HAS_ALPN"])
	assert.False(t, f["HAS_NPN"])
	assert.False(t, f["HAS_SSLv2"])
	assert.True(t, f["HAS_TLSv1_2"])
	assert.True(t, f["HAS_NEVER_CHECK_COMMON_NAME"])
	m := constMap(t)
	_, has := m["PROTOCOL_TLSv1"]
	assert.Equal(t, f["HAS_TLSv1"], has, "PROTOCOL_TLSv1 exists exactly when TLS 1.0 is built")
}

func TestVersion(t *testing.T) {
	n := _ssl.VersionNumber()
	info := _ssl.VersionInfo(n)
	assert.GreaterOrEqual(t, info[0], 3, "the project targets OpenSSL 3")
	assert.Contains(t, _ssl.VersionText(), "OpenSSL ")
	api := _ssl.VersionInfo(_ssl.APIVersionNumber())
	assert.Equal(t, info[0], api[0], "run-time and build-time major versions agree")
	assert.Equal(t, [5]int{1, 2, 3, 4, 5}, _ssl.VersionInfo(0x10203045))
	assert.Equal(t, [5]int{0, 0, 0, 0, 0}, _ssl.VersionInfo(0))
}
