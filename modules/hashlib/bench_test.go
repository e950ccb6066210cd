package hashlib_test

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// BenchmarkSHA256_64MiB is issue 16's speed item: hashlib.sha256(data)
// .digest() of 64 MiB, run as Python in one context (the data is made
// once). Compare with CPython 3.11 (the same statement under timeit):
// go test -run '^$' -bench SHA256 ./modules/hashlib/
func BenchmarkSHA256_64MiB(b *testing.B) {
	benchPython(b, "hashlib.sha256(data).digest()", 64<<20)
}

// BenchmarkSHA256Small is per-object overhead: a new object, one 64-byte
// update and a hexdigest.
func BenchmarkSHA256Small(b *testing.B) {
	benchPython(b, "hashlib.sha256(data).hexdigest()", 64)
}

func BenchmarkBlake2b_1MiB(b *testing.B) {
	benchPython(b, "hashlib.blake2b(data).digest()", 1<<20)
}

func benchPython(b *testing.B, stmt string, size int) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	mod, err := py.RunSrc(ctx, "import hashlib\n", "<bench>", nil)
	if err != nil {
		b.Fatal(err)
	}
	mod.Globals["data"] = make(py.Bytes, size)
	code, err := py.Compile(stmt, "<bench>", py.EvalMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		if _, err := ctx.RunCode(code, mod.Globals, mod.Globals, nil); err != nil {
			b.Fatal(err)
		}
	}
}
