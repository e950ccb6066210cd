package json

import (
	"fmt"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// benchDoc is a document of about 1 MB shaped like bench/stdlib/json_speed.py's.
func benchDoc() py.Object {
	items := make([]py.Object, 3550)
	for i := range items {
		nested := vm.NewDict(3)
		nested.SetStr("depth", py.Int(i%5))
		nested.SetStr("ratio", py.Float(1.0/float64(i+1)))
		nested.SetStr("path", py.String("/a/b\\c\n"))
		d := vm.NewDict(9)
		d.SetStr("id", py.Int(i))
		d.SetStr("name", py.String(fmt.Sprintf("host-%d.example.com", i)))
		d.SetStr("issuer", py.String(fmt.Sprintf("CN=Example CA \u00e9\u00e8 %d, O=Example", i%7)))
		d.SetStr("valid", py.Bool(i%3 != 0))
		d.SetStr("score", py.Float(float64(i)*1.25+0.1))
		d.SetStr("serial", py.Int(1234567890123*i))
		d.SetStr("tags", py.NewListFromItems([]py.Object{py.String("tls"), py.String("x509"), py.String(fmt.Sprintf("v%d", i%4))}))
		d.SetStr("extra", py.None)
		d.SetStr("nested", nested)
		items[i] = d
	}
	return py.NewListFromItems(items)
}

func newBenchEncoder() *encoder {
	return &encoder{ensureASCII: true, allowNaN: true, itemSep: ", ", keySep: ": ", markers: map[uintptr]struct{}{}}
}

func BenchmarkDumps(b *testing.B) {
	doc := benchDoc()
	for i := 0; i < b.N; i++ {
		e := newBenchEncoder()
		if err := e.encode(doc); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(e.buf)))
	}
}

func BenchmarkLoads(b *testing.B) {
	e := newBenchEncoder()
	if err := e.encode(benchDoc()); err != nil {
		b.Fatal(err)
	}
	text := string(e.buf)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := &decoder{s: text, strict: true}
		if _, err := d.decode(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadsSmall(b *testing.B) {
	text := `{"a": 1, "b": [1, 2], "c": "x"}`
	for i := 0; i < b.N; i++ {
		d := &decoder{s: text, strict: true}
		if _, err := d.decode(); err != nil {
			b.Fatal(err)
		}
	}
}
