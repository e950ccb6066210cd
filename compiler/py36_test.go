package compiler_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// py36Cases are programs using Python 3.6 syntax that gpython's parser
// lacks (PEP 515 numbers, PEP 526 annotations, PEP 492 coroutines),
// compared with CPython 3.6: values, evaluation order, errors and their
// lines.
var py36Cases = [][2]string{
	{"numbers", "print(1_000_000, 0x_ff, 0b_1010, 0o7_7, 1_0.5e1_0, 1_0j, 1_000.0_1, 0_0, 1e1_0)"},
	{"number in f-string", "print(f'{1_000 + 0x_1:,}')"},
	{"number in call", "print(max(*[1_0], 2_0))"},
	{"number bad double", "x = 1__0"},
	{"number bad trailing", "x = 1_"},
	{"number bad hex", "x = 0x_"},
	{"number bad before point", "x = 1_.5"},
	{"number bad after point", "x = 1._5"},
	{"number bad exponent", "x = 1e_5"},
	{"number bad second line", "x = 1_0\ny = 0b1_"},
	{"annotation module", "x: int = 5\ny: str\nprint(x, __annotations__)\nprint('y' in globals())"},
	{"annotation order", "def v(t, x):\n    print('eval', t)\n    return x\nz: v('ann', int) = v('value', 1)\nprint(z, __annotations__)"},
	{"annotation class", "class C:\n    a: int\n    b: str = 'x'\n    (c): int = 3\n    d = 4\nprint(C.__annotations__, C.b, C.c)"},
	{"annotation class own dict", "class C:\n    a: int\nclass D(C):\n    b: int\nclass E(C):\n    pass\nprint(D.__annotations__, C.__annotations__, E.__annotations__ is C.__annotations__)"},
	{"annotation class setup at start", "class C:\n    print(__annotations__)\n    if False:\n        a: int\nprint(C.__annotations__)"},
	{"annotation class compound first", "class C:\n    if True:\n        a: int = 1\nprint(C.__annotations__, C.a)"},
	{"annotation class compound blank", "class C:\n\n    for i in range(1):\n        a: int = i\nprint(C.__annotations__)"},
	{"annotation docstring", "'''doc'''\nx: int\nprint(__doc__, __annotations__)"},
	{"annotation function", "def f():\n    a: int = 1\n    b: undefined\n    print(a)\n    try:\n        print(b)\n    except UnboundLocalError as e:\n        print('unbound', e)\n    return sorted(locals())\nprint(f())"},
	{"annotation attribute", "class P:\n    def __init__(self):\n        self.x: int = 0\n        self.y: undefined\np = P()\nprint(p.x, hasattr(p, 'y'))"},
	{"annotation attribute error", "class Q:\n    pass\nQ.missing.x: int"},
	{"annotation subscript", "a = [0, 1]\na[1]: int = 7\nprint(a)\na[0:1]: int\nprint(__annotations__)"},
	{"annotation subscript index evaluated", "def v(x):\n    print('eval', x)\n    return x\na = [0]\na[v(0)]: v(int)\nprint(__annotations__)"},
	{"annotation multiline", "x: dict = {\n    'a': 1,\n}\nprint(x)\ny: int = (\n  undefined)"},
	{"annotation error line", "x: undefined = 1"},
	{"annotation tuple target", "x, y: int"},
	{"annotation list target", "[x]: int"},
	{"annotation call target", "f(): int"},
	{"annotation global", "def f():\n    global x\n    x: int"},
	{"annotation global after", "def f():\n    x: int = 1\n    global x"},
	{"annotation nonlocal", "def g():\n    x = 1\n    def f():\n        nonlocal x\n        x: int\n    return f"},
	{"annotation module global", "global x\nx: int"},
	{"annotation in exec", "ns = {}\nexec('x: int = 1', ns)\nprint(ns['__annotations__'], ns['x'])"},
	{"annotation private", "class C:\n    __p: int\nprint(C.__annotations__)"},
	{"async send", "async def f():\n    return 42\nc = f()\nprint(type(c).__name__)\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print('stop', e.value)"},
	{"async await coroutine", "async def g(x):\n    return x * 2\nasync def f():\n    a = await g(1)\n    b = await g(a)\n    return a + b\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async awaitable class", "class A:\n    def __await__(self):\n        x = yield 'suspended'\n        return x + 1\nasync def f():\n    return await A()\nc = f()\nprint(c.send(None))\ntry:\n    c.send(10)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async await bad", "async def f():\n    await 1\ntry:\n    f().send(None)\nexcept TypeError as e:\n    print(e)"},
	{"async await non iterator", "class A:\n    def __await__(self):\n        return 1\nasync def f():\n    await A()\ntry:\n    f().send(None)\nexcept TypeError as e:\n    print(e)"},
	{"async reuse", "async def g():\n    return 1\nasync def f(c):\n    await c\n    await c\nc = g()\ntry:\n    f(c).send(None)\nexcept RuntimeError as e:\n    print(e)"},
	{"async flags", "async def f():\n    pass\nprint(bool(f.__code__.co_flags & 0x80), f.__name__)\nc = f()\nprint(repr(c).startswith('<coroutine object f at '))\nc.close()"},
	{"async methods", "class C:\n    async def m(self, x):\n        return x + 1\n    async def n(self):\n        return await self.m(1)\nc = C().n()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async decorated", "def deco(fn):\n    print('deco', type(fn).__name__)\n    return fn\n@deco\nasync def f():\n    return 1\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async throw", "class A:\n    def __await__(self):\n        yield 1\nasync def f():\n    try:\n        await A()\n    except ValueError as e:\n        return 'caught ' + str(e)\nc = f()\nc.send(None)\ntry:\n    c.throw(ValueError('x'))\nexcept StopIteration as e:\n    print(e.value)"},
	{"async error line", "async def f():\n    x = 1\n    raise ValueError('boom')\nf().send(None)"},
	{"async nested", "def outer():\n    async def inner():\n        return 5\n    return inner\ntry:\n    outer()().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async in if", "if True:\n    async def f():\n        return 3\nelse:\n    pass\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async placement compact class", "class A:\n    async def f(self):\n        return 1\n    async def g(self):\n        return await self.f() + 1\n    def h(self):\n        return 0\nx = A()\nc = x.g()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value, type(A.f(x)).__name__)"},
	{"async placement next if", "async def f():\n    return 1\nif f:\n    print(type(f()).__name__)"},
	{"async placement next for", "async def f():\n    return 1\nfor i in [f]:\n    print(type(i()).__name__)"},
	{"async placement next with", "class M:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        pass\nasync def f():\n    return 1\nwith M():\n    print(type(f()).__name__)"},
	{"async placement next try", "async def f():\n    return 1\ntry:\n    print(type(f()).__name__)\nexcept KeyError:\n    pass"},
	{"async placement next decorated", "def d(fn):\n    print(type(f()).__name__)\n    return fn\nasync def f():\n    return 1\n@d\ndef g():\n    pass"},
	{"async placement next class", "async def f():\n    return 1\nclass K:\n    x = type(f()).__name__\nprint(K.x)"},
	{"async placement next class bases", "async def f():\n    return 1\nclass K(object):\n    x = type(f()).__name__\nprint(K.x)"},
	{"async placement end of file", "async def f():\n    return 1"},
	{"async placement nested class", "class A:\n    class B:\n        async def f(self):\n            return 1\nprint(type(A.B().f()).__name__)"},
	{"async placement chain", "async def f():\n    return 1\nasync def g():\n    return 2\ndef h():\n    pass\nprint(type(f()).__name__, type(g()).__name__)"},
	{"async placement function end", "def outer():\n    x = 1\n    async def inner():\n        return x\n    return inner\nprint(type(outer()()).__name__)"},
	{"async docstring", "async def f():\n    \"doc\"\n    return 1\nprint(f.__doc__, type(f()).__name__)"},
	{"async compound body", "async def f(x):\n    if x:\n        return 1\n    return 2\nc = f(0)\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async argument error", "async def f(a, b=2, *, c):\n    return a + b + c\ntry:\n    f(1)\nexcept TypeError as e:\n    print(e)\nc = f(1, c=3)\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async not iterable", "async def f():\n    pass\nc = f()\ntry:\n    iter(c)\nexcept TypeError as e:\n    print(e)\nc.close()"},
	{"async await expression forms", "async def g(x):\n    return x\nasync def f():\n    return [await g(1), -await g(2), (await g(3)) ** 2, f'{4}']\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async closure", "def mk(n):\n    async def f():\n        return n\n    return f\ntry:\n    mk(7)().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async wrapper await", "async def f():\n    return 1\nc = f()\nw = c.__await__()\ntry:\n    next(w)\nexcept StopIteration as e:\n    print('stop', e.value)"},
	{"single mode", "ns = {}\nfor src in ['async def f():\\n    return 1\\n', 'async def f():\\n    return 1\\n\\n', 'x: int = 2\\n', '@staticmethod\\nasync def g():\\n    pass\\n']:\n    exec(compile(src, '<stdin>', 'single'), ns)\nc = ns['f']()\nprint(type(c).__name__, ns['x'], ns['__annotations__'], type(ns['g']).__name__)\nc.close()"},
	{"async comprehension outer iterable", "async def g(n):\n    return range(n)\nasync def f():\n    return [x * 2 for x in await g(3)], {k: 1 for k in await g(2)}\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async nested async def", "async def outer():\n    async def inner(x=1):\n        return x + 1\n    return await inner()\ntry:\n    outer().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async lambda default", "async def g():\n    return 5\nasync def f():\n    h = lambda x=await g(): x\n    return h()\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"coroutine attributes", "async def f():\n    return 1\nprint(type(f).__name__, f.__name__, f.__doc__)\nc = f()\nprint(c.cr_running, c.__name__, c.cr_frame is not None)\nc.close()"},
	{"await in f-string", "async def g(x):\n    return x\nasync def f():\n    return f'{await g(4)}'"},
	{"async redefined by generator", "async def f():\n    pass\ndef f():\n    yield 1\nx = 1\nprint(type(f()).__name__)"},
	{"await delegating __await__", "class Sus:\n    def __await__(self):\n        v = yield 'ask'\n        return v * 2\nasync def inner():\n    return await Sus()\nclass Wrap:\n    def __await__(self):\n        return inner().__await__()\nasync def f():\n    return await Wrap()\nc = f()\nprint(c.send(None))\ntry:\n    c.send(21)\nexcept StopIteration as e:\n    print(e.value)\nc2 = f()\nc2.send(None)\ntry:\n    c2.throw(KeyError('k'))\nexcept KeyError as e:\n    print('KeyError', e)"},
	{"async generator anext", "async def agen(n):\n    for i in range(n):\n        yield i * 10\n    print('done')\nasync def consume():\n    g = agen(3)\n    out = []\n    while True:\n        try:\n            out.append(await g.__anext__())\n        except StopAsyncIteration:\n            return out\nc = consume()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\nprint(type(agen(1)).__name__, bool(agen.__code__.co_flags & 0x200), repr(agen(1)).startswith('<async_generator object agen at'))"},
	{"async generator awaits", "class Sus:\n    def __await__(self):\n        v = yield 'loop'\n        return v\nasync def agen():\n    x = await Sus()\n    got = yield x\n    yield got\nasync def consume():\n    g = agen()\n    a = await g.__anext__()\n    b = await g.asend('sent')\n    try:\n        await g.__anext__()\n    except StopAsyncIteration:\n        return a, b\nc = consume()\nprint(c.send(None))\ntry:\n    c.send(5)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async generator athrow aclose", "async def agen():\n    try:\n        yield 1\n        yield 2\n    except ValueError:\n        yield 'handled'\n    finally:\n        print('cleanup')\nasync def consume():\n    g = agen()\n    print(await g.__anext__())\n    print(await g.athrow(ValueError))\n    await g.aclose()\n    try:\n        await g.__anext__()\n    except StopAsyncIteration:\n        print('stopped')\n    g2 = agen()\n    await g2.__anext__()\n    await g2.aclose()\nc = consume()\ntry:\n    c.send(None)\nexcept StopIteration:\n    print('end')"},
	{"async generator return value", "async def agen():\n    yield 1\n    return 2"},
	{"async generator bare yield", "async def agen():\n    yield\nasync def f():\n    return await agen().__anext__()\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(repr(e.value))\nprint(StopAsyncIteration.__mro__)"},
	{"await wrapper value after none", "async def inner():\n    return 5\nclass W:\n    def __await__(self):\n        return inner().__await__()\nasync def f():\n    return await W()\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async generator error in body", "async def agen():\n    yield 1\n    raise KeyError('k')\nasync def f():\n    g = agen()\n    await g.__anext__()\n    await g.__anext__()\ntry:\n    f().send(None)\nexcept KeyError as e:\n    print('KeyError', e)"},
	{"async generator reuse", "async def agen():\n    yield 1\nasync def f():\n    a = agen().__anext__()\n    await a\n    await a\ntry:\n    f().send(None)\nexcept RuntimeError as e:\n    print(e)"},
	{"matmul operators", "class M:\n    def __init__(self, v):\n        self.v = v\n    def __matmul__(self, o):\n        return M(('@', self.v, getattr(o, 'v', o)))\n    def __rmatmul__(self, o):\n        return M(('r@', o, self.v))\n    def __repr__(self):\n        return 'M%r' % (self.v,)\na = M(1)\nprint(a @ 2, 3 @ a, a @ a @ 4, 2 * a @ 5 if 0 else a @ 5 * 2 if 0 else a @ 5)\nprint(-a.v @ a, [x @ 1 for x in [a]], (a\n @ # comment\n 6))"},
	{"matmul errors", "for src in ['1 @ 2', '[] @ ()', 'int @ 1', 'None @ 1.5']:\n    try:\n        eval(src)\n    except TypeError as e:\n        print(e)\nx = 1\ntry:\n    x @= 2\nexcept TypeError as e:\n    print(e)"},
	{"matmul reflected subclass first", "class A:\n    def __matmul__(self, o):\n        return 'A.mm'\n    def __rmatmul__(self, o):\n        return 'A.rmm'\nclass B(A):\n    def __rmatmul__(self, o):\n        return 'B.rmm'\nclass C(A):\n    pass\nclass N:\n    def __matmul__(self, o):\n        return NotImplemented\nprint(A() @ B(), A() @ C(), B() @ A(), N() @ A())\ntry:\n    N() @ N()\nexcept TypeError as e:\n    print(e)"},
	{"matmul augmented", "def v(x):\n    print('eval', x)\n    return x\nclass I:\n    def __imatmul__(self, o):\n        print('imatmul', o)\n        return 'I'\nclass F:\n    def __init__(self, v):\n        self.v = v\n    def __matmul__(self, o):\n        return F(self.v + o)\n    def __getitem__(self, k):\n        print('get', sk(k))\n        return F(1)\n    def __setitem__(self, k, x):\n        print('set', sk(k), x.v)\ndef sk(k):\n    if isinstance(k, tuple):\n        return [sk(x) for x in k]\n    if type(k).__name__ == 'slice':\n        return ('slice', k.start, k.stop, k.step)\n    return k\nclass Obj:\n    pass\no = Obj()\no.a = I()\no.a @= v(1)\nprint(o.a)\nd = {'k': I()}\nd[v('k')] @= v(2)\nprint(d)\nf = F(0)\nf[v(1):v(2), ::v(3), v(4)] @= v(5)\nf[:] @= 1\nf[...] @= 2\ni = I()\ni @= 3 if 0 else 4\nprint(i)"},
	{"matmul augmented fallback", "class N:\n    def __imatmul__(self, o):\n        return NotImplemented\n    def __matmul__(self, o):\n        return 'fallback'\nn = N()\nn @= 1\nprint(n)\nclass R:\n    def __rmatmul__(self, o):\n        return 'reflected'\nx = 5\nx @= R()\nprint(x)"},
	{"matmul error line", "x = 1\ny = (x +\n  x @ x)"},
	{"matmul decorator still", "def d(f):\n    return 'decorated'\n@d\ndef g():\n    pass\nclass C:\n    @staticmethod\n    def s():\n        return 1 @ 1 if 0 else 's'\nprint(g, C.s())"},
	{"matmul in f-string and lambda", "class M:\n    def __matmul__(self, o):\n        return o * 2\nm = M()\nf = lambda a, b=m @ 1: a @ b\nprint(f'{m @ 3}', f(m), f(m, 5))"},
	{"named escapes", "print(ascii('\\N{EM DASH}\\N{bullet}\\N{NBSP}\\N{LATIN CAPITAL LETTER GHA}\\N{END OF LINE}'), ascii('\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'))\nprint(ascii(f'\\N{EM DASH}{1}'), ascii('a' '\\N{DEGREE SIGN}' 'b'), b'\\N{DASH}', r'\\N{DASH}', '\\\\N{DASH}')"},
	{"named escape unknown", "print(1)\nx = '\\N{NO SUCH NAME}'"},
	{"named escape errors", "for src in [r\"'\\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}'\", r\"'ab\\N{NO}x'\", r\"'\\u00e9\\N{NO}'\", \"'\\u00e9\\\\N{NO}'\", r\"'\\N{cjk unified ideograph-4e00}'\", r\"'\\N{HANGUL SYLLABLE gag}'\", r\"'\\N{CJK UNIFIED IDEOGRAPH-9FFF}'\", r\"f'{1}\\N{NOPE}'\", r\"'\\N{ LATIN SMALL LETTER A}'\", r\"'\\N{}'\", r\"'\\N'\", r\"'\\N{A'\"]:\n    try:\n        print(ascii(eval(src)))\n    except SyntaxError as e:\n        print(e.msg, e.lineno, e.offset, repr(e.text))"},
	{"async for loop", "class Ait:\n    def __init__(self, n):\n        self.n = n\n    def __aiter__(self):\n        return self\n    async def __anext__(self):\n        if self.n <= 0:\n            raise StopAsyncIteration\n        self.n -= 1\n        return self.n\nasync def f():\n    out = []\n    async for i in Ait(5):\n        if i == 3:\n            continue\n        if i == 1:\n            break\n        out.append(i)\n    else:\n        out.append('else')\n    async for i in Ait(1): out.append(i)\n    else: out.append('else2')\n    return out\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async for error line", "class Ait:\n    def __aiter__(self):\n        return self\n    async def __anext__(self):\n        return 1\nasync def f():\n    async for i in Ait():\n        x = (1,\n             2)\n        raise ValueError(x)\nf().send(None)"},
	{"async for errors", "async def f(x):\n    async for i in x:\n        pass\nfor x in [1, [2]]:\n    try:\n        f(x).send(None)\n    except TypeError as e:\n        print(e)"},
	{"async with", "class C:\n    def __init__(self, n, swallow=False):\n        self.n, self.swallow = n, swallow\n    async def __aenter__(self):\n        print('enter', self.n)\n        return self.n * 10\n    async def __aexit__(self, t, v, tb):\n        print('exit', self.n, t and t.__name__)\n        return self.swallow\nasync def f():\n    async with C(1) as a, C(2, True) as b:\n        print(a, b)\n        raise KeyError(a)\n    async with C(3):\n        return 'ret'\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async with error line", "class C:\n    async def __aenter__(self):\n        return self\n    async def __aexit__(self, *a):\n        pass\nasync def f():\n    async with C() as c, \\\n            C():\n        y = [1,\n             2]\n        raise ValueError(y)\n    return 1\nf().send(None)"},
	{"async with errors", "async def f(m):\n    async with m:\n        pass\nclass E:\n    def __aexit__(self, *a):\n        pass\nclass B:\n    def __aenter__(self):\n        return 1\n    def __aexit__(self, *a):\n        pass\nfor m in [None, E(), B()]:\n    try:\n        f(m).send(None)\n    except (AttributeError, TypeError) as e:\n        print(type(e).__name__, e)"},
	{"async comprehensions", "class Ait:\n    def __init__(self, n):\n        self.n = n\n    def __aiter__(self):\n        return self\n    async def __anext__(self):\n        if self.n <= 0:\n            raise StopAsyncIteration\n        self.n -= 1\n        return self.n\nasync def d(x):\n    return x * 2\nasync def f():\n    return ([i async for i in Ait(3)], sorted({i % 2 async for i in Ait(4)}),\n            {i: await d(i) async for i in Ait(2)}, [await d(j) for j in range(3) if j],\n            [(i, j) async for i in Ait(2) for j in range(i + 1) if j != 5])\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)"},
	{"async comprehension outside async", "async def f():\n    def g():\n        return [x async for x in y]"},
	{"async names", "async = 1\nawait = 2\nprint(async + await)"},
	{"await outside async", "def f():\n    await x"},
	{"await in nested def", "async def f():\n    def g():\n        await x"},
	{"await in class", "async def f():\n    class C:\n        await x"},
	{"yield from in async", "async def f():\n    yield from x"},
	{"await at module", "await x"},
}

// TestPy36MatchesCPython36 runs every case under gpython and compares its
// outcome with CPython 3.6's.
func TestPy36MatchesCPython36(t *testing.T) {
	seen := map[string]bool{}
	cases := make([][2]string, len(py36Cases))
	for i, c := range py36Cases {
		if seen[c[0]] {
			t.Fatalf("duplicate case name %q", c[0])
		}
		seen[c[0]] = true
		cases[i] = [2]string{c[0], c[1] + "\n"}
	}
	want := expectations(t, "testdata/py36.json", *update, cases)
	for _, c := range cases {
		t.Run(c[0], func(t *testing.T) {
			assert.Equal(t, want[c[0]], runGpython(t, c[1]), "source:\n%s", c[1])
		})
	}
}
