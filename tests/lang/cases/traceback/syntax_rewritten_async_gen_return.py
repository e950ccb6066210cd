async def ticker():
    tick = await f"{1}".upper(); return (yield tick)
