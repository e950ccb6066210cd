package pystruct

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// BenchmarkUnpack is struct.unpack's Go side: the cached format lookup
// and the decoding of a record.
func BenchmarkUnpack(b *testing.B) {
	f := py.String("<IHHq")
	data := []byte("0123456789abcdef")
	for b.Loop() {
		l, err := layoutOf(f)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := l.unpack(data); err != nil {
			b.Fatal(err)
		}
	}
}
