# The docs of a built-in type's dunder attributes (coroutine's __name__ and
# __qualname__ getset descriptors).
import types

ct = types.CoroutineType
print('of the coroutine' in ct.__dict__['__name__'].__doc__)
print('of the coroutine' in ct.__dict__['__qualname__'].__doc__)
print(ct.__name__)


async def f():
    pass


c = f()
print('coroutine object' in repr(c), c.__name__, c.__qualname__)
c.close()
