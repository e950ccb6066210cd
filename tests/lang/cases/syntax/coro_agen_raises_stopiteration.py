async def numbers():
    yield 1
    raise StopIteration

g = numbers()
try:
    g.__anext__().send(None)
except StopIteration as stop:
    print('yielded', stop.value)
try:
    g.__anext__().send(None)
except RuntimeError as exc:
    print(type(exc).__name__, exc)
    print(type(exc.__cause__).__name__)
