# A generator-based coroutine (types.coroutine) may `yield from` a
# coroutine object; a plain generator may not.
import types

async def fetch():
    return 'spam'

@types.coroutine
def legacy():
    value = yield from fetch()
    return value.upper()

c = legacy()
try:
    c.send(None)
except StopIteration as stop:
    print('legacy returned', stop.value)

async def modern():
    return await legacy()

try:
    modern().send(None)
except StopIteration as stop:
    print('modern returned', stop.value)

pending = fetch()

def plain():
    yield from pending

try:
    list(plain())
except TypeError as exc:
    print('TypeError:', exc)
pending.close()

def numbers():
    yield from 5

try:
    list(numbers())
except TypeError as exc:
    print('TypeError:', exc)
