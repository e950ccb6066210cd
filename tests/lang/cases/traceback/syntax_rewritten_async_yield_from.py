async def fetch():
    label = f"{'x'!r:>5}"; yield from range(3)
