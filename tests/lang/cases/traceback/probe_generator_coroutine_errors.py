def gen():
    yield 1
    raise ValueError("in gen")
def consume():
    return [x for x in gen()]
async def co():
    raise KeyError("in coroutine")
def drive():
    c = co()
    c.send(None)
try:
    consume()
except ValueError as e:
    import traceback
    traceback.print_exc()
drive()
