# sys.set_asyncgen_hooks/get_asyncgen_hooks: argument checks, the named
# tuple, firstiter at the first iteration only, the finalizer instead of
# a close when an unfinished generator is dropped (del, rebinding, the
# last awaitable deleted, a method called but never awaited), errors of
# both hooks, hooks per thread, and asyncio's loop: hooks installed while
# it runs, a dropped generator closed in a task, shutdown_asyncgens.
import asyncio
import io
import re
import sys
import threading

print(sys.get_asyncgen_hooks())
h = sys.get_asyncgen_hooks()
print(type(h).__name__, h.firstiter, h.finalizer, len(h), tuple(h), h == (None, None))
for args, kw in [((1,), {}), ((), {'finalizer': 2}), ((None, None), {}),
                 ((), {'x': 1}), ((1, 2, 3), {}), ((print, 5), {}),
                 ((None,), {'firstiter': None})]:
    try:
        print(sys.set_asyncgen_hooks(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
    print(sys.get_asyncgen_hooks())
# a bad firstiter leaves the good finalizer set
try:
    sys.set_asyncgen_hooks(firstiter=3, finalizer=print)
except TypeError as e:
    print(e)
print(sys.get_asyncgen_hooks().finalizer is print, sys.get_asyncgen_hooks().firstiter)
sys.set_asyncgen_hooks(None, None)

log = []
def first(ag):
    log.append(('first', ag.__name__))
def fin(ag):
    log.append(('fin', ag.__name__))
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
print(sys.get_asyncgen_hooks() == (first, fin))

async def agen():
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')

async def plain():
    yield 1
    yield 2

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return 'ended'

def step(title):
    print(title, log)
    del log[:]

g = agen()
step('made')
a = g.__anext__()
step('anext called')
drive(a)
drive(g.__anext__())
step('two steps')
del g, a
step('del g, a')
g = plain()
drive(g.asend(None))
g = None
step('rebound')
g = plain()
g.aclose()
del g
step('aclose never awaited')
g = plain()
drive(g.__anext__())
drive(g.__anext__())
print(drive(g.__anext__()))
del g
step('finished: no finalizer')

def bad(ag):
    raise ValueError('nope')
sys.set_asyncgen_hooks(firstiter=bad)
g = agen()
try:
    g.__anext__()
except ValueError as e:
    print('firstiter raised', e)
print(drive(g.__anext__()))
step('firstiter once')
sys.set_asyncgen_hooks(firstiter=None, finalizer=bad)
del g
step('old finalizer kept')
err, sys.stderr = sys.stderr, io.StringIO()
g = agen()
drive(g.__anext__())
del g
captured, sys.stderr = sys.stderr.getvalue(), err
print(re.sub('0x[0-9a-f]+', 'ADDR', captured))
step('finalizer raised')
sys.set_asyncgen_hooks(None, None)
g = agen()
drive(g.__anext__())
del g
step('no hooks: closed')

def in_thread():
    print('thread sees', sys.get_asyncgen_hooks())
    sys.set_asyncgen_hooks(firstiter=print)
sys.set_asyncgen_hooks(first, fin)
t = threading.Thread(target=in_thread)
t.start()
t.join()
print('main keeps', sys.get_asyncgen_hooks() == (first, fin))
sys.set_asyncgen_hooks(None, None)

# asyncio
loop = asyncio.new_event_loop()
DONE = []

async def closing():
    try:
        while True:
            yield 1
    finally:
        await asyncio.sleep(0.01, loop=loop)
        await asyncio.sleep(0.01, loop=loop)
        DONE.append('closing')

async def run():
    print('hooks while running', sys.get_asyncgen_hooks() == (loop._asyncgen_firstiter_hook, loop._asyncgen_finalizer_hook))
    g = closing()
    await g.__anext__()
    await g.__anext__()
    print('tracked', len(loop._asyncgens))
    del g
    await asyncio.sleep(0.1, loop=loop)

loop.run_until_complete(run())
print(DONE, sys.get_asyncgen_hooks(), len(loop._asyncgens))

async def waiter(timeout, fail):
    try:
        await asyncio.sleep(timeout, loop=loop)
        yield 1
    finally:
        await asyncio.sleep(0, loop=loop)
        DONE.append('waiter')
        if fail:
            1 / 0

async def wait(fail):
    async for _ in waiter(1, fail):
        pass

def handler(loop, context):
    print('handler:', re.sub('0x[0-9a-f]+', 'ADDR', context['message']),
          type(context['exception']).__name__, context['asyncgen'].__name__)

loop.set_exception_handler(handler)
del DONE[:]
tasks = [loop.create_task(wait(False)), loop.create_task(wait(True))]
loop.run_until_complete(asyncio.sleep(0.1, loop=loop))
loop.run_until_complete(loop.shutdown_asyncgens())
print(DONE, len(loop._asyncgens))
for t in tasks:
    t.cancel()
loop.run_until_complete(asyncio.sleep(0.1, loop=loop))

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    async def late():
        async for _ in plain():
            pass
    loop.run_until_complete(late())
    print([(x.category.__name__, re.sub('0x[0-9a-f]+', 'ADDR', str(x.message))) for x in w])
loop.close()
