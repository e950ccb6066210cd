package vm_test

import (
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

func BenchmarkBytesSlicing(b *testing.B) {
	benchScript(b, `DATA = bytes(range(256)) * 16
def work(n, data):
    total = 0
    parts = []
    for i in range(n):
        j = i & 4095
        chunk = data[j:j + 32]
        total += len(chunk) + chunk[0]
        parts.append(chunk)
        if len(parts) == 64:
            blob = b"".join(parts)
            total += len(blob) + blob[-1]
            parts = []
    return total
work(5000, DATA)
`)
}

func BenchmarkRaiseCatch(b *testing.B) {
	benchScript(b, `def check(i):
    if i % 3 == 0:
        raise ValueError("bad")
    if i % 3 == 1:
        raise TypeError("worse")
    return i & 7
def work(n):
    caught = 0
    empty = {}
    for i in range(n):
        try:
            caught += check(i)
        except ValueError:
            caught += 1
        except (KeyError, TypeError) as e:
            caught += len(e.args) + 1
        try:
            caught += empty["missing"]
        except LookupError:
            caught += 3
    return caught
work(3000)
`)
}

func BenchmarkStrings(b *testing.B) {
	benchScript(b, `NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
def work(n):
    total = 0
    parts = []
    for i in range(n):
        s = "%s-%05d|%x" % (NAMES[i & 7], i, i)
        s += "/" + str(i & 255)
        parts.append(s)
        if len(parts) == 64:
            joined = ",".join(parts)
            total += len(joined) + ord(joined[len(joined) // 2])
            parts = []
        total += len(s)
    return total
work(3000)
`)
}

func BenchmarkContainers(b *testing.B) {
	benchScript(b, `KEYS = ["k%d" % i for i in range(512)]
def work(n):
    d = {}
    lst = []
    total = 0
    for i in range(n):
        k = KEYS[i & 511]
        if k in d:
            d[k] += 1
        else:
            d[k] = 1
        total += d.get(k, 0)
        lst.append((i * 7919) & 1023)
        if len(lst) >= 256:
            lst.sort()
            total += lst[0] + lst[-1] + len(lst[10:20])
            del lst[:128]
        if i & 4095 == 4095:
            for key in d:
                total += d[key]
            d = {}
    return total
work(5000)
`)
}
