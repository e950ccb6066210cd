# PEP 525 async generators driven by hand: __anext__, asend, athrow,
# aclose, the end of the iteration, and errors.


def run(coro):
    try:
        while True:
            print('loop got', coro.send(None))
    except StopIteration as e:
        return e.value


class Suspend:
    def __await__(self):
        value = yield 'suspend'
        return value


async def ticker(n):
    """Counts to n."""
    for i in range(n):
        await Suspend()
        yield i
    print('ticker done')


async def collect(agen):
    out = []
    while True:
        try:
            out.append(await agen.__anext__())
        except StopAsyncIteration:
            return out


print(run(collect(ticker(3))))
t = ticker(1)
print(type(t).__name__, t.__name__, ticker.__doc__, bool(ticker.__code__.co_flags & 0x200))
print(repr(t).startswith('<async_generator object ticker at 0x'), t.__aiter__() is t)


async def echo():
    received = None
    try:
        while True:
            received = yield ('echo', received)
    except ValueError as e:
        yield ('caught', str(e))
    finally:
        print('echo cleanup')


async def talk():
    g = echo()
    print(await g.__anext__())
    print(await g.asend('hello'))
    print(await g.asend(42))
    print(await g.athrow(ValueError('bad')))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('after aclose: StopAsyncIteration')


run(talk())


async def raises():
    yield 1
    raise KeyError('inside')


async def drive_raises():
    g = raises()
    await g.__anext__()
    try:
        await g.__anext__()
    except KeyError as e:
        print('KeyError', e)


run(drive_raises())


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)


run(close_stubborn())


async def empty():
    return
    yield


async def first(agen):
    try:
        return await agen.__anext__()
    except StopAsyncIteration:
        return 'empty'


print(run(first(empty())))
print(StopAsyncIteration.__mro__, issubclass(StopAsyncIteration, Exception))
