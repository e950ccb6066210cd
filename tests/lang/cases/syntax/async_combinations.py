class Ait:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class M:
    def __matmul__(self, o): return 'mm%s' % (o,)
async def main():
    x: list = [a async for a in Ait(2)]
    s = f'{M() @ 1}'
    y = M() @ [a async for a in Ait(1)]
    z = [a async for a in Ait(2)] + [b
        async for b in Ait(1)]
    async with Ctx() as (p, q):
        w = [p async for _ in Ait(1)]
    async for i in Ait(1):
        async for j in Ait(2):
            async with Ctx():
                pass
    if True: v = [a async for a in Ait(1)]
    def inner(): return 'inner'
    try:
        async for k in Ait(1): raise KeyError(k)
    except KeyError as e: print('ke', e)
    return x, s, y, z, w, v, inner(), i, j, p, q
class Ctx:
    async def __aenter__(self): return (1, 2)
    async def __aexit__(self, *a): pass
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
