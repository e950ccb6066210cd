package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// headSources are modules whose runs need heads (runHeads): __future__
// imports, global statements.
var headSources = []string{
	"from __future__ import print_function\nx = 1\ndef f():\n    global x, y\n    x = 2\ny = x\nprint(y)\n",
	"'''doc'''\nfrom __future__ import division, generator_stop, print_function\n# c\nx = 1 / 2\ndef g():\n    yield 1\ny = 2\n",
	"from __future__ import generator_stop\ndef f():\n    global a\n    yield a\na = 1\n",
	"# comment\nx = 1\ndef f():\n    global x\n    x = 2\nx += 1\ndel x\n",
	"x = 1\nclass C:\n    global x, z\n    x = 2\n    y = z\nz = x\nfor x in z:\n    pass\n",
	"\n\nx = y = 1\ndef f():\n    def g():\n        global y\n        return y\n    return g\ny = [y for z in x]\n",
	"from __future__ import generator_stop; a = 1\nb = 2\ndef f():\n    yield b\nc = 3\n",
	"global g\ng = 1\nassert g, 'msg'\nraise SystemExit\n",
	"from __future__ import print_function\nfrom __future__ import division\nx = 1\n",
	"if a:\n    global q\nq = 1\nr = q\n",
	"class C:\n    def m(self):\n        global __x\n        __x = 1\n_C__x = 2\n__x = 3\n",
	"def f(a=[1,\n    2]):\n    global g\n    return [x for x in a]\nclass C:\n    y = lambda: g\ng = 1\n",
	"@d\ndef f():\n    global g\ng = 1\nfor i in g:\n    pass\n",
	"'''doc'''\nglobal q\nq = 1\nr = q\n",
	"'''doc\n'''.join(x)\ndef f():\n    global q\nq = 1\nr = q\n",
}

// headlessSources are modules with heads compiled whole: a comment where
// the global statement goes, __future__ imports past the first run.
var headlessSources = []string{
	"from __future__ import print_function # c\ndef f():\n    global a\na = 1\n",
	"from __future__ import print_function\nfrom __future__ import division\nfrom __future__ import generator_stop\nx = 1\ny = 2\n",
}

// chunkedOK reports whether src, prepared, compiles in runs of two
// statements (its big displays' markers in, when it has some).
func chunkedOK(t *testing.T, src string) bool {
	t.Helper()
	defer func(m, c int) { bigModuleMin, bigModuleChunk = m, c }(bigModuleMin, bigModuleChunk)
	bigModuleMin, bigModuleChunk = 2, 2
	p, err := prepare(src, "<test>", py.ExecMode, false, -1)
	require.NoError(t, err)
	text := p.out
	if p.displays != nil {
		text = p.marked
	}
	_, ok := p.compileChunked(text, func(src string) (*py.Code, error) {
		return next(src, "<test>", py.ExecMode, 0, true)
	})
	return ok
}

// TestBigModuleHeads checks that the modules with __future__ imports or
// global statements are compiled in runs, and to gpython's code of the
// whole source; the others whole.
func TestBigModuleHeads(t *testing.T) {
	for i, src := range append(headSources, headlessSources...) {
		assert.Equal(t, i < len(headSources), chunkedOK(t, src), "%q", src)
		runsSameAsWhole(t, i, src)
	}
}

// TestBigModuleDisplays compiles modules with big displays in runs too,
// and checks that the code is gpython's of the whole source.
func TestBigModuleDisplays(t *testing.T) {
	defer func(m, c, dm, dc int) {
		bigModuleMin, bigModuleChunk, bigDisplayMin, bigDisplayChunk = m, c, dm, dc
	}(bigModuleMin, bigModuleChunk, bigDisplayMin, bigDisplayChunk)
	for _, src := range []string{
		"x = [1, 2, 3]\ny = 2\nz = {1: 2, 3: (4, 5)}\nw = a[1, 2, 3]\nv = 1, 2, 3\n",
		"x = 1\ndef f():\n    return [1, 2, 3]\ng = [4, 5, 6]\nglobal h\nh = (7, 8, 9)\n",
	} {
		bigModuleMin, bigDisplayMin = 1<<30, 1<<30
		whole, err := Compile(src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err)
		bigDisplayMin, bigDisplayChunk = 3, 2
		require.True(t, chunkedOK(t, src), "%q", src)
		bigModuleMin, bigModuleChunk = 2, 1
		runs, err := Compile(src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err)
		assert.LessOrEqual(t, whole.Stacksize, runs.Stacksize+int32(3), "%q", src)
		runs.Stacksize = whole.Stacksize
		assert.Empty(t, codeDiff(runs, whole), "%q", src)
	}
}
