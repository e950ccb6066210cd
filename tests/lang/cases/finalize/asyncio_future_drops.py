# Dropping an asyncio future: one with an exception nobody retrieved is
# reported at the drop; one with a result, or whose exception was looked
# at, finalizes nothing visible, and tasks waiting in gather run in the
# order their sleeps end.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

f = loop.create_future()
f.set_exception(ValueError("boom"))
print("before del")
del f
print("after del")

g = loop.create_future()
g.set_exception(KeyError("seen"))
print(repr(g.exception()))
del g
print("looked-at exception dropped quietly")

h = loop.create_future()
h.set_result(1)
h = None
print("result dropped quietly")


class Resource:
    def __del__(self):
        print("result finalized")


r = loop.create_future()
r.set_result(Resource())
print("dropping a future whose result has __del__")
del r
print("dropped")


async def worker(i, out):
    for _ in range(5 - i):
        await asyncio.sleep(0)
    out.append(i)


async def main():
    out = []
    await asyncio.gather(*(worker(i, out) for i in range(5)))
    return out


print(loop.run_until_complete(main()))
print(loop.run_until_complete(main()))
loop.close()
print("closed")
