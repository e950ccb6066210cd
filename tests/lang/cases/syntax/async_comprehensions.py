class Ait:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def dbl(x):
    return x * 2
async def main(k):
    a = [i async for i in Ait(k)]
    b = {i % 2 async for i in Ait(k)}
    c = {i: await dbl(i) async for i in Ait(3) if i}
    d = [await dbl(j) for j in range(k) if j != 1]
    e = [(i, j) async for i in Ait(2) for j in range(i + 1)
         if j != 5]
    f = [x for x in await dbl(2) * [1]]
    g = [i async for i in Ait(3) if await dbl(i) > 1 if i < 5]
    if [i async for i in Ait(1)]: h = 'truthy'
    return a, sorted(b), sorted(c.items()), d, e, f, g, h
try:
    main(4).send(None)
except StopIteration as ex:
    print(ex.value)
