# types.coroutine wraps what the function returns when it is a generator
# or any object with the generator protocol (collections.abc.Generator)
# that is no coroutine, so that `await` accepts it; coroutines and other
# objects pass through.
import types, collections.abc


class Duck:
    # A generator written by hand: yields fut once, then returns 2 * sent.
    def __init__(self, fut):
        self.step, self.fut = 0, fut
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        self.step += 1
        if self.step == 1:
            return self.fut
        raise StopIteration(value * 2)
    def throw(self, typ, *rest):
        raise typ
    def close(self):
        pass


@types.coroutine
def duck():
    return Duck('spam')


@types.coroutine
def plain():
    return 42


@types.coroutine
def gen():
    yield 1


async def native():
    return 5


wrapper = duck()
print(type(wrapper).__name__, isinstance(wrapper, types._GeneratorWrapper),
      isinstance(Duck(0), collections.abc.Generator))
passed = types.coroutine(native)()
print(plain(), type(gen()).__name__, type(passed).__name__)
passed.close()


async def use():
    return await duck() + 100

coro = use()
print(coro.send(None))
try:
    coro.send(3)
except StopIteration as stop:
    print('result', stop.value)

n = types.coroutine(lambda: native())()
print(type(n).__name__)
n.close()
