# An __aiter__ returning an awaitable (3.5's protocol) still works in 3.6,
# with a DeprecationWarning; an object that is neither an asynchronous
# iterator nor awaitable is a TypeError raised from the error its
# __await__ raised.
import warnings


class Legacy:
    def __init__(self, n):
        self.n = n

    async def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Broken:
    def __aiter__(self):
        return self

    def __await__(self):
        raise ZeroDivisionError('no')


class BrokenNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        raise KeyError('k')


async def main():
    got = []
    async for v in Legacy(3):
        got.append(v)
    return got, [v async for v in Legacy(2)]


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    except TypeError as e:
        return 'TypeError: %s (cause %r, suppress %s)' % (e, e.__cause__, e.__suppress_context__)


async def loop(obj):
    async for v in obj:
        pass

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(run(main()))
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
print(run(loop(Broken())))
print(run(loop(BrokenNext())))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        run(main())
    except DeprecationWarning as e:
        print('raised', e)
