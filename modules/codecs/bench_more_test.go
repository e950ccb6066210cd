package codecs

import (
	"bytes"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// BenchmarkCharmapDecode decodes 1 MiB with a single-byte codec (the
// figure issue 16 asks for; CPython 3.6's is measured by the same
// script under both interpreters, see the report).
func BenchmarkCharmapDecode(b *testing.B) {
	data := bytes.Repeat(func() []byte {
		var all []byte
		for i := 0; i < 256; i++ {
			all = append(all, byte(i))
		}
		return all
	}(), 4096)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, _, err := host.DecodeWith("cp437", data, "strict", true); err != nil {
			b.Fatal(err)
		}
	}
}
