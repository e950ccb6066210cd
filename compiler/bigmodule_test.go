package compiler

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// compileModuleBoth compiles src with its statements in runs of chunk
// (every module compiled so) and whole.
func compileModuleBoth(t *testing.T, src string, chunk int) (runs, whole *py.Code, err error) {
	t.Helper()
	defer func(m, c int) { bigModuleMin, bigModuleChunk = m, c }(bigModuleMin, bigModuleChunk)
	bigModuleMin = 1 << 30
	whole, err = Compile(src, "<test>", py.ExecMode, 0, true)
	if err != nil {
		return nil, nil, err
	}
	bigModuleMin, bigModuleChunk = 2, chunk
	runs, err = Compile(src, "<test>", py.ExecMode, 0, true)
	if err == nil {
		// The stack size is the runs' largest (gpython's count for each
		// run's statements); its count for the whole may be larger, as it
		// carries depth from one statement to the next.
		assert.LessOrEqual(t, runs.Stacksize, whole.Stacksize, "%q", src)
		runs.Stacksize = whole.Stacksize
	}
	return runs, whole, err
}

var bigModuleSources = []string{
	"a = 1\nb = 2\nc = 'x'\nd = 1\ne = 'x'\nf = 1.0\ng = True\n",
	"'''doc'''\nx = 1\n'not a docstring'\ny = 2\n'again'\n",
	"import os\nfrom os import path as p, sep\nimport a.b.c\nx = os.sep\ndel x\n",
	"for i in range(3):\n    pass\nelse:\n    x = 1\nwhile x:\n    break\ny = 2\n",
	"if a:\n    b = 1\nc = 2\nif d:\n    e = 3\nelse:\n    f = 4\ng = 5\n",
	"try:\n    x = 1\nexcept E as e:\n    y = 2\nfinally:\n    z = 3\nw = 4\n",
	"def f(a=1, *, b=2):\n    return a\nclass C:\n    x = 1\n    def m(self):\n        return f(1)\ng = lambda: 1\n",
	"x = [i for i in range(3)]\ny = {1: 2}\nz = (1, 2)\nw = 1, 2\nv = -1\n",
	"with a as b:\n    c = 1\nd = 1\n@dec\ndef f():\n    pass\n",
	"x = 0.0\ny = -0.0\nz = 0\nw = False\nv = (1,)\nu = (True,)\n",
	"# comment\n\nx = 1 # c\n\n\ny = 2 \\\n  + 3\nz = (4,\n 5)\n",
	"x = 1; y = 2; z = 3\nif x: y = 4\nw = f'{x}' + f'{y!r:>3}'\n",
	"global g\ng = 1\nassert g, 'msg'\nraise SystemExit\n",
}

// TestBigModuleSame checks that a module compiled in runs gives gpython's
// code for the whole source, in runs of one, two and three statements.
func TestBigModuleSame(t *testing.T) {
	for i, src := range bigModuleSources {
		runsSameAsWhole(t, i, src)
	}
}

// runsSameAsWhole checks, in subtests named i/chunk, that src compiled in
// runs of one, two and three statements gives gpython's code for the
// whole source.
func runsSameAsWhole(t *testing.T, i int, src string) {
	t.Helper()
	for _, chunk := range []int{1, 2, 3} {
		t.Run(fmt.Sprintf("%d/%d", i, chunk), func(t *testing.T) {
			runs, whole, err := compileModuleBoth(t, src, chunk)
			require.NoError(t, err)
			assert.Empty(t, codeDiff(runs, whole), "%q", src)
		})
	}
}

// TestBigModuleSameCorpus compiles every tests/lang case both ways, in
// runs of one statement.
func TestBigModuleSameCorpus(t *testing.T) {
	forEachLangCase(t, func(f, src string) {
		runs, whole, err := compileModuleBoth(t, src, 1)
		if err != nil {
			return // the case is about a SyntaxError
		}
		assert.Empty(t, codeDiff(runs, whole), f)
	})
}

// TestBigModuleLinear compiles 70,000 statements with distinct constants
// and names in runs: the constants and names are in order, loaded and
// stored past 65535 after an EXTENDED_ARG, the lines right.
func TestBigModuleLinear(t *testing.T) {
	const n = 70000
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "a%d = %d\n", i, i)
	}
	co, err := Compile(b.String(), "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	require.Len(t, co.Consts, n+1)
	require.Len(t, co.Names, n)
	assert.Equal(t, py.Int(n-1), co.Consts[n-1])
	assert.Equal(t, py.None, co.Consts[n])
	assert.Equal(t, fmt.Sprintf("a%d", n-1), co.Names[n-1])
	ins, ok := decodeCode(co.Code)
	require.True(t, ok)
	require.Len(t, ins, 2*n+2)
	lines := instrLines(co, ins)
	assert.Equal(t, n, lines[2*n-1])
	assert.True(t, ins[2*n-2].ext)
	assert.True(t, ins[2*n-1].ext)
	assert.Equal(t, n-1, ins[2*n-1].arg)
}
