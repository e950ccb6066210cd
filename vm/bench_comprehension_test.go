package vm_test

import "testing"

// BenchmarkListComp makes 1000 list comprehensions of 50 items per run:
// the call of the comprehension's function, its range, the list's growth.
func BenchmarkListComp(b *testing.B) {
	benchScript(b, "def f():\n    for rep in range(1000):\n        squares = [x * x for x in range(50)]\n    return squares\nf()\n")
}

// BenchmarkSumGen sums 1000 generators of 100 items per run, each resumed
// from Go by sum().
func BenchmarkSumGen(b *testing.B) {
	benchScript(b, "def count(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\ndef f():\n    t = 0\n    for rep in range(1000):\n        t += sum(count(100))\n    return t\nf()\n")
}
