package vm_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// The cost of keeping module and class namespaces in insertion order:
// stores of names a namespace already holds (the hot case, which must stay
// as cheap as a plain map store) and stores that add names.

// runNamespaceBench compiles src once and runs it b.N times, each run in a
// fresh module namespace.
func runNamespaceBench(b *testing.B, src string) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	code, err := py.Compile(src, "<bench>", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g := py.StringDict{"__name__": py.String("__main__")}
		if _, err := ctx.RunCode(code, g, g, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStoreNameExisting: module-level STORE_NAME of names already
// bound, 4 stores per iteration.
func BenchmarkStoreNameExisting(b *testing.B) {
	runNamespaceBench(b, "i = 0\na = b = 0\nwhile i < 20000:\n    a = i\n    b = a\n    a = b\n    i = i + 1\n")
}

// BenchmarkStoreGlobalExisting: STORE_GLOBAL of a bound name from a
// function, 2 stores per iteration.
func BenchmarkStoreGlobalExisting(b *testing.B) {
	runNamespaceBench(b, "n = 0\nm = 0\ndef f():\n    global n, m\n    i = 0\n    while i < 20000:\n        n = i\n        m = n\n        i += 1\nf()\n")
}

// BenchmarkStoreNameNew: 500 module-level stores, each of a new name.
func BenchmarkStoreNameNew(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&sb, "name_%d = %d\n", i, i)
	}
	runNamespaceBench(b, sb.String())
}

// BenchmarkClassBodies: 200 class statements of 4 names each.
func BenchmarkClassBodies(b *testing.B) {
	runNamespaceBench(b, "i = 0\nwhile i < 200:\n    class C:\n        a = 1\n        b = 2\n        def m(self): pass\n    i += 1\n")
}
