class NoAnext:
    def __aiter__(self): return self
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 5
class OnlyEnter:
    async def __aenter__(self): return 1
class OnlyExit:
    async def __aexit__(self, *a): pass
class BadEnter:
    def __aenter__(self): return 3
    async def __aexit__(self, *a): pass
async def loop(obj):
    async for x in obj:
        pass
async def ctx(obj):
    async with obj:
        pass
def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        print('done')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for obj in [1, [], NoAnext(), BadAnext()]:
    run(loop(obj))
for obj in [None, OnlyEnter(), OnlyExit(), BadEnter()]:
    run(ctx(obj))
for src in ['async def f():\n    def g():\n        async for x in y: pass\n',
            'async def f():\n    def g():\n        async with x: pass\n',
            'def f():\n    async with x: pass\n', 'async with x: pass\n',
            'async def f():\n    lambda: [x async for x in y]\n']:
    try:
        compile(src, 'a.py', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text))
