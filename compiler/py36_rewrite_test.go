package compiler

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rewrite36Of runs the front-end's rewrites over src as Compile does.
func rewrite36Of(t *testing.T, src string) (string, error) {
	t.Helper()
	ck, err := check(src, "<test>", py.ExecMode, false)
	require.NoError(t, err)
	out, err := rewriteChecked(ck.unpacked(src), "<test>")
	require.NoError(t, err)
	out, _, err = ck.rewrite36(out, "<test>", py.ExecMode, 0)
	return out, err
}

// TestRewrite36Shapes pins the text the Python 3.6 rewrites produce.
func TestRewrite36Shapes(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"no construct", "x = 1\n", "x = 1\n"},
		{"numbers", "x = 1_000 + 0x_f + 1_0.5e1_0j\n", "x = 1000 + 0xf + 10.5e10j\n"},
		{"number in f-string", "f'{1_0}'\n", "((10), '\\x00gpython-ssl f-string\\x00format0')\n"},
		{"annotation module", "x: int = 5\n",
			"('\\x00gpython-ssl f-string\\x00setup',); x = (5); (int, '\\x00gpython-ssl f-string\\x00store:x')\n"},
		{"annotation without value", "y = 0\nx: int\n",
			"('\\x00gpython-ssl f-string\\x00setup',); y = 0\n(int, '\\x00gpython-ssl f-string\\x00store:x')\n"},
		{"annotation after docstring", "'doc'\nx: int\n",
			"'doc'; ('\\x00gpython-ssl f-string\\x00setup',)\n(int, '\\x00gpython-ssl f-string\\x00store:x')\n"},
		{"annotation class mangled", "class C:\n    __x: int = 1\n",
			"class C:\n    ('\\x00gpython-ssl f-string\\x00setup',); _C__x = (1); (int, '\\x00gpython-ssl f-string\\x00store:_C__x')\n"},
		{"mangled names", "class C:\n    def __f(self, __a, b=__d):\n        global __g\n        return self.__x(k=__a, __k=1), __g\n",
			"class C:\n    @__private__('__f')#\x01pep-line\n    def _C__f(self, _C__a, b=_C__d):\n        global _C__g\n        return self._C__x(k=_C__a, __k=1), _C__g\n"},
		{"matmul", "x = a @ b * c @ (d\n @ e)\ny[1:, ::2] @= z\n",
			"x = __pep465__('@', __pep465__('@', a, b) * c, (__pep465__('@', d\n, e)))\n__pep465__('=', __pep465__('[]', y, (__pep465__(':', 1, None, None), __pep465__(':', None, None, 2),)), (z))\n"},
		{"annotation class blank line", "class C:\n\n    if a:\n        x: int\n",
			"class C:\n    ('\\x00gpython-ssl f-string\\x00setup',)\n    if a:\n        (int, '\\x00gpython-ssl f-string\\x00store:x')\n"},
		{"annotation class lazy", "class C:\n    if a:\n        x: int\n",
			"class C:\n    if a:\n        __pep526__('A', locals(), 'x', int)\n"},
		{"annotation function", "def f():\n    x: int = 1\n    y: int\n",
			"def f():\n    x = (1)\n    if 0: y = (0)\n"},
		{"annotation attribute", "def f(self):\n    self.x: int\n",
			"def f(self):\n    (self, '\\x00gpython-ssl f-string\\x00discard')\n"},
		{"annotation subscript module", "a[i]: int\n",
			"('\\x00gpython-ssl f-string\\x00setup',); (a, '\\x00gpython-ssl f-string\\x00discard'); (i, '\\x00gpython-ssl f-string\\x00discard'); (int, '\\x00gpython-ssl f-string\\x00discard')\n"},
		{"annotation multiline value", "x: int = (1 +\n  2)\n",
			"('\\x00gpython-ssl f-string\\x00setup',); x = ((1 +\n  2)); (int, '\\x00gpython-ssl f-string\\x00store:x')\n"},
		{"async def", "async def f():\n    return await g()\n",
			"def f():\n    0 and (yield '<async def>'); return (yield from __pep492__('a', g()))\n__pep492__('w', locals(), ('f',))"},
		{"async def decorated", "@d\nasync def f():\n    pass\n",
			"@__pep492__('d', d)\ndef f():\n    0 and (yield '<async def>'); pass\n"},
		{"async def before simple statement", "async def f():\n    pass\nx = 1\n",
			"def f():\n    0 and (yield '<async def>'); pass\n__pep492__('w', locals(), ('f',)); x = 1\n"},
		{"async def before blank line", "async def f():\n    pass\n\nx = 1\n",
			"def f():\n    0 and (yield '<async def>'); pass\n__pep492__('w', locals(), ('f',))\nx = 1\n"},
		{"async method", "class A:\n    async def f(self):\n        pass\n    def g(self):\n        pass\nx = 1\n",
			"class A:\n    def f(self):\n        0 and (yield '<async def>'); pass\n    def g(self):\n        pass\n__pep492__('w', locals(), ('A.f',)); x = 1\n"},
		{"async def in function", "def o():\n    async def f():\n        pass\n    return f\n",
			"def o():\n    def f():\n        0 and (yield '<async def>'); pass\n    __pep492__('w', None, (f,)); return f\n"},
		{"async def next if", "async def f():\n    pass\nif x:\n    pass\n",
			"def f():\n    0 and (yield '<async def>'); pass\nif (__pep492__('w', locals(), ('f',)), x)[1]:\n    pass\n"},
		{"async generator", "async def f():\n    x = yield 1, 2\n    yield\n",
			"def f():\n    0 and (yield '<async generator>'); x = yield __pep492__('Y', (1, 2))\n    yield __pep492__('Y', None)\n__pep492__('w', locals(), ('f',))"},
		{"async docstring", "async def f():\n    'doc'\n    pass\n",
			"def f():\n    'doc'; 0 and (yield '<async def>')\n    pass\n__pep492__('w', locals(), ('f',))"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := rewrite36Of(t, tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, out)
			// Lines added (and marked, see lines.go) aside.
			assert.Equal(t, strings.Count(tc.src, "\n"), strings.Count(out, "\n")-strings.Count(out, markedNL), "newlines")
		})
	}
}

