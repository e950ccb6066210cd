# StopIteration escaping a coroutine body becomes RuntimeError (PEP 479 is
# always on for coroutines in 3.6); a plain generator is left alone.
async def leaky():
    raise StopIteration('inner')

c = leaky()
try:
    c.send(None)
except RuntimeError as exc:
    print(type(exc).__name__, exc)
    print(type(exc.__cause__).__name__, exc.__cause__)
    print(exc.__suppress_context__)

async def outer():
    try:
        await leaky()
    except RuntimeError as exc:
        return 'caught: %s' % exc

c = outer()
try:
    c.send(None)
except StopIteration as stop:
    print(stop.value)

async def normal():
    return 42

try:
    normal().send(None)
except StopIteration as stop:
    print('value', stop.value)
