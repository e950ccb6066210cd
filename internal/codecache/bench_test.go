package codecache_test

import (
	"bytes"
	"testing"

	"github.com/go-python/gpython/stdlib/marshal"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache/modlist"
)

// BenchmarkImportCode compares, for modules an ssl import loads, compiling
// the source with reading the cached code with gpython's reader and with
// Decode's own.
func BenchmarkImportCode(b *testing.B) {
	mods, err := modlist.Modules()
	if err != nil {
		b.Fatal(err)
	}
	for _, m := range mods {
		if m.Name != "collections" && m.Name != "enum" && m.Name != "ssl" {
			continue
		}
		b.Run(m.Name+"/compile", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := modlist.CompileCode(m); err != nil {
					b.Fatal(err)
				}
			}
		})
		buf, err := modlist.Compile(m)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(m.Name+"/decode", func(b *testing.B) {
			b.SetBytes(int64(len(buf)))
			for i := 0; i < b.N; i++ {
				if _, err := marshal.ReadObject(bytes.NewBuffer(buf)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(m.Name+"/read", func(b *testing.B) {
			b.SetBytes(int64(len(buf)))
			for i := 0; i < b.N; i++ {
				if _, err := codecache.Decode(buf); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	var all []byte
	b.Run("lookup-all", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, m := range mods {
				all = codecache.Lookup(m.Name, m.Src)
			}
		}
	})
	_ = all
}
