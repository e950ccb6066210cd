package json

import (
	stdjson "encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// FuzzLoads decodes arbitrary documents: every input ends in a value or
// a JSONDecodeError (RecursionError past the nesting limit), never a Go
// panic or a hang. A document Go's encoding/json accepts decodes, and
// a decoded value encodes to text that decodes and encodes to the same
// text again.
func FuzzLoads(f *testing.F) {
	for _, s := range []string{
		`{"a": [1, 2.5, -0, 1e400, "x\u00e9\ud83d\ude00", null, true, false], "b": {}}`,
		`[NaN, Infinity, -Infinity, 123456789012345678901234567890]`,
		` "\"\\\/\b\f\n\r\t" `, `[1,]`, `{"a" 1}`, `"\ud800"`, `"\u12"`, `[[[[`,
		"\"a\x01\"", `-`, `01`, `1.5e`, `{"a":1,"a":2}`, `"\xff\xfe"`, "\xef\xbb\xbf[]",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, doc string, strict bool) {
		d := &decoder{s: doc, strict: strict}
		v, err := d.decode()
		if err != nil {
			var exc *py.Exception
			require.True(t, errors.As(err, &exc), "not a Python exception: %#v", err)
			if exc.Base == vm.RecursionError {
				return
			}
			require.Equal(t, DecodeErrorType, exc.Base, "%v", err)
			pos := exc.Dict["pos"].(py.Int)
			require.True(t, 0 <= pos && int(pos) <= utf8.RuneCountInString(doc), "pos %d outside the document", pos)
			require.False(t, strict && stdjson.Valid([]byte(doc)), "encoding/json accepts %q: %v", doc, err)
			return
		}
		text := encodeForTest(t, v)
		d2 := &decoder{s: text, strict: true}
		v2, err := d2.decode()
		require.NoError(t, err, "decoding our own output %q", text)
		require.Equal(t, text, encodeForTest(t, v2))
	})
}

func encodeForTest(t *testing.T, v py.Object) string {
	e := &encoder{ensureASCII: true, allowNaN: true, itemSep: ", ", keySep: ": ", markers: map[uintptr]struct{}{}}
	require.NoError(t, e.encode(v))
	return string(e.buf)
}

// FuzzLoadsBytes runs loads' bytes path: encoding detection, decoding
// (UTF-8, UTF-16, UTF-32, a BOM) and the scan end in a value or a
// Python exception.
func FuzzLoadsBytes(f *testing.F) {
	for _, s := range []string{
		"[1]", "\xff\xfe[\x001\x00]\x00", "\x00[\x001\x00]", "\x00\x00\x00[\x00\x00\x00]",
		"\xff\xfe\x00\x00[\x00\x00\x00]\x00\x00\x00", "\xef\xbb\xbf{}", "\xed\xa0\x80", "\xff\xfe{\x00\"", "1\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, err := decodeBytes(py.Bytes(b))
		if err == nil {
			d := &decoder{s: string(text.(py.String)), strict: true}
			_, err = d.decode()
		}
		if err != nil {
			var exc *py.Exception
			require.True(t, errors.As(err, &exc), "not a Python exception: %#v", err)
		}
	})
}
