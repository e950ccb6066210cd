# A generator takes __name__ and __qualname__ from its function at the
# call, so functools.wraps and assignments to the function rename it.
import functools, asyncio
def outer(f):
    @functools.wraps(f)
    def inner(*a):
        yield from f(*a)
    return inner
def gen():
    yield 1
w = outer(gen)
g = w()
print(g.__name__, g.__qualname__)
def plain():
    yield 2
plain.__name__ = 'renamed'
print(plain().__name__, plain().__qualname__)
@asyncio.coroutine
def notmuch():
    return 'abc'
c = notmuch()
print(c.__name__, c.__qualname__)
class K:
    def m(self):
        yield
print(K().m().__name__, K().m().__qualname__)
