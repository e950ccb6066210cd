package cjkcodecs

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// FuzzDecode feeds hostile bytes to every decoder: no panic, strict
// decoding fails exactly when replacing decoding replaces something, and
// decoding in two pieces (the first not final) gives the whole decoding.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{"", "\x82", "\x81\x30\x81", "\xa4\xd4\xa4\xa1\xa4", "\x1b$B$\"\x1b(B",
		"\x1b$)C\x0e0!\x0f", "~{0!~}~", "\x1b.F\x1bN\x80", "\x1b&@\x1b$B!!", "\x8f\xa2\xaf\xff"} {
		f.Add([]byte(seed), uint8(3))
	}
	names := allCodecs()
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		if len(data) > 512 {
			return
		}
		k := int(cut) % (len(data) + 1)
		for _, name := range names {
			whole, err := Decode(name, data, "replace")
			require.NoError(t, err, name)
			_, strictErr := Decode(name, data, "strict")
			if strictErr == nil {
				back, err := Decode(name, data, "backslashreplace")
				require.NoError(t, err)
				require.Equal(t, whole, back, name)
			}
			d := newDecoderCore(name)
			head, used, err := runDecode(d, name, data[:k], "replace", false)
			require.NoError(t, err)
			tail, _, err := runDecode(d, name, append(append([]byte(nil), data[used:k]...), data[k:]...), "replace", true)
			require.NoError(t, err)
			require.Equal(t, whole, head+tail, "%s cut at %d of %q", name, k, data)
		}
	})
}

// FuzzEncode encodes arbitrary text with every encoder, whole and in two
// pieces: no panic and the same bytes.
func FuzzEncode(f *testing.F) {
	for _, seed := range []string{"", "a\u3042\u304b\u309a", "\u00ca\u0304\u00ca", "~\u554a~", "\uac00a\U00020000", "\xff\xfe"} {
		f.Add(seed, uint8(1))
	}
	names := allCodecs()
	f.Fuzz(func(t *testing.T, s string, cut uint8) {
		if len(s) > 256 {
			return
		}
		k := int(cut) % (len(s) + 1)
		for k > 0 && k < len(s) && s[k]&0xC0 == 0x80 {
			k--
		}
		for _, name := range names {
			whole, err := Encode(name, s, "replace")
			require.NoError(t, err, name)
			e := newEncoderCore(name)
			head, used, err := runEncode(e, name, s[:k], "replace", false)
			require.NoError(t, err)
			at := 0 // the byte offset of the first unused character
			for n := 0; n < used; n++ {
				_, w := host.DecodeWTF8(s[at:k])
				at += w
			}
			rest := s[at:]
			tail, _, err := runEncode(e, name, rest, "replace", true)
			require.NoError(t, err)
			require.Equal(t, whole, append(head, tail...), "%s cut at %d of %q", name, k, s)
		}
	})
}
