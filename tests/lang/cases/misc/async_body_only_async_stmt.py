# An async def whose body holds nothing but an async with or async for
# statement is still a coroutine function (the return value comes back
# through await), as is one that nests them.
import asyncio
import inspect


class CM:
    async def __aenter__(self):
        print('enter')
        return self

    async def __aexit__(self, *exc):
        print('exit', exc[0])
        return False


async def only_with():
    async with CM():
        return 1


async def only_with_one_line():
    async with CM(): return 2


async def ticks():
    yield 3
    yield 4


async def only_for():
    async for x in ticks():
        return x


async def nested():
    async with CM():
        async for x in ticks():
            if x == 4:
                return x


async def raises():
    async with CM():
        raise KeyError('k')


async def main():
    for f in (only_with, only_with_one_line, only_for, nested):
        print(f.__name__, inspect.iscoroutinefunction(f), await f())
    try:
        await raises()
    except KeyError as e:
        print('KeyError', e)

asyncio.get_event_loop().run_until_complete(main())
