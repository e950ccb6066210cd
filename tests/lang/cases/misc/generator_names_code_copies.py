# A generator's names are its function's at the call even when that
# function runs a copy of another function's code (types.coroutine marks
# a generator function by copying its code): a function of the original
# code called before must not lend its names to the copy's generators.
import asyncio, asyncio.coroutines as coroutines, functools, types

coroutines._DEBUG = True
@asyncio.coroutine
def debug_made():
    return 1
w = debug_made()
print(type(w).__name__, w.__name__)
w.gen.close()
coroutines._DEBUG = False

@asyncio.coroutine
def notmuch():
    return 123
g = notmuch()
print(g.__name__, g.__qualname__)
g.close()

def deco(func):
    def body(*a):
        return func(*a)
        yield
    return functools.wraps(func)(body)
@deco
def first():
    pass
@types.coroutine
@deco
def second():
    pass
a = first()
b = second()
print(a.__name__, b.__name__, a.__qualname__, b.__qualname__)
print(first().__name__, second().__qualname__)
