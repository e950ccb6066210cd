# Tasks still pending at the end of the program on a loop that was never
# closed: CPython 3.6 never frees them (the event loop policy keeps the
# loop, and the loop its callbacks and timers), so no "Task was destroyed
# but it is pending!" is printed; nor for the aclose() task the loop's
# finalizer hook scheduled for an async generator left by a return.
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def ticks():
    yield 1
    yield 2


async def first_tick():
    async for x in ticks():
        return x


loop = asyncio.get_event_loop()
task = loop.create_task(sleeper())
loop.call_soon(loop.create_task, sleeper())
print(loop.run_until_complete(first_tick()))
print(task.done())
print("end")
