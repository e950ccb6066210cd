package codecs

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// FuzzIncrementalDecode checks the decoders' final=False mode, which
// incremental decoders and stream readers build on: feeding the input in
// two pieces (undecoded bytes carried over) gives what decoding it at
// once gives, for every interpreter codec, with errors replaced.
func FuzzIncrementalDecode(f *testing.F) {
	for _, s := range []string{"", "a\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80x", "\xff\xfea\x00=\xd8\x00\xde", "\xed\xa0\x80", "\xc3"} {
		f.Add([]byte(s), uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		k := int(cut) % (len(data) + 1)
		for _, name := range []string{"utf-8", "ascii", "latin-1", "utf-16-le", "utf-16-be"} {
			whole, n, err := host.DecodeText(data, name, "replace", true)
			if err != nil || n != len(data) {
				t.Fatalf("%s %q: %d, %v", name, data, n, err)
			}
			first, used, err := host.DecodeText(data[:k], name, "replace", false)
			if err != nil || used > k {
				t.Fatalf("%s %q[:%d]: %d, %v", name, data, k, used, err)
			}
			rest, _, err := host.DecodeText(data[used:], name, "replace", true)
			if err != nil || first+rest != whole {
				t.Fatalf("%s %q cut at %d: %q + %q != %q (%v)", name, data, k, first, rest, whole, err)
			}
		}
		whole, _, _, err := host.DecodeUTF16(data, "replace", 0, true)
		if err != nil {
			t.Fatalf("utf-16 %q: %v", data, err)
		}
		first, used, order, err := host.DecodeUTF16(data[:k], "replace", 0, false)
		if err != nil || used > k {
			t.Fatalf("utf-16 %q[:%d]: %d, %v", data, k, used, err)
		}
		if order == 0 && used >= 2 {
			order = -1 // no BOM: the stream is little endian from here on
		}
		rest, _, _, err := host.DecodeUTF16(data[used:], "replace", order, true)
		if err != nil || first+rest != whole {
			t.Fatalf("utf-16 %q cut at %d: %q + %q != %q (%v)", data, k, first, rest, whole, err)
		}
	})
}
