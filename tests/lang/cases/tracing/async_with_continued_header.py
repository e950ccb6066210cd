# Line events of an async with whose header goes on over a continuation
# line: __aenter__ is awaited on the header's first line, the target is
# stored on the next one (3.6's SETUP_ASYNC_WITH, then STORE_FAST).
import sys


class actx:
    def __init__(self, n):
        self.n = n

    async def __aenter__(self):
        print("aenter", self.n)
        return self.n

    async def __aexit__(self, *a):
        print("aexit", self.n)


def tracer(frame, event, arg):
    if frame.f_code.co_name in ('f', 'g', 'h'):
        print(frame.f_code.co_name, event, frame.f_lineno)
    return tracer


async def f():
    print(1)
    async with actx(2) \
            as x:
        print(4, x)
    print(5)


async def g():
    async with actx(1) as a, \
            actx(2) as b:
        print(a, b)


async def h():
    async with actx(
            3) as c:
        print(c)


def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        pass


sys.settrace(tracer)
run(f())
run(g())
run(h())
sys.settrace(None)
