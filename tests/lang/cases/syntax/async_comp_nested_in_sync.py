# An asynchronous comprehension nested in the scope of a synchronous one
# (in an async def or not) is 3.6's code generator's SyntaxError; in the
# first iterable it runs in the enclosing coroutine.
import asyncio


async def agen(n):
    for i in range(n):
        yield i


async def f():
    a = [x for x in [i async for i in agen(3)]]
    b = [x async for x in agen(2)]
    c = [[x for x in range(y)] async for y in agen(3)]
    return a, b, c


print(asyncio.get_event_loop().run_until_complete(f()))
for src in ["async def g():\n    return [[x async for x in y] for y in z]\n",
            "async def g():\n    return [x for y in z for x in [i async for i in y]]\n",
            "async def g():\n    return {k: [i async for i in v] for k, v in z}\n",
            "def g():\n    return [[x async for x in y] for y in z]\n",
            "async def g():\n    return [[await x for x in y] for y in z]\n",
            "async def g():\n    return [(x async for x in y) for y in z]\n"]:
    try:
        compile(src, "s", "exec")
        print("compiled")
    except SyntaxError as e:
        print(repr(e), e.lineno, e.offset)
