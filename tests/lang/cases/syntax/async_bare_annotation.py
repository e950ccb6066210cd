# An annotated name without a value inside async def: it compiles, the name
# is local, and nothing is stored.
source = 'async def g():\n    x: int\n'
code = compile(source, 'snippet', 'exec')
print(type(code).__name__)

async def first():
    x: int
    return 'first done'

async def with_comment():
    count: int  # declared only
    label: str; other = 3
    return sorted(locals())

async def unbound():
    value: float
    return value

def drive(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    except Exception as exc:
        return '%s: %s' % (type(exc).__name__, exc)

print(drive(first()))
print(drive(with_comment()))
print(drive(unbound()))
print(first.__annotations__ if hasattr(first, '__annotations__') else None)
