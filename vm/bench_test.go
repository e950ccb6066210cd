package vm_test

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/go-python/gpython/py"
)

// benchScript compiles src once and runs it b.N times in one context.
func benchScript(b *testing.B, src string) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	code, err := py.Compile(src, "<bench>", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g := py.NewStringDict()
		if _, err := ctx.RunCode(code, g, g, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFib20(b *testing.B) {
	benchScript(b, "def fib(n):\n    if n < 2:\n        return n\n    return fib(n-1) + fib(n-2)\nfib(20)\n")
}

func BenchmarkMethodCalls(b *testing.B) {
	benchScript(b, "class P:\n    def __init__(self):\n        self.x = 1\n    def get(self):\n        return self.x\np = P()\ns = 0\nfor i in range(10000):\n    s += p.get()\n")
}

// BenchmarkGenFor steps a generator by a for loop: 10000 items per run.
func BenchmarkGenFor(b *testing.B) {
	benchScript(b, "def count(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\ndef f():\n    s = 0\n    for x in count(10000):\n        s += x\n    return s\nf()\n")
}

func BenchmarkWhileLoop(b *testing.B) {
	benchScript(b, "def f():\n    i = 0\n    s = 0\n    while i < 10000:\n        s += i\n        i += 1\n    return s\nf()\n")
}

func BenchmarkAccountMethods(b *testing.B) {
	benchScript(b, `class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.ops = 0
    def deposit(self, amount):
        self.balance += amount
        self.ops += 1
        return self.balance
    def score(self):
        return self.balance % 1000 + self.ops
a = Account("first", 100)
total = 0
for i in range(5000):
    a.deposit(i & 15)
    total += a.score()
`)
}

// benchFile runs one of bench/vm's scripts (make bench-vm's) with n as its
// iteration count, its output discarded.
func benchFile(b *testing.B, name string, n int) {
	src, err := os.ReadFile(filepath.Join("..", "bench", "vm", name+".py"))
	if err != nil {
		b.Fatal(err)
	}
	opts := py.DefaultContextOpts()
	opts.SysArgs = []string{name + ".py", strconv.Itoa(n)}
	ctx := py.NewContext(opts)
	defer ctx.Close()
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer devnull.Close()
	ctx.Store().MustGetModule("sys").Globals["stdout"] = &py.File{File: devnull, FileMode: py.FileWrite}
	code, err := py.Compile(string(src), name+".py", py.ExecMode, 0, true)
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

func BenchmarkBytesSlicing(b *testing.B) { benchFile(b, "bytes", 5000) }
func BenchmarkRaiseCatch(b *testing.B)   { benchFile(b, "exceptions", 3000) }
func BenchmarkStrings(b *testing.B)      { benchFile(b, "strings", 3000) }
func BenchmarkContainers(b *testing.B)   { benchFile(b, "containers", 5000) }
func BenchmarkGlobals(b *testing.B)      { benchFile(b, "globals", 20000) }
func BenchmarkMethodsFile(b *testing.B)  { benchFile(b, "methods", 5000) }
func BenchmarkClasses(b *testing.B)      { benchFile(b, "classes", 3000) }
func BenchmarkGenerators(b *testing.B)   { benchFile(b, "generators", 3000) }

// goCallsSrc calls Go builtins and methods from a loop in a function, the
// shapes of issue 13's figures: a one-argument builtin, a two-argument
// one (a tuple argument), a method of a built-in value, and a Go method
// of a value of a module's type (LOAD_METHOD's shortcut).
const goCallsSrc = `import struct
def f(recs, s, buf):
    n = 0
    out = []
    for r in recs:
        n += len(r)
        if isinstance(r, bytes):
            out.append(r)
    for off in range(0, len(buf), 16):
        v = s.unpack_from(buf, off)
    return n + len(out)
f([b"x" * 16] * 2000, struct.Struct("<IHHQ"), bytes(16 * 2000))
`

func BenchmarkGoCalls(b *testing.B) { benchScript(b, goCallsSrc) }
