class Ait:
    def __aiter__(self): return self
    async def __anext__(self):
        raise StopAsyncIteration
class Ctx:
    async def __aenter__(self): return self
    async def __aexit__(self, *a):
        return False
async def main():
    async for x in Ait():
        pass
    async with Ctx() as c, \
            Ctx():
        y = 1
        z = [y,
             y]
        raise ValueError('from body %s' % len(z))
main().send(None)
