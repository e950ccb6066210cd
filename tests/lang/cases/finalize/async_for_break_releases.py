# An async for left by break lets go of its asynchronous generator where
# CPython 3.6's loop pops it: a collection right after the loop finalizes it
# (the finalizer hook runs), and one in the else clause after exhaustion.
import gc, sys

def finalizer(g):
    print('finalizer hook:', g.__name__)

sys.set_asyncgen_hooks(finalizer=finalizer)

async def agen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print('agen finally', n)

async def broke():
    async for x in agen(3):
        print('got', x)
        break
    gc.collect()
    print('after break loop')

async def with_else():
    async for x in agen(2):
        print('got', x)
    else:
        gc.collect()
        print('else clause')
    print('after else loop')

async def nested():
    for i in range(2):
        async for x in agen(10 + i):
            if x == 1:
                break
        gc.collect()
        print('outer', i)

def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        pass

run(broke())
run(with_else())
run(nested())
print('end')
