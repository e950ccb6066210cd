# Trace events and f_lineno jumps inside coroutines: the body's frame is
# the only one a call makes (its code is the function's __code__), async
# with's exit belongs to the body's last line, and a jump from the line of
# an async with to a line after its block skips the block.
import inspect
import sys
import traceback


class Ctx:
    def __init__(self, out, v):
        self.out, self.v = out, v

    async def __aenter__(self):
        self.out.append(self.v)

    async def __aexit__(self, *exc):
        self.out.append(-self.v)


class AIter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def body(out):
    out.append(1)
    async with Ctx(out, 2):
        out.append(3)
    out.append(4)
    async with Ctx(out, 5):
        out.append(6)
    out.append(7)


async def loop(out):
    async for i in AIter(2):
        out.append(i)
    else:
        out.append(3)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


def tracer(code, jump=None):
    events = []
    first = code.co_firstlineno

    def trace(frame, event, arg):
        if frame.f_code is code:
            events.append((frame.f_lineno - first, event))
            if jump and event == 'line' and frame.f_lineno - first == jump[0]:
                frame.f_lineno = first + jump[1]
        return trace
    return events, trace


out = []
events, trace = tracer(body.__code__)
sys.settrace(trace)
run(body(out))
sys.settrace(None)
print(out)
for e in events:
    print(e)

out = []
events, trace = tracer(body.__code__, jump=(2, 4))
sys.settrace(trace)
run(body(out))
sys.settrace(None)
print('jumped:', out)
print(events)

out = []
run(loop(out))
print(out)

# The code is the body's, flagged as a coroutine's.
co = body.__code__
print(co.co_name, co.co_argcount, co.co_varnames[:1], co.co_flags & 0xa0)
print(inspect.iscoroutinefunction(body), inspect.isgeneratorfunction(body))
c = body([])
print(c.cr_code is co, c.cr_frame.f_code is co, type(c).__name__)
c.close()


async def agen():
    yield 1

print(agen.__code__.co_flags & 0x2a0, inspect.isasyncgenfunction(agen))

# A wrong call raises in the caller's frame only.
try:
    body()
except TypeError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print(len(tb), tb[-1].name, sys.exc_info()[1])


# cr_await is the coroutine awaited, not its generator.
async def inner():
    await Waiter()


class Waiter:
    def __await__(self):
        yield 'w'


async def outer():
    await inner()

o = outer()
print(o.send(None), type(o.cr_await).__name__, o.cr_await.cr_await.__class__.__name__)
o.close()
