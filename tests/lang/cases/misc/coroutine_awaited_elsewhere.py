# Awaiting a coroutine that another task is already driving (it is
# suspended inside an await of its own) is refused; cr_await shows what
# it waits on.
import asyncio


async def napper():
    await asyncio.sleep(0.05)
    return 'rested'


async def main():
    coro = napper()
    print('cr_await before start:', coro.cr_await)
    task = asyncio.ensure_future(coro)
    await asyncio.sleep(0)
    print('waiting on a future:', type(coro.cr_await).__name__)
    try:
        await coro
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('task result:', await task)
    print('cr_await after finishing:', coro.cr_await)
    again = napper()
    print('plain await:', await again)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
