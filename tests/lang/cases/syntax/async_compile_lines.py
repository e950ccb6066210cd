import sys
src = '''
class Ait:
    def __aiter__(self): return self
    async def __anext__(self): return 1
class Ctx:
    async def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def f():
    async with Ctx() as c:
        async for i in Ait():
            r = [x async for x in Ait() if x > 5]
    return c
async def g():
    async with Ctx():
        raise ValueError('line 16')
'''
ns = {}
exec(compile(src, 'mod.py', 'exec'), ns)
try:
    ns['g']().send(None)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(e, tb.tb_lineno, tb.tb_frame.f_code.co_name)
co = compile('async def h():\n    async for x in y:\n        pass\n    return [a async for a in b]\n', 's', 'exec')
ns = {}
exec(co, ns)
c = ns['h']()
print(sorted(k for k in ns if k != '__builtins__'), type(c).__name__)
c.close()
