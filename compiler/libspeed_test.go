package compiler_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/compiler"
)

// largestLibModules returns the text of the n largest modules of CPython
// 3.6's Lib (found through PYENV_VERSION=3.6.15 python3), or skips b.
func largestLibModules(b *testing.B, n int) map[string]string {
	cmd := exec.Command("python3", "-c", "import os; print(os.path.dirname(os.__file__))")
	cmd.Env = append(os.Environ(), "PYENV_VERSION=3.6.15")
	out, err := cmd.Output()
	if err != nil {
		b.Skipf("no CPython 3.6: %v", err)
	}
	paths, err := filepath.Glob(filepath.Join(strings.TrimSpace(string(out)), "*.py"))
	if err != nil || len(paths) < n {
		b.Skipf("CPython 3.6's Lib not found")
	}
	size := func(p string) int64 {
		st, err := os.Stat(p)
		if err != nil {
			return 0
		}
		return st.Size()
	}
	sort.Slice(paths, func(i, j int) bool { return size(paths[i]) > size(paths[j]) })
	srcs := make(map[string]string, n)
	for _, p := range paths[:n] {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs[p] = string(text)
	}
	return srcs
}

// BenchmarkCompileLib compiles the 20 largest modules of CPython 3.6's
// Lib, the figure issue 14 compares with CPython's compile().
func BenchmarkCompileLib(b *testing.B) {
	srcs := largestLibModules(b, 20)
	for b.Loop() {
		for name, src := range srcs {
			if _, err := compiler.Compile(src, name, py.ExecMode, 0, true); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// smallClassSource is a class of the size collections.namedtuple execs:
// compile()'s fixed cost per call dominates it.
const smallClassSource = `
class Point(tuple):
    'Point(x, y)'
    __slots__ = ()
    _fields = ('x', 'y')
    def __new__(_cls, x, y):
        return tuple.__new__(_cls, (x, y))
    def __repr__(self):
        return 'Point(x=%r, y=%r)' % self
    x = property(lambda self: self[0])
`

// BenchmarkCompileSmall compiles a ten-line class, the fixed cost of a
// compile() call (namedtuple's exec at import time).
func BenchmarkCompileSmall(b *testing.B) {
	for b.Loop() {
		if _, err := compiler.Compile(smallClassSource, "<s>", py.ExecMode, 0, true); err != nil {
			b.Fatal(err)
		}
	}
}
