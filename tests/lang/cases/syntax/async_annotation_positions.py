# Bare annotations in several places of an async def's body.
async def after_docstring():
    "doc"
    a: int
    return 1

async def in_branch(flag):
    if flag:
        b: str
        b = 'set'
        return b
    return 'unset'

async def in_loop():
    out = []
    for i in range(2):
        c: int
        out.append(i)
    return out

class Holder:
    async def method(self):
        d: 'Holder'
        return type(self).__name__

async def same_line(): e: int; return 'same'

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value

print(run(after_docstring()), after_docstring.__doc__)
print(run(in_branch(True)), run(in_branch(False)))
print(run(in_loop()))
print(run(Holder().method()))
print(run(same_line()))
print(Holder.__dict__.get('__annotations__'))
