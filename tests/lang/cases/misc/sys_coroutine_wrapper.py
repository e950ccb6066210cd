# sys.set_coroutine_wrapper / get_coroutine_wrapper (3.6): per thread,
# applied to coroutines of async def functions only, with 3.6's errors.
import sys
import threading
import types


async def spam():
    return 'spam'


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


seen = []


def wrap(coro):
    seen.append(type(coro).__name__)
    return coro


print(sys.get_coroutine_wrapper())
sys.set_coroutine_wrapper(wrap)
print(sys.get_coroutine_wrapper() is wrap)
print(run(spam()), seen)

# another thread has its own (no) wrapper
out = []
th = threading.Thread(target=lambda: out.append((sys.get_coroutine_wrapper(), run(spam()))))
th.start()
th.join(10)
print(out, seen)

# generator-based coroutines and async generators are not wrapped
@types.coroutine
def gen():
    return 1
gen()
async def agen():
    yield 1
agen()
print(seen)
sys.set_coroutine_wrapper(None)
print(sys.get_coroutine_wrapper())
spam().close()
print(seen)

# the wrapper replaces the coroutine
sys.set_coroutine_wrapper(lambda c: (c.close(), 'replaced')[1])
print(spam())
sys.set_coroutine_wrapper(None)

# errors
for bad in (1, 'x', None.__class__()):
    try:
        sys.set_coroutine_wrapper(bad)
    except TypeError as e:
        print('TypeError', e)
print(sys.get_coroutine_wrapper())
for args in ((), (1, 2)):
    try:
        sys.set_coroutine_wrapper(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.get_coroutine_wrapper(1)
except TypeError as e:
    print('TypeError', e)


kept = []


def rewrap(coro):
    kept.append(coro)

    async def inner(c):
        return await c
    return inner(coro)


sys.set_coroutine_wrapper(rewrap)
try:
    spam()
except RuntimeError as e:
    msg = str(e)
    print('RuntimeError', msg.startswith('coroutine wrapper <function rewrap at 0x'),
          'attempted to recursively wrap <code object inner at 0x' in msg)
finally:
    sys.set_coroutine_wrapper(None)
kept.pop().close()

# a wrapper that raises
def raiser(coro):
    coro.close()
    raise KeyError('no')
sys.set_coroutine_wrapper(raiser)
try:
    spam()
except KeyError as e:
    print('KeyError', e)
sys.set_coroutine_wrapper(None)
print(run(spam()))
