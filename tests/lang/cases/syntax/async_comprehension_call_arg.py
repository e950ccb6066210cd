import traceback
async def agen(n):
    for i in range(n):
        yield i
async def consume(ag):
    out = []
    async for v in ag:
        out.append(v)
    return out
async def main():
    print(await consume(x * 2 async for x in agen(3)))
    print(await consume(x async for x in agen(4) if x % 2))
    print([x async for x in agen(2)], {x async for x in agen(2)}, {x: 1 async for x in agen(2)})
    try:
        [1 / x async for x in agen(2)]
    except ZeroDivisionError:
        traceback.print_exc()
    try:
        await consume(1 / x async for x in agen(2))
    except ZeroDivisionError:
        traceback.print_exc()
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
run(main())
