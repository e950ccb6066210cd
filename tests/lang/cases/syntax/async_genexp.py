# Asynchronous generator expressions inside async def
import types
@types.coroutine
def tick():
    yield 'tick'
async def ag():
    for i in range(3):
        await tick()
        yield i
async def sq(x):
    await tick()
    return x * x
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
async def main():
    g = (x async for x in ag())
    print(type(g).__name__, g.__name__, g.__qualname__)
    print([x async for x in g])
    h = (await sq(x) for x in range(3))
    print(type(h).__name__, [y async for y in h])
    k = (x * 2 async for x in ag() if x)
    r = []
    async for v in k:
        r.append(v)
    print(r, await (x async for x in ag()).__anext__())
    return 'done'
print(run(main()))
