package codecache_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache/modlist"
	"github.com/gpython-ssl/gpython-ssl/modules/marshal"
)

// BenchmarkImportCode compares, for modules an ssl import loads, compiling
// the source with reading the cached code through marshal.loads (which
// copies its input) and through Decode (which reads the cache in place).
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
				if _, err := marshal.Loads(buf); err != nil {
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
