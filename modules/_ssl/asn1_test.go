package _ssl_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

func TestTextToObject(t *testing.T) {
	serverAuth := _ssl.ASN1Object{NID: 129, ShortName: "serverAuth", HasShort: true,
		LongName: "TLS Web Server Authentication", HasLong: true, OID: "1.3.6.1.5.5.7.3.1"}
	tests := []struct {
		name    string
		txt     string
		byName  bool
		want    _ssl.ASN1Object
		wantErr string
	}{
		{"oid", "1.3.6.1.5.5.7.3.1", false, serverAuth, ""},
		{"oid by name too", "1.3.6.1.5.5.7.3.1", true, serverAuth, ""},
		{"short name", "serverAuth", true, serverAuth, ""},
		{"long name", "TLS Web Server Authentication", true, serverAuth, ""},
		{"name without byName", "serverAuth", false, _ssl.ASN1Object{}, "unknown object 'serverAuth'"},
		{"unnamed oid", "1.2.3.4", false, _ssl.ASN1Object{}, "Unknown object"},
		{"empty", "", false, _ssl.ASN1Object{}, "unknown object ''"},
		{"nul", "1.2\x00", false, _ssl.ASN1Object{}, "embedded null character"},
		{"long text cut at 100", strings.Repeat("z", 150), true, _ssl.ASN1Object{}, "unknown object '" + strings.Repeat("z", 100) + "'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got _ssl.ASN1Object
			var err error
			onLockedThread(t, func() { got, err = _ssl.TextToObject(tt.txt, tt.byName) })
			if tt.wantErr != "" {
				var ve *_ssl.ValueError
				require.True(t, errors.As(err, &ve), "got %v", err)
				assert.Equal(t, tt.wantErr, ve.Msg)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestNIDToObject(t *testing.T) {
	o, err := _ssl.NIDToObject(129)
	require.NoError(t, err)
	assert.Equal(t, "serverAuth", o.ShortName)
	assert.Equal(t, "1.3.6.1.5.5.7.3.1", o.OID)
	for nid, want := range map[int]string{0: "Unknown object", -1: "NID must be positive.", 99999: "unknown NID 99999"} {
		var err error
		onLockedThread(t, func() { _, err = _ssl.NIDToObject(nid) })
		var ve *_ssl.ValueError
		require.True(t, errors.As(err, &ve), "nid %d: %v", nid, err)
		assert.Equal(t, want, ve.Msg)
	}
}

// FuzzTextToObject feeds arbitrary text to OBJ_txt2obj: it must answer
// with an object or a ValueError, leave the queue empty, and never crash.
func FuzzTextToObject(f *testing.F) {
	for _, s := range []string{"1.3.6.1.5.5.7.3.1", "CN", "commonName", "1.2.", "..", "2.999999999999999999999.1", "", "0.0"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, txt string, byName bool) {
		o, err := _ssl.TextToObject(txt, byName)
		if err != nil {
			var ve *_ssl.ValueError
			require.True(t, errors.As(err, &ve), "%T %v", err, err)
			return
		}
		assert.NotZero(t, o.NID)
		assert.True(t, utf8.ValidString(o.OID))
	})
}
