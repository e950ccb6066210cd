import sys
class Ait:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n, -self.n
class Sus:
    def __await__(self):
        v = yield 'suspend'
        return v
class Ctx:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    async def __aenter__(self):
        print('enter', self.name, await Sus())
        return self.name
    async def __aexit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, await Sus())
        return self.swallow
async def main():
    async for a, b in Ait(4):
        if a == 2: continue
        if a == 0: break
        print('item', a, b)
    else:
        print('not reached')
    async for x in Ait(0): pass
    else: print('empty else')
    async with Ctx('a') as n1, Ctx('b', True) as n2:
        print('body', n1, n2)
        raise KeyError('swallowed by b')
    try:
        async with Ctx('c'):
            raise ValueError('passes')
    except ValueError as e:
        print('caught', e, sys.exc_info()[0] is None)
    for i in range(2):
        async with Ctx('loop%d' % i): continue
    async with Ctx('ret'): return 'returned'
c = main()
try:
    v = None
    while True:
        v = c.send(v)
        v = 'resumed'
except StopIteration as e:
    print(e.value)
