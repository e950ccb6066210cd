# async def, await and coroutine objects driven by hand (no event loop).
import types
class Awaitable:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ('suspend', self.value)
        return (self.value, got)

async def inner(x):
    r = await Awaitable(x)
    return r

async def outer():
    a = await inner(1)
    b = await inner(2)
    return [a, b]

coro = outer()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send('first'))
try:
    coro.send('second')
except StopIteration as e:
    print('result', e.value)
print(coro.cr_frame, coro.cr_running)

async def fails():
    await Awaitable(0)
    raise ValueError('inside')
c = fails()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print('ValueError:', e)

async def catches():
    try:
        await Awaitable('x')
    except KeyError as e:
        return 'caught ' + str(e)
c = catches()
c.send(None)
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)

c = outer()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print('TypeError:', e)

@types.coroutine
def legacy():
    v = yield 'legacy'
    return v
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send('done')
except StopIteration as e:
    print('legacy result', e.value)

async def agen():
    for i in range(2):
        yield i
ag = agen()
print(type(ag).__name__)
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print('anext value', e.value)
import inspect
probe = outer()
print(inspect.iscoroutinefunction(outer), inspect.iscoroutine(probe), inspect.isawaitable(Awaitable(1)))
probe.close()
