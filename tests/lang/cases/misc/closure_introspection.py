def outer(a):
    def inner():
        return a
    return inner
f = outer(42)
print(f(), f.__closure__[0].cell_contents, f.__code__.co_freevars)
