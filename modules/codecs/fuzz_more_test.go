package codecs

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// Fuzz targets of the decoders that read untrusted bytes: none may
// panic or hang, and those with an incremental mode must decode an input
// cut in two as they decode it whole.

var fuzzHandlers = []string{"strict", "replace", "ignore", "backslashreplace", "surrogateescape"}

// splitConsistent checks that decoding data[:k] without final and then
// the rest gives what decoding data at once gives (errors replaced).
func splitConsistent(t *testing.T, canon string, data []byte, k int) {
	whole, n, err := host.DecodeWith(canon, data, "replace", true)
	require.NoError(t, err)
	require.Equal(t, len(data), n)
	first, used, err := host.DecodeWith(canon, data[:k], "replace", false)
	require.NoError(t, err)
	require.LessOrEqual(t, used, k)
	rest, _, err := host.DecodeWith(canon, data[used:], "replace", true)
	require.NoError(t, err)
	require.Equal(t, whole, first+rest, "%s %q cut at %d", canon, data, k)
}

func fuzzAllHandlers(t *testing.T, canon string, data []byte) {
	for _, h := range fuzzHandlers {
		_, _, _ = host.DecodeWith(canon, data, h, true)
	}
}

func FuzzUnicodeEscapeDecode(f *testing.F) {
	for _, s := range []string{`a\x41\u20ac\U0001f600\N{EURO SIGN}`, `\x4`, `\N{`, `\N{}`, `\777\q\`, "\xff\\\n", `\U00110000`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzAllHandlers(t, "unicode-escape", data)
		fuzzAllHandlers(t, "raw-unicode-escape", data)
		s, _, err := host.DecodeWith("unicode-escape", data, "strict", true)
		if err == nil && utf8.ValidString(s) {
			back, _, err := host.DecodeWith("unicode-escape", host.EncodeUnicodeEscape(s), "strict", true)
			require.NoError(t, err)
			require.Equal(t, s, back)
		}
	})
}

func FuzzUTF7Decode(f *testing.F) {
	for _, s := range []string{"+AOk-", "a+2D3eAA-b", "+22A\x80", "+-+", "+AOkB-", "+23//+2"} {
		f.Add([]byte(s), uint8(2))
	}
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		fuzzAllHandlers(t, "utf-7", data)
		splitConsistent(t, "utf-7", data, int(cut)%(len(data)+1))
		if utf8.Valid(data) {
			enc := host.EncodeUTF7(string(data))
			back, _, err := host.DecodeUTF7(enc, "strict", true)
			require.NoError(t, err)
			require.Equal(t, string(data), back)
		}
	})
}

func FuzzUTF32Decode(f *testing.F) {
	for _, s := range []string{"\xff\xfe\x00\x00a\x00\x00\x00", "\x00\x00\xfe\xff\x00\x00\x00a", "\x00\xd8\x00\x00", "\x00\x00\x11\x00", "a\x00\x00"} {
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		for _, c := range []string{"utf-32", "utf-32-le", "utf-32-be"} {
			fuzzAllHandlers(t, c, data)
		}
		splitConsistent(t, "utf-32-le", data, int(cut)%(len(data)+1))
		splitConsistent(t, "utf-32-be", data, int(cut)%(len(data)+1))
	})
}

func FuzzPunycodeDecode(f *testing.F) {
	for _, s := range []string{"bcher-kva", "egbpdaj6bu4bxfgehfvwxn", "abc-9", "99999999999a", "zzzzzzzzzzzzzzzz", "a-b-m50a", "\xff-x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 {
			return // quadratic by design, as CPython's
		}
		for _, h := range []string{"strict", "replace", "ignore"} {
			_, _ = host.DecodePunycode(data, h)
		}
		if utf8.Valid(data) {
			back, err := host.DecodePunycode(host.EncodePunycode(string(data)), "strict")
			require.NoError(t, err)
			require.Equal(t, string(data), back)
		}
	})
}

func FuzzIDNA(f *testing.F) {
	for _, s := range []string{"xn--bcher-kva.de", "b\xc3\xbccher.de", "xn--", "xn--abc-", "a..b", "\xe2\x85\xa3.x.", "xn--zca"} {
		f.Add([]byte(s), uint8(5))
	}
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		if len(data) > 1024 {
			return
		}
		_, _ = IDNADecode(data, "strict")
		_, _, _ = IDNADecodePart(data, "strict", false)
		if utf8.Valid(data) {
			_, _ = IDNAEncode(string(data), "strict")
			_, _, _ = IDNAEncodePart(string(data), "strict", cut%2 == 0)
		}
	})
}

func FuzzCharmapDecode(f *testing.F) {
	f.Add([]byte("\x80\x81\x8d\x8f\x90\x9d\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, c := range []string{"cp1252", "cp437", "iso8859-3", "cp874"} {
			fuzzAllHandlers(t, c, data)
			s, _, err := host.DecodeWith(c, data, "surrogateescape", true)
			require.NoError(t, err)
			back, err := host.EncodeWith(c, s, "surrogateescape")
			require.NoError(t, err)
			require.Equal(t, data, back, c)
		}
	})
}
