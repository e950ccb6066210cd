package codecache_test

import (
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
)

// TestStrConstantsText: a str constant holding a lone surrogate (its
// three-byte form) comes back as the same string; a Go string with a
// stray byte, which no str holds and the reader would refuse as UTF-8
// (the FuzzEncode seed b461ba37249681bd), is refused by Encode instead.
func TestStrConstantsText(t *testing.T) {
	code := func(s string) *py.Code {
		return py.NewCode(0, 0, 0, 0, 0, py.String("d\x00S\x00"), py.Tuple{py.String(s)},
			py.Tuple{}, py.Tuple{}, py.Tuple{}, py.Tuple{}, py.String("f.py"), py.String("f"), 1, py.String(""))
	}
	for _, s := range []string{"plain", "caf\u00e9", "\xed\xb2\x80", "a\xed\xa0\x80b\u20ac", "\xef\xbf\xbd"} {
		buf, err := codecache.Encode(code(s))
		require.NoError(t, err, "%q", s)
		co, err := codecache.Decode(buf)
		require.NoError(t, err, "%q", s)
		assert.Equal(t, py.String(s), co.Consts[0], "%q", s)
	}
	for _, s := range []string{"\xa8", "ok\xed\xa0", "\xed\x80\x80\xff", "x\xc3"} {
		_, err := codecache.Encode(code(s))
		var unenc *codecache.UnencodableError
		require.True(t, errors.As(err, &unenc), "%q: %v", s, err)
		assert.Equal(t, py.String(s), unenc.Value)
	}
}
