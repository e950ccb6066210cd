# tracebacks through nested calls, methods, lambdas, comprehensions and generators
class K:
    def method(self, n):
        return [1 / x for x in range(n, -1, -1)]
def gen():
    yield from (int(c) for c in '12x')
def outer():
    f = lambda: K().method(2)
    try:
        list(gen())
    except ValueError as e:
        print('caught', e)
    return f()
outer()
