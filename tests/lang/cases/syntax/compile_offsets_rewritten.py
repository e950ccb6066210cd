# compile()'s SyntaxError positions on lines the interpreter rewrites
# (f-strings, underscores in numbers, unpacking, @, annotations, async).
sources = [
    'x = 1_0; y = f"{x}"; continue\n',
    'async def g():\n    x = f"{1}"; yield from z\n',
    'async def g():\n    async with a: pass\n    x = f"{1}"; await q; nonlocal zz\n',
    'def f(x, y):\n    z = {**x, **y}; global x\n',
    'x = a @ b; break\n',
    'class C:\n    x: int = f"{1}"; return 3\n',
    'def f():\n    print(f"{x!r:>{w}}", *a, *b); nonlocal x\n',
    'async def f():\n    x = await f"{y}"; return (yield)\n',
    'def f():\n    x: int\n    global x\n',
    'print(*a, *b, **c); del f"{1}"\n',
]
for src in sources:
    try:
        compile(src, 'case', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text))
