import types

@types.coroutine
def stubborn():
    try:
        yield 'first'
    except GeneratorExit:
        yield 'refuses to stop'

async def waiter():
    await stubborn()

c = waiter()
print(c.send(None))
try:
    c.close()
except RuntimeError as exc:
    print(type(exc).__name__, exc)
