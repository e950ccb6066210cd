# A loop in debug mode wraps each coroutine an async def function makes
# while it runs in a CoroWrapper (sys.set_coroutine_wrapper), and takes
# the wrapper off when it stops; awaiting a wrapped coroutine that is
# itself suspended in an await is refused, naming both.
import asyncio, sys, warnings

async def foo():
    return 'spam'

async def sleeper(loop):
    await asyncio.sleep(0.01, loop=loop)

async def start(loop):
    c = foo()
    print(type(c).__name__, c.__qualname__, sys.get_coroutine_wrapper().__name__)
    print(await c)
    s = sleeper(loop)
    t = asyncio.Task(s, loop=loop)
    await asyncio.sleep(0, loop=loop)
    try:
        await s
    except RuntimeError as e:
        print(str(e).split(' at 0x')[0], "...", "while it's awaiting" in str(e))
    await t

loop = asyncio.new_event_loop()
loop.slow_callback_duration = 60   # no "Executing ... took" reports on a busy machine
print(sys.get_coroutine_wrapper())
loop.set_debug(True)
loop.run_until_complete(start(loop))
print(sys.get_coroutine_wrapper())

# set_debug while running installs or removes it at once
async def toggle(loop):
    loop.set_debug(False)
    a = foo()
    loop.set_debug(True)
    b = foo()
    print(type(a).__name__, type(b).__name__)
    a.close(); b.close()
loop.set_debug(False)
loop.run_until_complete(toggle(loop))

# another wrapper set first is left alone, with a warning
def other(c):
    return c
sys.set_coroutine_wrapper(other)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    loop.set_debug(True)
    loop.run_until_complete(asyncio.sleep(0, loop=loop))
    for x in w:
        print(x.category.__name__, str(x.message).split(' <')[0])
print(sys.get_coroutine_wrapper() is other)
sys.set_coroutine_wrapper(None)
loop.close()
