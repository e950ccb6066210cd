# Coroutines and async generators: __name__ and __qualname__ from their
# function, assignable (strings only), shown by repr.
import types


class Worker:
    async def run(self):
        return 1

    def nested(self):
        async def inner():
            pass
        return inner()

    async def stream(self):
        yield 1


co = Worker().run()
print(co.__name__, co.__qualname__, repr(co).split(' at ')[0])
co.__name__ = 'renamed'
co.__qualname__ = 'Elsewhere.renamed'
print(co.__name__, co.__qualname__, repr(co).split(' at ')[0])
for attr in ('__name__', '__qualname__'):
    for value in (1, None):
        try:
            setattr(co, attr, value)
        except TypeError as exc:
            print(attr, exc)
co.close()
inner = Worker().nested()
print(inner.__name__, inner.__qualname__)
inner.close()
agen = Worker().stream()
print(agen.__name__, agen.__qualname__, repr(agen).split(' at ')[0])
agen.__qualname__ = 'Stream.x'
print(agen.__qualname__, repr(agen).split(' at ')[0])
try:
    agen.__name__ = b'x'
except TypeError as exc:
    print(exc)


@types.coroutine
def legacy():
    yield


g = legacy()
print(g.__name__, g.__qualname__, type(g).__name__)
