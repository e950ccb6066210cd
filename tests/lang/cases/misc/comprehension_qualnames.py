# Comprehensions, generator expressions and the lambdas inside them are
# qualified by the scope that makes them, as 3.6 names them.
def f():
    return (x for x in range(2))
print(f().__qualname__, (y for y in ()).__qualname__)
class C:
    def m(self):
        return [lambda: i for i in range(1)][0], {k: (lambda: k) for k in 'a'}['a']
    items = [lambda: 0 for _ in '1']
print([g.__qualname__ for g in C().m()], C.items[0].__qualname__)
def nested():
    return [[lambda: 0 for a in '1'] for b in '1'][0][0]
print(nested().__qualname__)
def deep():
    return [(lambda: (lambda: 1))() for _ in '1'][0]
print(deep().__qualname__)
def declared():
    global G
    def G():
        pass
    return lambda: 0
print(declared().__qualname__, G.__qualname__)
ns = {}
exec(compile("def h():\n    return {(lambda: 0) for _ in '1'}.pop()\n", "src", "exec"), ns)
print(ns['h']().__qualname__)
print(f.__code__.co_consts[2:])
