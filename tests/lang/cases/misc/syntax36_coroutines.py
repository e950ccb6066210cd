# PEP 492 coroutines driven by hand: send, throw, close, awaitables.


def run(coro):
    try:
        while True:
            print('yielded', coro.send(None))
    except StopIteration as e:
        return e.value


async def double(x):
    return x * 2


async def total():
    a = await double(1)
    b = await double(a)
    return [a, b, -await double(3), (await double(2)) ** 2, f'{5}']


print(run(total()))
c = double(1)
print(type(c).__name__, repr(c).startswith('<coroutine object double at 0x'))
print(bool(double.__code__.co_flags & 0x80), double.__name__, type(double).__name__)
c.close()


class Awaitable:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ('suspended', self.v)
        return got


async def uses_awaitable():
    x = await Awaitable(1)
    y = await Awaitable(2)
    return x + y


c = uses_awaitable()
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print('result', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)


async def bad_await(x):
    await x


for obj in [1, 'text', None, [1]]:
    try:
        run(bad_await(obj))
    except TypeError as e:
        print('TypeError', e)


class NonIterator:
    def __await__(self):
        return 5


try:
    run(bad_await(NonIterator()))
except TypeError as e:
    print('TypeError', e)


async def reuse(c):
    await c
    await c

try:
    run(reuse(double(1)))
except RuntimeError as e:
    print('RuntimeError', e)


async def catcher():
    try:
        await Awaitable('t')
    except ValueError as e:
        return 'caught ' + str(e)


c = catcher()
c.send(None)
try:
    c.throw(ValueError('boom'))
except StopIteration as e:
    print(e.value)


class Service:
    async def get(self, k):
        return {'a': 1}.get(k)
    async def both(self):
        return await self.get('a'), await self.get('b')
    def sync(self):
        return 'sync'
s = Service()
got = Service.get(s, 'a')
print(run(s.both()), s.sync(), type(got).__name__)
got.close()


def deco(fn):
    print('decorating', fn.__name__)
    return fn


@deco
async def decorated(x, *, y=2):
    """Docstring."""
    return x + y
print(run(decorated(1)), run(decorated(1, y=5)), decorated.__doc__)
try:
    decorated()
except TypeError as e:
    print('TypeError', e)


def make(n):
    async def inner():
        return n
    return inner
print(run(make(7)()))


async def raises():
    x = 1
    raise KeyError(x)
try:
    run(raises())
except KeyError as e:
    print('KeyError', e)
w = double(3).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print('wrapper stop', e.value)
try:
    iter(double(1))
except TypeError as e:
    print('TypeError', e)
async = 1
await = 2
print(async + await)
