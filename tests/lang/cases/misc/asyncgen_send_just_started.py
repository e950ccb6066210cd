# Sending a value other than None into an async generator that has not
# started is refused in the async generator's words, before it runs: the
# generator is still fresh for the next step, the refused awaitable done.
async def gen():
    yield 1
    yield 2
g = gen()
for step in (lambda: g.__anext__().send(100), lambda: g.asend(5).send(100),
             lambda: g.asend(None).send(None), lambda: g.__anext__().send(7)):
    try:
        step()
    except StopIteration as e:
        print('StopIteration', e.args)
    except TypeError as e:
        print('TypeError', e)
a = gen().asend(3)
try:
    a.send(4)
except TypeError as e:
    print('TypeError', e)
try:
    a.send(None)
except Exception as e:
    print(type(e).__name__, e)
