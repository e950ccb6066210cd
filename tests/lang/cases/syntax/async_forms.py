class Ait:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class Actx:
    async def __aenter__(self):
        print('enter')
        return 'ctx'
    async def __aexit__(self, *exc):
        print('exit', exc[0])
        return False
async def main():
    out = []
    async for i in Ait(3):
        out.append(i)
    else:
        out.append('else')
    async with Actx() as c, Actx():
        out.append(c)
    return out
async def w(x):
    return x * 10
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
