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

// BenchmarkUnpackCall is one struct.unpack('<IHHQ', rec) as the
// interpreter calls it: the module function with its argument tuple,
// the result a Python object.
func BenchmarkUnpackCall(b *testing.B) {
	args := py.Tuple{py.String("<IHHQ"), py.Bytes("0123456789abcdef")}
	for b.Loop() {
		if _, err := struct_unpack(nil, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnpackFromCall is Struct('<IHHQ').unpack_from(buf, 32) as
// the interpreter calls it.
func BenchmarkUnpackFromCall(b *testing.B) {
	s, err := structNew(StructType, py.Tuple{py.String("<IHHQ")}, nil)
	if err != nil {
		b.Fatal(err)
	}
	m := StructType.Dict["unpack_from"].(*py.Method)
	args := py.Tuple{py.Bytes(make([]byte, 1600)), py.Int(32)}
	for b.Loop() {
		if _, err := m.Call(s, args); err != nil {
			b.Fatal(err)
		}
	}
}
