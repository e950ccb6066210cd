package compiler

import (
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
)

// FuzzRewrite36 feeds arbitrary source through the front-end's rewrites
// (PEP 448, f-strings, then the Python 3.6 syntax of rewrite36.go). For
// source that passes the syntax check they must return within a bound,
// never panic, keep every newline, and give source that the check still
// accepts (unless it keeps a construct that is not rewritten); an error is
// a SyntaxError.
func FuzzRewrite36(f *testing.F) {
	for _, seed := range []string{
		"x = 1_000 + 0x_f + 0b_1 + 0o7_7 + 1_0.5e1_0 + 1_0j\n",
		"x: int = 5\ny: str\nclass C:\n    a: int\n    (b): int = 1\n",
		"def f():\n    global x\n    x: int\n",
		"class C:\n    if x:\n        a: int\n",
		"a.b: int\na[1:2, 3]: int\n",
		"async def f():\n    return await g()\nasync def g():\n    pass\n",
		"class A:\n    async def f(self):\n        pass\n    async def g(self):\n        pass\nx = 1\n",
		"@d\nasync def f(x):\n    '''doc'''\n    await x\n",
		"async def f():\n    yield 1\n",
		"async def f():\n    def g():\n        await x\n",
		"async def f():\n    async for x in y:\n        pass\n",
		"async def f():\n    async for x in y: pass\n    else: pass\n    async with a as b, c:\n        pass\n",
		"async def f():\n    async with a: x = 1\n    return [x async for x in y if await x], {k: v for k in z async for v in w}\n",
		"a @ b @= c\nx[1:2, ::3] @= y\nx.y @= 1 @ 2\n",
		"class C:\n    def __f(self, __a=__b):\n        global __g\n        return self.__x(k=__a, __k=1)\n    @d\n    class __D: pass\n    async def __co(self): pass\n",
		"x = '\\N{EM DASH}\\N{nbsp}' '\\N{NO SUCH}'\n",
		"f'{1_0}' f'{x:{1_0}}'\n",
		"if 1:\n    async def f():\n        pass\nelse:\n    pass\ntry:\n    pass\nexcept E:\n    pass\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var out string
		var err error
		done := make(chan struct{})
		go func() {
			defer close(done)
			ck, cerr := check(src, "<fuzz>", py.ExecMode, false)
			if cerr != nil {
				return
			}
			out, err = rewriteChecked(ck.unpacked(src), "<fuzz>")
			if err == nil {
				out, _, err = ck.rewrite36(out, "<fuzz>", py.ExecMode, 0)
			}
			if err != nil {
				return
			}
			added := strings.Count(out, markedNL)
			if strings.Count(translateNewlines(out), "\n")-added < strings.Count(translateNewlines(src), "\n") {
				t.Errorf("newlines lost: %q -> %q", src, out)
			}
			out, _ = stripLines(out)
			// What is not rewritten (asynchronous generator
			// expressions, nested asynchronous comprehensions) keeps
			// its async or await.
			if strings.Contains(out, "async") || strings.Contains(out, "await") {
				return
			}
			if _, err := check(out, "<fuzz>", py.ExecMode, false); err != nil {
				t.Errorf("rewritten source does not pass the check: %q -> %q: %v", src, out, err)
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("rewriting %q did not return", src)
		}
		if err != nil {
			if e, ok := err.(*py.Exception); !ok || !e.Type().IsSubtype(py.SyntaxError) {
				t.Fatalf("rewriting %q returned %T %v, not a SyntaxError", src, err, err)
			}
		}
	})
}
