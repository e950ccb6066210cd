# A coroutine that sends to itself while running.
async def reenter():
    me.send(None)

me = reenter()
try:
    me.send(None)
except ValueError as exc:
    print(type(exc).__name__, exc)

async def rethrow():
    me2.throw(KeyError('k'))

me2 = rethrow()
try:
    me2.send(None)
except ValueError as exc:
    print(type(exc).__name__, exc)
