# Asynchronous comprehensions nested in the element or condition of another
# asynchronous comprehension (3.6 accepts them: the outer one is async),
# at run time and in compile()'s verdicts.
import asyncio
class AIter:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
async def main():
    z = [[1, 2], [3], []]
    a = [[x * 10 async for x in AIter(y)] async for y in AIter(z)]
    print(a)
    b = [x async for x in AIter(range(6)) if [q async for q in AIter(range(x)) if q % 2]]
    print(b)
    c = {k: [v + k async for v in AIter(range(k))] async for k in AIter([1, 2, 3])}
    print(c)
    d = [[[w async for w in AIter(range(x))] async for x in AIter(range(y))] async for y in AIter(range(3))]
    print(d)
    e = [s async for s in AIter([(x async for x in AIter([1, 2]))])]
    print(len(e))
    base = 100
    f = [[x + base + y async for x in AIter([y, y])] async for y in AIter([1, 2])]
    print(f)
    try:
        g = [[1 / x async for x in AIter([y])] async for y in AIter([1, 0])]
    except ZeroDivisionError as exc:
        import traceback
        traceback.print_exc()
loop = asyncio.get_event_loop()
loop.run_until_complete(main())

srcs = [
"async def f():\n    return [[x async for x in y] async for y in z]\n",
"async def f():\n    return [x async for y in z async for x in y]\n",
"async def f():\n    return [(x async for x in y) for y in z]\n",
"async def f():\n    return [[x async for x in y] for y in z]\n",
"async def f():\n    return {k: [v async for v in k] for k in z}\n",
"async def f():\n    return (x async for x in (y async for y in z))\n",
"async def f():\n    return [x for x in [y async for y in z]]\n",
"async def f():\n    return [x for x in (y async for y in z)]\n",
"async def f():\n    return [x async for x in [y async for y in z]]\n",
"async def f():\n    return [x for y in z for x in [q async for q in y]]\n",
"async def f():\n    return [x for x in z if [q async for q in x]]\n",
"async def f():\n    return [await x for x in [await y for y in z]]\n",
"async def f():\n    return [x for x in z if await x]\n",
"async def f():\n    return [[await x for x in y] for y in z]\n",
"async def f():\n    return {[x async for x in y] for y in z}\n",
"async def f():\n    return (await x for x in y)\n",
"async def f():\n    return [x async for x in y if [z async for z in x]]\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SE", e.msg, e.lineno, e.offset, repr(e.text))
