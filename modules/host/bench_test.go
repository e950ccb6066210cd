package host_test

import (
	"bytes"
	"testing"

	"github.com/go-python/gpython/py"
)

// callMethod calls obj.name(*args) through gpython's attribute lookup, the
// path a script takes.
func callMethod(b *testing.B, obj py.Object, name string, args ...py.Object) py.Object {
	m, err := py.GetAttrString(obj, name)
	if err != nil {
		b.Fatal(err)
	}
	res, err := py.Call(m, py.Tuple(args), nil)
	if err != nil {
		b.Fatal(err)
	}
	return res
}

// benchData is 1 MiB of text lines with some non-ASCII characters.
var benchData = bytes.Repeat([]byte("GET /index.html HTTP/1.1 caf\xc3\xa9\r\n"), 1<<20/34)

func BenchmarkBytesDecodeUTF8(b *testing.B) {
	data := py.Bytes(benchData)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		callMethod(b, data, "decode", py.String("utf-8"))
	}
}

func BenchmarkBytesDecodeReplace(b *testing.B) {
	data := py.Bytes(append(append([]byte(nil), benchData...), 0xff))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		callMethod(b, data, "decode", py.String("utf-8"), py.String("replace"))
	}
}

func BenchmarkStrEncodeLatin1(b *testing.B) {
	s := py.String(benchData)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		callMethod(b, s, "encode", py.String("latin-1"))
	}
}

func BenchmarkBytesFind(b *testing.B) {
	data := py.Bytes(benchData)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		callMethod(b, data, "find", py.Bytes("not there"))
	}
}

func BenchmarkBytesSplit(b *testing.B) {
	data := py.Bytes(benchData)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		callMethod(b, data, "split", py.Bytes("\r\n"))
	}
}

func BenchmarkStrFormat(b *testing.B) {
	s := py.String("{0:>10} {1:08.3f} {name!r} {2:#x}")
	kw := py.StringDict{"name": py.String("x")}
	m, err := py.GetAttrString(s, "format")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := py.Call(m, py.Tuple{py.String("ab"), py.Float(3.14159), py.Int(255)}, kw); err != nil {
			b.Fatal(err)
		}
	}
}
