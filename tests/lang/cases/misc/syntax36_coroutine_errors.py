# Syntax errors around async and await, as CPython 3.6 reports them
# (await is an ordinary name outside async functions in 3.6).
cases = [
    "await x",
    "def f():\n    await x",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    lambda: await x",
    "async def f():\n    class C:\n        await x",
    "async def f():\n    yield from x",
    "async def f():\n    await = 1",
    "async def f():\n    await x\nawait = 1",
    "def f():\n    async with a: pass",
    "async with a: pass",
    "async for a in b: pass",
    "def f():\n    return [y async for y in z]",
    "async = 1\nawait = 2",
    "async def f():\n    return await\n",
    "async def f(): await x; await y",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield 1\n    return",
    "async def f():\n    x = yield\n    yield from g()",
    "async def f():\n    def g():\n        return 1\n    yield g()",
]
for src in cases:
    try:
        compile(src, '<async>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