// TestRewrite36Gaps pins the coroutine constructs that are not rewritten:
// CPython 3.6 compiles them, gpython-ssl raises SyntaxError.
func TestRewrite36Gaps(t *testing.T) {
	for _, src := range []string{
		"async def f():\n    return [x async for x in y if 'a\\\nb']\n",
	} {
		_, err := Compile(src, "<test>", py.ExecMode, 0, true)
		require.Error(t, err, src)
		e, ok := err.(*py.Exception)
		require.True(t, ok, src)
		assert.True(t, e.Type().IsSubtype(py.SyntaxError), src)
	}
}

// TestNestedAsyncComprehension: an asynchronous comprehension in the
// element or a condition of another one compiles (3.6 accepts it), its
// function inside the outer one's, both named as CPython names them.
func TestNestedAsyncComprehension(t *testing.T) {
	for src, want := range map[string][]string{
		"async def f():\n    return [[a async for a in x] async for x in y]\n":      {"f", "<listcomp>", "<listcomp>"},
		"async def f():\n    return [x async for x in y if [q async for q in x]]\n": {"f", "<listcomp>", "<listcomp>"},
		"async def f():\n    return {k: {v async for v in k} async for k in y}\n":   {"f", "<dictcomp>", "<setcomp>"},
	} {
		co, err := Compile(src, "<test>", py.ExecMode, 0, true)
		require.NoError(t, err, src)
		var names []string
		var walk func(c *py.Code)
		walk = func(c *py.Code) {
			for _, k := range c.Consts {
				if inner, ok := k.(*py.Code); ok {
					names = append(names, inner.Name)
					walk(inner)
				}
			}
		}
		walk(co)
		// f holds the outer comprehension's function, which holds the inner's.
		assert.Equal(t, want, names, src)
	}
}
