package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bigDisplaySources are sources with displays of literals in every
// place the splicing must get right: constants shared with the code
// around, jumps over and to a display, lines inside and after it,
// nested code, dicts, every literal kind.
var bigDisplaySources = []string{
	"x = [1, 2, 3, 2, 1]\n",
	"x = 5\ny = [1, 5, 7, 'a', b'a', 1.0, 1, True, None, ..., 2j]\nz = 7\nw = 'a'\n",
	"x = [\n  1,\n  -2,\n  (3,\n   4),\n  ~5,\n]\nprint(x)\n",
	"d = {'a': 1,\n 'b': (2,\n  3), 'a': 4}\nf(d)\n",
	"d = {1: 'x', 2: 'y',\n  3: 'z'}; e = {}\n",
	"s = {1, 2, 3, 1.0, 0.0, -0.0}\n",
	"t = (1, 2, 3)\nu = 1, 2, 3\n",
	"x = [0.0, -0.0, 0.0, 1e999, -1e999]\n",
	"if a:\n    x = [1, 2, 3]\nelse:\n    x = (4, 5, 6)\nprint(x)\n",
	"x = [1, 2] if c else [3, 4]\ny = c and {5: 6, 7: 8} or {9, 10}\n",
	"for i in [1, 2, 3]:\n    if i in (4, 5, 6):\n        continue\n    print([7, 8, 9])\nelse:\n    pass\n",
	"while x:\n    x = [\n1,\n2,\n3]\n    break\n",
	"try:\n    x = [1, 2, 3]\nexcept E:\n    x = [4,\n 5, 6]\nfinally:\n    y = {1: 2, 3: 4}\n",
	"def f(a=[1, 2, 3], *, b={4: 5, 6: 7}):\n    '''doc'''\n    return [a, b, [8, 9, 10]]\n",
	"def g():\n    x = 1\n    return [\n        x,\n        [1, 2, 3],\n        (1, 2, 3),\n    ]\n",
	"class C:\n    table = [1, 2, 3]\n    def m(self):\n        return {'a': [1, 2], 'b': [3, 4]}\n",
	"f = lambda: [1, 2, 3, 4]\ng = lambda x=(1, 2): {x: [3, 4, 5]}\n",
	"x = ['''a\nb''', \"c\\\n\", r'\\d', 'e' 'f',\n  b'g' b'h', u'i']\n",
	"x = [1, 2, # a comment\n  3, \\\n  4]\n",
	"print([1, 2, 3],\n      [4,\n       5],\n      end='')\n",
	"x = [1 + 2, 3 * 4, 2 ** 3, 1 << 70, 7 // 2, 7 % 3, 1 / 2, 6 & 3, 6 | 3, 6 ^ 3, -(1), +2]\n",
	"x = [[1, 2], [3, 4], [[5], [6]], {7: 8}, {9}, ()]\n",
	"x = [1, 2, 3]\ny = [1, 2, 3]\nz = (1, 2, 3)\n",
	"x = [10**30, 10**30, 99999999999999999999999, 99999999999999999999999]\n",
	"def h():\n    yield [1, 2, 3]\n    yield from (4, 5, 6)\n",
	"x = [1, 2, 3][0]\ny = (1, 2, 3)[1:2]\nz = {1: 2, 3: 4}[1]\n",
	"x = [1, 2, 3] + [4, 5, 6] * 2\n",
	"assert [1, 2], (3, 4)\n",
	"with a as b:\n    c = [1, 2, 3]\n",
	"x = f'{[1, 2, 3]}' + f'{ {1: 2, 3: 4} }'\n",
	"x = [1, 2, 3, 'gpython-ssl big display 0']\n",
	"x = [b'\\x00gpython-ssl big display 0', b'x']\n",
	"x = [1, 2, *y]\nz = [1, 2, y]\n",
	"async def f():\n    return [1, 2, 3]\n",
	"x = 1, 2, 3,\ny = 4, (5, 6), [7, 8]\nz = 1,\\\n 2, 3\n",
	"def f():\n    return 1, 2, (3, 4)\ndef g():\n    x = yield 1, 2, 3\n",
	"for x in 1, 2, 3:\n    print(x, 4, 5)\n",
	"a = b = 1, 2, 3\nx, y = 1, 2\nx = *y, 1, 2\n",
	"x = 1, 2, 3 if c else 4, 5\nprint((1, 2, 3))\n",
	"x = a[1, 2, 3]\na[4, 'b', (5, 6)] = x\ndel a[1,\n 2, 3]\ny = a[1, 2:3]\n",
}

// compileBoth compiles src with displays of at least min items compiled
// apart (in runs of chunk) and with none.
func compileBoth(t *testing.T, src string, mode py.CompileMode, min, chunk int) (fast, slow *py.Code, err error) {
	t.Helper()
	defer func(m, c int) { bigDisplayMin, bigDisplayChunk = m, c }(bigDisplayMin, bigDisplayChunk)
	bigDisplayMin = 1 << 30
	slow, err = Compile(src, "<test>", mode, 0, true)
	if err != nil {
		return nil, nil, err
	}
	bigDisplayMin, bigDisplayChunk = min, chunk
	fast, err = Compile(src, "<test>", mode, 0, true)
	return fast, slow, err
}

