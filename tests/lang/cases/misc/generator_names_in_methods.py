# Generator names inside classes, closures, lambdas and comprehensions.
class Outer:
    class Inner:
        def gen(self):
            yield 1

    @classmethod
    def cgen(cls):
        yield 2


def factory():
    def make():
        def deepest():
            yield 3
        return deepest()
    return make()


items = [Outer.Inner().gen(), Outer.cgen(), factory(), (x for x in ()), (lambda: (yield))()]
for g in items:
    print(g.__name__, '|', g.__qualname__)
print([type(g).__name__ for g in items])