// codeDiff describes the first difference between a and b, the fast
// path's code and gpython's ("" when they agree): co_stacksize may be
// larger on the fast path, nothing else may differ.
func codeDiff(a, b *py.Code) string {
	switch {
	case a.Code != b.Code:
		return fmt.Sprintf("%s: code\n%q\n%q", b.Name, a.Code, b.Code)
	case a.Lnotab != b.Lnotab:
		return fmt.Sprintf("%s: lnotab\n%q\n%q", b.Name, a.Lnotab, b.Lnotab)
	case len(a.Consts) != len(b.Consts):
		return fmt.Sprintf("%s: %d constants, want %d", b.Name, len(a.Consts), len(b.Consts))
	case fmt.Sprint(a.Names, a.Varnames, a.Freevars, a.Cellvars, a.Flags, a.Firstlineno) !=
		fmt.Sprint(b.Names, b.Varnames, b.Freevars, b.Cellvars, b.Flags, b.Firstlineno):
		return fmt.Sprintf("%s: names, flags or first line", b.Name)
	case a.Stacksize < b.Stacksize:
		return fmt.Sprintf("%s: stack size %d < %d", b.Name, a.Stacksize, b.Stacksize)
	}
	for i := range a.Consts {
		ca, cb := a.Consts[i], b.Consts[i]
		if ia, ok := ca.(*py.Code); ok {
			ib, ok := cb.(*py.Code)
			if !ok {
				return fmt.Sprintf("%s: constant %d is code on one side", b.Name, i)
			}
			if d := codeDiff(ia, ib); d != "" {
				return d
			}
			continue
		}
		if ca.Type() != cb.Type() || constRepr(ca) != constRepr(cb) {
			return fmt.Sprintf("%s: constant %d %s, want %s", b.Name, i, constRepr(ca), constRepr(cb))
		}
	}
	return ""
}

func constRepr(c py.Object) string {
	r, err := py.Repr(c)
	if err != nil {
		return fmt.Sprintf("<%T %v>", c, c)
	}
	return fmt.Sprintf("%T %s", c, r)
}

// TestBigDisplaySame checks that a display compiled apart gives gpython's
// code for the unchanged source, in runs of one, two and three items.
func TestBigDisplaySame(t *testing.T) {
	for i, src := range bigDisplaySources {
		for _, chunk := range []int{1, 2, 3} {
			t.Run(fmt.Sprintf("%d/%d", i, chunk), func(t *testing.T) {
				fast, slow, err := compileBoth(t, src, py.ExecMode, 2, chunk)
				require.NoError(t, err)
				assert.Empty(t, codeDiff(fast, slow), "%q", src)
			})
		}
	}
}

// TestBigDisplaySameCorpus compiles every tests/lang case both ways, each
// display of two items or more compiled apart.
func TestBigDisplaySameCorpus(t *testing.T) {
	forEachLangCase(t, func(f, src string) {
		fast, slow, err := compileBoth(t, src, py.ExecMode, 2, 2)
		if err != nil {
			return // the case is about a SyntaxError
		}
		assert.Empty(t, codeDiff(fast, slow), f)
	})
}

// forEachLangCase calls check with the path and source of every
// tests/lang case: the corpus the compiler's own passes are checked over.
func forEachLangCase(t *testing.T, check func(path, src string)) {
	t.Helper()
	files, err := filepath.Glob("../tests/lang/cases/*/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		check(f, string(data))
	}
}

// compiledLangCases is every tests/lang case compiled once by Compile
// (ExecMode, inheriting no flags), nil for a case that is a SyntaxError:
// the checks that only read that result share it rather than compile the
// 1,600-case corpus each (23 s of the package's time apiece).
var compiledLangCases struct {
	once  sync.Once
	paths []string
	codes map[string]*py.Code
}

// forEachCompiledLangCase calls check with the path and code of every
// tests/lang case that compiles. check must not modify the code.
func forEachCompiledLangCase(t *testing.T, check func(path string, co *py.Code)) {
	t.Helper()
	c := &compiledLangCases
	c.once.Do(func() {
		c.codes = map[string]*py.Code{}
		forEachLangCase(t, func(f, src string) {
			c.paths = append(c.paths, f)
			co, err := Compile(src, f, py.ExecMode, 0, true)
			if err != nil {
				co = nil
			}
			c.codes[f] = co
		})
	})
	require.NotEmpty(t, c.paths, "the corpus could not be compiled (see the first test that asked)")
	for _, f := range c.paths {
		if co := c.codes[f]; co != nil {
			check(f, co)
		}
	}
}

// TestBigDisplayLiteral compiles list(range(100000)) written out: the
// constants are the ints in order and None, loaded by EXTENDED_ARG past
// 65535, and the list has them all.
func TestBigDisplayLiteral(t *testing.T) {
	const n = 100000
	var b strings.Builder
	b.WriteString("x = [\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%d,\n", i)
	}
	b.WriteString("]\n")
	co, err := Compile(b.String(), "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	require.Len(t, co.Consts, n+1)
	for i := 0; i < n; i++ {
		require.Equal(t, py.Int(i), co.Consts[i])
	}
	assert.Equal(t, py.None, co.Consts[n])
	ins, ok := decodeCode(co.Code)
	require.True(t, ok)
	require.Len(t, ins, n+4) // n loads, BUILD_LIST, STORE_NAME, LOAD_CONST None, RETURN_VALUE
	assert.True(t, ins[n-1].ext)
	assert.Equal(t, fBUILD_LIST, int(ins[n].op))
	assert.Equal(t, n, ins[n].arg)
	assert.GreaterOrEqual(t, int(co.Stacksize), n)
	lines := instrLines(co, ins)
	assert.Equal(t, 2, lines[0])
	assert.Equal(t, n+1, lines[n-1]) // the last item's line
}
